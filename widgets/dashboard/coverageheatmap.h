// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfigures.h"

#include <QWidget>

namespace Fazhi {

/**
 * The outline coverage heatmap: one row per district, one column per required outline category
 * plus the checklist result. A cell's color is its category's, stronger the larger the share of
 * the text (relative to the column's largest); a missing category is hatched and marked. The
 * same painting serves the screen and the export (paint()). Clicking a cell asks to open the
 * reader where that category starts.
 */
class CoverageHeatmap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageHeatmap)

public:
    explicit CoverageHeatmap(QWidget *parent = nullptr);

    void setFigures(const DashboardFigures &figures);
    const DashboardFigures &figures() const { return m_figures; }

    /** The size the heatmap of @p figures needs with @p font. */
    static QSize preferredSize(const DashboardFigures &figures, const QFont &font);
    /** Paints the heatmap of @p figures into @p rect (screen or export). */
    static void paint(QPainter &painter, const QRect &rect, const DashboardFigures &figures, const QPalette &palette);

    /** The cell at @p pos as (district row, column); (-1, -1) outside the cells. */
    QPoint cellAt(const QPoint &pos) const;
    /** The centre of cell (@p row, @p column) in widget coordinates. */
    QPoint cellCenter(int row, int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /** A cell was clicked: open report @p reportId at original offset @p offset. */
    void openReportRequested(qint64 reportId, int offset);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout;
    static Layout layoutFor(const QRect &rect, const DashboardFigures &figures, const QFont &font);
    QString toolTipFor(int row, int column) const;

    DashboardFigures m_figures;
};

} // namespace Fazhi
