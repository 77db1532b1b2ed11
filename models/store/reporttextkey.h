// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>
#include <QStringView>

struct sqlite3;

namespace Fazhi {

/**
 * What two copies of one report have in common however they were saved: the letters and digits
 * of the normalized text (simplified script, half-width, case folded), without any white space
 * or punctuation, hashed. A GB18030 file, a saved web page and a UTF-8 copy of the same report
 * have one key; a changed sentence gives another.
 */
class ReportTextKey final
{
public:
    static constexpr auto SqlFunction = "fazhi_text_key";

    /** The key of a normalized text (NormalizedText::text()); empty when it has no letters or digits. */
    static QString of(QStringView normalized);

    /**
     * Registers the SQL function fazhi_text_key(normalized_text) on @p db, for the migration that
     * computes the keys of reports stored before there were keys.
     */
    static Result<Done> registerWith(sqlite3 *db);
};

} // namespace Fazhi
