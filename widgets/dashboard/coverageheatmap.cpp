// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverageheatmap.h"

#include "categorypalette.h"
#include "dashboardcharts.h"
#include "outlinecategory.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

QStringList columnIds()
{
    return DashboardFigures::requiredCategories() << u"checklist"_s;
}

QString columnName(const QString &id)
{
    if (const auto category = outlineCategoryFromId(id)) {
        return outlineCategoryName(*category);
    }
    return CoverageHeatmap::tr("Checklist");
}

QColor blend(const QColor &background, const QColor &color, double share)
{
    return QColor::fromRgbF(float(background.redF() * (1 - share) + color.redF() * share),
        float(background.greenF() * (1 - share) + color.greenF() * share),
        float(background.blueF() * (1 - share) + color.blueF() * share));
}

/** Black or white, whichever reads better on @p background. */
QColor textOn(const QColor &background)
{
    return background.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

struct CoverageHeatmap::Layout
{
    QRect title;
    QRect header;
    QList<int> columnLeft; // x of each column's left edge, plus the right edge
    int labelLeft = 0;
    int top = 0; // y of the first row
    int rowHeight = 0;
    QRect legend;
};

CoverageHeatmap::CoverageHeatmap(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CoverageHeatmap::setFigures(const DashboardFigures &figures)
{
    m_figures = figures;
    updateGeometry();
    update();
}

CoverageHeatmap::Layout CoverageHeatmap::layoutFor(
    const QRect &rect, const DashboardFigures &figures, const QFont &font)
{
    const QFontMetrics metrics(font);
    const int line = metrics.height();
    Layout layout;
    layout.title = QRect(rect.left(), rect.top(), rect.width(), line * 2);
    int labelWidth = metrics.horizontalAdvance(tr("District"));
    for (const DistrictFigures &district : figures.districts()) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(district.label));
    }
    layout.labelLeft = rect.left() + line / 2;
    const int cellsLeft = layout.labelLeft + labelWidth + line;
    const QStringList ids = columnIds();
    int columnWidth = metrics.horizontalAdvance(u"100.0%"_s) + line;
    for (const QString &id : ids) {
        columnWidth = std::max(columnWidth, metrics.horizontalAdvance(columnName(id)) / 2 + line);
    }
    columnWidth = std::max(columnWidth, (rect.right() - line / 2 - cellsLeft) / int(ids.size()));
    for (int c = 0; c <= ids.size(); ++c) {
        layout.columnLeft.append(cellsLeft + c * columnWidth);
    }
    // Two lines: category names such as 主要举措和成效 wrap rather than being cut.
    layout.header = QRect(cellsLeft, layout.title.bottom() + 1, columnWidth * int(ids.size()), line * 2 + line / 2);
    layout.top = layout.header.bottom() + 1;
    layout.rowHeight = line * 2;
    const int rowsBottom = layout.top + layout.rowHeight * int(figures.districts().size());
    layout.legend = QRect(rect.left() + line / 2, rowsBottom + line / 2, rect.width() - line, line * 2);
    return layout;
}

QSize CoverageHeatmap::preferredSize(const DashboardFigures &figures, const QFont &font)
{
    const Layout layout = layoutFor(QRect(0, 0, 0, 0), figures, font);
    const QFontMetrics metrics(font);
    return {std::max(layout.columnLeft.last() + metrics.height() / 2, metrics.height() * 40),
        layout.legend.bottom() + metrics.height() / 2};
}

