// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicatorextractor.h"
#include "outlineclassifier.h"
#include "reviewchecklist.h"

#include <memory>

namespace Fazhi {

/** Everything the program works out about a report on its own, before any reviewer looks. */
struct ReportAnalysis
{
    OutlineResult outline;
    QList<ChecklistItem> checklist;
    QList<IndicatorValue> indicators;
};

/**
 * One outline standard applied to reports: classification, checklist and indicators together,
 * so that the CLI, the import and the views all analyse a report the same way. analyze() is
 * const and may run on several threads at once.
 */
class ReportAnalyzer final
{
public:
    explicit ReportAnalyzer(const OutlineStandard &standard);
    ReportAnalyzer(const ReportAnalyzer &) = delete;
    ReportAnalyzer &operator=(const ReportAnalyzer &) = delete;

    /** An analyzer for the bundled standard outline. */
    static Result<std::unique_ptr<ReportAnalyzer>> bundled();

    ReportAnalysis analyze(const ReportDocument &document) const;

    const OutlineClassifier &classifier() const { return m_classifier; }
    const ReviewChecklist &checklist() const { return m_checklist; }
    const IndicatorExtractor &indicators() const { return m_indicators; }

private:
    OutlineClassifier m_classifier;
    ReviewChecklist m_checklist; // holds a reference to m_classifier: declared after it
    IndicatorExtractor m_indicators;
};

} // namespace Fazhi
