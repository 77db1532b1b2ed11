// SPDX-License-Identifier: GPL-3.0-or-later
#include "docximporter.h"

#include "docxnumbering.h"
#include "importedtextbuilder.h"

#include <KZip>
#include <memory>

#include <QBuffer>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

/** A paragraph's numbering reference (w:numPr): numId -1 when none is given. */
struct NumberingReference
{
    int numId = -1;
    int level = 0;
};

/** What a paragraph style contributes: its heading level, its numbering, the style it is based on. */
struct ParagraphStyle
{
    int headingLevel = 0;
    NumberingReference numbering;
    QString basedOn;
};

int intValue(const QXmlStreamReader &reader, QStringView name = u"val", int fallback = -1)
{
    bool ok = false;
    const int value = DocxNumbering::wordAttribute(reader, name).toInt(&ok);
    return ok ? value : fallback;
}

/** Reads the paragraph properties the importer uses from inside w:pPr (a paragraph's or a style's). */
void readParagraphProperties(
    QXmlStreamReader &reader, QString *styleId, NumberingReference *numbering, int *outlineLevel)
{
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        if (name == u"pStyle" && styleId) {
            *styleId = DocxNumbering::wordAttribute(reader, u"val").toString();
            reader.skipCurrentElement();
        } else if (name == u"numPr") {
            while (reader.readNextStartElement()) {
                if (reader.name() == u"numId") {
                    numbering->numId = intValue(reader);
                } else if (reader.name() == u"ilvl") {
                    numbering->level = std::max(0, intValue(reader));
                }
                reader.skipCurrentElement();
            }
        } else if (name == u"outlineLvl") {
            *outlineLevel = intValue(reader);
            reader.skipCurrentElement();
        } else {
            // rPr, tabs, pPrChange (the properties before a tracked change) and the rest.
            reader.skipCurrentElement();
        }
    }
}

int headingLevelFromStyleName(QStringView name)
{
    static const QRegularExpression heading(
        u"^(?:heading|标题|標題)\\s*([1-9])$"_s, QRegularExpression::CaseInsensitiveOption);
    const auto match = heading.matchView(name.trimmed());
    return match.hasMatch() ? match.capturedView(1).toInt() : 0;
}

QHash<QString, ParagraphStyle> readStyles(const QByteArray &xml)
{
    QHash<QString, ParagraphStyle> styles;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != u"style"
            || DocxNumbering::wordAttribute(reader, u"type") != u"paragraph") {
            continue;
        }
        const QString id = DocxNumbering::wordAttribute(reader, u"styleId").toString();
        ParagraphStyle style;
        int outlineLevel = -1;
        while (reader.readNextStartElement()) {
            if (reader.name() == u"name") {
                style.headingLevel = headingLevelFromStyleName(DocxNumbering::wordAttribute(reader, u"val"));
                reader.skipCurrentElement();
            } else if (reader.name() == u"basedOn") {
                style.basedOn = DocxNumbering::wordAttribute(reader, u"val").toString();
                reader.skipCurrentElement();
            } else if (reader.name() == u"pPr") {
                readParagraphProperties(reader, nullptr, &style.numbering, &outlineLevel);
            } else {
                reader.skipCurrentElement();
            }
        }
        if (outlineLevel >= 0 && outlineLevel < 9) {
            style.headingLevel = outlineLevel + 1;
        }
        styles.insert(id, style);
    }
    return styles;
}

/** A style's heading level and numbering, inherited along w:basedOn. */
ParagraphStyle resolvedStyle(const QHash<QString, ParagraphStyle> &styles, const QString &styleId)
{
    ParagraphStyle resolved;
    bool haveLevel = false;
    QString id = styleId;
    for (int depth = 0; depth < 16 && styles.contains(id); ++depth) {
        const ParagraphStyle &style = styles[id];
        if (!haveLevel && style.headingLevel > 0) {
            resolved.headingLevel = style.headingLevel;
            haveLevel = true;
        }
        if (resolved.numbering.numId < 0 && style.numbering.numId >= 0) {
            resolved.numbering = style.numbering;
        }
        id = style.basedOn;
    }
    return resolved;
}

// A report's text is a few MB of XML at most; what inflates beyond these is refused unread (a
// zip bomb of 1 MB can declare, or silently hold, gigabytes).
constexpr qint64 MaxPartSize = 64 * 1024 * 1024;
constexpr qint64 MaxInflatedSize = 128 * 1024 * 1024;
constexpr qint64 InflateChunk = 1024 * 1024;

/**
 * Inflates the parts of the package the importer reads, each at most MaxPartSize and all of them
 * together at most MaxInflatedSize. The sizes the archive declares are checked first but not
 * trusted: the inflating stream is read in chunks and stopped at the cap.
 */
class PartReader
{
public:
    explicit PartReader(const KArchiveDirectory *root)
        : m_root(root)
    {
    }

    /** True when the package has the part @p path. */
    bool has(const QString &path) const { return m_root->file(path) != nullptr; }

