// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <utility>

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace Fazhi {

/** What SQLite said, for developers: shown by fazhi-cli --verbose and in the log, never to a user. */
Q_DECLARE_LOGGING_CATEGORY(lcStore)

class SqliteDatabase;

/**
 * One prepared SQLite statement. Bind parameters by 1-based index, step through the rows, read
 * columns by 0-based index. Finalized on destruction.
 */
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    bool isValid() const { return m_statement != nullptr; }

    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, const QString &value); ///< a null QString binds '', not NULL
    SqliteStatement &bind(int index, const QByteArray &value); ///< as a BLOB
    SqliteStatement &bindNull(int index);
    /** A value as columnValue() reads it: null, qint64, double, QString or QByteArray (a BLOB). */
    SqliteStatement &bind(int index, const QVariant &value);

    /** Runs one step: true when a row is ready to read, false when done; an Error on failure. */
    Result<bool> step();
    /**
     * Steps through every row, calling @p read(*this) on each: done, or the Error of the step that
     * failed (a damaged page, a lock held too long) — never a short list that looks complete.
     */
    template<typename Read> Result<Done> forEach(Read &&read)
    {
        for (;;) {
            const auto row = step();
            if (!row) {
                return row.failure();
            }
            if (!row.value()) {
                return Done{};
            }
            read(std::as_const(*this));
        }
    }
    /** Runs the statement to completion, ignoring any rows. */
    Result<Done> exec();
    /** Makes the statement ready to run again (bindings are kept). */
    void reset();

    qint64 columnInt64(int column) const;
    int columnInt(int column) const { return int(columnInt64(column)); }
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    bool columnIsNull(int column) const;
    int columnCount() const;
    QString columnName(int column) const;
    /** The column's value in its stored type: a null QVariant, qint64, double, QString or QByteArray. */
    QVariant columnValue(int column) const;

private:
    friend class SqliteDatabase;
    SqliteStatement(sqlite3_stmt *statement, sqlite3 *db);

    sqlite3_stmt *m_statement = nullptr;
    sqlite3 *m_db = nullptr;
};

/**
 * A connection to one SQLite file, through the C library (the FTS5 tokenizer API and the backup
 * API are not reachable through Qt SQL). One connection per thread.
 */
class SqliteDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::SqliteDatabase)

public:
    enum class Mode {
        ReadWrite,
        ReadOnly,
        /**
         * Read-only, and nothing can change the file while it is open (a read-only medium): no
         * locks and no -shm file, which a WAL file on such a medium could not have.
         */
        Immutable,
    };

    /**
     * The longest string, BLOB or row any connection accepts, in bytes: what a crafted file can
     * make us read into memory at once. Far above any report (a long one is a few MB).
     */
    static constexpr int MaxLength = 256 * 1024 * 1024;
    /** How long a connection waits for another one's lock before it reports Error::Code::Busy. */
    static constexpr int DefaultBusyTimeout = 10000;

    SqliteDatabase() = default;
    SqliteDatabase(SqliteDatabase &&other) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&other) noexcept;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;
    ~SqliteDatabase();

    /**
     * Opens (with ReadWrite, creating) the file at @p path; ":memory:" for a private database.
     * Every connection distrusts the file's schema: SQLITE_DBCONFIG_DEFENSIVE, trusted_schema
     * off, cell_size_check on and MaxLength, since a project may come from someone else.
     */
    static Result<SqliteDatabase> open(const QString &path, Mode mode);

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    /** Runs one or more statements without parameters. */
    Result<Done> exec(const QString &sql);
    /** Prepares one statement. */
    Result<SqliteStatement> prepare(const QString &sql);
    /** The single value of a one-row, one-column query, e.g. "PRAGMA user_version". */
    Result<QVariant> scalar(const QString &sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    /** The last error on this connection as an Error: the user's words, its kind. */
    Error lastFailure() const;
    /** The message of the last error on this connection. */
    QString lastError() const;
    /** The primary result code of the last error (SQLITE_CANTOPEN, SQLITE_NOTADB…). */
    int lastErrorCode() const;
    /** How long to wait for another connection's lock (DefaultBusyTimeout unless set). */
    void setBusyTimeout(int milliseconds);
    /** Whether the connection cannot write (opened read-only, or the file or medium is). */
    bool isReadOnly() const;

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

/**
 * A transaction that rolls back unless committed: every write goes through one, so a crash
 * leaves either all of a change or none of it.
 */
class SqliteTransaction final
{
public:
    explicit SqliteTransaction(SqliteDatabase &db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    /** Whether BEGIN succeeded. */
    Result<Done> begun() const;
    Result<Done> commit();

private:
    SqliteDatabase &m_db;
    Error m_beginError;
    bool m_open = false;
};

} // namespace Fazhi
