// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QHash>
#include <QList>
#include <QStringView>

namespace Fazhi {

/**
 * The genre's set phrases: for every character n-gram of the reports' skeletons (letters and
 * digits of the normalized text, see TextSkeleton), in how many distinct reports it occurs.
 * A passage two districts share is only worth a reviewer's eye when it is not one of these, so
 * the compare view mutes what this index calls boilerplate.
 *
 * Feed it the reports of one year with add(); indexes built on several threads join with merge().
 */
class BoilerplateIndex final
{
public:
    /** The n-gram length counted, in skeleton characters. */
    static constexpr int GramLength = 8;

    /** Counts every distinct n-gram of @p report once. */
    void add(const ReportDocument &report);
    /** Adds the counts of @p other (built from other reports). */
    void merge(const BoilerplateIndex &other);

    /** How many reports were added. */
    int reportCount() const { return m_reports; }
    /** In how many reports the skeleton n-gram @p gram (GramLength letters and digits) occurs. */
    int reportsWith(QStringView gram) const;
    /** Whether @p gram occurs in at least @p minReports reports. */
    bool isBoilerplate(QStringView gram, int minReports) const { return reportsWith(gram) >= minReports; }

    /**
     * The stretches of @p report made of n-grams that occur in at least @p minReports reports,
     * as original ranges in document order, not overlapping.
     */
    QList<TextRange> boilerplateRanges(const ReportDocument &report, int minReports) const;

private:
    QHash<size_t, int> m_counts;
    int m_reports = 0;
};

} // namespace Fazhi
