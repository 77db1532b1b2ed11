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
    /** PRAGMA application_id of our projects ("FzhR"); files from before version 5 have none. */
    static constexpr quint32 ApplicationId = 0x467A6852;

    /** The version this program writes. */
    static int currentVersion();

    /**
     * What the file open on @p db is, read without changing anything: its version when it is a
     * project of ours whose tables, indexes and triggers are exactly those our migrations made
     * (0 for an empty database, which becomes a project), or an Error naming @p path that says
     * why it is not opened: another program's database, a project from a newer version, or a
     * project whose schema someone else changed.
     */
    static Result<int> identify(SqliteDatabase &db, const QString &path);

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
    /** type, name, table and SQL of each schema object a file at @p version has, sorted. */
    static Result<QStringList> expectedSchema(int version);
};

} // namespace Fazhi
