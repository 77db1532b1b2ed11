// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes the kinds of files reviewers receive (.docx with Word styles and numbering, .pdf with
// running headers and page numbers) from report text, for the importer and reader tests.
#include <utility>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace TestDocuments {

/** The non-empty lines of @p text, trimmed. */
QStringList lines(const QString &text);

/**
 * The heading level a report line's marker announces: 1 for 一、, 2 for （一）/(一), 3 for 1./1、;
 * 0 for body text and for lines that go on with a sentence after the heading (（一）标题。正文……).
 */
int headingLevel(const QString &line);

/** @p line without its heading marker ("一、主要做法" → "主要做法"). */
QString withoutMarker(const QString &line);

/** A zip archive holding @p members (path → contents), written with KZip. */
QByteArray zip(const QList<std::pair<QString, QByteArray>> &members);

/** One paragraph of a generated Word document. */
struct DocxParagraph
{
    QString text;
    /** "Heading1", "Heading2", "Heading3" or empty for the Normal style. */
    QString styleId;
    /** A list of docxNumberingXml() (OutlineList, DecimalList), 0 for none. */
    int numId = 0;
    int numLevel = 0;
};

/** Lists that docxNumberingXml() defines. */
enum DocxList {
    /**
     * How Chinese reports number their headings: level 0 "一、" and level 1 "（一）" (chineseCounting),
     * level 2 "1." (decimal, no gap after the number).
     */
    OutlineList = 1,
    /** "1." "2." … followed by Word's default tab. */
    DecimalList = 2,
};

/** word/document.xml holding @p paragraphs. */
QByteArray docxDocumentXml(const QList<DocxParagraph> &paragraphs);
/** word/styles.xml: Normal and Heading1–Heading3 (named "heading 1" … as Word names them). */
QByteArray docxStylesXml();
/** word/numbering.xml with the lists of DocxList. */
QByteArray docxNumberingXml();
/** Everything of a .docx besides word/document.xml: content types, relationships, styles, numbering. */
QList<std::pair<QString, QByteArray>> docxPackageParts();
/** A complete .docx holding @p paragraphs. */
QByteArray docx(const QList<DocxParagraph> &paragraphs);
/**
 * Writes to @p path a .docx whose word/document.xml inflates to @p inflatedSize bytes, nearly all
 * one repeated letter in one paragraph: a zip bomb (1 GiB compresses to about 1 MB), streamed to
 * the file, never held in memory. With @p declaredSize >= 0 the archive states that size for the
 * part instead of the true one, as a crafted bomb does. False when the file cannot be written.
 */
bool writeDocxBomb(const QString &path, qint64 inflatedSize, qint64 declaredSize = -1);

/**
 * A report's lines as a Word user would type them: heading-only lines get the heading style of
 * their level; with @p wordNumbering their markers are left out of the text and come from the
 * OutlineList numbering instead (so the numbers exist only in numbering.xml).
 */
QList<DocxParagraph> docxParagraphs(const QStringList &lines, bool wordNumbering);

/** One paragraph of a generated PDF. */
struct PdfParagraph
{
    QString text;
    bool heading = false;
};

/** How a generated PDF is laid out. */
struct PdfLayout
{
    /** Printed above the text on every page; none when empty. */
    QString runningHeader;
    /** "- 3 -" centred below the text on every page. */
    bool pageNumbers = true;
    /** The text block's width, in millimetres. */
    double textWidthMm = 150;
    double pointSize = 12;
    QString title;
};

/** A PDF with @p paragraphs typeset over as many A4 pages as they need, in a CJK font. Needs a QGuiApplication. */
QByteArray pdf(const QList<PdfParagraph> &paragraphs, const PdfLayout &layout = {});

/** @p lines as PDF paragraphs: heading-only lines (headingLevel() > 0) set as headings. */
QList<PdfParagraph> pdfParagraphs(const QStringList &lines);

/** A PDF of @p pages pages that carry only a picture of text, as a scanner makes them: no text layer. */
QByteArray scannedPdf(int pages);

} // namespace TestDocuments
