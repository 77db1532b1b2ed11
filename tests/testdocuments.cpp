// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdocuments.h"

#include <KZip>
#include <functional>

#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace TestDocuments {

namespace {

const auto WordNamespace = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;

const QRegularExpression &markerPattern(int level)
{
    static const QRegularExpression levels[] = {
        QRegularExpression(u"^[一二三四五六七八九十]+、"_s),
        QRegularExpression(u"^[（(][一二三四五六七八九十]+[）)]"_s),
        QRegularExpression(u"^\\d{1,2}[.、．](?!\\d)"_s),
    };
    return levels[level - 1];
}

/** The level of the marker @p line starts with, 0 when none. */
int markerLevel(const QString &line)
{
    for (int level = 1; level <= 3; ++level) {
        if (markerPattern(level).matchView(line).hasMatch()) {
            return level;
        }
    }
    return 0;
}

/** Writes an empty element with its attributes: <w:numId w:val="1"/>. */
void emptyElement(QXmlStreamWriter &writer, const QString &name, const QList<std::pair<QString, QString>> &attributes)
{
    writer.writeEmptyElement(name);
    for (const auto &[attribute, value] : attributes) {
        writer.writeAttribute(attribute, value);
    }
}

QByteArray xmlDocument(const QString &rootName, const std::function<void(QXmlStreamWriter &)> &writeBody)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument(u"1.0"_s, true);
    writer.writeStartElement(rootName);
    writer.writeNamespace(WordNamespace, u"w"_s);
    writeBody(writer);
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

/** Word splits a paragraph's text into runs wherever formatting or revision marks change. */
QStringList runsOf(const QString &text)
{
    QStringList runs;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype length = std::min<qsizetype>(37, text.size() - start);
        if (start + length < text.size() && text[start + length - 1].isHighSurrogate()) {
            ++length;
        }
        runs.append(text.mid(start, length));
        start += length;
    }
    return runs;
}

void writeLevel(QXmlStreamWriter &writer, int level, const QString &numFmt, const QString &text, const QString &suffix)
{
    writer.writeStartElement(u"w:lvl"_s);
    writer.writeAttribute(u"w:ilvl"_s, QString::number(level));
    emptyElement(writer, u"w:start"_s, {{u"w:val"_s, u"1"_s}});
    emptyElement(writer, u"w:numFmt"_s, {{u"w:val"_s, numFmt}});
    if (!suffix.isEmpty()) {
        emptyElement(writer, u"w:suff"_s, {{u"w:val"_s, suffix}});
    }
    emptyElement(writer, u"w:lvlText"_s, {{u"w:val"_s, text}});
    emptyElement(writer, u"w:lvlJc"_s, {{u"w:val"_s, u"left"_s}});
    writer.writeEndElement();
}

/**
 * Breaks @p text into lines the way a Chinese word processor does: anywhere between Chinese
 * characters, never inside a number or Latin word, no closing punctuation at the start of a line
 * and no opening punctuation at its end, nothing beyond the margin.
 */
QStringList wrapped(const QString &text, const QFontMetricsF &metrics, qreal firstWidth, qreal width)
{
    static const QRegularExpression unit(u"[A-Za-z0-9][A-Za-z0-9.%]*|."_s);
    static const QString noLineStart = u"，。、；：？！”’）》」』,.;:?!)%"_s;
    static const QString noLineEnd = u"“‘（《「『("_s;
    QStringList lines;
    QString line;
    qreal lineWidth = 0;
    for (auto it = unit.globalMatch(text); it.hasNext();) {
        const QString piece = it.next().captured();
        const qreal advance = metrics.horizontalAdvance(piece);
        const qreal available = lines.isEmpty() ? firstWidth : width;
        if (lineWidth + advance > available && !line.isEmpty()) {
            // Closing punctuation takes the character before it to the next line; opening
            // punctuation goes along with the character after it.
            QString carried;
            if (noLineStart.contains(piece) && line.size() > 1) {
                carried = line.back();
                line.chop(1);
            }
            while (line.size() > 1 && noLineEnd.contains(line.back())) {
                carried.prepend(line.back());
                line.chop(1);
            }
            lines.append(line);
            line = carried;
            lineWidth = metrics.horizontalAdvance(carried);
        }
        line.append(piece);
        lineWidth += advance;
    }
    if (!line.isEmpty()) {
        lines.append(line);
    }
    return lines;
}

} // namespace

