// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewchecklist.h"
#include "reviewtypes.h"

#include <optional>

namespace Fazhi {

class ReviewStore;

/** A passage a reviewer tagged with a tag that stands for an outline category (问题, 原因 …). */
struct TaggedEvidence
{
    QString category; ///< category id: "problems", "causes" …
    TextRange range; ///< original offsets
};

/**
 * The reviewers' decisions on one report, looked up by what they decide, and the passages
 * they tagged as an outline category. Views ask it which value is in force (the reviewer's
 * over the automatic one) and what the reviewer's tags add, so that the outline panel, the
 * reader's margin, the checklist, the matrix, the compare view and the dashboard agree.
 */
class ReportDecisions final
{
public:
    ReportDecisions() = default;
    /** @p decisions as ReviewStore::decisions() returns them (the newest per target, plus conflicts). */
    explicit ReportDecisions(QList<Decision> decisions, QList<TaggedEvidence> tagged = {});
    /** The decisions on report @p reportId and its passages tagged as a category, read from @p store. */
    static Result<ReportDecisions> load(ReviewStore &store, qint64 reportId);

    /** "part:<start>": the category of the heading or paragraph starting at @p start (original offset). */
    static QString partTarget(int start);
    /** "checklist:<itemId>". */
    static QString checklistTarget(QStringView itemId);
    /** "verdict:grade": excellent, good, pass or fail. */
    static QString gradeTarget();
    /** "verdict:summary": the reviewer's summary comment. */
    static QString summaryTarget();
    /** "metadata:<key>": a reviewer's correction of a metadata value (MetadataKey), e.g. "metadata:region". */
    static QString metadataTarget(QStringView key);

    /** The decision in force on @p target (the newest), if any. */
    std::optional<Decision> inForce(const QString &target) const;
    /** Other reviewers' decisions on @p target that came in by merge and disagree; oldest first. */
    QList<Decision> conflicts(const QString &target) const;
    /** The value in force on @p target, or @p automatic when nobody decided. */
    QString value(const QString &target, const QString &automatic) const;
    /** The category in force for @p part: the reviewer's, or the classifier's. */
    QString category(const StoredPart &part) const;

    /** The passages a reviewer tagged as category @p categoryId, in text order. */
    QList<TextRange> tagged(QStringView categoryId) const;
    /** The tagged passages that answer checklist item @p item (causes for "causes" …); empty for most items. */
    QList<TextRange> taggedEvidence(const ChecklistItem &item) const;
    /**
     * The status of @p item in force: a reviewer's decision; else what the reviewer's tags make
     * of it (causes tagged: the causes are there); else the automatic status.
     */
    ChecklistStatus status(const ChecklistItem &item) const;
    /** The status @p item has by the reviewer's tags alone, when they change the automatic one. */
    std::optional<ChecklistStatus> taggedStatus(const ChecklistItem &item) const;

private:
    QList<Decision> m_decisions;
    QList<TaggedEvidence> m_tagged;
};

} // namespace Fazhi
