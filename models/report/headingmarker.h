// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QStringView>

namespace Fazhi {

/**
 * A numbering marker at the start of a line of report text: 一、 (level 1), （一） (level 2),
 * 1. / 1、 / （1） (level 3), or an enumeration 一是 / 第一是 inside a paragraph. Full-width and
 * half-width punctuation are both accepted.
 */
struct HeadingMarker
{
    int level = 0; ///< 1–3 for headings, 0 for an enumeration
    int ordinal = 0; ///< the number written, 1-based
    int length = 0; ///< UTF-16 units taken by the marker
    bool isEnumeration() const { return level == 0; }

    /** The marker at the very start of @p text, if there is one. */
    static std::optional<HeadingMarker> at(QStringView text);

    /** The value of a Chinese numeral from 一 to 九十九, or 0 when @p text is not one. */
    static int chineseNumeral(QStringView text);
};

} // namespace Fazhi