QStringList lines(const QString &text)
{
    QStringList result;
    for (const QStringView line : QStringView(text).tokenize(u'\n')) {
        if (const QStringView trimmed = line.trimmed(); !trimmed.isEmpty()) {
            result.append(trimmed.toString());
        }
    }
    return result;
}

int headingLevel(const QString &line)
{
    const int level = markerLevel(line);
    if (level == 0 || line.size() > 60) {
        return 0;
    }
    // A sentence ending before the end of the line means body text follows the heading.
    const qsizetype stop = line.indexOf(u'。');
    return stop < 0 || stop == line.size() - 1 ? level : 0;
}

QString withoutMarker(const QString &line)
{
    const int level = markerLevel(line);
    return level == 0 ? line : line.mid(markerPattern(level).matchView(line).capturedLength());
}

QByteArray zip(const QList<std::pair<QString, QByteArray>> &members)
{
    QBuffer buffer;
    {
        KZip archive(&buffer);
        if (!archive.open(QIODevice::WriteOnly)) {
            qFatal("KZip cannot write to a buffer: %s", qPrintable(archive.errorString()));
        }
        for (const auto &[path, contents] : members) {
            archive.writeFile(path, contents);
        }
        archive.close();
    }
    return buffer.data();
}

bool writeDocxBomb(const QString &path, qint64 inflatedSize, qint64 declaredSize)
{
    const QString part = u"word/document.xml"_s;
    {
        KZip archive(path);
        if (!archive.open(QIODevice::WriteOnly)) {
            return false;
        }
        for (const auto &[name, contents] : docxPackageParts()) {
            archive.writeFile(name, contents);
        }
        const QByteArray head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                                "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                "<w:body><w:p><w:r><w:t>";
        const QByteArray tail = "</w:t></w:r></w:p></w:body></w:document>";
        const QByteArray letters(1024 * 1024, 'a');
        if (!archive.prepareWriting(part, QString(), QString(), inflatedSize)
            || !archive.writeData(head.constData(), head.size())) {
            return false;
        }
        for (qint64 left = inflatedSize - head.size() - tail.size(); left > 0; left -= letters.size()) {
            if (!archive.writeData(letters.constData(), std::min<qint64>(left, letters.size()))) {
                return false;
            }
        }
        if (!archive.writeData(tail.constData(), tail.size()) || !archive.finishWriting(inflatedSize)
            || !archive.close()) {
            return false;
        }
    }
    if (declaredSize < 0) {
        return true;
    }
    // The uncompressed size in the part's local header (offset 22) and central directory entry
    // (offset 24), each followed by the name at offset 30 and 46.
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        return false;
    }
    QByteArray bytes = file.readAll();
    const QByteArray name = part.toUtf8();
    int patched = 0;
    for (qsizetype at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
        qsizetype sizeField = -1;
        if (at >= 30 && bytes.mid(at - 30, 4) == "PK\x03\x04") {
            sizeField = at - 30 + 22;
        } else if (at >= 46 && bytes.mid(at - 46, 4) == "PK\x01\x02") {
            sizeField = at - 46 + 24;
        }
        if (sizeField >= 0) {
            for (int i = 0; i < 4; ++i) {
                bytes[sizeField + i] = char((quint64(declaredSize) >> (8 * i)) & 0xff);
            }
            ++patched;
        }
    }
    return patched == 2 && file.seek(0) && file.write(bytes) == bytes.size();
}

QByteArray docxDocumentXml(const QList<DocxParagraph> &paragraphs)
{
    return xmlDocument(u"w:document"_s, [&](QXmlStreamWriter &writer) {
        writer.writeStartElement(u"w:body"_s);
        for (const DocxParagraph &paragraph : paragraphs) {
            writer.writeStartElement(u"w:p"_s);
            if (!paragraph.styleId.isEmpty() || paragraph.numId > 0) {
                writer.writeStartElement(u"w:pPr"_s);
                if (!paragraph.styleId.isEmpty()) {
                    emptyElement(writer, u"w:pStyle"_s, {{u"w:val"_s, paragraph.styleId}});
                }
                if (paragraph.numId > 0) {
                    writer.writeStartElement(u"w:numPr"_s);
                    emptyElement(writer, u"w:ilvl"_s, {{u"w:val"_s, QString::number(paragraph.numLevel)}});
                    emptyElement(writer, u"w:numId"_s, {{u"w:val"_s, QString::number(paragraph.numId)}});
                    writer.writeEndElement();
                }
                writer.writeEndElement();
            }
            for (const QString &run : runsOf(paragraph.text)) {
                writer.writeStartElement(u"w:r"_s);
                writer.writeStartElement(u"w:rPr"_s);
                emptyElement(writer, u"w:rFonts"_s, {{u"w:hint"_s, u"eastAsia"_s}});
                writer.writeEndElement();
                writer.writeStartElement(u"w:t"_s);
                writer.writeAttribute(u"xml:space"_s, u"preserve"_s);
                writer.writeCharacters(run);
                writer.writeEndElement();
                writer.writeEndElement();
            }
            writer.writeEndElement();
        }
        writer.writeStartElement(u"w:sectPr"_s);
        emptyElement(writer, u"w:pgSz"_s, {{u"w:w"_s, u"11906"_s}, {u"w:h"_s, u"16838"_s}});
        writer.writeEndElement();
        writer.writeEndElement();
    });
}

