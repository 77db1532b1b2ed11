// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outlinecategory.h"
#include "patternprefilter.h"
#include "result.h"

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Fazhi {

/**
 * One piece of wording that points to a category or a theme: a regular expression on normalized
 * text (simplified script, half-width digits and punctuation), how much it counts, and the
 * label a reviewer sees in the reason ("存在…问题"). A pattern anchored with ^ only counts at
 * the opening of a paragraph.
 */
struct OutlineCue
{
    QRegularExpression pattern;
    /** Rules the pattern out cheaply on texts without its characters. */
    PatternPrefilter prefilter;
    double weight = 0;
    QString label;
    /** Whether the pattern is anchored at the opening (starts with ^). */
    bool opening = false;
};

/** How the classifier treats one category. */
struct OutlineCategoryRules
{
    OutlineCategory category = OutlineCategory::Other;
    QString name;
    /**
     * A "part" category (problems, causes, plans, other) marks where a part of the report begins
     * and overrules what a paragraph inherits; a "topic" category (achievements, leadership)
     * describes work done and can never overrule an inherited part: a plan to strengthen the
     * first-responsible-person duty is a plan.
     */
    bool isPart = false;
    /** The score a part gets for sitting under a heading (or after a paragraph) of this category. */
    double inheritWeight = 1;
    /** Whether a paragraph of this category sets the context for the parts after it in its section. */
    bool carriesForward = false;
    QList<OutlineCue> headingCues;
    QList<OutlineCue> paragraphCues;
};

/** A score that year arithmetic gives to a category. */
struct OutlineYearRule
{
    OutlineCategory category = OutlineCategory::Other;
    double weight = 0;
};

/** The classifier's general settings. */
struct OutlineClassifierRules
{
    OutlineCategory defaultCategory = OutlineCategory::Achievements;
    /** The score of the default category, so that any real cue beats it. */
    double defaultScore = 0.8;
    /** Added to a category's strongest cue for each further cue that matched. */
    double extraCueBonus = 0.1;
    /** A heading is merged (two items in one) when its second category scores this share of the first… */
    double mergedRatio = 0.75;
    /** …and at least this much. */
    double mergedMinimum = 3;
    /** Paragraphs before the first heading. */
    OutlineYearRule preamble;
    /** "futureOpening", "futureHeading", "futureMention", "reportYearOpening", "reportYearHeading", "sinceOpening". */
    QMap<QString, OutlineYearRule> years;
};

/** A theme of the implementation outline (机构职能, 行政执法, …) and the words that name it. */
struct OutlineTheme
{
    QString id;
    /** In simplified Chinese, as stored and matched. */
    QString name;
    /** The name in English ("nameEn"); empty when the standard gives none. */
    QString englishName;
    /** The sum of keyword weights a part needs to carry the theme. */
    double minScore = 2;
    QList<OutlineCue> keywords;
};

/** The thresholds of the review checklist. */
struct ChecklistRules
{
    QList<OutlineCategory> failWhenMissing;
    QList<OutlineCategory> warnWhenMissing;
    /** Wording inside the problems that hints at a cause without a causes part. */
    QList<OutlineCue> causeHints;
    /** Plans answer too few problems (warn) when the answered share is at least this, fail below. */
    double plansWarnShare = 0.5;
    double candourWarnBelow = 0.05;
    double candourFailBelow = 0.02;
    int evidencePerCharacters = 1000;
    double evidenceWarnBelow = 3;
    double evidenceFailBelow = 1;
    /** A number with a unit: a quantitative statement. */
    QRegularExpression quantity;
    PatternPrefilter quantityPrefilter;
    int deadlineMonth = 4;
    int deadlineDay = 1;
    int deadlineYearsAfter = 1;
    /** "title", "issuers", "date", "addressee". */
    QStringList formalityFields;
    int formalityFailWhenMissing = 3;
};

/** One way an indicator is written. */
struct IndicatorPattern
{
    /** Captures "value" (digits), optionally "scale" (万/亿) and "unit". */
    QRegularExpression regex;
    /** When valid: must occur earlier in the same sentence. */
    QRegularExpression context;
    /** When valid: disqualifies the match if it occurs after the last context match. */
    QRegularExpression rival;
    /** Rule regex, context and rival out cheaply on sentences without their characters. */
    PatternPrefilter regexPrefilter;
    PatternPrefilter contextPrefilter;
    PatternPrefilter rivalPrefilter;
    /** A value the wording itself states (零败诉 → 0). */
    std::optional<double> value;
};

/** One figure reviewers compare across districts. */
struct IndicatorDefinition
{
    QString id;
    /** In simplified Chinese, as stored and matched. */
    QString name;
    /** The name in English ("nameEn"); empty when the standard gives none. */
    QString englishName;
    QString unit;
    QList<IndicatorPattern> patterns;
};

/**
 * The standard outline as data: the categories with their heading and paragraph cue lexicons,
 * the themes, the checklist thresholds and the indicators. The bundled file follows the
 * national rules; an office loads its own province's evaluation system with fromFile() without a
 * rebuild. Immutable once loaded, so one instance can serve any number of threads.
 */
class OutlineStandard final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::OutlineStandard)

public:
    /** The resource path of the bundled standard. */
    static QString bundledPath();
    /** The bundled standard. */
    static Result<OutlineStandard> bundled();
    /** Loads and validates the standard in @p path (a file or a ":/" resource). */
    static Result<OutlineStandard> fromFile(const QString &path);
    /** Loads and validates @p json; errors name @p sourceName and the JSON path of the fault. */
    static Result<OutlineStandard> fromJson(const QByteArray &json, const QString &sourceName);

    QString name() const { return m_name; }
    const OutlineClassifierRules &classifierRules() const { return m_classifier; }
    /** Every category, each once, in the order of OutlineCategory. */
    const QList<OutlineCategoryRules> &categories() const { return m_categories; }
    const OutlineCategoryRules &rules(OutlineCategory category) const;
    const QList<OutlineTheme> &themes() const { return m_themes; }
    const ChecklistRules &checklist() const { return m_checklist; }
    const QList<IndicatorDefinition> &indicators() const { return m_indicators; }

private:
    friend class OutlineStandardReader;

    QString m_name;
    OutlineClassifierRules m_classifier;
    QList<OutlineCategoryRules> m_categories;
    QList<OutlineTheme> m_themes;
    ChecklistRules m_checklist;
    QList<IndicatorDefinition> m_indicators;
};

} // namespace Fazhi
