// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedflow.h"

#include "pdfpictureplayer.h"

#include <QBuffer>
#include <QGlyphRun>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// Page geometry in points (A4).
constexpr qreal PageWidth = 595.28;
constexpr qreal PageHeight = 841.89;
constexpr qreal MarginLeft = 56;
constexpr qreal MarginRight = 48;
constexpr qreal MarginTop = 64;
constexpr qreal MarginBottom = 60;
constexpr qreal NoteColumn = 138;
constexpr qreal NoteGap = 20;
constexpr qreal NoteSpacing = 4;
constexpr qreal CellPadding = 4;
// Device units per point: enough resolution that glyph positions are not rounded visibly.
constexpr int Dpi = 600;
constexpr qreal Unit = Dpi / 72.0;

qreal bodyBottom()
{
    return PageHeight - MarginBottom;
}

} // namespace

FlowBlock FlowBlock::paragraph(const QString &text, const QFont &font, qreal spaceBefore, qreal spaceAfter)
{
    FlowBlock block;
    block.text = text;
    block.font = font;
    block.spaceBefore = spaceBefore;
    block.spaceAfter = spaceAfter;
    return block;
}

struct PagedFlow::Layout
{
    Layout(const QString &string, const QFont &font, QPaintDevice *device)
        : text(string, font, device)
    {
    }
    QTextLayout text;
    QColor color;
    qreal height = 0; ///< points, all lines
};

struct PagedFlow::Page
{
    struct Item
    {
        enum class Kind { Line, Rect, Picture, Rule };
        Kind kind = Kind::Line;
        Layout *layout = nullptr;
        int line = 0;
        QPointF at; ///< points: top left of the line, rect or picture
        QRectF rect;
        QColor color;
        const QPicture *picture = nullptr;
        /** In the margin column: painted after the text, so that the text reads on without it. */
        bool margin = false;
        QSizeF pictureSize = {}; ///< the picture's own size in its coordinates
    };
    QList<Item> items;
    QList<Layout *> footnotes;
    bool hasBody = false;
};

PagedFlow::PagedFlow(Options options)
    : m_options(std::move(options))
{
}

PagedFlow::~PagedFlow() = default;

void PagedFlow::append(FlowBlock block)
{
    m_blocks.append(std::move(block));
}

void PagedFlow::append(const QList<FlowBlock> &blocks)
{
    m_blocks.append(blocks);
}

qreal PagedFlow::textWidth() const
{
    const qreal width = PageWidth - MarginLeft - MarginRight;
    return m_options.marginColumn ? width - NoteColumn - NoteGap : width;
}

int PagedFlow::pageCount() const
{
    return int(m_pages.size());
}