void CoverageHeatmap::paint(
    QPainter &painter, const QRect &rect, const DashboardFigures &figures, const QPalette &palette)
{
    const Layout layout = layoutFor(rect, figures, painter.font());
    const QFontMetrics metrics(painter.font());
    const int line = metrics.height();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor base = palette.color(QPalette::Base);
    const QColor grid = palette.color(QPalette::Mid);
    painter.save();
    painter.fillRect(rect, base);
    painter.setPen(grid);
    painter.drawRect(rect.adjusted(0, 0, -1, -1));

    QFont titleFont = painter.font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    painter.setFont(titleFont);
    painter.setPen(text);
    painter.drawText(layout.title, Qt::AlignCenter, tr("Outline coverage: share of each report's text"));
    QFont bodyFont = titleFont;
    bodyFont.setBold(false);
    bodyFont.setPointSizeF(titleFont.pointSizeF() / 1.15);
    painter.setFont(bodyFont);

    const QStringList ids = columnIds();
    for (int c = 0; c < ids.size(); ++c) {
        const QRect header(layout.columnLeft.at(c), layout.header.top(),
            layout.columnLeft.at(c + 1) - layout.columnLeft.at(c), layout.header.height());
        painter.drawText(header.adjusted(2, 0, -2, 0), Qt::AlignCenter | Qt::TextWordWrap, columnName(ids.at(c)));
    }
    painter.drawText(QRect(layout.labelLeft, layout.header.top(), layout.columnLeft.first() - layout.labelLeft,
                         layout.header.height()),
        Qt::AlignLeft | Qt::AlignVCenter, tr("District"));

    // Strength relative to the column's largest share: leadership at 4% is a lot for leadership.
    QList<double> columnMax(ids.size(), 0);
    for (const DistrictFigures &district : figures.districts()) {
        for (int c = 0; c + 1 < ids.size(); ++c) {
            columnMax[c] = std::max(columnMax[c], district.coverageOf(ids.at(c)).share);
        }
    }
    // Hundreds of rows: only those the paint event asks for are drawn.
    const QRect clip = painter.hasClipping() ? painter.clipBoundingRect().toAlignedRect() : rect;
    for (int r = 0; r < figures.districts().size(); ++r) {
        const DistrictFigures &district = figures.districts().at(r);
        const int y = layout.top + r * layout.rowHeight;
        if (y > clip.bottom() || y + layout.rowHeight < clip.top()) {
            continue;
        }
        painter.setPen(text);
        painter.drawText(QRect(layout.labelLeft, y, layout.columnLeft.first() - layout.labelLeft, layout.rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, district.label);
        for (int c = 0; c < ids.size(); ++c) {
            const QRect cell(
                layout.columnLeft.at(c), y, layout.columnLeft.at(c + 1) - layout.columnLeft.at(c), layout.rowHeight);
            const QRect inner = cell.adjusted(1, 1, -1, -1);
            QString label;
            QColor fill;
            bool missing = false;
            if (c + 1 == ids.size()) {
                fill = blend(base, DashboardCharts::statusColor(district.checklist.result, palette), 0.75);
                label = ReviewChecklist::statusName(district.checklist.result);
            } else {
                const CategoryCoverage coverage = district.coverageOf(ids.at(c));
                missing = coverage.missing();
                const double strength = columnMax.at(c) > 0 ? coverage.share / columnMax.at(c) : 0;
                fill = blend(base, CategoryPalette::color(ids.at(c), palette), 0.15 + 0.75 * strength);
                label = missing ? tr("missing") : u"%1%"_s.arg(coverage.share * 100, 0, 'f', 1);
                if (coverage.tagged) {
                    label.prepend(u"✎ "_s); // the reviewer's tagged passages, not the classifier's parts
                }
            }
            if (missing) {
                painter.fillRect(inner, base);
                painter.fillRect(
                    inner, QBrush(CategoryPalette::color(OutlineCategory::Problems, palette), Qt::BDiagPattern));
                painter.setPen(CategoryPalette::color(OutlineCategory::Problems, palette));
                QFont bold = bodyFont;
                bold.setBold(true);
                painter.setFont(bold);
                painter.drawText(inner, Qt::AlignCenter, u"✕ "_s + label);
                painter.setFont(bodyFont);
            } else {
                painter.fillRect(inner, fill);
                painter.setPen(textOn(fill));
                painter.drawText(inner, Qt::AlignCenter, label);
            }
        }
    }

    // Legend: what the strength, the hatching and the checklist colors mean.
    painter.setPen(text);
    int x = layout.legend.left();
    const int swatch = line;
    const int y = layout.legend.top() + (layout.legend.height() - swatch) / 2;
    const auto entry = [&](const QBrush &brush, const QString &label) {
        const QRect box(x, y, swatch, swatch);
        painter.fillRect(box, base);
        painter.fillRect(box, brush);
        painter.setPen(grid);
        painter.drawRect(box);
        painter.setPen(text);
        const int width = metrics.horizontalAdvance(label);
        painter.drawText(QRect(x + swatch + line / 3, layout.legend.top(), width + 2, layout.legend.height()),
            Qt::AlignLeft | Qt::AlignVCenter, label);
        x += swatch + line / 3 + width + line;
    };
    const QColor achievements = CategoryPalette::color(OutlineCategory::Achievements, palette);
    entry(blend(base, achievements, 0.2), tr("small share"));
    entry(blend(base, achievements, 0.9), tr("largest share in the column"));
    entry(QBrush(CategoryPalette::color(OutlineCategory::Problems, palette), Qt::BDiagPattern), tr("missing"));
    for (const ChecklistStatus status : {ChecklistStatus::Pass, ChecklistStatus::Warn, ChecklistStatus::Fail}) {
        entry(blend(base, DashboardCharts::statusColor(status, palette), 0.75), ReviewChecklist::statusName(status));
    }
    painter.restore();
}

QSize CoverageHeatmap::sizeHint() const
{
    return preferredSize(m_figures, font());
}

QSize CoverageHeatmap::minimumSizeHint() const
{
    return {fontMetrics().height() * 30, sizeHint().height()};
}

QPoint CoverageHeatmap::cellAt(const QPoint &pos) const
{
    const Layout layout = layoutFor(rect(), m_figures, font());
    if (pos.y() < layout.top || pos.x() < layout.columnLeft.first() || pos.x() >= layout.columnLeft.last()) {
        return {-1, -1};
    }
    const int row = (pos.y() - layout.top) / layout.rowHeight;
    if (row >= m_figures.districts().size()) {
        return {-1, -1};
    }
    for (int c = 0; c + 1 < layout.columnLeft.size(); ++c) {
        if (pos.x() < layout.columnLeft.at(c + 1)) {
            return {row, c};
        }
    }
    return {-1, -1};
}

QPoint CoverageHeatmap::cellCenter(int row, int column) const
{
    const Layout layout = layoutFor(rect(), m_figures, font());
    return {(layout.columnLeft.at(column) + layout.columnLeft.at(column + 1)) / 2,
        layout.top + row * layout.rowHeight + layout.rowHeight / 2};
}

void CoverageHeatmap::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setClipRect(event->rect());
    painter.setFont(font());
    paint(painter, rect(), m_figures, palette());
}

