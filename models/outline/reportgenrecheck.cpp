// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportgenrecheck.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// Words every rule-of-law report uses somewhere (in simplified script: the normalized text is).
bool speaksOfTheRuleOfLaw(const QString &normalized)
{
    static const QStringList words{u"法治"_s, u"依法"_s, u"法制"_s, u"执法"_s, u"法律"_s, u"行政复议"_s, u"普法"_s};
    return std::any_of(
        words.cbegin(), words.cend(), [&normalized](const QString &word) { return normalized.contains(word); });
}

bool hasOutline(const ReportDocument &document, const ReportAnalysis &analysis)
{
    if (!document.sections.isEmpty()) {
        return true;
    }
    const QList<PartClassification> &paragraphs = analysis.outline.paragraphs;
    return std::any_of(paragraphs.cbegin(), paragraphs.cend(),
        [](const PartClassification &part) { return part.category != OutlineCategory::Other; });
}

} // namespace

GenreVerdict ReportGenreCheck::check(const ReportDocument &document, const ReportAnalysis &analysis)
{
    GenreVerdict verdict;
    int present = 0;
    const auto expect = [&verdict, &present](bool found, const QString &missing) {
        if (found) {
            ++present;
        } else {
            verdict.missing.append(missing);
        }
    };
    expect(!document.metadataValue(MetadataKey::Year).isEmpty(), tr("no year reported"));
    expect(!document.metadataValue(MetadataKey::Region).isEmpty(), tr("no region or issuing body"));
    expect(hasOutline(document, analysis), tr("no headings or parts of the report outline"));
    const int length = int(document.text.size());
    expect(length >= ShortLength, tr("only %n character(s)", nullptr, length));
    const bool vocabulary = speaksOfTheRuleOfLaw(document.normalized.text());
    if (!vocabulary) {
        verdict.missing.append(tr("none of the words of the rule of law (法治, 依法, 执法…)"));
    }
    // Two of the four signs of a report are enough with the genre's words: short reports and
    // reports without headings are real too.
    verdict.looksLikeReport = vocabulary && present >= 2;
    if (verdict.looksLikeReport) {
        verdict.missing.clear();
    }
    return verdict;
}

} // namespace Fazhi
