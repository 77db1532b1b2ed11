// SPDX-License-Identifier: GPL-3.0-or-later
#include "textimporter.h"

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <uchardet/uchardet.h>

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// uchardet is sure of itself long before the end of a large file; the rest is decoded anyway.
constexpr qsizetype DetectionSample = 64 * 1024;

const QString Utf8 = u"UTF-8"_s;
const QString Gb18030 = u"GB18030"_s;
const QString Big5 = u"Big5"_s;

/** Maps a detector's or a web page's charset name to one we decode, or an empty string. */
QString supportedEncoding(QString name)
{
    name = name.trimmed().toLower();
    if (name == u"utf-8" || name == u"utf8" || name == u"ascii" || name == u"us-ascii") {
        return Utf8;
    }
    // GB2312 and GBK are subsets of GB18030; pages that declare them often use GBK characters.
    if (name == u"gb18030" || name == u"gbk" || name == u"gb2312" || name == u"cp936" || name == u"x-gbk"
        || name == u"euc-cn" || name == u"windows-936") {
        return Gb18030;
    }
    if (name == u"big5" || name == u"big5-hkscs" || name == u"cp950" || name == u"x-big5" || name == u"windows-950") {
        return Big5;
    }
    return {};
}

QString detectWithUchardet(QByteArrayView bytes)
{
    const std::unique_ptr<uchardet, decltype(&uchardet_delete)> detector(uchardet_new(), &uchardet_delete);
    const QByteArrayView sample = bytes.first(std::min(bytes.size(), DetectionSample));
    if (uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size())) != 0) {
        return {};
    }
    uchardet_data_end(detector.get());
    return supportedEncoding(QString::fromLatin1(uchardet_get_charset(detector.get())));
}

/** True when the bytes look like binary data rather than text in a single-byte-based encoding. */
bool looksBinary(QByteArrayView bytes)
{
    qsizetype controls = 0;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0) {
            return true;
        }
        // Tab, line feed, vertical tab, form feed, carriage return and the DOS end-of-file mark
        // occur in real text files; other control bytes do not.
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\v' && byte != '\f' && byte != '\r'
            && byte != 0x1a) {
            ++controls;
        }
    }
    return controls * 200 > bytes.size();
}

/** True when decoded text holds characters no real text file contains. */
bool hasBinaryCharacters(QStringView text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0) {
            return true;
        }
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\v' && u != '\f' && u != '\r' && u != 0x1a) {
            ++controls;
        }
    }
    return controls * 200 > text.size();
}

struct Plausibility
{
    qsizetype likely = 0;
    qsizetype unlikely = 0;
};

/**
 * How plausible decoded text is as Chinese: common CJK characters and punctuation count for it;
 * what a wrong double-byte decode produces instead (kana, Greek, Cyrillic, box drawing, private
 * use, rare extension blocks, compatibility ideographs, surrogates) counts against it.
 */
Plausibility plausibility(QStringView text)
{
    Plausibility result;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            continue;
        }
        if ((u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3000 && u <= 0x303f) || (u >= 0xff00 && u <= 0xffef)) {
            ++result.likely;
        } else if ((u >= 0x3040 && u <= 0x30ff) || (u >= 0x0370 && u <= 0x04ff) || (u >= 0x2500 && u <= 0x257f)
            || (u >= 0xe000 && u <= 0xf8ff) || (u >= 0x3400 && u <= 0x4dbf) || (u >= 0xf900 && u <= 0xfaff)
            || c.isSurrogate() || u == 0xfffd) {
            ++result.unlikely;
        }
    }
    return result;
}

struct Attempt
{
    QString text;
    bool clean = false;
};

Attempt decodeWith(QByteArrayView bytes, QStringDecoder &&decoder, bool replacementIsError)
{
    Attempt attempt;
    attempt.text = decoder.decode(bytes);
    // The ICU decoders put U+FFFD (or a private-use character) for bytes they cannot map; a
    // UTF-8 file may contain a genuine U+FFFD, which its decoder does not flag.
    attempt.clean = !decoder.hasError() && !(replacementIsError && attempt.text.contains(QChar(0xfffd)))
        && !hasBinaryCharacters(attempt.text);
    return attempt;
}

