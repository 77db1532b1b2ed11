// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedatabase.h"

#include <cerrno>
#include <utility>

#include <QUrl>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Fazhi {

Q_LOGGING_CATEGORY(lcStore, "fazhi.store", QtWarningMsg)

namespace {

// What a failure means to a reviewer, and its kind; SQLite's own words go to the log.
// Constraint and SQL errors keep SQLite's text: they are ours to fix (callers that expect a
// constraint, such as a name already taken, tell it by the code and word their own message).
Error failure(sqlite3 *db, int rc, const QString &sqliteMessage)
{
    qCInfo(lcStore) << "SQLite error" << rc << sqliteMessage << (db ? sqlite3_db_filename(db, "main") : "");
    using Code = Error::Code;
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return {SqliteDatabase::tr("the disk is full"), Code::Full};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {SqliteDatabase::tr("the project file cannot be written to"), Code::ReadOnly};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {SqliteDatabase::tr("another program kept the project locked for too long"), Code::Busy};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {SqliteDatabase::tr("the project file is damaged"), Code::Corrupt};
    case SQLITE_IOERR:
        // The C library says ENOSPC as an I/O error when the disk fills while writing the WAL.
        if (rc == SQLITE_IOERR_WRITE && db && sqlite3_system_errno(db) == ENOSPC) {
            return {SqliteDatabase::tr("the disk is full"), Code::Full};
        }
        return {SqliteDatabase::tr("the project file could not be read or written"), Code::Io};
    case SQLITE_CANTOPEN:
        return {SqliteDatabase::tr("the project file could not be read or written"), Code::Io};
    case SQLITE_TOOBIG:
        return {SqliteDatabase::tr("it holds a value larger than this program accepts"), Code::Other};
    case SQLITE_NOMEM:
        return {SqliteDatabase::tr("there is not enough memory"), Code::Other};
    case SQLITE_CONSTRAINT:
        return {sqliteMessage, Code::Constraint};
    default:
        return {sqliteMessage, Code::Other};
    }
}

} // namespace

SqliteStatement::SqliteStatement(sqlite3_stmt *statement, sqlite3 *db)
    : m_statement(statement)
    , m_db(db)
{
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_db(std::exchange(other.m_db, nullptr))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    // A null QString is stored as empty text: our text columns hold no NULLs, and a QString
    // that happens to be null (an absent metadata field) must not turn into one. Use bindNull().
    static const char16_t empty = 0;
    if (value.isNull()) {
        sqlite3_bind_text16(m_statement, index, &empty, 0, SQLITE_STATIC);
        return *this;
    }
    // UTF-16 in host byte order: no conversion on the way in.
    sqlite3_bind_text16(m_statement, index, value.utf16(), int(value.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_statement, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    case QMetaType::QString:
        return bind(index, value.toString());
    default:
        return value.isNull() ? bindNull(index) : bind(index, value.toString());
    }
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    Error error = failure(m_db, rc, QString::fromUtf8(sqlite3_errmsg(m_db)));
    sqlite3_reset(m_statement);
    return error;
}

Result<Done> SqliteStatement::exec()
{
    for (;;) {
        const auto row = step();
        if (!row) {
            return row.failure();
        }
        if (!row.value()) {
            sqlite3_reset(m_statement);
            return Done{};
        }
    }
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::columnText(int column) const
{
    const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    if (!text) {
        return {};
    }
    return QString::fromUtf16(text, sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(char16_t)));
}

QByteArray SqliteStatement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

QString SqliteStatement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_statement, column));
}

QVariant SqliteStatement::columnValue(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return columnInt64(column);
    case SQLITE_FLOAT:
        return columnDouble(column);
    case SQLITE_BLOB:
        return columnBlob(column);
    case SQLITE_TEXT:
        return columnText(column);
    default:
        return {};
    }
}