QFont PagedFlow::serifFont(qreal pointSize, bool bold)
{
    QFont font(u"Noto Serif CJK SC"_s);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QFont PagedFlow::sansFont(qreal pointSize, bool bold)
{
    QFont font(u"Noto Sans CJK SC"_s);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

qreal PagedFlow::widthOf(const FlowBlock &block) const
{
    return block.fullWidth ? PageWidth - MarginLeft - MarginRight : textWidth();
}

PagedFlow::Layout *PagedFlow::makeLayout(const QString &text, const QFont &font, qreal width, const QColor &color,
    const QList<QTextLayout::FormatRange> &formats, qreal leading)
{
    // Laid out for the PDF's resolution, so that fonts have their point sizes on paper.
    auto layout = std::make_shared<Layout>(text, font, m_writer.get());
    layout->color = color;
    layout->text.setFormats(formats);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->text.setTextOption(option);
    layout->text.setCacheEnabled(true);
    // Notes and cells are set tight: poppler reads lines further apart than ~1.5 em as separate
    // blocks and would interleave a margin note with the text beside it.
    const qreal gap = QFontMetricsF(font, m_writer.get()).height() * leading;
    qreal y = 0;
    layout->text.beginLayout();
    for (QTextLine line = layout->text.createLine(); line.isValid(); line = layout->text.createLine()) {
        line.setLineWidth(width * Unit);
        line.setPosition(QPointF(0, y * Unit));
        y += line.height() / Unit + gap / Unit;
    }
    layout->text.endLayout();
    layout->height = y;
    m_layouts.append(layout);
    return layout.get();
}

void PagedFlow::newPage()
{
    m_pages.append(Page{});
    m_y = MarginTop;
    m_marginY = MarginTop;
}

qreal PagedFlow::footReserve(const Page &page) const
{
    if (page.footnotes.isEmpty()) {
        return 0;
    }
    qreal height = 10; // the rule above the notes
    for (const Layout *note : page.footnotes) {
        height += note->height;
    }
    return height;
}

void PagedFlow::placeText(const FlowBlock &block, qsizetype blockIndex)
{
    const qreal width = widthOf(block) - block.indent;
    Layout *layout = makeLayout(block.text, block.font, width, block.color, block.formats, 0.3);
    m_y += block.spaceBefore;
    if (block.keepWithNext) {
        // The heading and the first lines of what follows it, or a new page.
        // Headings that follow (each about one line), then two lines of the text under them.
        qreal next = 0;
        qsizetype j = blockIndex + 1;
        for (; j < m_blocks.size() && m_blocks.at(j).keepWithNext; ++j) {
            next += m_blocks.at(j).spaceBefore
                + QFontMetricsF(m_blocks.at(j).font, m_writer.get()).height() / Unit * 1.4;
        }
        if (j < m_blocks.size()) {
            next += QFontMetricsF(m_blocks.at(j).font, m_writer.get()).height() / Unit * 2.6;
        }
        if (m_pages.last().hasBody && m_y + layout->height + next > bodyBottom() - footReserve(m_pages.last())) {
            newPage();
        }
    }
    const qreal noteWidth = m_options.marginColumn ? NoteColumn : PageWidth - MarginLeft - MarginRight;
    const qreal noteX = MarginLeft + textWidth() + NoteGap;
    const QFont noteFont = sansFont(7.5);

    const int lines = layout->text.lineCount();
    for (int i = 0; i < lines; ++i) {
        const QTextLine line = layout->text.lineAt(i);
        const qreal lineTop = line.y() / Unit;
        const qreal lineHeight = (i + 1 < lines ? layout->text.lineAt(i + 1).y() / Unit : layout->height) - lineTop;
        const int from = line.textStart();
        const int to = from + line.textLength();
        QList<const FlowNote *> notes;
        for (const FlowNote &note : block.notes) {
            if ((note.position >= from && note.position < to) || (i + 1 == lines && note.position >= to)) {
                notes.append(&note);
            }
        }
        const bool label = i == 0 && m_options.marginColumn && !block.marginLabel.isEmpty();
        for (;;) {
            Page &page = m_pages.last();
            if (page.hasBody && m_y + line.height() / Unit > bodyBottom() - footReserve(page)) {
                newPage();
                continue;
            }
            // Notes: in the margin beside the line while the column has room, else at the page foot.
            QList<Page::Item> margin;
            QList<Layout *> foot;
            qreal marginY = m_marginY;
            if (label) {
                Layout *text = makeLayout(block.marginLabel, sansFont(8, true), NoteColumn - 6, block.marginColor);
                const qreal y = std::max(m_y, marginY);
                margin.append({Page::Item::Kind::Rect, nullptr, 0, {}, QRectF(noteX, y + 1, 2.5, text->height - 2),
                    block.marginColor, nullptr, true});
                for (int l = 0; l < text->text.lineCount(); ++l) {
                    margin.append({Page::Item::Kind::Line, text, l, QPointF(noteX + 6, y), {}, {}, nullptr, true});
                }
                marginY = y + text->height + NoteSpacing;
            }
            for (const FlowNote *note : notes) {
                if (m_options.marginColumn) {
                    Layout *text = makeLayout(note->text, noteFont, noteWidth, note->color, note->formats);
                    const qreal y = std::max(m_y, marginY);
                    if (y + text->height <= bodyBottom() - footReserve(page)) {
                        for (int l = 0; l < text->text.lineCount(); ++l) {
                            margin.append({Page::Item::Kind::Line, text, l, QPointF(noteX, y), {}, {}, nullptr, true});
                        }
                        marginY = y + text->height + NoteSpacing;
                        continue;
                    }
                }
                foot.append(
                    makeLayout(note->text, noteFont, PageWidth - MarginLeft - MarginRight, note->color, note->formats));
            }
            if (!foot.isEmpty() && page.hasBody) {
                qreal reserve = footReserve(page) + (page.footnotes.isEmpty() ? 10 : 0);
                for (const Layout *note : foot) {
                    reserve += note->height;
                }
                if (m_y + line.height() / Unit > bodyBottom() - reserve) {
                    newPage();
                    continue;
                }
            }
            page.items.append({Page::Item::Kind::Line, layout, i, QPointF(MarginLeft + block.indent, m_y - lineTop), {},
                {}, nullptr});
            page.items.append(margin);
            page.footnotes.append(foot);
            page.hasBody = true;
            m_marginY = marginY;
            m_y += lineHeight;
            break;
        }
    }
    m_y += block.spaceAfter;
}

void PagedFlow::placeRow(const FlowBlock &block)
{
    qreal total = 0;
    for (qreal column : block.columns) {
        total += column;
    }
    QList<Layout *> cells;
    QList<qreal> widths;
    qreal height = 0;
    for (qsizetype i = 0; i < block.cells.size(); ++i) {
        const qreal width = widthOf(block) * block.columns.value(i, 1) / std::max<qreal>(total, 1);
        widths.append(width);
        const FlowCell &cell = block.cells.at(i);
        QFont font = block.font;
        font.setBold(block.headerRow);
        Layout *layout = makeLayout(
            cell.text, font, width - 2 * CellPadding, cell.foreground.isValid() ? cell.foreground : block.color);
        cells.append(layout);
        height = std::max(height, layout->height);
    }
    height += 2 * CellPadding;
    if (m_pages.last().hasBody && m_y + height > bodyBottom() - footReserve(m_pages.last())) {
        newPage();
    }
    Page &page = m_pages.last();
    qreal x = MarginLeft;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        QColor background = block.cells.at(i).background;
        if (!background.isValid() && block.headerRow) {
            background = QColor(0xe8, 0xea, 0xed);
        }
        if (background.isValid()) {
            page.items.append(
                {Page::Item::Kind::Rect, nullptr, 0, {}, QRectF(x, m_y, widths.at(i), height), background, nullptr});
        }
        for (int l = 0; l < cells.at(i)->text.lineCount(); ++l) {
            page.items.append(
                {Page::Item::Kind::Line, cells.at(i), l, QPointF(x + CellPadding, m_y + CellPadding), {}, {}, nullptr});
        }
        x += widths.at(i);
    }
    page.items.append({Page::Item::Kind::Rule, nullptr, 0, {}, QRectF(MarginLeft, m_y + height, widthOf(block), 0),
        QColor(0xc0, 0xc4, 0xcc), nullptr});
    page.hasBody = true;
    m_y += height;
}

void PagedFlow::placePicture(const FlowBlock &block)
{
    Layout *caption = makeLayout(block.caption, sansFont(10, true), textWidth(), block.color);
    const qreal maxHeight = bodyBottom() - MarginTop - caption->height - 8;
    const qreal scale = std::min({1.0, textWidth() / std::max<qreal>(block.size.width(), 1),
        maxHeight / std::max<qreal>(block.size.height(), 1)});
    const QSizeF size = block.size * scale;
    m_y += block.spaceBefore;
    if (m_pages.last().hasBody && m_y + caption->height + size.height() > bodyBottom() - footReserve(m_pages.last())) {
        newPage();
    }
    Page &page = m_pages.last();
    for (int l = 0; l < caption->text.lineCount(); ++l) {
        page.items.append({Page::Item::Kind::Line, caption, l, QPointF(MarginLeft, m_y), {}, {}, nullptr});
    }
    m_y += caption->height + 4;
    page.items.append({Page::Item::Kind::Picture, nullptr, 0, {}, QRectF(QPointF(MarginLeft, m_y), size), {},
        &block.picture, false, block.size});
    page.hasBody = true;
    m_y += size.height() + block.spaceAfter;
}

void PagedFlow::layOut()
{
    m_pages.clear();
    m_layouts.clear();
    newPage();
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        const FlowBlock &block = m_blocks.at(i);
        switch (block.kind) {
        case FlowBlock::Kind::PageBreak:
            if (m_pages.last().hasBody) {
                newPage();
            }
            break;
        case FlowBlock::Kind::Row:
            placeRow(block);
            break;
        case FlowBlock::Kind::Picture:
            placePicture(block);
            break;
        case FlowBlock::Kind::Text:
            placeText(block, i);
            break;
        }
    }
}

