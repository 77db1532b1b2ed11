// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportanalyzer.h"

namespace Fazhi {

ReportAnalyzer::ReportAnalyzer(const OutlineStandard &standard)
    : m_classifier(standard)
    , m_checklist(m_classifier)
    , m_indicators(standard)
{
}

Result<std::unique_ptr<ReportAnalyzer>> ReportAnalyzer::bundled()
{
    auto standard = OutlineStandard::bundled();
    if (!standard) {
        return standard.failure();
    }
    return std::make_unique<ReportAnalyzer>(standard.value());
}

ReportAnalysis ReportAnalyzer::analyze(const ReportDocument &document) const
{
    ReportAnalysis analysis;
    analysis.outline = m_classifier.classify(document);
    analysis.checklist = m_checklist.evaluate(document, analysis.outline);
    analysis.indicators = m_indicators.extract(document);
    return analysis;
}

} // namespace Fazhi
