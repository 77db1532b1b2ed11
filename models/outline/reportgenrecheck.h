// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportanalyzer.h"

#include <QCoreApplication>
#include <QStringList>

namespace Fazhi {

/** What ReportGenreCheck found: whether a file looks like a report, and what it lacks. */
struct GenreVerdict
{
    bool looksLikeReport = true;
    /** What the file lacks, in the UI language ("no year reported", …); empty when it lacks nothing. */
    QStringList missing;
};

/**
 * Whether a file looks like a rule-of-law government report at all, before it goes into a
 * project: a file with none of the genre's words, or with hardly anything of a report (no year,
 * no region, no outline, a few lines), is most likely the wrong file. Lenient on purpose: real
 * reports vary a lot, and a short one with its year and place still passes.
 */
class ReportGenreCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::ReportGenreCheck)

public:
    /** Fewer characters than this count as "a few lines". */
    static constexpr int ShortLength = 500;

    static GenreVerdict check(const ReportDocument &document, const ReportAnalysis &analysis);
};

} // namespace Fazhi
