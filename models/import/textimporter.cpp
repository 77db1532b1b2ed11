// SPDX-License-Identifier: GPL-3.0-or-later
#include "textimporter.h"

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <uchardet/uchardet.h>

#include <QHash>
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

/**
 * True when the bytes look like binary data rather than text in a single-byte-based encoding. A
 * few NUL bytes are damage to a text file (a copy broken off and resumed, a tool that padded it);
 * many are a binary file or UTF-16 without its byte order mark.
 */
bool looksBinary(QByteArrayView bytes)
{
    qsizetype controls = 0;
    qsizetype nuls = 0;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        // Tab, line feed, vertical tab, form feed, carriage return and the DOS end-of-file mark
        // occur in real text files; other control bytes do not.
        if (byte == 0) {
            ++nuls;
        } else if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\v' && byte != '\f' && byte != '\r'
            && byte != 0x1a) {
            ++controls;
        }
    }
    return nuls * 100 > bytes.size() || controls * 200 > bytes.size();
}

/** Line numbers (from 1) as the reader counts them: "3–7, 12, 40", the first few ranges only. */
QString lineList(const QList<int> &lines)
{
    constexpr int MaxRanges = 8;
    QStringList ranges;
    for (qsizetype i = 0; i < lines.size();) {
        qsizetype end = i;
        while (end + 1 < lines.size() && lines.at(end + 1) <= lines.at(end) + 1) {
            ++end;
        }
        if (ranges.size() == MaxRanges) {
            ranges.append(u"…"_s);
            break;
        }
        ranges.append(end == i ? QString::number(lines.at(i)) : u"%1–%2"_s.arg(lines.at(i)).arg(lines.at(end)));
        i = end + 1;
    }
    return ranges.join(TextImporter::tr(", "));
}

/** @p bytes without their NUL bytes; the lines that held them go to @p lines. */
QByteArray withoutNuls(QByteArrayView bytes, QList<int> *lines)
{
    QByteArray kept;
    kept.reserve(bytes.size());
    int line = 1;
    for (const char c : bytes) {
        if (c == '\0') {
            if (lines->isEmpty() || lines->back() != line) {
                lines->append(line);
            }
            continue;
        }
        line += c == '\n' ? 1 : 0;
        kept.append(c);
    }
    return kept;
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

/** The lines of @p bytes, split at '\n' (which no supported multi-byte encoding uses inside a character). */
QList<QByteArrayView> byteLines(QByteArrayView bytes)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    for (qsizetype end = bytes.indexOf('\n'); end >= 0; end = bytes.indexOf('\n', start)) {
        lines.append(bytes.sliced(start, end - start));
        start = end + 1;
    }
    lines.append(bytes.sliced(start));
    return lines;
}

/**
 * True when a line of @p bytes holds enough non-ASCII UTF-8 to be UTF-8 for certain: Chinese in
 * GB18030 or Big5 is never valid UTF-8 beyond a character or two. A file that fails as UTF-8
 * as a whole yet has such lines mixes encodings, however cleanly another encoding reads it.
 */
bool hasUtf8Lines(QByteArrayView bytes)
{
    for (const QByteArrayView line : byteLines(bytes)) {
        // Validity first: a GB18030 or Big5 line fails within its first characters.
        if (line.isValidUtf8()
            && std::count_if(line.begin(), line.end(), [](char c) { return (c & 0x80) != 0; }) >= 6) {
            return true;
        }
    }
    return false;
}

qsizetype score(const Plausibility &plausible)
{
    return plausible.likely - 8 * plausible.unlikely;
}

/**
 * Decodes a file whose parts are in different encodings (a GB18030 file with UTF-8 pasted in) or
 * damaged in places: each line in the encoding that reads it cleanly and most plausibly, lines no
 * encoding reads as UTF-8 with U+FFFD. What was mixed or damaged goes to @p warnings; std::nullopt
 * when too little of the file is text in any encoding.
 */
