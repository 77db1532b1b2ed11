// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outlineclassifier.h"

#include <QCoreApplication>

namespace Fazhi {

/** The verdict on one checklist item. */
enum class ChecklistStatus {
    Pass,
    Warn,
    Fail,
    Unknown, ///< the report does not say enough to judge (no date, no problems to answer)
};

/** "pass", "warn", "fail" or "unknown", as used in JSON. */
QString checklistStatusId(ChecklistStatus status);
/** The status named by @p id (as checklistStatusId() writes it); Unknown for anything else. */
ChecklistStatus checklistStatusFromId(QStringView id);

/** One item of the review checklist, judged for one report. */
struct ChecklistItem
{
    /** "requiredItems", "causes", "plansAnswerProblems", "candour", "evidence", "timeliness",
     *  "leadershipSection" or "formalities". */
    QString id;
    /** What the item checks, translated. */
    QString title;
    ChecklistStatus status = ChecklistStatus::Unknown;
    /**
     * Why, as facts: what the sentence says ("missing", "share", "late" …, per item), rendered
     * by ReviewChecklist::explanation() in the language of the moment. Empty for items stored
     * before the facts were kept.
     */
    QString reason;
    /** The particulars of the reason: numbers, ISO dates, category and field ids, the report's own words. */
    QStringList arguments;
    /**
     * The sentence as written when the report was checked, in the language of that moment: the
     * record, and what old projects show. Show ReviewChecklist::explanation() instead.
     */
    QString explanation;
    /** The text that satisfied the item, or that the reviewer should look at (original offsets). */
    QList<TextRange> evidence;
    /** Machine-readable particulars: missing category ids, unanswered theme ids, missing fields. */
    QStringList details;
    /** The measured quantity where there is one (share of the text, figures per 1,000 characters). */
    std::optional<double> measure;
};

/**
 * Checks a classified report the way a reviewer does: are the required items there, do the
 * problems come with causes, do the plans answer them, is the report candid, are its results
 * backed by figures, was it on time, does the leadership duty have a section of its own, are
 * the formalities complete. Thresholds come from the OutlineStandard.
 */
class ReviewChecklist final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::ReviewChecklist)

public:
    /** Uses @p classifier (which must outlive this) for the standard and for themes. */
    explicit ReviewChecklist(const OutlineClassifier &classifier);

    /** What item @p id checks, in the current UI language; empty for an unknown id. */
    static QString itemTitle(const QString &id);
    /** A status's name for people ("Pass", "Warning" …), translated. */
    static QString statusName(ChecklistStatus status);
    /** A reviewer's grade ("excellent", "good", "pass", "fail") for people, translated; the id itself when unknown. */
    static QString gradeName(const QString &grade);

    /**
     * Why @p item has its status, in today's UI language (the report's own words and the
     * standard's names in its script): the one sentence every view and export shows.
     */
    static QString explanation(const ChecklistItem &item);
    /** A formality's name for people ("issuers" → issuing bodies), translated; the id itself when unknown. */
    static QString formalityName(const QString &field);

    /** The eight items for @p document, classified as @p outline. */
    QList<ChecklistItem> evaluate(const ReportDocument &document, const OutlineResult &outline) const;

private:
    ChecklistItem requiredItems(const OutlineResult &outline) const;
    ChecklistItem causes(const ReportDocument &document, const OutlineResult &outline) const;
    ChecklistItem plansAnswerProblems(const ReportDocument &document, const OutlineResult &outline) const;
    ChecklistItem candour(const OutlineResult &outline) const;
    ChecklistItem evidence(const ReportDocument &document, const OutlineResult &outline) const;
    ChecklistItem timeliness(const ReportDocument &document) const;
    ChecklistItem leadershipSection(const OutlineResult &outline) const;
    ChecklistItem formalities(const ReportDocument &document) const;

    const OutlineClassifier &m_classifier;
};

} // namespace Fazhi
