// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdftextmap.h"
#include "result.h"

#include <functional>
#include <memory>

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPicture>
#include <QString>
#include <QTextLayout>

class QPainter;
class QPdfWriter;

namespace Fazhi {

/** A note that belongs to a place in a block: printed in the margin beside it, or at the page foot. */
struct FlowNote
{
    int position = 0; ///< the character of the block's text it belongs to
    QString text;
    QColor color;
    /** Colours or weights within the note (its number and tag). */
    QList<QTextLayout::FormatRange> formats;
};

/** One table cell. */
struct FlowCell
{
    QString text;
    QColor background; ///< invalid: none
    QColor foreground; ///< invalid: the block's colour
};

/** A piece of a paged document: a paragraph, a table row, a picture or a page break. */
struct FlowBlock
{
    enum class Kind { Text, Row, Picture, PageBreak };
    Kind kind = Kind::Text;

    QString text;
    QFont font;
    QColor color = Qt::black;
    /** Highlights, markers, colours; positions into text. */
    QList<QTextLayout::FormatRange> formats;
    qreal indent = 0; ///< points
    qreal spaceBefore = 0; ///< points
    qreal spaceAfter = 0; ///< points
    /** Across the margin column too (a cover page, a table). */
    bool fullWidth = false;
    /** A heading: moved to the next page rather than left alone at the foot of one. */
    bool keepWithNext = false;
    /** Written in the margin column beside the block's first line (the section's outline category). */
    QString marginLabel;
    QColor marginColor;
    QList<FlowNote> notes;

    /** A paragraph of @p text in @p font, with space (points) before and after it. */
    static FlowBlock paragraph(const QString &text, const QFont &font, qreal spaceBefore = 0, qreal spaceAfter = 4);

    // Kind::Row
    QList<FlowCell> cells;
    QList<qreal> columns; ///< relative widths, one per cell
    bool headerRow = false;

    // Kind::Picture
    QPicture picture;
    QSizeF size; ///< points; scaled down to the text width
    QString caption;
};

/**
 * Lays blocks out on A4 pages and paints them into a PDF: lines are never cut across pages,
 * every note is printed (in the margin column beside its line when it fits there, otherwise as
 * a numbered note at the foot of the same page), headings stay with what follows them, and each
 * page gets a header and a "page N of M" footer. Text is drawn glyph run by glyph run so that
 * PdfTextMap can make it searchable.
 */
class PagedFlow final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::PagedFlow)

public:
    struct Options
    {
        /** Reserve a column on the right for notes and margin labels. */
        bool marginColumn = false;
        QString title; ///< PDF metadata
        QString creator;
        /** Header text, left and right. */
        QString headerLeft;
        QString headerRight;
        /** Footer text for page @p page of @p pages. */
        std::function<QString(int page, int pages)> footer;
    };

    explicit PagedFlow(Options options);
    ~PagedFlow();
    PagedFlow(const PagedFlow &) = delete;
    PagedFlow &operator=(const PagedFlow &) = delete;

    void append(FlowBlock block);
    void append(const QList<FlowBlock> &blocks);

    /** Width of the text column in points (less the margin column when there is one). */
    qreal textWidth() const;

    /**
     * Lays out, paints and returns the PDF. @p progress (0–100) is asked between pages and may
     * return false to cancel: then the result is an Error.
     */
    Result<QByteArray> render(const std::function<bool(int percent)> &progress = {});

    /** Pages of the last render(). */
    int pageCount() const;

    /** The body font: Noto Serif CJK SC when installed (it is embedded in the PDF). */
    static QFont serifFont(qreal pointSize, bool bold = false);
    /** The font of notes, headers and tables: Noto Sans CJK SC. */
    static QFont sansFont(qreal pointSize, bool bold = false);

private:
    struct Layout;
    struct Page;
    void layOut();
    void newPage();
    void placeText(const FlowBlock &block, qsizetype blockIndex);
    void placeRow(const FlowBlock &block);
    void placePicture(const FlowBlock &block);
    qreal footReserve(const Page &page) const;
    qreal widthOf(const FlowBlock &block) const;
    /** @p leading: space between lines, in parts of the font's height. */
    Layout *makeLayout(const QString &text, const QFont &font, qreal width, const QColor &color,
        const QList<QTextLayout::FormatRange> &formats = {}, qreal leading = 0.05);
    void paintPage(QPainter &painter, const Page &page, int number, int pages);

    Options m_options;
    QList<FlowBlock> m_blocks;
    std::unique_ptr<QPdfWriter> m_writer;
    QList<std::shared_ptr<Layout>> m_layouts;
    QList<Page> m_pages;
    qreal m_y = 0;
    qreal m_marginY = 0;
    PdfTextMap m_textMap;
};

} // namespace Fazhi
