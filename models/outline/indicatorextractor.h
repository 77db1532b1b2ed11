// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outlinestandard.h"
#include "reportdocument.h"

namespace Fazhi {

/** One figure found in a report: which indicator, its value and unit, and where it is written. */
struct IndicatorValue
{
    QString id;
    QString name;
    /** The value as a number: 1.2万件 → 12000, 1300余人次 → 1300, 100% → 100. */
    double value = 0;
    QString unit;
    /** The sentence that states it (original offsets). */
    TextRange sentence;
    /** The words that state it (original offsets). */
    TextRange match;
};

/**
 * Reads the figures reviewers compare across districts (出庭应诉率, 行政复议 cases, 败诉率,
 * 规范性文件 reviewed and filed, 12345 hotline cases, …) out of a report, as defined by the
 * indicators of an OutlineStandard. Works on normalized text, so synonyms written in either
 * script map to the same indicator.
 */
class IndicatorExtractor final
{
public:
    explicit IndicatorExtractor(OutlineStandard standard);

    /** Every indicator value in @p document's text, in text order. */
    QList<IndicatorValue> extract(const ReportDocument &document) const;

    /** Every indicator value in @p text (any script); offsets are into @p text. */
    QList<IndicatorValue> extractFromText(const QString &text) const;

private:
    QList<IndicatorValue> extractNormalized(const NormalizedText &normalized) const;

    OutlineStandard m_standard;
};

} // namespace Fazhi