SqliteDatabase::SqliteDatabase(SqliteDatabase &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{
}

SqliteDatabase &SqliteDatabase::operator=(SqliteDatabase &&other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close_v2(m_db);
}

Result<SqliteDatabase> SqliteDatabase::open(const QString &path, Mode mode)
{
    SqliteDatabase database;
    int flags = SQLITE_OPEN_NOMUTEX;
    QByteArray name = path.toUtf8();
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::Immutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(path).toEncoded() + "?immutable=1";
        break;
    }
    const int rc = sqlite3_open_v2(name.constData(), &database.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message
            = database.m_db ? QString::fromUtf8(sqlite3_errmsg(database.m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        qCInfo(lcStore) << "sqlite3_open_v2" << path << message;
        return Error{tr("Cannot open %1.").arg(path)};
    }
    database.m_path = path;
    // Other windows and processes may hold the file for a moment; wait rather than fail.
    sqlite3_busy_timeout(database.m_db, DefaultBusyTimeout);
    sqlite3_extended_result_codes(database.m_db, 1);
    // A project may come from someone else: its schema runs no functions of ours in triggers
    // or views, it cannot be rewritten through writable_schema, damaged cells are caught before
    // they are read, and no value it holds can be larger than MaxLength.
    sqlite3_db_config(database.m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(database.m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_limit(database.m_db, SQLITE_LIMIT_LENGTH, MaxLength);
    sqlite3_exec(database.m_db, "PRAGMA cell_size_check = ON", nullptr, nullptr, nullptr);
    return database;
}

Result<Done> SqliteDatabase::exec(const QString &sql)
{
    char *message = nullptr;
    if (const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message); rc != SQLITE_OK) {
        Error error = failure(m_db, rc, QString::fromUtf8(message ? message : sqlite3_errmsg(m_db)));
        sqlite3_free(message);
        return error;
    }
    return Done{};
}

Result<SqliteStatement> SqliteDatabase::prepare(const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (const int rc
        = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        if ((rc & 0xff) == SQLITE_ERROR) {
            return Error{message + u" — "_s + sql.simplified().left(120)}; // our SQL is wrong
        }
        return failure(m_db, rc, message);
    }
    return SqliteStatement(statement, m_db);
}

Result<QVariant> SqliteDatabase::scalar(const QString &sql)
{
    auto statement = prepare(sql);
    if (!statement) {
        return statement.failure();
    }
    SqliteStatement query = std::move(statement).value();
    const auto row = query.step();
    if (!row) {
        return row.failure();
    }
    if (!row.value()) {
        return QVariant();
    }
    switch (sqlite3_column_type(query.m_statement, 0)) {
    case SQLITE_INTEGER:
        return QVariant(query.columnInt64(0));
    case SQLITE_FLOAT:
        return QVariant(query.columnDouble(0));
    case SQLITE_NULL:
        return QVariant();
    default:
        return QVariant(query.columnText(0));
    }
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

QString SqliteDatabase::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

Error SqliteDatabase::lastFailure() const
{
    return failure(m_db, m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE, lastError());
}

int SqliteDatabase::lastErrorCode() const
{
    return m_db ? sqlite3_errcode(m_db) & 0xff : SQLITE_OK;
}

void SqliteDatabase::setBusyTimeout(int milliseconds)
{
    if (m_db) {
        sqlite3_busy_timeout(m_db, milliseconds);
    }
}

bool SqliteDatabase::isReadOnly() const
{
    return m_db && sqlite3_db_readonly(m_db, "main") == 1;
}

SqliteTransaction::SqliteTransaction(SqliteDatabase &db)
    : m_db(db)
{
    // IMMEDIATE takes the write lock now, so a busy database makes us wait here (busy timeout)
    // instead of failing later at the first write inside the transaction.
    const auto begin = m_db.exec(u"BEGIN IMMEDIATE"_s);
    m_open = begin.ok();
    m_beginError = begin.failure();
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_open) {
        (void)m_db.exec(u"ROLLBACK"_s);
    }
}

Result<Done> SqliteTransaction::begun() const
{
    if (!m_open && !m_beginError.message.isEmpty()) {
        return m_beginError;
    }
    return Done{};
}

Result<Done> SqliteTransaction::commit()
{
    if (!m_open) {
        return m_beginError.message.isEmpty() ? Error{u"no transaction"_s} : m_beginError;
    }
    const auto result = m_db.exec(u"COMMIT"_s);
    if (result.ok()) {
        m_open = false;
    }
    return result;
}

} // namespace Fazhi