    /** The inflated bytes of the part @p path (empty when there is no such part). */
    Result<QByteArray> read(const QString &path)
    {
        const KArchiveFile *file = m_root->file(path);
        if (!file) {
            return QByteArray();
        }
        const qint64 limit = std::min(MaxPartSize, MaxInflatedSize - m_inflated);
        if (file->size() > limit) {
            return tooLarge(path, limit);
        }
        const std::unique_ptr<QIODevice> device(file->createDevice());
        if (!device) {
            return Error{DocxImporter::tr("%1 cannot be read: the archive is damaged").arg(path)};
        }
        QByteArray bytes;
        bytes.reserve(qsizetype(std::max<qint64>(0, file->size())));
        while (bytes.size() <= limit) {
            const QByteArray chunk = device->read(std::min(InflateChunk, limit + 1 - bytes.size()));
            if (chunk.isEmpty()) {
                break;
            }
            bytes.append(chunk);
        }
        if (bytes.size() > limit) {
            return tooLarge(path, limit);
        }
        m_inflated += bytes.size();
        return bytes;
    }

private:
    Error tooLarge(const QString &path, qint64 limit) const
    {
        if (limit < MaxPartSize) {
            //: %1 is a size in MB
            return Error{DocxImporter::tr("the parts of the document expand to more than %1 MB; it is refused")
                    .arg(MaxInflatedSize / 1048576)};
        }
        //: %1 is a part of the .docx package such as word/document.xml, %2 a size in MB
        return Error{DocxImporter::tr("%1 expands to more than %2 MB; the document is refused")
                .arg(path)
                .arg(MaxPartSize / 1048576)};
    }

    const KArchiveDirectory *m_root;
    qint64 m_inflated = 0;
};

Result<QString> mainDocumentPath(PartReader &parts)
{
    // The package relationships name the main part; nearly always word/document.xml.
    const Result<QByteArray> rels = parts.read(u"_rels/.rels"_s);
    if (!rels) {
        return rels.failure();
    }
    QXmlStreamReader reader(rels.value());
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"Relationship"
            && reader.attributes().value(u"Type").endsWith(u"/officeDocument")) {
            QString target = reader.attributes().value(u"Target").toString();
            if (target.startsWith(u'/')) {
                target.remove(0, 1);
            }
            if (parts.has(target)) {
                return target;
            }
        }
    }
    return u"word/document.xml"_s;
}

void readCoreProperties(const QByteArray &xml, ImportedTextBuilder &builder)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const QString name = reader.name().toString();
        if (name == u"title") {
            builder.setField(u"title"_s, reader.readElementText());
        } else if (name == u"creator") {
            builder.setField(u"author"_s, reader.readElementText());
        } else if (name == u"created") {
            builder.setDateField(u"created"_s, reader.readElementText());
        }
    }
}

/** Walks word/document.xml and hands paragraphs and table rows to the builder. */
class DocumentReader
{
public:
    DocumentReader(ImportedTextBuilder &builder, DocxNumbering &numbering, const QHash<QString, ParagraphStyle> &styles)
        : m_builder(builder)
        , m_numbering(numbering)
        , m_styles(styles)
    {
    }

