// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardcharts.h"

#include "categorypalette.h"
#include "datatext.h"
#include "outlinecategory.h"
#include "reviewstore.h"
#include "statuspalette.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QPalette>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

/**
 * Horizontal bars are laid out bottom to top: @p labels and every set's values come in that
 * order (the callers reverse their top-to-bottom lists). A fixed @p max, or one from the data.
 */
void addAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &labels, const QString &valueTitle,
    const QPalette &palette, std::optional<double> max = std::nullopt)
{
    auto *categories = new QBarCategoryAxis(chart);
    categories->append(labels);
    auto *values = new QValueAxis(chart);
    values->setTitleText(valueTitle);
    values->setLabelFormat(u"%g"_s);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    if (!max) {
        // Stacked bars reach the sum of their sets; an empty chart still needs a range.
        const bool stacked = qobject_cast<QHorizontalStackedBarSeries *>(series) != nullptr;
        QList<double> ends(labels.size(), 0);
        for (const QBarSet *set : series->barSets()) {
            for (int i = 0; i < set->count() && i < ends.size(); ++i) {
                ends[i] = stacked ? ends.at(i) + set->at(i) : std::max(ends.at(i), set->at(i));
            }
        }
        const double highest = ends.isEmpty() ? 0 : *std::max_element(ends.cbegin(), ends.cend());
        // Room for the value printed after the longest bar.
        values->setRange(0, highest > 0 ? highest * 1.12 : 1);
        if (highest > 0) {
            values->applyNiceNumbers();
        }
    } else {
        values->setRange(0, *max);
    }
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(categories), static_cast<QAbstractAxis *>(values)}) {
        axis->setLabelsBrush(palette.color(QPalette::WindowText));
        axis->setTitleBrush(palette.color(QPalette::WindowText));
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(palette.color(QPalette::Midlight));
    }
}

template<typename T> QList<T> bottomUp(QList<T> list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

/** Above this many rows, values on the bars would be unreadable, and cost more than the bars. */
constexpr qsizetype LabelledRows = 40;

/**
 * Fills @p set with @p values, or leaves it empty (a legend entry without bars) when they are
 * all zero: a category nobody writes, or a tag nobody used, costs no bar items.
 */
void fill(QBarSet *set, const QList<qreal> &values)
{
    if (std::any_of(values.cbegin(), values.cend(), [](qreal v) { return v != 0; })) {
        set->append(values);
    }
}

QBarSet *barSet(const QString &name, const QColor &color, QObject *parent)
{
    auto *set = new QBarSet(name, parent);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

} // namespace

QColor DashboardCharts::statusColor(ChecklistStatus status, const QPalette &palette)
{
    return CategoryPalette::adjusted(StatusPalette::color(status), palette);
}

namespace {

/** One stacked bar per entry of @p rows, split by category share (%). */
QChart *proportionBars(const QList<DistrictFigures> &topDown, const QString &title, const QPalette &palette)
{
    const QList<DistrictFigures> rows = bottomUp(topDown);
    auto *chart = new QChart;
    chart->setTitle(title);
    auto *series = new QHorizontalStackedBarSeries(chart);
    QStringList labels;
    for (const DistrictFigures &row : rows) {
        labels.append(row.label);
    }
    for (const OutlineCategory category : allOutlineCategories()) {
        QBarSet *set = barSet(outlineCategoryName(category), CategoryPalette::color(category, palette), series);
        QList<qreal> values;
        for (const DistrictFigures &row : rows) {
            values.append(row.coverageOf(outlineCategoryId(category)).share * 100);
        }
        fill(set, values);
        series->append(set);
    }
    chart->addSeries(series);
    addAxes(chart, series, labels, DashboardCharts::tr("Share of the report's text (%)"), palette, 100.0);
    DashboardCharts::style(chart, palette);
    return chart;
}

} // namespace

void DashboardCharts::style(QChart *chart, const QPalette &palette)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    chart->setTitleFont(titleFont);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    chart->setMargins(QMargins(6, 6, 6, 6));
}

qsizetype DashboardCharts::legendEntries(const QChart *chart)
{
    qsizetype entries = 0;
    for (const QAbstractSeries *series : chart->series()) {
        const auto *bars = qobject_cast<const QAbstractBarSeries *>(series);
        entries += bars ? bars->count() : 1;
    }
    return entries;
}

QString DashboardCharts::notReportedLabel(const QString &district)
{
    return tr("%1 (not reported)").arg(district);
}

QChart *DashboardCharts::proportions(const DashboardFigures &figures, bool byCandour, const QPalette &palette)
{
    return proportionBars(byCandour ? figures.byCandour() : figures.districts(),
        byCandour ? tr("Proportions of the outline (most candid first)") : tr("Proportions of the outline"), palette);
}

QList<IndicatorPoint> DashboardCharts::indicatorOrder(const DashboardFigures &figures, const QString &id)
{
    const QList<IndicatorPoint> points = figures.indicatorComparison(id);
    QList<std::pair<double, qsizetype>> order;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (points.at(i).value) {
            order.append({points.at(i).value->value, i});
        }
    }
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<IndicatorPoint> reported;
    for (const auto &[value, index] : std::as_const(order)) {
        reported.append(points.at(index));
    }
    return reported;
}

