// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Fazhi {

class SqliteDatabase;

/**
 * The review database's schema and its forward migrations. The version is PRAGMA user_version;
 * migration N takes a file from version N-1 to N, each in its own transaction, so a file is
 * always at some whole version.
 */
class StoreSchema final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::StoreSchema)

public:
    /** The version this program writes. */
    static int currentVersion();

    /** The file's version (0 for a new, empty file). */
    static Result<int> version(SqliteDatabase &db);

    /**
     * Brings @p db to currentVersion() (or to @p targetVersion, to make files as older versions
     * of the program wrote them). A file from a newer program is refused (we would not know its
     * tables), never downgraded.
     */
    static Result<Done> migrate(SqliteDatabase &db, int targetVersion = 0);

private:
    static QStringList migrations();
};

} // namespace Fazhi