    /** Reads the document; false with reader.errorString() when the XML is malformed. */
    bool read(const QByteArray &xml, QString *error)
    {
        QXmlStreamReader reader(xml);
        while (!reader.atEnd()) {
            switch (reader.readNext()) {
            case QXmlStreamReader::StartElement:
                onStart(reader);
                break;
            case QXmlStreamReader::EndElement:
                onEnd(reader.name());
                break;
            default:
                break;
            }
        }
        if (reader.hasError()) {
            *error = DocxImporter::tr("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
            return false;
        }
        return true;
    }

private:
    struct Paragraph
    {
        QString text;
        QString styleId;
        NumberingReference numbering;
        int outlineLevel = -1;
    };
    struct Table
    {
        QStringList row;
        QString cell;
    };

    void onStart(QXmlStreamReader &reader)
    {
        const QStringView name = reader.name();
        if (name == u"p") {
            m_paragraphs.append(Paragraph());
        } else if (name == u"pPr" && !m_paragraphs.isEmpty()) {
            Paragraph &paragraph = m_paragraphs.last();
            readParagraphProperties(reader, &paragraph.styleId, &paragraph.numbering, &paragraph.outlineLevel);
        } else if (name == u"t" && !m_paragraphs.isEmpty()) {
            m_paragraphs.last().text.append(reader.readElementText());
        } else if ((name == u"tab" || name == u"ptab") && !m_paragraphs.isEmpty()) {
            m_paragraphs.last().text.append(u'\t');
        } else if ((name == u"br" || name == u"cr") && !m_paragraphs.isEmpty()) {
            // A page or column break moves the text but does not end a line of it.
            const QStringView type = DocxNumbering::wordAttribute(reader, u"type");
            if (type != u"page" && type != u"column") {
                m_paragraphs.last().text.append(u'\n');
            }
        } else if (name == u"noBreakHyphen" && !m_paragraphs.isEmpty()) {
            m_paragraphs.last().text.append(u'-');
        } else if (name == u"tbl") {
            m_tables.append(Table());
        } else if (name == u"tr" && !m_tables.isEmpty()) {
            m_tables.last().row.clear();
        } else if (name == u"tc" && !m_tables.isEmpty()) {
            m_tables.last().cell.clear();
        } else if (name == u"del" || name == u"moveFrom" || name == u"Fallback" || name == u"rPr"
            || name == u"instrText" || name == u"delText") {
            // Deleted revisions, the fallback copy of a text box (the Choice already has it), run
            // properties and field codes are no visible text.
            reader.skipCurrentElement();
        }
    }

    void onEnd(QStringView name)
    {
        if (name == u"p" && !m_paragraphs.isEmpty()) {
            const Paragraph paragraph = m_paragraphs.takeLast();
            endParagraph(paragraph);
        } else if (name == u"tc" && !m_tables.isEmpty()) {
            m_tables.last().row.append(m_tables.last().cell.simplified());
        } else if (name == u"tr" && !m_tables.isEmpty()) {
            const QString rowText = m_tables.last().row.join(u'\t');
            if (m_tables.size() == 1) {
                m_builder.addLine(rowText);
            } else {
                appendToCell(m_tables[m_tables.size() - 2], rowText);
            }
        } else if (name == u"tbl" && !m_tables.isEmpty()) {
            m_tables.removeLast();
        }
    }

    static void appendToCell(Table &table, const QString &text)
    {
        if (text.trimmed().isEmpty()) {
            return;
        }
        if (!table.cell.isEmpty()) {
            table.cell.append(u' ');
        }
        table.cell.append(text);
    }

    void endParagraph(const Paragraph &paragraph)
    {
        const ParagraphStyle style = resolvedStyle(m_styles, paragraph.styleId);
        NumberingReference numbering = paragraph.numbering;
        if (numbering.numId < 0) {
            numbering = style.numbering;
        }
        int level = style.headingLevel;
        if (paragraph.outlineLevel >= 0) {
            level = paragraph.outlineLevel < 9 ? paragraph.outlineLevel + 1 : 0;
        }
        // An empty paragraph with numbering still consumes a number in Word, but prints nothing.
        const QString label = numbering.numId > 0 ? m_numbering.nextLabel(numbering.numId, numbering.level) : QString();
        if (paragraph.text.trimmed().isEmpty()) {
            return;
        }
        const QString text = label + paragraph.text.trimmed();
        if (!m_tables.isEmpty()) {
            appendToCell(m_tables.last(), text);
        } else {
            m_builder.addLine(text, level);
        }
    }

    ImportedTextBuilder &m_builder;
    DocxNumbering &m_numbering;
    const QHash<QString, ParagraphStyle> &m_styles;
    QList<Paragraph> m_paragraphs;
    QList<Table> m_tables;
};

} // namespace

Result<ImportedText> DocxImporter::importBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::ReadOnly)) {
        return Error{tr("not a valid .docx file: the zip archive is damaged (%1)").arg(zip.errorString())};
    }
    PartReader parts(zip.directory());
    const Result<QString> documentPath = mainDocumentPath(parts);
    if (!documentPath) {
        return documentPath.failure();
    }
    if (!parts.has(documentPath.value())) {
        return Error{tr("not a Word document: %1 is missing").arg(documentPath.value())};
    }
    const Result<QByteArray> documentXml = parts.read(documentPath.value());
    if (!documentXml) {
        return documentXml.failure();
    }
    if (documentXml.value().isEmpty()) {
        return Error{tr("%1 cannot be read: the archive is damaged").arg(documentPath.value())};
    }

    ImportedTextBuilder builder(u"docx"_s);
    builder.setEncoding(u"UTF-8"_s);
    const Result<QByteArray> numberingXml = parts.read(u"word/numbering.xml"_s);
    const Result<QByteArray> stylesXml = parts.read(u"word/styles.xml"_s);
    const Result<QByteArray> coreXml = parts.read(u"docProps/core.xml"_s);
    for (const Result<QByteArray> *part : {&numberingXml, &stylesXml, &coreXml}) {
        if (!*part) {
            return Error{part->error()};
        }
    }
    DocxNumbering numbering;
    if (parts.has(u"word/numbering.xml"_s) && !numbering.load(numberingXml.value())) {
        builder.addWarning(tr("The list numbering (word/numbering.xml) is damaged; numbers are left out."));
    }
    const QHash<QString, ParagraphStyle> styles = readStyles(stylesXml.value());
    readCoreProperties(coreXml.value(), builder);

    DocumentReader reader(builder, numbering, styles);
    QString error;
    if (!reader.read(documentXml.value(), &error)) {
        return Error{tr("%1 is damaged (malformed XML, %2)").arg(documentPath.value(), error)};
    }
    return builder.take();
}

} // namespace Fazhi