QChart *DashboardCharts::indicator(const DashboardFigures &figures, const QString &id, const QPalette &palette)
{
    const QList<DashboardFigures::IndicatorInfo> infos = figures.indicators();
    const auto info = std::find_if(
        infos.cbegin(), infos.cend(), [&id](const DashboardFigures::IndicatorInfo &i) { return i.id == id; });
    const QString name = info == infos.cend() ? id : info->name;
    const QString unit = info == infos.cend() ? QString() : info->unit;

    auto *chart = new QChart;
    chart->setTitle(tr("Indicator: %1").arg(name));
    auto *series = new QHorizontalBarSeries(chart);
    QBarSet *set = barSet(unit.isEmpty() ? name : u"%1 (%2)"_s.arg(name, unit),
        CategoryPalette::color(OutlineCategory::Plans, palette), series);
    set->setLabelColor(palette.color(QPalette::WindowText));
    QStringList labels;
    for (const IndicatorPoint &point : indicatorOrder(figures, id)) {
        labels.append(point.label);
        set->append(point.value->value);
    }
    // No bar at all for these: a zero would say the district reported nothing happened. They
    // come after the bars, so at the top, where the reader looks first.
    for (const IndicatorPoint &point : bottomUp(figures.indicatorComparison(id))) {
        if (!point.value) {
            labels.append(notReportedLabel(point.label));
        }
    }
    series->append(set);
    series->setLabelsVisible(labels.size() <= LabelledRows);
    series->setLabelsFormat(u"@value"_s);
    chart->addSeries(series);
    // A rate ends at 100%: the value goes inside the bar, where a full bar leaves room for it.
    bool rate = unit == u"%";
    for (int i = 0; i < set->count(); ++i) {
        rate = rate && set->at(i) <= 100;
    }
    series->setLabelsPosition(rate ? QAbstractBarSeries::LabelsInsideEnd : QAbstractBarSeries::LabelsOutsideEnd);
    if (rate) {
        set->setLabelColor(Qt::white);
    }
    addAxes(chart, series, labels, unit, palette, rate ? std::optional<double>(100) : std::nullopt);
    style(chart, palette);
    return chart;
}

QChart *DashboardCharts::review(const DashboardFigures &figures, const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Review results: checklist, and the grade after the name"));
    auto *series = new QHorizontalStackedBarSeries(chart);
    const QList<DistrictFigures> districts = bottomUp(figures.districts());
    QStringList labels;
    for (const DistrictFigures &district : districts) {
        // Only a grade given is shown: "not graded" beside every name would crowd out the names.
        labels.append(district.grade.isEmpty()
                ? district.label
                : u"%1 · %2"_s.arg(district.label, ReviewChecklist::gradeName(district.grade)));
    }
    for (const ChecklistStatus status :
        {ChecklistStatus::Pass, ChecklistStatus::Warn, ChecklistStatus::Fail, ChecklistStatus::Unknown}) {
        QBarSet *set = barSet(ReviewChecklist::statusName(status), statusColor(status, palette), series);
        QList<qreal> values;
        for (const DistrictFigures &district : districts) {
            const ChecklistCounts &c = district.checklist;
            values.append(status == ChecklistStatus::Pass ? c.pass
                    : status == ChecklistStatus::Warn     ? c.warn
                    : status == ChecklistStatus::Fail     ? c.fail
                                                          : c.unknown);
        }
        fill(set, values);
        series->append(set);
    }
    series->setLabelsVisible(districts.size() <= LabelledRows);
    series->setLabelsFormat(u"@value"_s);
    chart->addSeries(series);
    // The scale ends at the number of items: a full bar is the whole checklist.
    int items = 0;
    for (const DistrictFigures &district : districts) {
        const ChecklistCounts &c = district.checklist;
        items = std::max(items, c.pass + c.warn + c.fail + c.unknown);
    }
    addAxes(
        chart, series, labels, tr("Checklist items"), palette, items > 0 ? std::optional<double>(items) : std::nullopt);
    style(chart, palette);
    return chart;
}

QChart *DashboardCharts::tags(const DashboardFigures &figures, const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Reviewer tags per district"));
    auto *series = new QHorizontalStackedBarSeries(chart);
    const QList<DistrictFigures> districts = bottomUp(figures.districts());
    QStringList labels;
    for (const DistrictFigures &district : districts) {
        labels.append(district.label);
    }
    // Only the tags in use: twelve empty legend entries would hide the three that matter.
    QList<Tag> used;
    for (const Tag &tag : figures.tags()) {
        if (std::any_of(figures.districts().cbegin(), figures.districts().cend(),
                [&tag](const DistrictFigures &d) { return d.tagCounts.value(tag.id) > 0; })) {
            used.append(tag);
        }
    }
    if (used.isEmpty()) {
        chart->setTitle(tr("Reviewer tags per district (no annotations yet)"));
        used = figures.tags();
    }
    for (const Tag &tag : std::as_const(used)) {
        QBarSet *set = barSet(ReviewStore::displayName(tag), tag.color, series);
        QList<qreal> values;
        for (const DistrictFigures &district : districts) {
            values.append(district.tagCounts.value(tag.id));
        }
        fill(set, values);
        series->append(set);
    }
    chart->addSeries(series);
    addAxes(chart, series, labels, tr("Annotations"), palette);
    style(chart, palette);
    // Tags are many and their names short: a column beside the bars keeps every name readable.
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *DashboardCharts::history(const DistrictHistory &history, const QPalette &palette)
{
    const QString title = history.years().size() < 2
        ? tr("Year over year: %1 (one year only)").arg(DataText::show(history.region()))
        : tr("Year over year: %1 (%n problem passage(s) repeated from the year before)", nullptr,
              int(history.repeatedProblems().size()))
              .arg(DataText::show(history.region()));
    return proportionBars(history.years(), title, palette);
}

} // namespace Fazhi
