// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftextmap.h"

#include <algorithm>
#include <limits>
#include <map>

#include <QGlyphRun>
#include <QRawFont>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

QByteArray hex4(uint value)
{
    return QByteArray::number(value, 16).rightJustified(4, '0').toUpper();
}

/** The objects of a PDF with a classic cross-reference table, as QPdfWriter writes them. */
struct PdfObjects
{
    std::map<int, qsizetype> offsets; ///< object number -> byte offset
    qsizetype xref = -1;
};

std::optional<PdfObjects> readObjects(const QByteArray &pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0) {
        return std::nullopt;
    }
    PdfObjects objects;
    objects.xref = pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong();
    if (objects.xref <= 0 || !pdf.mid(objects.xref).startsWith("xref")) {
        return std::nullopt;
    }
    qsizetype pos = pdf.indexOf('\n', objects.xref) + 1;
    // One subsection "first count", then count entries of 20 bytes.
    const qsizetype headerEnd = pdf.indexOf('\n', pos);
    const QList<QByteArray> header = pdf.mid(pos, headerEnd - pos).trimmed().split(' ');
    if (header.size() != 2) {
        return std::nullopt;
    }
    const int first = header.at(0).toInt();
    const int count = header.at(1).toInt();
    pos = headerEnd + 1;
    for (int i = 0; i < count; ++i, pos += 20) {
        const QByteArray entry = pdf.mid(pos, 20);
        if (entry.size() < 18) {
            return std::nullopt;
        }
        if (entry.at(17) == 'n') {
            objects.offsets[first + i] = entry.left(10).toLongLong();
        }
    }
    return objects;
}

} // namespace

void PdfTextMap::record(const QGlyphRun &run)
{
    const QRawFont font = run.rawFont();
    const QString key = font.familyName() + u'\x1f' + font.styleName();
    auto found = m_faceIndex.constFind(key);
    if (found == m_faceIndex.cend()) {
        Face face;
        face.key = key;
        // QFontSubset starts every subset with the .notdef glyph.
        face.glyphs.append(0);
        face.codes.insert(0, 0);
        face.text.append(QString());
        m_faces.append(face);
        found = m_faceIndex.insert(key, int(m_faces.size() - 1));
    }
    Face &face = m_faces[found.value()];
    const QList<quint32> glyphs = run.glyphIndexes();
    const QList<qsizetype> indexes = run.stringIndexes();
    const QString source = run.sourceString();
    for (qsizetype i = 0; i < glyphs.size(); ++i) {
        const quint32 glyph = glyphs.at(i);
        int code = face.codes.value(glyph, -1);
        if (code < 0) {
            code = int(face.glyphs.size());
            face.glyphs.append(glyph);
            face.codes.insert(glyph, code);
            face.text.append(QString());
        }
        if (!face.text.at(code).isEmpty() || i >= indexes.size()) {
            continue;
        }
        // The glyph stands for the characters of its cluster: up to the next glyph's first character.
        // The source string is the whole paragraph: the run's last glyph ends after one character.
        const qsizetype from = indexes.at(i);
        const qsizetype single = from + (from + 1 < source.size() && source.at(from).isHighSurrogate() ? 2 : 1);
        qsizetype to = std::numeric_limits<qsizetype>::max();
        for (qsizetype j = 0; j < indexes.size(); ++j) {
            if (indexes.at(j) > from && indexes.at(j) < to) {
                to = indexes.at(j);
            }
        }
        if (to == std::numeric_limits<qsizetype>::max()) {
            to = single;
        }
        QString text = source.mid(from, to - from);
        if (text == u"\t"_s || text == QString(QChar::Nbsp)) {
            text = u" "_s;
        }
        if (text != u"\n"_s && text != u"\r"_s && text != QString(QChar::LineSeparator)) {
            face.text[code] = text;
        }
    }
}