void CoverageHeatmap::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || cell.x() < 0) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const DistrictFigures &district = m_figures.districts().at(cell.x());
    const QStringList ids = columnIds();
    // A missing category opens the report at its start: the reviewer looks for where it should be.
    const TextRange target
        = cell.y() + 1 == ids.size() ? district.checklist.first : district.coverageOf(ids.at(cell.y())).first;
    Q_EMIT openReportRequested(district.report.id, target.start);
}

bool CoverageHeatmap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() >= 0) {
            QToolTip::showText(help->globalPos(), toolTipFor(cell.x(), cell.y()), this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

QString CoverageHeatmap::toolTipFor(int row, int column) const
{
    const DistrictFigures &district = m_figures.districts().at(row);
    const QStringList ids = columnIds();
    if (column + 1 == ids.size()) {
        const ChecklistCounts &c = district.checklist;
        return tr("%1 — checklist: %2 pass, %3 warning, %4 fail, %5 unknown")
            .arg(district.label)
            .arg(c.pass)
            .arg(c.warn)
            .arg(c.fail)
            .arg(c.unknown);
    }
    const CategoryCoverage coverage = district.coverageOf(ids.at(column));
    if (coverage.missing()) {
        return tr("%1 — %2: missing. Click to open the report.").arg(district.label, columnName(ids.at(column)));
    }
    const QString shown = tr("%1 — %2: %3 characters, %4% of the text. Click to read it.")
                              .arg(district.label, columnName(ids.at(column)))
                              .arg(coverage.length)
                              .arg(coverage.share * 100, 0, 'f', 1);
    return coverage.tagged ? shown + u'\n' + tr("✎ Tagged by the reviewer; the classifier found no such part.") : shown;
}

} // namespace Fazhi