std::optional<TextImporter::Decoded> decodeLineByLine(QByteArrayView bytes, QStringList *warnings)
{
    QHash<QString, QList<int>> linesIn;
    QHash<QString, qsizetype> bytesIn;
    QList<int> damaged;
    qsizetype damagedBytes = 0;
    QString text;
    text.reserve(bytes.size());
    int number = 0;
    for (const QByteArrayView line : byteLines(bytes)) {
        ++number;
        if (number > 1) {
            text.append(u'\n');
        }
        QString best;
        QString bestEncoding;
        qsizetype bestScore = 0;
        for (const QString &encoding : {Utf8, Gb18030, Big5}) {
            Attempt attempt = decodeAsEncoding(line, encoding);
            const Plausibility plausible = plausibility(attempt.text);
            // A byte no encoding maps may come out as a private-use character instead of U+FFFD.
            if (!attempt.clean || plausible.unlikely > plausible.likely) {
                continue;
            }
            const qsizetype lineScore = score(plausible);
            // UTF-8 is strict: bytes that decode as UTF-8 are UTF-8.
            if (bestEncoding.isEmpty() || lineScore > bestScore) {
                best = std::move(attempt.text);
                bestEncoding = encoding;
                bestScore = lineScore;
            }
            if (encoding == Utf8) {
                break;
            }
        }
        if (bestEncoding.isEmpty()) {
            damaged.append(number);
            damagedBytes += line.size();
            text.append(QString::fromUtf8(line));
            continue;
        }
        // Lines of ASCII read alike in all three; they belong to no part.
        if (std::any_of(line.begin(), line.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
            linesIn[bestEncoding].append(number);
            bytesIn[bestEncoding] += line.size();
        }
        text.append(best);
    }
    if (damagedBytes * 10 > bytes.size()) {
        return std::nullopt;
    }
    QString main = Utf8;
    for (auto it = bytesIn.cbegin(); it != bytesIn.cend(); ++it) {
        if (it.value() > bytesIn.value(main)) {
            main = it.key();
        }
    }
    QString encoding = main;
    for (const QString &other : {Utf8, Gb18030, Big5}) {
        if (other != main && linesIn.contains(other)) {
            warnings->append(TextImporter::tr("The file mixes character encodings: it is in %1, but lines %2 are in "
                                              "%3; both were read.")
                    .arg(main, lineList(linesIn.value(other)), other));
            encoding += u" + "_s + other;
        }
    }
    if (!damaged.isEmpty()) {
        warnings->append(TextImporter::tr("Lines %1 hold bytes that are not text in UTF-8, GB18030 or Big5; they "
                                          "are shown as “\uFFFD”.")
                .arg(lineList(damaged)));
    }
    return TextImporter::Decoded{std::move(text), encoding, {}};
}

} // namespace

Result<TextImporter::Decoded> TextImporter::decode(QByteArrayView input)
{
    const QString notText = tr("not a text file (the bytes are not UTF-8, UTF-16, GB18030 or Big5 text)");
    QString encoding;
    if (const auto withBom = decodeByteOrderMark(input, &encoding)) {
        if (!withBom->clean) {
            return Error{notText};
        }
        return Decoded{withBom->text, encoding, {}};
    }
    if (looksBinary(input)) {
        return Error{notText};
    }
    QStringList warnings;
    QByteArray cleaned;
    QByteArrayView bytes = input;
    if (input.contains('\0')) {
        QList<int> lines;
        cleaned = withoutNuls(input, &lines);
        bytes = cleaned;
        warnings.append(tr("The file holds NUL bytes (no text) in lines %1; they were left out.").arg(lineList(lines)));
    }

    if (!bytes.isValidUtf8() && hasUtf8Lines(bytes)) {
        if (std::optional<Decoded> mixed = decodeLineByLine(bytes, &warnings)) {
            mixed->warnings = warnings;
            return std::move(*mixed);
        }
    }

    std::array<QString, 4> candidates{detectWithUchardet(bytes), Utf8, Gb18030, Big5};
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
            return Decoded{std::move(attempt.text), candidate, warnings};
        }
        if (best.encoding.isEmpty() || score(plausible) > bestScore) {
            best = Decoded{std::move(attempt.text), candidate, warnings};
            bestScore = score(plausible);
        }
    }
    if (!best.encoding.isEmpty()) {
        return best;
    }
    std::optional<Decoded> mixed = decodeLineByLine(bytes, &warnings);
    if (!mixed) {
        return Error{notText};
    }
    mixed->warnings = warnings;
    return std::move(*mixed);
}

Result<TextImporter::Decoded> TextImporter::decodeAs(QByteArrayView bytes, const QString &encodingName)
{
    QString encoding;
    if (const auto withBom = decodeByteOrderMark(bytes, &encoding)) {
        if (withBom->clean) {
            return Decoded{withBom->text, encoding, {}};
        }
        return Error{tr("the text is not valid %1").arg(encoding)};
    }
    encoding = supportedEncoding(encodingName);
    if (encoding.isEmpty()) {
        return Error{tr("unsupported character encoding %1").arg(encodingName)};
    }
    Attempt attempt = decodeAsEncoding(bytes, encoding);
    if (!attempt.clean) {
        return Error{tr("the text is not valid %1").arg(encoding)};
    }
    return Decoded{std::move(attempt.text), encoding, {}};
}

Result<ImportedText> TextImporter::importBytes(QByteArrayView bytes)
{
    auto decoded = decode(bytes);
    if (!decoded) {
        return decoded.failure();
    }
    ImportedText imported;
    imported.format = u"txt"_s;
    imported.encoding = decoded.value().encoding;
    imported.warnings = decoded.value().warnings;
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