void PagedFlow::paintPage(QPainter &painter, const Page &page, int number, int pages)
{
    const auto paintLine = [this, &painter](const Layout &layout, int index, const QPointF &at) {
        const QTextLine line = layout.text.lineAt(index);
        // @p at is where the layout's origin goes (points); its lines keep their own y.
        const QPointF origin = at * Unit;
        const int from = line.textStart();
        const int to = from + line.textLength();
        const QList<QTextLayout::FormatRange> formats = layout.text.formats();
        for (const QTextLayout::FormatRange &range : formats) {
            if (range.format.background().style() == Qt::NoBrush) {
                continue;
            }
            const int start = std::max(from, range.start);
            const int end = std::min(to, range.start + range.length);
            if (start >= end) {
                continue;
            }
            const qreal x1 = line.cursorToX(start);
            const qreal x2 = line.cursorToX(end);
            painter.fillRect(
                QRectF(origin + QPointF(std::min(x1, x2), line.y()), QSizeF(std::abs(x2 - x1), line.height())),
                range.format.background());
        }
        // Colour changes split the line: draw each stretch in its colour.
        QList<int> cuts{from, to};
        for (const QTextLayout::FormatRange &range : formats) {
            for (const int cut : {range.start, range.start + range.length}) {
                if (cut > from && cut < to) {
                    cuts.append(cut);
                }
            }
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        for (qsizetype c = 0; c + 1 < cuts.size(); ++c) {
            QColor color = layout.color;
            for (const QTextLayout::FormatRange &range : formats) {
                if (range.start <= cuts.at(c) && range.start + range.length >= cuts.at(c + 1)
                    && range.format.foreground().style() != Qt::NoBrush) {
                    color = range.format.foreground().color();
                }
            }
            painter.setPen(color);
            const auto runs = line.glyphRuns(cuts.at(c), cuts.at(c + 1) - cuts.at(c),
                QTextLayout::RetrieveGlyphIndexes | QTextLayout::RetrieveGlyphPositions
                    | QTextLayout::RetrieveStringIndexes | QTextLayout::RetrieveString);
            for (const QGlyphRun &run : runs) {
                m_textMap.record(run);
                painter.drawGlyphRun(origin, run);
            }
        }
    };

    // Content stream order is reading order (pdftotext -raw): the text column, then the margin.
    QList<const Page::Item *> items;
    for (const bool margin : {false, true}) {
        for (const Page::Item &item : page.items) {
            if (item.margin == margin) {
                items.append(&item);
            }
        }
    }
    for (const Page::Item *entry : std::as_const(items)) {
        const Page::Item &item = *entry;
        switch (item.kind) {
        case Page::Item::Kind::Line:
            paintLine(*item.layout, item.line, item.at);
            break;
        case Page::Item::Kind::Rect:
            painter.fillRect(QRectF(item.rect.topLeft() * Unit, item.rect.size() * Unit), item.color);
            break;
        case Page::Item::Kind::Rule:
            painter.setPen(QPen(item.color, 0.6 * Unit));
            painter.drawLine(item.rect.topLeft() * Unit, item.rect.topRight() * Unit);
            break;
        case Page::Item::Kind::Picture: {
            // The picture's coordinates span pictureSize (its bounding rect may be smaller).
            const QSizeF source = item.pictureSize.isEmpty() ? item.picture->boundingRect().size() : item.pictureSize;
            painter.save();
            painter.translate(item.rect.topLeft() * Unit);
            // QPicture::play scales from the picture's resolution to the device's: undo that.
            const qreal dpiX = qreal(painter.device()->logicalDpiX()) / item.picture->logicalDpiX();
            const qreal dpiY = qreal(painter.device()->logicalDpiY()) / item.picture->logicalDpiY();
            painter.scale(item.rect.width() * Unit / std::max<qreal>(source.width(), 1) / dpiX,
                item.rect.height() * Unit / std::max<qreal>(source.height(), 1) / dpiY);
            PdfPicturePlayer::play(painter, *item.picture, m_textMap);
            painter.restore();
            break;
        }
        }
    }
    // Notes at the page foot, under a short rule.
    if (!page.footnotes.isEmpty()) {
        qreal y = bodyBottom() - footReserve(page);
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.5 * Unit));
        painter.drawLine(QPointF(MarginLeft, y + 4) * Unit, QPointF(MarginLeft + 120, y + 4) * Unit);
        y += 10;
        for (const Layout *note : page.footnotes) {
            for (int l = 0; l < note->text.lineCount(); ++l) {
                paintLine(*note, l, QPointF(MarginLeft, y));
            }
            y += note->height;
        }
    }
    // Header and footer.
    const QFont small = sansFont(8);
    const QColor grey(0x60, 0x64, 0x6b);
    const qreal fullWidth = PageWidth - MarginLeft - MarginRight;
    const auto paintRight = [&](const QString &text, qreal y) {
        Layout *layout = makeLayout(text, small, fullWidth, grey);
        const qreal width = layout->text.lineCount() ? layout->text.lineAt(0).naturalTextWidth() / Unit : 0;
        paintLine(*layout, 0, QPointF(PageWidth - MarginRight - width, y));
    };
    if (!m_options.headerLeft.isEmpty()) {
        paintLine(*makeLayout(m_options.headerLeft, small, fullWidth * 0.6, grey), 0, QPointF(MarginLeft, 34));
    }
    if (!m_options.headerRight.isEmpty()) {
        paintRight(m_options.headerRight, 34);
    }
    painter.setPen(QPen(QColor(0xc0, 0xc4, 0xcc), 0.5 * Unit));
    painter.drawLine(QPointF(MarginLeft, 48) * Unit, QPointF(PageWidth - MarginRight, 48) * Unit);
    if (m_options.footer) {
        paintRight(m_options.footer(number, pages), PageHeight - 40);
    }
}

Result<QByteArray> PagedFlow::render(const std::function<bool(int percent)> &progress)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&buffer);
    m_writer->setResolution(Dpi);
    m_writer->setPageSize(QPageSize(QPageSize::A4));
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    m_writer->setTitle(m_options.title);
    m_writer->setCreator(m_options.creator);
    m_textMap = PdfTextMap();
    layOut();
    QPainter painter(m_writer.get());
    painter.setRenderHint(QPainter::Antialiasing);
    const int pages = int(m_pages.size());
    for (int i = 0; i < pages; ++i) {
        if (progress && !progress(100 * i / std::max(pages, 1))) {
            painter.end();
            return Error{tr("The export was cancelled.")};
        }
        if (i > 0) {
            m_writer->newPage();
        }
        paintPage(painter, m_pages.at(i), i + 1, pages);
    }
    painter.end();
    m_writer.reset();
    return m_textMap.rewrite(buffer.data());
}

} // namespace Fazhi