QByteArray PdfTextMap::cmap(const Face &face) const
{
    QByteArrayList entries;
    for (qsizetype code = 1; code < face.text.size(); ++code) {
        const QString &text = face.text.at(code);
        if (text.isEmpty()) {
            continue;
        }
        QByteArray target;
        for (const QChar c : text) {
            target += hex4(c.unicode());
        }
        entries.append('<' + hex4(uint(code)) + "> <" + target + '>');
    }
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    // A PDF cmap block holds at most 100 entries.
    for (qsizetype i = 0; i < entries.size(); i += 100) {
        const QByteArrayList block = entries.mid(i, 100);
        out += QByteArray::number(block.size()) + " beginbfchar\n" + block.join('\n') + "\nendbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

Result<QByteArray> PdfTextMap::rewrite(const QByteArray &pdf) const
{
    const std::optional<PdfObjects> objects = readObjects(pdf);
    if (!objects || objects->offsets.empty()) {
        return Error{u"The PDF has no cross-reference table that could be read."_s};
    }
    // Type0 fonts in object order (= order of first use), with their ToUnicode stream.
    static const QRegularExpression toUnicode(u"/ToUnicode (\\d+) 0 R"_s);
    std::map<int, qsizetype> ends; // object number -> end offset (start of the next object or of xref)
    {
        QList<qsizetype> starts;
        for (const auto &[number, offset] : objects->offsets) {
            starts.append(offset);
        }
        std::sort(starts.begin(), starts.end());
        for (const auto &[number, offset] : objects->offsets) {
            const auto next = std::upper_bound(starts.cbegin(), starts.cend(), offset);
            ends[number] = next == starts.cend() ? objects->xref : *next;
        }
    }
    QList<int> maps; // ToUnicode object numbers of the Type0 fonts, by font object number
    for (const auto &[number, offset] : objects->offsets) {
        const QByteArray body = pdf.mid(offset, std::min<qsizetype>(ends[number] - offset, 4096));
        if (!body.contains("/Subtype /Type0")) {
            continue;
        }
        const auto match = toUnicode.match(QString::fromLatin1(body));
        if (match.hasMatch()) {
            maps.append(match.captured(1).toInt());
        }
    }
    if (maps.size() != m_faces.size()) {
        // Text reached the PDF without being recorded: its maps would give back other characters.
        return Error{tr("The PDF has %1 fonts but %2 were drawn as searchable text: its text could not be made "
                        "searchable.")
                .arg(maps.size())
                .arg(m_faces.size())};
    }
    QHash<int, QByteArray> replacement;
    for (qsizetype i = 0; i < maps.size(); ++i) {
        const QByteArray stream = cmap(m_faces.at(i));
        replacement.insert(maps.at(i),
            QByteArray::number(maps.at(i)) + " 0 obj\n<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n"
                + stream + "\nendstream\nendobj\n");
    }

    // Write the objects again in file order, then a new cross-reference table.
    std::vector<std::pair<qsizetype, int>> order;
    for (const auto &[number, offset] : objects->offsets) {
        order.emplace_back(offset, number);
    }
    std::sort(order.begin(), order.end());
    QByteArray out = pdf.left(order.front().first);
    out.reserve(pdf.size() + 4096);
    std::map<int, qsizetype> offsets;
    for (const auto &[offset, number] : order) {
        offsets[number] = out.size();
        if (replacement.contains(number)) {
            out += replacement.value(number);
        } else {
            out += pdf.mid(offset, ends[number] - offset);
        }
    }
    const qsizetype xref = out.size();
    const int size = offsets.rbegin()->first + 1;
    out += "xref\n0 " + QByteArray::number(size) + "\n0000000000 65535 f \n";
    for (int number = 1; number < size; ++number) {
        const auto found = offsets.find(number);
        out += found == offsets.end() ? QByteArray("0000000000 65535 f \n")
                                      : QByteArray::number(found->second).rightJustified(10, '0') + " 00000 n \n";
    }
    const qsizetype trailer = pdf.indexOf("trailer", objects->xref);
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (trailer < 0 || startxref < trailer) {
        return Error{u"The PDF has no trailer."_s};
    }
    out += pdf.mid(trailer, startxref - trailer) + "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace Fazhi