QByteArray docxStylesXml()
{
    return xmlDocument(u"w:styles"_s, [](QXmlStreamWriter &writer) {
        writer.writeStartElement(u"w:style"_s);
        writer.writeAttribute(u"w:type"_s, u"paragraph"_s);
        writer.writeAttribute(u"w:default"_s, u"1"_s);
        writer.writeAttribute(u"w:styleId"_s, u"Normal"_s);
        emptyElement(writer, u"w:name"_s, {{u"w:val"_s, u"Normal"_s}});
        writer.writeEndElement();
        for (int level = 1; level <= 3; ++level) {
            writer.writeStartElement(u"w:style"_s);
            writer.writeAttribute(u"w:type"_s, u"paragraph"_s);
            writer.writeAttribute(u"w:styleId"_s, u"Heading"_s + QString::number(level));
            emptyElement(writer, u"w:name"_s, {{u"w:val"_s, u"heading "_s + QString::number(level)}});
            emptyElement(writer, u"w:basedOn"_s, {{u"w:val"_s, u"Normal"_s}});
            emptyElement(writer, u"w:next"_s, {{u"w:val"_s, u"Normal"_s}});
            writer.writeStartElement(u"w:pPr"_s);
            emptyElement(writer, u"w:keepNext"_s, {});
            emptyElement(writer, u"w:outlineLvl"_s, {{u"w:val"_s, QString::number(level - 1)}});
            writer.writeEndElement();
            writer.writeEndElement();
        }
    });
}

QByteArray docxNumberingXml()
{
    return xmlDocument(u"w:numbering"_s, [](QXmlStreamWriter &writer) {
        writer.writeStartElement(u"w:abstractNum"_s);
        writer.writeAttribute(u"w:abstractNumId"_s, u"0"_s);
        emptyElement(writer, u"w:multiLevelType"_s, {{u"w:val"_s, u"multilevel"_s}});
        writeLevel(writer, 0, u"chineseCounting"_s, u"%1、"_s, {});
        writeLevel(writer, 1, u"chineseCounting"_s, u"（%2）"_s, {});
        writeLevel(writer, 2, u"decimal"_s, u"%3."_s, u"nothing"_s);
        writer.writeEndElement();

        writer.writeStartElement(u"w:abstractNum"_s);
        writer.writeAttribute(u"w:abstractNumId"_s, u"1"_s);
        emptyElement(writer, u"w:multiLevelType"_s, {{u"w:val"_s, u"singleLevel"_s}});
        writeLevel(writer, 0, u"decimal"_s, u"%1."_s, {});
        writer.writeEndElement();

        for (const auto &[numId, abstractId] : {std::pair{OutlineList, 0}, std::pair{DecimalList, 1}}) {
            writer.writeStartElement(u"w:num"_s);
            writer.writeAttribute(u"w:numId"_s, QString::number(numId));
            emptyElement(writer, u"w:abstractNumId"_s, {{u"w:val"_s, QString::number(abstractId)}});
            writer.writeEndElement();
        }
    });
}

QList<std::pair<QString, QByteArray>> docxPackageParts()
{
    const QByteArray contentTypes = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>)";
    const QByteArray packageRelationships = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>)";
    const QByteArray documentRelationships = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>)";
    return {
        {u"[Content_Types].xml"_s, contentTypes},
        {u"_rels/.rels"_s, packageRelationships},
        {u"word/_rels/document.xml.rels"_s, documentRelationships},
        {u"word/styles.xml"_s, docxStylesXml()},
        {u"word/numbering.xml"_s, docxNumberingXml()},
    };
}

