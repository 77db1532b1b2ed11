// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringView>

namespace Fazhi {

/**
 * The parts of the statutory outline of an annual rule-of-law government report (《法治政府建设与
 * 责任落实督察工作规定》): what was done, what falls short and why, how the principal leaders
 * performed their duty, what comes next, and everything else (preamble, closing, other matters).
 */
enum class OutlineCategory {
    Achievements, ///< 主要举措和成效
    Problems, ///< 存在的不足
    Causes, ///< the 原因 half of the problems item
    Leadership, ///< 党政主要负责人履行推进法治建设第一责任人职责
    Plans, ///< 下一年度主要安排
    Other, ///< preamble, closing words, 其他需要报告的情况
};

/** Every category, in the order of the outline. */
QList<OutlineCategory> allOutlineCategories();

/** "achievements", "problems", "causes", "leadership", "plans" or "other", as used in JSON. */
QString outlineCategoryId(OutlineCategory category);

/** The category with JSON id @p id, if there is one. */
std::optional<OutlineCategory> outlineCategoryFromId(QStringView id);

/** The category's name for people, translated. */
QString outlineCategoryName(OutlineCategory category);

} // namespace Fazhi
