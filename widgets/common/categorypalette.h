// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outlinecategory.h"

#include <QColor>

class QPalette;

namespace Fazhi {

/**
 * The colors of the outline categories for the theme of the moment, shared by every view
 * (reader margin, outline panel, compare bar, charts): the hues of CategoryColors, which the
 * default tags of the same name (成效 green, 问题 red, …) have too, so a reviewer learns one
 * color language.
 */
class CategoryPalette final
{
public:
    /** @p color made lighter on a dark @p palette, so that it stays distinct on it; as it is on a light one. */
    static QColor adjusted(const QColor &color, const QPalette &palette);
    /** The category's color, adjusted() to @p palette. */
    static QColor color(OutlineCategory category, const QPalette &palette);
    /** The same, by JSON id ("problems"); a neutral gray for unknown ids. */
    static QColor color(QStringView categoryId, const QPalette &palette);
    /** @p color made into a background for text: translucent enough that text colors stay readable. */
    static QColor highlight(const QColor &color, const QPalette &palette);
    /** Whether @p palette is dark (light text on a dark window). */
    static bool isDark(const QPalette &palette);
};

} // namespace Fazhi
