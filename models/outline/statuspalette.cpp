// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuspalette.h"

#include "colormix.h"

namespace Fazhi {

QColor StatusPalette::color(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Pass:
        return QColor(0x2e, 0x7d, 0x32);
    case ChecklistStatus::Warn:
        return QColor(0xef, 0x8f, 0x00);
    case ChecklistStatus::Fail:
        return QColor(0xd3, 0x2f, 0x2f);
    case ChecklistStatus::Unknown:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

QColor StatusPalette::reviewColor(QStringView status)
{
    if (status == u"done") {
        return color(ChecklistStatus::Pass);
    }
    if (status == u"in_progress") {
        return color(ChecklistStatus::Warn);
    }
    return color(ChecklistStatus::Unknown);
}

QColor StatusPalette::background(ChecklistStatus status)
{
    // A sixth of the colour: black text keeps its contrast, and the four stay apart on paper.
    return mixColors(color(status), Qt::white, 5.0 / 6.0);
}

} // namespace Fazhi
