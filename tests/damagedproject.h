// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Damages a project file the way a failing disk does, for the tests of what the store and the
// window do with it.
#include <utility>

#include <QByteArray>
#include <QFile>
#include <QString>
#include <sqlite3.h>

namespace DamagedProject {

/** The root page of table @p table in the SQLite file at @p path, and the file's page size. */
inline std::pair<int, int> rootPage(const QString &path, const QString &table)
{
    sqlite3 *db = nullptr;
    std::pair<int, int> found{0, 0};
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        const QByteArray sql = "SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_schema "
                               "WHERE type = 'table' AND name = '"
            + table.toUtf8() + "'";
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW) {
            found = {sqlite3_column_int(statement, 0), sqlite3_column_int(statement, 1)};
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return found;
}

/** Overwrites the root page of table @p table with zeros; false when it cannot. */
inline bool zeroTable(const QString &path, const QString &table)
{
    const auto [page, pageSize] = rootPage(path, table);
    QFile file(path);
    if (page < 2 || pageSize <= 0 || !file.open(QIODevice::ReadWrite) || !file.seek(qint64(page - 1) * pageSize)) {
        return false;
    }
    return file.write(QByteArray(pageSize, '\0')) == pageSize;
}

} // namespace DamagedProject
