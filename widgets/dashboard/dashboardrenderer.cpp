// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardrenderer.h"

#include "coverageheatmap.h"
#include "dashboardcharts.h"
#include "exportfile.h"
#include "reviewstore.h"

#include <cmath>
#include <memory>

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

/** Bars need room for their labels: a row of about two lines per district. */
QSizeF barChartSize(qsizetype rows)
{
    return {720, std::max(260.0, 130 + 30.0 * double(rows))};
}

DashboardChart pictureOf(QChart *owned, const QString &id, const QSizeF &size, QByteArray csv)
{
    const std::unique_ptr<QChart> chart(owned);
    DashboardChart result;
    result.id = id;
    result.title = chart->title();
    result.size = size;
    result.csv = std::move(csv);
    QGraphicsScene scene;
    scene.addItem(chart.get());
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    QPainter painter(&result.picture);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), scene.sceneRect());
    painter.end();
    result.picture.setBoundingRect(QRect(QPoint(0, 0), size.toSize()));
    scene.removeItem(chart.get());
    return result;
}

QString fileSafe(const QString &id)
{
    QString safe = id;
    for (QChar &c : safe) {
        if (c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"' || c == u'<' || c == u'>'
            || c == u'|') {
            c = u'_';
        }
    }
    return safe;
}

/**
 * Print resolution, unless a chart of hundreds of districts would make an image of hundreds of
 * megabytes: then as much resolution as 40 megapixels allow.
 */
int exportDpi(const DashboardChart &chart)
{
    constexpr double MaxPixels = 40e6;
    const double scale = double(DashboardRenderer::PrintDpi) / chart.picture.logicalDpiX();
    const double pixels = chart.size.width() * chart.size.height() * scale * scale;
    return pixels <= MaxPixels ? DashboardRenderer::PrintDpi
                               : int(DashboardRenderer::PrintDpi * std::sqrt(MaxPixels / pixels));
}

QString historyId(const DistrictHistory &history)
{
    return u"history-"_s + fileSafe(history.region());
}

} // namespace

QPalette DashboardRenderer::exportPalette()
{
    QPalette palette(QColor(0xf0, 0xf0, 0xf0));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::WindowText, QColor(0x21, 0x21, 0x21));
    palette.setColor(QPalette::Text, QColor(0x21, 0x21, 0x21));
    palette.setColor(QPalette::Mid, QColor(0x9e, 0x9e, 0x9e));
    palette.setColor(QPalette::Midlight, QColor(0xe0, 0xe0, 0xe0));
    return palette;
}

QStringList DashboardRenderer::chartIds(const DashboardFigures &figures)
{
    QStringList ids{u"coverage"_s, u"proportions"_s};
    for (const DashboardFigures::IndicatorInfo &info : figures.indicators()) {
        ids.append(u"indicator-"_s + info.id);
    }
    ids << u"review"_s << u"tags"_s;
    return ids;
}

DashboardChart DashboardRenderer::chart(const DashboardFigures &figures, const QString &id, ReviewStore *store)
{
    const QPalette palette = exportPalette();
    const QSizeF size = barChartSize(figures.districts().size());
    if (id == u"coverage") {
        // The heatmap is painted, not a chart: the same painting as on screen.
        QFont font = QApplication::font();
        font.setPointSizeF(9);
        const QSize painted = CoverageHeatmap::preferredSize(figures, font).expandedTo(QSize(720, 0));
        DashboardChart coverage;
        coverage.id = id;
        coverage.title = CoverageHeatmap::tr("Outline coverage: share of each report's text");
        coverage.size = QSizeF(painted);
        coverage.csv = figures.coverageCsv();
        QPainter painter(&coverage.picture);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setFont(font);
        CoverageHeatmap::paint(painter, QRect(QPoint(0, 0), painted), figures, palette);
        painter.end();
        coverage.picture.setBoundingRect(QRect(QPoint(0, 0), painted));
        return coverage;
    }
    if (id == u"proportions") {
        return pictureOf(DashboardCharts::proportions(figures, true, palette), id, size, figures.proportionsCsv());
    }
    if (id.startsWith(u"indicator-")) {
        const QString indicator = id.mid(10);
        return pictureOf(
            DashboardCharts::indicator(figures, indicator, palette), id, size, figures.indicatorCsv(indicator, store));
    }
    if (id == u"review") {
        return pictureOf(DashboardCharts::review(figures, palette), id, size, figures.reviewCsv());
    }
    if (id == u"tags") {
        // The tags' legend is a column beside the bars: it needs a line per tag.
        QChart *tags = DashboardCharts::tags(figures, palette);
        const qsizetype lines = std::max(figures.districts().size(), DashboardCharts::legendEntries(tags));
        return pictureOf(tags, id, barChartSize(lines), figures.tagsCsv());
    }
    return DashboardChart();
}

QList<DashboardChart> DashboardRenderer::charts(
    const DashboardFigures &figures, const QList<DistrictHistory> &histories, ReviewStore *store)
{
    QList<DashboardChart> list;
    for (const QString &id : chartIds(figures)) {
        list.append(chart(figures, id, store));
    }
    const QPalette palette = exportPalette();
    for (const DistrictHistory &history : histories) {
        list.append(pictureOf(DashboardCharts::history(history, palette), historyId(history),
            barChartSize(history.years().size()), history.yearsCsv()));
    }
    return list;
}

