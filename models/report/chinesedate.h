// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringView>

namespace Fazhi {

/**
 * Dates as Chinese documents write them: 2024年12月24日, 二〇二四年十二月二十四日, 2025-02-08,
 * 2025/2/8, 2025.02.08 (full-width digits too).
 */
class ChineseDate final
{
public:
    /** The date that makes up all of @p text (surrounding spaces allowed); invalid otherwise. */
    static QDate parse(QStringView text);

    /** The first date written anywhere in @p text; invalid when there is none. */
    static QDate find(QStringView text);
};

} // namespace Fazhi
