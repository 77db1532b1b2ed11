// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfigures.h"

namespace Fazhi {

/** A problem written this year in (nearly) the same words as among last year's problems. */
struct RepeatedProblem
{
    int year = 0;
    qint64 reportId = 0;
    TextRange range; ///< in this year's report (original offsets)
    qint64 earlierReportId = 0;
    TextRange earlierRange; ///< in last year's report
    QString text; ///< this year's words, as written
};

/**
 * One district across the years: its reports' proportions and indicators year by year, and the
 * problems each year repeats from the year before (a sign that nothing changed). Repeats are
 * found with SharedWording, so a report in 繁體 still matches last year's in 简体.
 */
class DistrictHistory final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::DistrictHistory)

public:
    /** Shared passages shorter than this (letters and digits) are not a repeated problem. */
    static constexpr int MinRepeatLength = 12;

    /** The history of @p region: one report per year (the newest imported), oldest year first. */
    static Result<DistrictHistory> build(ReviewStore &store, const QString &region);
    /** The regions with reports of at least two years, sorted. */
    static QStringList regionsWithHistory(const QList<ReportSummary> &reports);

    QString region() const { return m_region; }
    /** One entry per year, oldest first. */
    const QList<DistrictFigures> &years() const { return m_years; }
    const QList<RepeatedProblem> &repeatedProblems() const { return m_repeated; }
    /** The indicators reported in any year, as (id, name, unit), in the standard's order. */
    const QList<DashboardFigures::IndicatorInfo> &indicators() const { return m_indicators; }

    /** Year, then every category's share (%), then every indicator's value or "not reported". */
    QByteArray yearsCsv() const;
    /** Year, this year's offsets, last year's offsets, the repeated wording. */
    QByteArray repeatedCsv() const;

private:
    QString m_region;
    QList<DistrictFigures> m_years;
    QList<RepeatedProblem> m_repeated;
    QList<DashboardFigures::IndicatorInfo> m_indicators;
};

} // namespace Fazhi
