// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boilerplateindex.h"
#include "sharedwording.h"

#include <QList>

namespace Fazhi {

/** A passage two of the compared reports share. */
struct ComparedPassage
{
    /** The two reports, as positions in the compared list; first < second. */
    int first = 0;
    int second = 0;
    SharedPassage passage;
    /** The passage is mostly the genre's set phrases: shown muted, not as a copy. */
    bool setPhrase = false;
};

/**
 * The shared wording of every pair among the reports of a comparison (2 to 4 of them), each
 * passage marked as set phrase or not against the year's BoilerplateIndex.
 */
class ComparedWording final
{
public:
    /** A passage is a set phrase when at least this share of it lies in boilerplate stretches. */
    static constexpr double SetPhraseShare = 0.8;

    /**
     * Finds the passages of at least @p minLength letters and digits shared by any two of
     * @p reports. With a @p setPhrases index, passages made of n-grams found in at least
     * @p minReports reports are marked setPhrase.
     */
    static QList<ComparedPassage> find(const QList<ReportDocument> &reports,
        const BoilerplateIndex *setPhrases = nullptr, int minReports = 0, int minLength = 20);
};

} // namespace Fazhi
