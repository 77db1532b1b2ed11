// SPDX-License-Identifier: GPL-3.0-or-later
// The review store relies on SQLite features that not every build has: FTS5 with the trigram
// tokenizer, through the C library and through Qt's SQLite driver.
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

class TestSqliteFeatures : public QObject
{
    Q_OBJECT

private:
    static QStringList matches(sqlite3 *db, const char *sql)
    {
        QStringList rows;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            return {u"error: "_s + QString::fromUtf8(sqlite3_errmsg(db))};
        }
        while (sqlite3_step(statement) == SQLITE_ROW) {
            rows.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
        }
        sqlite3_finalize(statement);
        return rows;
    }

private Q_SLOTS:
    void versionIsRecentEnough()
    {
        // 3.34 added the trigram tokenizer.
        QVERIFY2(sqlite3_libversion_number() >= 3034000, sqlite3_libversion());
    }

    void fts5TrigramFindsChineseSubstrings()
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        char *message = nullptr;
        const int rc = sqlite3_exec(db,
            "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram');"
            "INSERT INTO t(x) VALUES ('行政复议案件办结率达100%'),"
            "('深入推进严格规范公正文明执法'), ('法治宣传教育');",
            nullptr, nullptr, &message);
        QVERIFY2(rc == SQLITE_OK, message);
        QCOMPARE(matches(db, "SELECT x FROM t WHERE t MATCH '复议案件'"), QStringList{u"行政复议案件办结率达100%"_s});
        QCOMPARE(
            matches(db, "SELECT x FROM t WHERE t MATCH '文明执法'"), QStringList{u"深入推进严格规范公正文明执法"_s});
        QCOMPARE(matches(db, "SELECT x FROM t WHERE t MATCH '督察工作'"), QStringList{});
        sqlite3_close(db);
    }

    void qtDriverHasFts5Trigram()
    {
        QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fts"_s);
            db.setDatabaseName(u":memory:"_s);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY2(query.exec(u"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')"_s),
                qPrintable(query.lastError().text()));
            QVERIFY(query.exec(u"INSERT INTO t(x) VALUES ('第一责任人职责')"_s));
            QVERIFY(query.exec(u"SELECT count(*) FROM t WHERE t MATCH '责任人'"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(u"fts"_s);
    }
};

QTEST_GUILESS_MAIN(TestSqliteFeatures)
#include "tst_sqlitefeatures.moc"
