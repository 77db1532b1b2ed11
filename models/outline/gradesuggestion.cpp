// SPDX-License-Identifier: GPL-3.0-or-later
#include "gradesuggestion.h"

using namespace Qt::StringLiterals;

namespace Fazhi {

QString GradeSuggestion::suggest(const QList<ChecklistStatus> &statuses)
{
    if (statuses.isEmpty()) {
        return {};
    }
    const auto fails = std::count(statuses.cbegin(), statuses.cend(), ChecklistStatus::Fail);
    const auto doubtful = std::count_if(statuses.cbegin(), statuses.cend(),
        [](ChecklistStatus status) { return status == ChecklistStatus::Warn || status == ChecklistStatus::Unknown; });
    if (fails >= 2) {
        return u"fail"_s;
    }
    if (fails == 1 || doubtful >= 3) {
        return u"pass"_s;
    }
    return doubtful > 0 ? u"good"_s : u"excellent"_s;
}

} // namespace Fazhi