Result<QList<DistrictHistory>> DashboardRenderer::histories(ReviewStore &store, const DashboardFigures &figures)
{
    QList<DistrictHistory> list;
    const auto reports = store.reports();
    if (!reports) {
        return reports.failure();
    }
    const QStringList withHistory = DistrictHistory::regionsWithHistory(reports.value());
    for (const DistrictFigures &district : figures.districts()) {
        if (withHistory.contains(district.report.region)) {
            const auto history = DistrictHistory::build(store, district.report.region);
            if (!history) {
                return history.failure();
            }
            list.append(history.value());
        }
    }
    return list;
}

namespace {

/** The figures of @p scope and the history of each of its districts with several years. */
Result<std::pair<DashboardFigures, QList<DistrictHistory>>> scopeFigures(
    ReviewStore &store, const DashboardScope &scope)
{
    const auto figures = DashboardFigures::compute(store, scope);
    if (!figures) {
        return figures.failure();
    }
    const auto found = DashboardRenderer::histories(store, figures.value());
    if (!found) {
        return found.failure();
    }
    return std::pair{figures.value(), found.value()};
}

} // namespace

Result<QList<DashboardChart>> DashboardRenderer::charts(ReviewStore &store, const DashboardScope &scope)
{
    const auto computed = scopeFigures(store, scope);
    if (!computed) {
        return computed.failure();
    }
    return charts(computed.value().first, computed.value().second, &store);
}

Result<QList<DigestChart>> DashboardRenderer::digestCharts(ReviewStore &store, const DashboardScope &scope)
{
    const auto computed = scopeFigures(store, scope);
    if (!computed) {
        return computed.failure();
    }
    QList<DigestChart> digest;
    for (const QString &id : {u"coverage"_s, u"proportions"_s, u"review"_s, u"tags"_s}) {
        if (chartIds(computed.value().first).contains(id)) {
            const DashboardChart drawn = chart(computed.value().first, id, &store);
            digest.append({drawn.title, drawn.picture, drawn.size});
        }
    }
    return digest;
}

QImage DashboardRenderer::toImage(const DashboardChart &chart, int dpi)
{
    // drawPicture() scales by the ratio of the target's resolution to the picture's: the image
    // takes the picture's while it is painted, so that the one scale is ours, and gets the print
    // resolution afterwards.
    const int pictureDpi = chart.picture.logicalDpiX();
    const double scale = double(dpi) / pictureDpi;
    QImage image((chart.size * scale).toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(pictureDpi / 0.0254));
    image.setDotsPerMeterY(qRound(pictureDpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    painter.drawPicture(0, 0, chart.picture);
    painter.end();
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    return image;
}

QByteArray DashboardRenderer::toSvg(const DashboardChart &chart)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(chart.size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), chart.size));
    generator.setTitle(chart.title);
    generator.setResolution(chart.picture.logicalDpiX()); // one unit of the picture, one of the SVG
    QPainter painter(&generator);
    painter.drawPicture(0, 0, chart.picture);
    painter.end();
    return buffer.data();
}

Result<QStringList> DashboardRenderer::exportCharts(
    const QList<DashboardChart> &charts, const QString &directory, const QList<DistrictHistory> &histories)
{
    if (!QDir().mkpath(directory)) {
        return Error{tr("Cannot create the folder %1.").arg(directory)};
    }
    const QDir dir(directory);
    QStringList written;
    const auto write = [&](const QString &name, const QByteArray &bytes) -> Result<Done> {
        const QString path = dir.filePath(name);
        if (auto saved = saveExportFile(path, bytes); !saved) {
            return saved;
        }
        written.append(path);
        return Done{};
    };
    for (const DashboardChart &chart : charts) {
        if (!chart.size.isEmpty()) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            if (!toImage(chart, exportDpi(chart)).save(&buffer, "PNG")) {
                return Error{tr("Cannot draw the chart %1.").arg(chart.id)};
            }
            for (const auto &[suffix, bytes] : {std::pair{u".png"_s, png}, std::pair{u".svg"_s, toSvg(chart)}}) {
                if (const auto done = write(chart.id + suffix, bytes); !done) {
                    return done.failure();
                }
            }
        }
        if (const auto done = write(chart.id + u".csv"_s, chart.csv); !done) {
            return done.failure();
        }
    }
    for (const DistrictHistory &history : histories) {
        if (const auto done = write(historyId(history) + u"-repeated.csv"_s, history.repeatedCsv()); !done) {
            return done.failure();
        }
    }
    return written;
}

Result<QStringList> DashboardRenderer::exportTo(
    ReviewStore &store, const DashboardScope &scope, const QString &directory)
{
    const auto computed = scopeFigures(store, scope);
    if (!computed) {
        return computed.failure();
    }
    const auto &[figures, histories] = computed.value();
    return exportCharts(charts(figures, histories, &store), directory, histories);
}

} // namespace Fazhi
