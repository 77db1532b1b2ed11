// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdecisions.h"

#include "reviewstore.h"

#include <algorithm>

#include <QHash>

using namespace Qt::StringLiterals;

namespace Fazhi {

ReportDecisions::ReportDecisions(QList<Decision> decisions, QList<TaggedEvidence> tagged)
    : m_decisions(std::move(decisions))
    , m_tagged(std::move(tagged))
{
    std::stable_sort(m_tagged.begin(), m_tagged.end(),
        [](const TaggedEvidence &a, const TaggedEvidence &b) { return a.range.start < b.range.start; });
}

Result<ReportDecisions> ReportDecisions::load(ReviewStore &store, qint64 reportId)
{
    const auto tags = store.tags();
    if (!tags) {
        return tags.failure();
    }
    QHash<qint64, QString> categories;
    for (const Tag &tag : tags.value()) {
        if (!tag.category.isEmpty()) {
            categories.insert(tag.id, tag.category);
        }
    }
    const auto annotations = store.annotations(reportId);
    if (!annotations) {
        return annotations.failure();
    }
    QList<TaggedEvidence> tagged;
    for (const Annotation &annotation : annotations.value()) {
        // A passage whose text is gone no longer shows anything.
        if (const auto category = categories.constFind(annotation.tagId);
            category != categories.cend() && !annotation.orphaned) {
            tagged.append({*category, {annotation.start, annotation.end}});
        }
    }
    auto decisions = store.decisions(reportId);
    if (!decisions) {
        return decisions.failure();
    }
    return ReportDecisions(std::move(decisions).value(), std::move(tagged));
}

QString ReportDecisions::partTarget(int start)
{
    return u"part:"_s + QString::number(start);
}

QString ReportDecisions::checklistTarget(QStringView itemId)
{
    return u"checklist:"_s + itemId;
}

QString ReportDecisions::gradeTarget()
{
    return u"verdict:grade"_s;
}

QString ReportDecisions::summaryTarget()
{
    return u"verdict:summary"_s;
}

QString ReportDecisions::metadataTarget(QStringView key)
{
    return u"metadata:"_s + key;
}

std::optional<Decision> ReportDecisions::inForce(const QString &target) const
{
    // The newest has the highest id; merged conflicts may be older or newer.
    std::optional<Decision> newest;
    for (const Decision &decision : m_decisions) {
        if (decision.target == target && (!newest || decision.id > newest->id)) {
            newest = decision;
        }
    }
    return newest;
}

QList<Decision> ReportDecisions::conflicts(const QString &target) const
{
    const std::optional<Decision> current = inForce(target);
    QList<Decision> list;
    if (!current) {
        return list;
    }
    for (const Decision &decision : m_decisions) {
        if (decision.target == target && decision.id != current->id && decision.value != current->value) {
            list.append(decision);
        }
    }
    return list;
}

QString ReportDecisions::value(const QString &target, const QString &automatic) const
{
    const std::optional<Decision> decision = inForce(target);
    return decision ? decision->value : automatic;
}

QString ReportDecisions::category(const StoredPart &part) const
{
    return value(partTarget(part.start), part.category);
}

QList<TextRange> ReportDecisions::tagged(QStringView categoryId) const
{
    QList<TextRange> ranges;
    for (const TaggedEvidence &evidence : m_tagged) {
        if (evidence.category == categoryId) {
            ranges.append(evidence.range);
        }
    }
    return ranges;
}

QList<TextRange> ReportDecisions::taggedEvidence(const ChecklistItem &item) const
{
    QList<TextRange> ranges;
    if (item.id == u"requiredItems") {
        for (const QString &missing : item.details) {
            ranges += tagged(missing);
        }
    } else if (item.id == u"causes") {
        ranges = tagged(outlineCategoryId(OutlineCategory::Causes));
    } else if (item.id == u"leadershipSection") {
        ranges = tagged(outlineCategoryId(OutlineCategory::Leadership));
    }
    return ranges;
}

std::optional<ChecklistStatus> ReportDecisions::taggedStatus(const ChecklistItem &item) const
{
    if (item.status == ChecklistStatus::Pass || taggedEvidence(item).isEmpty()) {
        return std::nullopt;
    }
    if (item.id == u"requiredItems") {
        // Present once every missing category has a tagged passage.
        for (const QString &missing : item.details) {
            if (tagged(missing).isEmpty()) {
                return std::nullopt;
            }
        }
        return ChecklistStatus::Pass;
    }
    if (item.id == u"causes") {
        return ChecklistStatus::Pass;
    }
    // The leaders' duty is reported, but a tag is not a heading of its own.
    if (item.id == u"leadershipSection" && item.status == ChecklistStatus::Fail) {
        return ChecklistStatus::Warn;
    }
    return std::nullopt;
}

ChecklistStatus ReportDecisions::status(const ChecklistItem &item) const
{
    if (const std::optional<Decision> decision = inForce(checklistTarget(item.id))) {
        return checklistStatusFromId(decision->value);
    }
    return taggedStatus(item).value_or(item.status);
}

} // namespace Fazhi
