// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QList>
#include <QString>

namespace Fazhi {

/**
 * A text reduced to what decides whether two passages are "the same wording": only letters and
 * digits of the normalized (simplified, width-folded) text, case-folded, with the position in the
 * normalized text each one came from. Punctuation, spaces and line breaks disappear, so "，" vs ","
 * or a line broken differently no longer hide a copy.
 */
struct TextSkeleton
{
    QString text;
    /** For every skeleton character, its offset in the normalized text. */
    QList<int> toNormalized;

    static TextSkeleton of(const NormalizedText &normalized);
};

/** One passage found (nearly) verbatim in two reports. */
struct SharedPassage
{
    /** Where the passage is in the first report's original text. */
    TextRange first;
    /** Where it is in the second report's original text. */
    TextRange second;
    /**
     * How many letters and digits the two copies have in common (a letter or two changed in
     * both, merged over, is not counted): one length for the pair, the same whichever of the
     * two reports is read, in whichever script and punctuation.
     */
    int length = 0;
    /** The passage as in the first report's normalized (simplified) text. */
    QString text;
};

/**
 * Finds the wording two reports share: passages of at least minLength letters and digits that
 * appear verbatim in both, across scripts and regardless of punctuation and spacing.
 *
 * Character n-grams of the second report are indexed, the first report is scanned for them and
 * every hit is extended greedily, so the work grows with the reports' length, not with the
 * number of sentence pairs; this is what lets the compare view open without waiting.
 */
class SharedWording final
{
public:
    /** The n-gram length used as a seed; passages shorter than this are never found. */
    static constexpr int SeedLength = 8;
    /** Two matches whose gaps in both reports are at most this many letters become one passage. */
    static constexpr int MaxGap = 2;

    /**
     * The passages of @p a that also appear in @p b, in the order of @p a and not overlapping
     * there, each with at least @p minLength letters and digits in common.
     */
    static QList<SharedPassage> find(const ReportDocument &a, const ReportDocument &b, int minLength = 20);
};

} // namespace Fazhi
