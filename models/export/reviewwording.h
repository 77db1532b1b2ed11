// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewchecklist.h"

#include <QCoreApplication>
#include <QString>

namespace Fazhi {

/** The words exports print for the reviewers' verdicts: grades and checklist statuses, translated. */
class ReviewWording final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::ReviewWording)

public:
    /** "excellent", "good", "pass", "fail" as people read them; the id itself for anything else. */
    static QString gradeName(const QString &id);
    static QString statusName(ChecklistStatus status);
};

} // namespace Fazhi
