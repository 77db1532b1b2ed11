// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedwording.h"

namespace Fazhi {

namespace {

int overlap(const TextRange &range, const QList<TextRange> &stretches)
{
    int covered = 0;
    for (const TextRange &stretch : stretches) {
        covered += std::max(0, std::min(range.end, stretch.end) - std::max(range.start, stretch.start));
    }
    return covered;
}

} // namespace

QList<ComparedPassage> ComparedWording::find(
    const QList<ReportDocument> &reports, const BoilerplateIndex *setPhrases, int minReports, int minLength)
{
    QList<QList<TextRange>> boilerplate(reports.size());
    if (setPhrases && minReports > 0) {
        for (qsizetype i = 0; i < reports.size(); ++i) {
            boilerplate[i] = setPhrases->boilerplateRanges(reports.at(i), minReports);
        }
    }
    QList<ComparedPassage> passages;
    for (int a = 0; a < reports.size(); ++a) {
        for (int b = a + 1; b < reports.size(); ++b) {
            for (const SharedPassage &shared : SharedWording::find(reports.at(a), reports.at(b), minLength)) {
                const int covered = overlap(shared.first, boilerplate.at(a));
                passages.append({a, b, shared, covered >= SetPhraseShare * shared.first.length()});
            }
        }
    }
    return passages;
}

} // namespace Fazhi
