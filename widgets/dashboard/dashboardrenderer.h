// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfigures.h"
#include "digestpdfexporter.h"
#include "districthistory.h"

#include <QCoreApplication>
#include <QPicture>
#include <QSizeF>

class QPalette;

namespace Fazhi {

/** One chart of the dashboard as vector drawing, for export and for the digest PDF. */
struct DashboardChart
{
    /** "coverage", "proportions", "indicator-<id>", "review", "tags", "history-<region>": also the file name. */
    QString id;
    QString title;
    /**
     * The chart as vector drawing, in the picture's logical pixels (QPicture's resolution, 96 per
     * inch). QPainter::drawPicture scales it by the ratio of the target's resolution to that:
     * on a PDF page the chart is size / 96 inches wide, 7.5 in for the usual 720.
     */
    QPicture picture;
    QSizeF size;
    /** The data behind the chart as CSV (UTF-8 with BOM). */
    QByteArray csv;
};

/**
 * Draws every chart of a dashboard scope off-screen: as QPictures (vector, for embedding in a
 * PDF), as PNG at print resolution and as SVG. Needs a QApplication (Qt Charts are graphics
 * widgets) but no display: the offscreen platform will do. Always in light colors: printed
 * pages are white.
 */
class DashboardRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::DashboardRenderer)

public:
    /** The resolution of exported PNGs. */
    static constexpr int PrintDpi = 300;

    /** Every chart of @p scope: coverage, proportions, one per indicator reported, review, tags, each district's
     * history. */
    static Result<QList<DashboardChart>> charts(ReviewStore &store, const DashboardScope &scope);
    /**
     * The charts of @p scope for the review digest: coverage, proportions, review results and
     * tags (one indicator or district alone is not what the leadership reads first).
     */
    static Result<QList<DigestChart>> digestCharts(ReviewStore &store, const DashboardScope &scope);
    /** The charts of already computed @p figures (and histories, one chart each). */
    static QList<DashboardChart> charts(
        const DashboardFigures &figures, const QList<DistrictHistory> &histories = {}, ReviewStore *store = nullptr);

    /** The ids of the charts of @p figures, in the order charts() draws them (histories aside). */
    static QStringList chartIds(const DashboardFigures &figures);
    /** The chart @p id of chartIds() (an empty chart for an unknown id); @p store adds the sentences to indicator CSVs.
     */
    static DashboardChart chart(const DashboardFigures &figures, const QString &id, ReviewStore *store = nullptr);

    /** The light palette charts are exported in. */
    static QPalette exportPalette();

    /** @p chart as a PNG image at @p dpi (the picture's points scaled). */
    static QImage toImage(const DashboardChart &chart, int dpi = PrintDpi);
    /** @p chart as an SVG document. */
    static QByteArray toSvg(const DashboardChart &chart);

    /**
     * Writes <id>.png, <id>.svg and <id>.csv for every chart of @p scope into @p directory
     * (created if needed); the files written, or why not. PNGs are at PrintDpi, lower for a chart
     * so tall (hundreds of districts) that the image would exceed 40 megapixels.
     */
    static Result<QStringList> exportTo(ReviewStore &store, const DashboardScope &scope, const QString &directory);
    /** The same for charts already drawn, plus each history's repeated problems as <history id>-repeated.csv. */
    static Result<QStringList> exportCharts(
        const QList<DashboardChart> &charts, const QString &directory, const QList<DistrictHistory> &histories = {});
    /** The history of every district of @p figures that has reports of several years. */
    static Result<QList<DistrictHistory>> histories(ReviewStore &store, const DashboardFigures &figures);
};

} // namespace Fazhi
