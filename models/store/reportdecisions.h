// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewtypes.h"

#include <optional>

namespace Fazhi {

/**
 * The reviewers' decisions on one report, looked up by what they decide. Views ask it which
 * value is in force (the reviewer's over the automatic one) so that the outline panel, the
 * reader's margin and the checklist agree.
 */
class ReportDecisions final
{
public:
    ReportDecisions() = default;
    /** @p decisions as ReviewStore::decisions() returns them (the newest per target, plus conflicts). */
    explicit ReportDecisions(QList<Decision> decisions);

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

private:
    QList<Decision> m_decisions;
};

} // namespace Fazhi
