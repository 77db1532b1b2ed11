// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewwording.h"

using namespace Qt::StringLiterals;

namespace Fazhi {

QString ReviewWording::gradeName(const QString &id)
{
    if (id == u"excellent") {
        return tr("Excellent", "grade");
    }
    if (id == u"good") {
        return tr("Good", "grade");
    }
    if (id == u"pass") {
        return tr("Pass", "grade");
    }
    if (id == u"fail") {
        return tr("Fail", "grade");
    }
    return id;
}

QString ReviewWording::statusName(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Pass:
        return tr("Pass", "checklist status");
    case ChecklistStatus::Warn:
        return tr("Warning", "checklist status");
    case ChecklistStatus::Fail:
        return tr("Fail", "checklist status");
    case ChecklistStatus::Unknown:
        break;
    }
    return tr("Unknown", "checklist status");
}

} // namespace Fazhi