Attempt decodeAsEncoding(QByteArrayView bytes, const QString &encoding)
{
    if (encoding == Utf8) {
        return decodeWith(bytes, QStringDecoder(QStringConverter::Utf8), false);
    }
    return decodeWith(bytes, QStringDecoder(encoding.toLatin1().constData()), true);
}

/** Decodes text that starts with a byte order mark; std::nullopt when there is none. */
std::optional<Attempt> decodeByteOrderMark(QByteArrayView bytes, QString *encoding)
{
    if (bytes.startsWith("\xef\xbb\xbf")) {
        *encoding = u"UTF-8 (BOM)"_s;
        return decodeWith(bytes.sliced(3), QStringDecoder(QStringConverter::Utf8), false);
    }
    if (bytes.startsWith("\xff\xfe")) {
        *encoding = u"UTF-16LE"_s;
        return decodeWith(bytes.sliced(2), QStringDecoder(QStringConverter::Utf16LE), false);
    }
    if (bytes.startsWith("\xfe\xff")) {
        *encoding = u"UTF-16BE"_s;
        return decodeWith(bytes.sliced(2), QStringDecoder(QStringConverter::Utf16BE), false);
    }
    return std::nullopt;
}

} // namespace

Result<TextImporter::Decoded> TextImporter::decode(QByteArrayView bytes)
{
    const QString notText = tr("not a text file (the bytes are not UTF-8, UTF-16, GB18030 or Big5 text)");
    QString encoding;
    if (const auto withBom = decodeByteOrderMark(bytes, &encoding)) {
        if (!withBom->clean) {
            return Error { notText };
        }
        return Decoded { withBom->text, encoding };
    }
    if (looksBinary(bytes)) {
        return Error { notText };
    }

    std::array<QString, 4> candidates { detectWithUchardet(bytes), Utf8, Gb18030, Big5 };
    Decoded best;
    qsizetype bestScore = 0;
    for (qsizetype i = 0; i < qsizetype(candidates.size()); ++i) {
        const QString &candidate = candidates[i];
        if (candidate.isEmpty()
            || std::find(candidates.begin(), candidates.begin() + i, candidate) != candidates.begin() + i) {
            continue;
        }
        Attempt attempt = decodeAsEncoding(bytes, candidate);
        if (!attempt.clean) {
            continue;
        }
        const Plausibility plausible = plausibility(attempt.text);
        // Nearly all characters plausible: take it without decoding the file again.
        if (plausible.unlikely * 100 <= plausible.likely) {
            return Decoded { std::move(attempt.text), candidate };
        }
        const qsizetype score = plausible.likely - 8 * plausible.unlikely;
        if (best.encoding.isEmpty() || score > bestScore) {
            best = Decoded { std::move(attempt.text), candidate };
            bestScore = score;
        }
    }
    if (best.encoding.isEmpty()) {
        return Error { notText };
    }
    return best;
}

Result<TextImporter::Decoded> TextImporter::decodeAs(QByteArrayView bytes, const QString &encodingName)
{
    QString encoding;
    if (const auto withBom = decodeByteOrderMark(bytes, &encoding)) {
        if (withBom->clean) {
            return Decoded { withBom->text, encoding };
        }
        return Error { tr("the text is not valid %1").arg(encoding) };
    }
    encoding = supportedEncoding(encodingName);
    if (encoding.isEmpty()) {
        return Error { tr("unsupported character encoding %1").arg(encodingName) };
    }
    Attempt attempt = decodeAsEncoding(bytes, encoding);
    if (!attempt.clean) {
        return Error { tr("the text is not valid %1").arg(encoding) };
    }
    return Decoded { std::move(attempt.text), encoding };
}

Result<ImportedText> TextImporter::importBytes(QByteArrayView bytes)
{
    auto decoded = decode(bytes);
    if (!decoded) {
        return Error { decoded.error() };
    }
    ImportedText imported;
    imported.format = u"txt"_s;
    imported.encoding = decoded.value().encoding;
    imported.text = normalizeLineEnds(std::move(decoded).value().text);
    return imported;
}

QString TextImporter::normalizeLineEnds(QString text)
{
    if (text.contains(u'\r')) {
        text.replace(u"\r\n"_s, u"\n"_s);
        text.replace(u'\r', u'\n');
    }
    return text;
}

} // namespace Fazhi