QByteArray docx(const QList<DocxParagraph> &paragraphs)
{
    QList<std::pair<QString, QByteArray>> members = docxPackageParts();
    members.insert(1, {u"word/document.xml"_s, docxDocumentXml(paragraphs)});
    return zip(members);
}

QList<DocxParagraph> docxParagraphs(const QStringList &lines, bool wordNumbering)
{
    QList<DocxParagraph> paragraphs;
    for (const QString &line : lines) {
        DocxParagraph paragraph{line, {}, 0, 0};
        const int level = headingLevel(line);
        if (level == 1 || level == 2) {
            paragraph.styleId = u"Heading"_s + QString::number(level);
        }
        const int marked = markerLevel(line);
        if (wordNumbering && marked > 0) {
            paragraph.text = withoutMarker(line);
            paragraph.numId = OutlineList;
            paragraph.numLevel = marked - 1;
        }
        paragraphs.append(paragraph);
    }
    return paragraphs;
}

QByteArray pdf(const QList<PdfParagraph> &paragraphs, const PdfLayout &layout)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        const double sideMargin = (210.0 - layout.textWidthMm) / 2;
        writer.setPageMargins(QMarginsF(sideMargin, 20, sideMargin, 20), QPageLayout::Millimeter);
        writer.setTitle(layout.title);
        writer.setCreator(u"Fazhi Review tests"_s);

        QFont body(u"Noto Serif CJK SC"_s);
        body.setPointSizeF(layout.pointSize);
        QFont heading = body;
        heading.setBold(true);
        QFont margin = body;
        margin.setPointSizeF(layout.pointSize * 0.75);

        QPainter painter(&writer);
        const int width = writer.width();
        const int height = writer.height();
        const int marginHeight = QFontMetrics(margin, &writer).height();
        const int top = layout.runningHeader.isEmpty() ? 0 : marginHeight * 2;
        const int bottom = layout.pageNumbers ? height - marginHeight * 2 : height;
        int page = 1;
        auto decorate = [&] {
            painter.setFont(margin);
            if (!layout.runningHeader.isEmpty()) {
                painter.drawText(QRect(0, 0, width, marginHeight), Qt::AlignHCenter, layout.runningHeader);
                painter.drawLine(0, marginHeight + marginHeight / 3, width, marginHeight + marginHeight / 3);
            }
            if (layout.pageNumbers) {
                painter.drawText(
                    QRect(0, height - marginHeight, width, marginHeight), Qt::AlignHCenter, u"- %1 -"_s.arg(page));
            }
        };
        decorate();

        int y = top;
        for (const PdfParagraph &paragraph : paragraphs) {
            const QFont &font = paragraph.heading ? heading : body;
            const QFontMetricsF metrics(font, &writer);
            // Body paragraphs start two characters in, as Chinese official documents do.
            const qreal indent = paragraph.heading ? 0 : metrics.horizontalAdvance(u"国国"_s);
            painter.setFont(font);
            const QStringList lines = wrapped(paragraph.text, metrics, width - indent, width);
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (y + metrics.height() > bottom) {
                    writer.newPage();
                    ++page;
                    decorate();
                    y = top;
                }
                painter.drawText(QPointF(i == 0 ? indent : 0, y + metrics.ascent()), lines[i]);
                y += int(metrics.height() * 1.4);
            }
            y += int(metrics.height() * 0.5);
        }
        painter.end();
    }
    return buffer.data();
}

QList<PdfParagraph> pdfParagraphs(const QStringList &lines)
{
    QList<PdfParagraph> paragraphs;
    for (const QString &line : lines) {
        const int level = headingLevel(line);
        paragraphs.append({line, level == 1 || level == 2});
    }
    return paragraphs;
}

QByteArray scannedPdf(int pages)
{
    QImage scan(1240, 1754, QImage::Format_Grayscale8);
    scan.fill(Qt::white);
    {
        QPainter painter(&scan);
        QFont font(u"Noto Serif CJK SC"_s);
        font.setPixelSize(36);
        painter.setFont(font);
        for (int row = 0; row < 30; ++row) {
            painter.drawText(
                QPoint(120, 160 + row * 48), u"关于2024年度法治政府建设情况的报告（扫描件）第%1行"_s.arg(row + 1));
        }
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(150);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0) {
                writer.newPage();
            }
            painter.drawImage(QRect(0, 0, writer.width(), writer.height()), scan);
        }
    }
    return buffer.data();
}

} // namespace TestDocuments
