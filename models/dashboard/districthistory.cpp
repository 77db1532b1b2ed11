// SPDX-License-Identifier: GPL-3.0-or-later
#include "districthistory.h"

#include "outlinecategory.h"
#include "reportdecisions.h"
#include "reviewstore.h"
#include "sharedwording.h"

#include <QHash>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

/** The problems and causes parts of a report, after the reviewers' overrules. */
Result<QList<TextRange>> problemRanges(ReviewStore &store, qint64 reportId)
{
    auto decided = store.decisions(reportId);
    if (!decided) {
        return decided.failure();
    }
    const auto parts = store.parts(reportId);
    if (!parts) {
        return parts.failure();
    }
    const ReportDecisions decisions(std::move(decided).value());
    QList<TextRange> ranges;
    for (const StoredPart &part : parts.value()) {
        const QString category = decisions.category(part);
        if (category == u"problems" || category == u"causes") {
            ranges.append({part.start, part.end});
        }
    }
    return ranges;
}

bool overlaps(const TextRange &range, const QList<TextRange> &ranges)
{
    return std::any_of(ranges.cbegin(), ranges.cend(),
        [&range](const TextRange &r) { return range.start < r.end && r.start < range.end; });
}

} // namespace

QStringList DistrictHistory::regionsWithHistory(const QList<ReportSummary> &reports)
{
    QHash<QString, QSet<int>> years;
    for (const ReportSummary &report : reports) {
        if (!report.region.isEmpty() && report.year > 0) {
            years[report.region].insert(report.year);
        }
    }
    QStringList regions;
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        if (it.value().size() >= 2) {
            regions.append(it.key());
        }
    }
    regions.sort();
    return regions;
}

Result<DistrictHistory> DistrictHistory::build(ReviewStore &store, const QString &region)
{
    DistrictHistory history;
    history.m_region = region;
    const auto reports = store.reports();
    if (!reports) {
        return reports.failure();
    }
    QMap<int, ReportSummary> byYear;
    for (const ReportSummary &report : reports.value()) {
        if (report.region == region && report.year > 0
            && (!byYear.contains(report.year) || byYear.value(report.year).imported < report.imported)) {
            byYear.insert(report.year, report);
        }
    }
    for (const ReportSummary &report : std::as_const(byYear)) {
        auto figures = DashboardFigures::measure(store, report);
        if (!figures) {
            return figures.failure();
        }
        history.m_years.append(std::move(figures).value());
        history.m_years.last().label = QString::number(report.year);
    }
    const auto indicators = DashboardFigures::indicatorsOf(history.m_years);
    if (!indicators) {
        return indicators.failure();
    }
    history.m_indicators = indicators.value();

    // Only consecutive years: a problem from two years ago that came back is a different story.
    for (qsizetype i = 1; i < history.m_years.size(); ++i) {
        const ReportSummary &earlier = history.m_years.at(i - 1).report;
        const ReportSummary &later = history.m_years.at(i).report;
        if (later.year != earlier.year + 1) {
            continue;
        }
        const auto laterDocument = store.report(later.id);
        const auto earlierDocument = store.report(earlier.id);
        if (!laterDocument || !earlierDocument) {
            return laterDocument ? earlierDocument.failure() : laterDocument.failure();
        }
        const auto laterRanges = problemRanges(store, later.id);
        const auto earlierRanges = problemRanges(store, earlier.id);
        if (!laterRanges || !earlierRanges) {
            return laterRanges ? earlierRanges.failure() : laterRanges.failure();
        }
        const QList<TextRange> &laterProblems = laterRanges.value();
        const QList<TextRange> &earlierProblems = earlierRanges.value();
        if (laterProblems.isEmpty() || earlierProblems.isEmpty()) {
            continue;
        }
        // Two reports that copy each other share one long passage across every section: what
        // counts is the piece of it inside each of this year's problems, and where that piece was
        // last year (shared wording keeps the order, so the offset within the passage carries over).
        const QList<SharedPassage> passages
            = SharedWording::find(laterDocument.value(), earlierDocument.value(), MinRepeatLength);
        for (const TextRange &problem : laterProblems) {
            for (const SharedPassage &passage : passages) {
                const int start = std::max(problem.start, passage.first.start);
                const int end = std::min(problem.end, passage.first.end);
                if (end - start < MinRepeatLength) {
                    continue;
                }
                const int shift = passage.second.start - passage.first.start;
                const TextRange earlierRange{
                    std::max(passage.second.start, start + shift), std::min(passage.second.end, end + shift)};
                if (earlierRange.length() > 0 && overlaps(earlierRange, earlierProblems)) {
                    history.m_repeated.append({later.year, later.id, {start, end}, earlier.id, earlierRange,
                        laterDocument.value().textAt({start, end}).simplified()});
                }
            }
        }
    }
    return history;
}

QByteArray DistrictHistory::yearsCsv() const
{
    QStringList header{tr("Year"), tr("Report id")};
    for (const OutlineCategory category : allOutlineCategories()) {
        header.append(DashboardFigures::tr("%1 (%)").arg(outlineCategoryName(category)));
    }
    for (const DashboardFigures::IndicatorInfo &info : m_indicators) {
        header.append(info.unit.isEmpty() ? info.name : u"%1 (%2)"_s.arg(info.name, info.unit));
    }
    QList<QStringList> rows{header};
    for (const DistrictFigures &year : m_years) {
        QStringList row{QString::number(year.report.year), QString::number(year.report.id)};
        for (const CategoryCoverage &coverage : year.coverage) {
            row.append(QString::number(coverage.share * 100, 'f', 1));
        }
        for (const DashboardFigures::IndicatorInfo &info : m_indicators) {
            const auto value = year.indicator(info.id);
            row.append(value ? QString::number(value->value, 'g', 12) : DashboardFigures::tr("not reported"));
        }
        rows.append(row);
    }
    return DashboardFigures::csv(rows);
}

QByteArray DistrictHistory::repeatedCsv() const
{
    QList<QStringList> rows{
        {tr("Year"), tr("Start"), tr("End"), tr("Last year's start"), tr("Last year's end"), tr("Repeated wording")}};
    for (const RepeatedProblem &repeat : m_repeated) {
        rows.append(
            {QString::number(repeat.year), QString::number(repeat.range.start), QString::number(repeat.range.end),
                QString::number(repeat.earlierRange.start), QString::number(repeat.earlierRange.end), repeat.text});
    }
    return DashboardFigures::csv(rows);
}

} // namespace Fazhi
