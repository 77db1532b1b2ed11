// SPDX-License-Identifier: GPL-3.0-or-later
#include "textnormalizer.h"

#include "scriptconverter.h"
#include "scriptdetector.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

const ScriptConverter &toSimplified()
{
    static const ScriptConverter converter(ScriptConverter::Direction::ToSimplified);
    return converter;
}

bool isChunkBreak(char16_t c)
{
    return u"，。、；：！？,.;:!? \t\u3000"_s.contains(QChar(c));
}

// Appends @p converted (the t2s form of original[start, start + length)) with a mapping back.
// OpenCC keeps length in almost every case; where it does not, the line is converted again in
// small chunks so that an offset can be off by at most a few characters within one chunk.
void appendConverted(QStringView original, qsizetype start, qsizetype length, QString &out, QList<int> &map)
{
    const QStringView line = original.mid(start, length);
    const QString converted = toSimplified().convert(line).value();
    if (converted.size() == length) {
        out.append(converted);
        for (qsizetype i = 0; i < length; ++i) {
            map.append(int(start + i));
        }
        return;
    }
    qsizetype chunkStart = 0;
    while (chunkStart < length) {
        qsizetype chunkEnd = chunkStart + 1;
        while (chunkEnd < length && !isChunkBreak(line.at(chunkEnd - 1).unicode())) {
            ++chunkEnd;
        }
        const QStringView chunk = line.mid(chunkStart, chunkEnd - chunkStart);
        const QString chunkConverted = toSimplified().convert(chunk).value();
        const qsizetype n = chunkConverted.size();
        out.append(chunkConverted);
        for (qsizetype j = 0; j < n; ++j) {
            const qsizetype source
                = n == chunk.size() ? j : std::min(j * chunk.size() / std::max<qsizetype>(n, 1), chunk.size() - 1);
            map.append(int(start + chunkStart + source));
        }
        chunkStart = chunkEnd;
    }
}

} // namespace

char16_t TextNormalizer::fold(char16_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E) {
        return char16_t(c - 0xFEE0);
    }
    switch (c) {
    case u'【':
        return u'[';
    case u'】':
        return u']';
    default:
        return c;
    }
}

bool TextNormalizer::isFoldableSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == 0x00A0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A)
        || c == 0x202F || c == 0x205F;
}

NormalizedText TextNormalizer::normalize(QStringView original, bool convertScript)
{
    // Step 1: script. Only lines with traditional characters go through OpenCC.
    QString converted;
    QList<int> convertedMap;
    const bool convert = convertScript && ScriptDetector::containsTraditional(original);
    if (convert) {
        converted.reserve(original.size());
        convertedMap.reserve(original.size() + 1);
        qsizetype lineStart = 0;
        while (lineStart <= original.size()) {
            qsizetype lineEnd = original.indexOf(u'\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = original.size();
            }
            const QStringView line = original.mid(lineStart, lineEnd - lineStart);
            if (ScriptDetector::containsTraditional(line)) {
                appendConverted(original, lineStart, line.size(), converted, convertedMap);
            } else {
                converted.append(line);
                for (qsizetype i = lineStart; i < lineEnd; ++i) {
                    convertedMap.append(int(i));
                }
            }
            if (lineEnd < original.size()) {
                converted.append(u'\n');
                convertedMap.append(int(lineEnd));
            }
            lineStart = lineEnd + 1;
        }
    }
    const QStringView source = convert ? QStringView(converted) : original;
    auto sourceToOriginal = [&](qsizetype i) {
        return convert ? convertedMap.at(i) : int(i);
    };

    // Step 2: width and white space.
    QString text;
    QList<int> map;
    text.reserve(source.size());
    map.reserve(source.size() + 1);
    qsizetype pendingSpace = -1; // position of the first space of a run not yet written
    for (qsizetype i = 0; i < source.size(); ++i) {
        const char16_t c = source.at(i).unicode();
        if (isFoldableSpace(c)) {
            if (pendingSpace < 0) {
                pendingSpace = i;
            }
            continue;
        }
        if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF) {
            continue; // zero-width characters carry nothing to match
        }
        if (c == u'\n') {
            pendingSpace = -1; // spaces at a line end are dropped
        } else if (pendingSpace >= 0) {
            if (!text.isEmpty() && !text.endsWith(u'\n')) {
                text.append(u' ');
                map.append(sourceToOriginal(pendingSpace));
            }
            pendingSpace = -1;
        }
        text.append(QChar(fold(c)));
        map.append(sourceToOriginal(i));
    }
    map.append(int(original.size()));
    return NormalizedText(std::move(text), std::move(map));
}

} // namespace Fazhi
