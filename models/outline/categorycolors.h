// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outlinecategory.h"

#include <QColor>
#include <QStringView>

namespace Fazhi {

/**
 * The hues of the outline categories (成效 green, 问题 red, 原因 orange, 第一责任人 purple, 计划 blue,
 * the rest gray) and of the other default tags (亮点 amber, 存疑 cyan, 套话 dark gray): one table,
 * so that a new project's default tags and every view speak one colour language. Views adapt
 * the hues to their theme (CategoryPalette in widgets/); a project keeps the colours its tags
 * were stored with.
 */
class CategoryColors final
{
public:
    /** The category's hue. */
    static QColor color(OutlineCategory category);
    /**
     * The hue of a default tag's category: an outline category id ("problems") or "highlight",
     * "verify", "boilerplate"; the gray of OutlineCategory::Other for anything else.
     */
    static QColor color(QStringView tagCategory);
    /** The colour of a reviewer's own tag when no colour was chosen for it. */
    static QColor ownTag();
};

} // namespace Fazhi
