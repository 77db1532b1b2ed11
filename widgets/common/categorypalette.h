// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outlinecategory.h"

#include <QColor>

class QPalette;

namespace Fazhi {

/**
 * The colors of the outline categories, shared by every view (reader margin, outline panel,
 * compare bar, charts) and matching the default tags of the same name (成效 green, 问题 red, …),
 * so a reviewer learns one color language.
 */
class CategoryPalette final
{
public:
    /** The category's color, adjusted for a dark @p palette so it stays distinct on it. */
    static QColor color(OutlineCategory category, const QPalette &palette);
    /** The same, by JSON id ("problems"); a neutral gray for unknown ids. */
    static QColor color(QStringView categoryId, const QPalette &palette);
    /** @p color made into a background for text: translucent enough that text colors stay readable. */
    static QColor highlight(const QColor &color, const QPalette &palette);
    /** Whether @p palette is dark (light text on a dark window). */
    static bool isDark(const QPalette &palette);
};

} // namespace Fazhi
