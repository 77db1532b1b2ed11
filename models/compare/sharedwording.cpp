// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedwording.h"

#include <algorithm>
#include <vector>

#include <QHashFunctions>

namespace Fazhi {

namespace {

/** A common n-gram (a set phrase) can occur hundreds of times; trying each would make the scan quadratic. */
constexpr int MaxCandidates = 64;

struct Match
{
    int aStart = 0;
    int bStart = 0;
    int length = 0; // in the first report's skeleton
    int bLength = 0;
    int matched = 0; // letters equal in both: length without the gaps merged over

    int aEnd() const { return aStart + length; }
    int bEnd() const { return bStart + bLength; }
};

size_t gramHash(const QString &text, int at, int n)
{
    return qHash(QStringView(text).mid(at, n));
}

/** The matches, greedily extended, in the order of @p a's skeleton and not overlapping there. */
QList<Match> seedMatches(const TextSkeleton &a, const TextSkeleton &b, int n)
{
    QList<Match> matches;
    const int aSize = int(a.text.size());
    const int bSize = int(b.text.size());
    if (aSize < n || bSize < n) {
        return matches;
    }
    // A sorted array instead of a hash of lists: one allocation for the whole report.
    std::vector<std::pair<size_t, int>> index;
    index.reserve(size_t(bSize - n + 1));
    for (int j = 0; j + n <= bSize; ++j) {
        index.emplace_back(gramHash(b.text, j, n), j);
    }
    std::sort(index.begin(), index.end());

    const QChar *ca = a.text.constData();
    const QChar *cb = b.text.constData();
    int i = 0;
    while (i + n <= aSize) {
        const size_t h = gramHash(a.text, i, n);
        auto it = std::lower_bound(index.begin(), index.end(), std::pair<size_t, int>(h, -1));
        Match best;
        for (int tried = 0; it != index.end() && it->first == h && tried < MaxCandidates; ++it, ++tried) {
            const int j = it->second;
            int l = 0;
            while (i + l < aSize && j + l < bSize && ca[i + l] == cb[j + l]) {
                ++l;
            }
            if (l >= n && l > best.length) {
                best = {i, j, l, l, l};
            }
        }
        if (best.length > 0) {
            matches.append(best);
            i += best.length;
        } else {
            ++i;
        }
    }
    return matches;
}

/** Joins matches separated by a letter or two changed in both reports ("nearly" verbatim). */
QList<Match> mergeClose(const QList<Match> &matches)
{
    QList<Match> merged;
    for (const Match &m : matches) {
        if (!merged.isEmpty()) {
            Match &last = merged.last();
            const int aGap = m.aStart - last.aEnd();
            const int bGap = m.bStart - last.bEnd();
            if (aGap >= 0 && aGap <= SharedWording::MaxGap && bGap >= 0 && bGap <= SharedWording::MaxGap) {
                last.length = m.aEnd() - last.aStart;
                last.bLength = m.bEnd() - last.bStart;
                last.matched += m.matched;
                continue;
            }
        }
        merged.append(m);
    }
    return merged;
}

/** The original range of skeleton characters [start, end) of @p doc. */
TextRange originalRange(const ReportDocument &doc, const TextSkeleton &skeleton, int start, int end)
{
    const int normStart = skeleton.toNormalized.at(start);
    const int normEnd = skeleton.toNormalized.at(end - 1) + 1;
    return {doc.normalized.toOriginal(normStart), doc.normalized.toOriginal(normEnd)};
}

} // namespace

TextSkeleton TextSkeleton::of(const NormalizedText &normalized)
{
    TextSkeleton skeleton;
    const QString &text = normalized.text();
    skeleton.text.reserve(text.size());
    skeleton.toNormalized.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLetterOrNumber()) {
            skeleton.text.append(c.toCaseFolded());
            skeleton.toNormalized.append(int(i));
        }
    }
    return skeleton;
}

QList<SharedPassage> SharedWording::find(const ReportDocument &a, const ReportDocument &b, int minLength)
{
    const TextSkeleton sa = TextSkeleton::of(a.normalized);
    const TextSkeleton sb = TextSkeleton::of(b.normalized);
    const int n = std::clamp(minLength, 1, SeedLength);
    QList<SharedPassage> passages;
    for (const Match &m : mergeClose(seedMatches(sa, sb, n))) {
        if (m.matched < minLength) {
            continue;
        }
        const int normStart = sa.toNormalized.at(m.aStart);
        const int normEnd = sa.toNormalized.at(m.aEnd() - 1) + 1;
        passages.append({originalRange(a, sa, m.aStart, m.aEnd()), originalRange(b, sb, m.bStart, m.bEnd()), m.matched,
            a.normalized.text().mid(normStart, normEnd - normStart)});
    }
    return passages;
}

} // namespace Fazhi
