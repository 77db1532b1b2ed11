// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Fazhi {

/**
 * The names the bundled standard gives its themes and indicators, in the UI language. They are
 * stored and matched in simplified Chinese (a report's analysis keeps them so); shown in
 * traditional script in zh_TW (DataText) and in English in en, where the standard gives an
 * English name. A name the bundled standard does not know (an office's own standard) is shown as
 * DataText shows any data.
 */
class OutlineNames final
{
public:
    /** The name of the theme @p id; the id itself for a theme the bundled standard lacks. */
    static QString theme(const QString &id);
    /** A theme's or indicator's name as stored. */
    static QString name(const QString &stored);
    /**
     * A unit as stored. English names what an indicator counts, so its measure words (件, 项,
     * 人次) have no English of their own and are left out in en; "%" stays in every language.
     */
    static QString unit(const QString &stored);
    /** @p value with its unit, as the UI language writes it: 12件, 95.5%; 12, 95.5% in en. */
    static QString quantity(double value, const QString &unit);
};

} // namespace Fazhi
