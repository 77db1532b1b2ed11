// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardscope.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fazhi {

QString DashboardScope::parentCity(const QString &region)
{
    // Region names are built outward-in (江门市江海区, 佛山市南海区桂城街道): the first unit that
    // makes a city, when something follows it, is the parent the office compares within.
    static const QList<QChar> cityEnds{u'市', u'州', u'盟'};
    for (qsizetype i = 1; i + 1 < region.size(); ++i) {
        if (cityEnds.contains(region.at(i))) {
            return region.left(i + 1);
        }
    }
    return {};
}

bool DashboardScope::contains(const ReportSummary &report) const
{
    return (year == 0 || report.year == year) && (city.isEmpty() || parentCity(report.region) == city)
        && (level.isEmpty() || report.level == level);
}

QList<ReportSummary> DashboardScope::select(const QList<ReportSummary> &reports) const
{
    QList<ReportSummary> selected;
    std::copy_if(reports.cbegin(), reports.cend(), std::back_inserter(selected),
        [this](const ReportSummary &report) { return contains(report); });
    return selected;
}

namespace {

QStringList distinctSorted(QStringList values)
{
    values.removeAll(QString());
    values.sort();
    values.removeDuplicates();
    return values;
}

} // namespace

QStringList DashboardScope::cities(const QList<ReportSummary> &reports)
{
    QStringList values;
    for (const ReportSummary &report : reports) {
        values.append(parentCity(report.region));
    }
    return distinctSorted(values);
}

QStringList DashboardScope::levels(const QList<ReportSummary> &reports)
{
    QStringList values;
    for (const ReportSummary &report : reports) {
        values.append(report.level);
    }
    return distinctSorted(values);
}

QList<int> DashboardScope::years(const QList<ReportSummary> &reports)
{
    QList<int> values;
    for (const ReportSummary &report : reports) {
        if (report.year > 0 && !values.contains(report.year)) {
            values.append(report.year);
        }
    }
    std::sort(values.begin(), values.end(), std::greater<>());
    return values;
}

} // namespace Fazhi
