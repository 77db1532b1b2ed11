// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewchecklist.h"

#include <QList>
#include <QString>

namespace Fazhi {

/**
 * A grade a reviewer might give a report, read off its checklist as in force (the reviewers'
 * overrules counted): a suggestion to start from, never stored as the report's grade.
 */
class GradeSuggestion final
{
public:
    /**
     * "excellent" when every item passes, "good" with one or two items to look at (warning or
     * not judged), "pass" with one failure or three such items or more, "fail" with two failures
     * or more; empty for an empty checklist.
     */
    static QString suggest(const QList<ChecklistStatus> &statuses);
};

} // namespace Fazhi
