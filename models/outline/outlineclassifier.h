// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outlinestandard.h"
#include "reportdocument.h"

#include <QCoreApplication>

namespace Fazhi {

/** What the classifier decided about one heading or paragraph. */
struct PartClassification
{
    /** The part in the original text: a whole section (heading to end) or a paragraph. */
    TextRange range;
    /** For sections: the heading alone; empty for paragraphs. */
    TextRange headingRange;
    /** 1–3 for a section's heading, 0 for a paragraph. */
    int level = 0;
    OutlineCategory category = OutlineCategory::Other;
    /** A heading that names two items at once ("存在问题及下一步打算") also covers this one. */
    std::optional<OutlineCategory> secondary;
    /** How sure the classifier is, 0–1. */
    double confidence = 0;
    /** The cue that decided, for the reviewer ("heading contains 存在…问题"). */
    QString reason;
    /** Whether the part's own wording decided, rather than its heading or the part before it. */
    bool ownCue = false;
    /** Theme ids (see OutlineStandard::themes()), strongest first; empty for "other" parts. */
    QStringList themes;

    bool covers(OutlineCategory c) const { return category == c || secondary == c; }
};

/** Every section and paragraph of a report, classified. */
struct OutlineResult
{
    /** Every section at every level, in document order (a parent before its children). */
    QList<PartClassification> sections;
    /** Every body paragraph, in document order (ReportDocument::paragraphs). */
    QList<PartClassification> paragraphs;

    /** Sections and paragraphs that cover @p category, in document order of each list. */
    QList<PartClassification> partsOf(OutlineCategory category) const;
};

/**
 * Finds the statutory outline in a report: classifies every heading and every paragraph as
 * achievements, problems, causes, leadership, plans or other, with a confidence, the reason a
 * reviewer can check, and the themes of the implementation outline it deals with.
 *
 * The method is transparent and its knowledge is data (OutlineStandard): weighted cue lexicons
 * for headings and paragraphs; position (paragraphs before the first heading are the preamble);
 * year arithmetic against the year reported ("2025年…将" in a report on 2024 is a plan,
 * "2024年以来" an achievement); and inheritance: a part takes its heading's category, or that
 * of the problems/plans paragraph before it in the same section, unless its own wording is
 * stronger. All matching is on normalized text, so traditional reports classify like
 * simplified ones.
 */
class OutlineClassifier final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::OutlineClassifier)

public:
    explicit OutlineClassifier(OutlineStandard standard);

    const OutlineStandard &standard() const { return m_standard; }

    /** Classifies every section and paragraph of @p document (year reported from its metadata). */
    OutlineResult classify(const ReportDocument &document) const;

    /** Classifies one heading line on its own (numbering marker allowed); any script. */
    PartClassification classifyHeading(const QString &heading, int reportYear = 0) const;

    /** Classifies one paragraph on its own, for a report on @p reportYear (0: unknown); any script. */
    PartClassification classifyParagraph(const QString &paragraph, int reportYear = 0) const;

    /** The themes of @p normalizedText, strongest first. */
    QStringList themes(QStringView normalizedText) const;

private:
    struct Context;
    struct Scores;

    Scores score(QStringView text, bool heading, int reportYear) const;
    PartClassification decide(const Scores &own, const Context *context, bool heading, QStringView text) const;
    PartClassification classifyText(QStringView normalized, bool heading, int reportYear, const Context *context) const;

    OutlineStandard m_standard;
};

} // namespace Fazhi
