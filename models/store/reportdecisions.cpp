// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdecisions.h"

using namespace Qt::StringLiterals;

namespace Fazhi {

ReportDecisions::ReportDecisions(QList<Decision> decisions)
    : m_decisions(std::move(decisions))
{
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

} // namespace Fazhi
