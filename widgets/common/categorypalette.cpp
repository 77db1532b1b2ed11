// SPDX-License-Identifier: GPL-3.0-or-later
#include "categorypalette.h"

#include "categorycolors.h"
#include "colormix.h"

#include <QPalette>

namespace Fazhi {

bool CategoryPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor CategoryPalette::adjusted(const QColor &color, const QPalette &palette)
{
    return isDark(palette) ? color.lighter(130) : color;
}

QColor CategoryPalette::color(OutlineCategory category, const QPalette &palette)
{
    return adjusted(CategoryColors::color(category), palette);
}

QColor CategoryPalette::color(QStringView categoryId, const QPalette &palette)
{
    const auto category = outlineCategoryFromId(categoryId);
    return color(category.value_or(OutlineCategory::Other), palette);
}

QColor CategoryPalette::highlight(const QColor &color, const QPalette &palette)
{
    // Blend toward the text background rather than using alpha, so that overlapping highlights
    // and selection stay predictable: about a third of the tag color.
    const QColor background = palette.color(QPalette::Base);
    const double share = isDark(palette) ? 0.45 : 0.32;
    return mixColors(background, color, share);
}

} // namespace Fazhi
