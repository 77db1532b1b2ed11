// SPDX-License-Identifier: GPL-3.0-or-later
#include "categorycolors.h"

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

struct Hue
{
    QLatin1StringView category;
    QRgb rgb;
};

constexpr Hue Hues[] = {
    {"achievements"_L1, 0x43a047},
    {"problems"_L1, 0xe53935},
    {"causes"_L1, 0xfb8c00},
    {"leadership"_L1, 0x8e24aa},
    {"plans"_L1, 0x1e88e5},
    {"highlight"_L1, 0xf9a825},
    {"verify"_L1, 0x00acc1},
    {"boilerplate"_L1, 0x757575},
    {"other"_L1, 0x9e9e9e},
};

} // namespace

QColor CategoryColors::color(OutlineCategory category)
{
    return color(outlineCategoryId(category));
}

QColor CategoryColors::color(QStringView tagCategory)
{
    for (const Hue &hue : Hues) {
        if (hue.category == tagCategory) {
            return QColor::fromRgb(hue.rgb);
        }
    }
    return color(OutlineCategory::Other);
}

QColor CategoryColors::ownTag()
{
    return QColor(0x60, 0x7d, 0x8b);
}

} // namespace Fazhi
