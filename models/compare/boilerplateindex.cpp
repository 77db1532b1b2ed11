// SPDX-License-Identifier: GPL-3.0-or-later
#include "boilerplateindex.h"

#include "sharedwording.h"

#include <QSet>

namespace Fazhi {

namespace {

size_t gramHash(QStringView gram)
{
    return qHash(gram);
}

} // namespace

void BoilerplateIndex::add(const ReportDocument &report)
{
    const TextSkeleton skeleton = TextSkeleton::of(report.normalized);
    // Distinct per report: a phrase repeated ten times in one report is still one report's habit.
    QSet<size_t> grams;
    const QStringView text(skeleton.text);
    for (qsizetype i = 0; i + GramLength <= text.size(); ++i) {
        grams.insert(gramHash(text.mid(i, GramLength)));
    }
    for (const size_t gram : std::as_const(grams)) {
        ++m_counts[gram];
    }
    ++m_reports;
}

void BoilerplateIndex::merge(const BoilerplateIndex &other)
{
    for (auto it = other.m_counts.cbegin(); it != other.m_counts.cend(); ++it) {
        m_counts[it.key()] += it.value();
    }
    m_reports += other.m_reports;
}

int BoilerplateIndex::reportsWith(QStringView gram) const
{
    QString folded;
    for (const QChar c : gram) {
        if (c.isLetterOrNumber()) {
            folded.append(c.toCaseFolded());
        }
    }
    return folded.size() == GramLength ? m_counts.value(gramHash(folded)) : 0;
}

QList<TextRange> BoilerplateIndex::boilerplateRanges(const ReportDocument &report, int minReports) const
{
    const TextSkeleton skeleton = TextSkeleton::of(report.normalized);
    const QStringView text(skeleton.text);
    QList<TextRange> ranges;
    int runStart = -1;
    int runEnd = -1; // skeleton [runStart, runEnd)
    const auto flush = [&] {
        if (runStart >= 0) {
            ranges.append({report.normalized.toOriginal(skeleton.toNormalized.at(runStart)),
                report.normalized.toOriginal(skeleton.toNormalized.at(runEnd - 1) + 1)});
        }
        runStart = -1;
    };
    for (qsizetype i = 0; i + GramLength <= text.size(); ++i) {
        if (m_counts.value(gramHash(text.mid(i, GramLength))) < minReports) {
            continue;
        }
        if (runStart >= 0 && i > runEnd) {
            flush();
        }
        if (runStart < 0) {
            runStart = int(i);
        }
        runEnd = int(i) + GramLength;
    }
    flush();
    return ranges;
}

} // namespace Fazhi
