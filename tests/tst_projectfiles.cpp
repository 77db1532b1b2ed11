// SPDX-License-Identifier: GPL-3.0-or-later
// Project files that are not ours, not current, not writable or crafted by someone else: refused
// or opened read-only by name, and never changed by being refused. fazhi-cli runs them as a user
// would (a separate process, so that a hang is a failed test and not a stuck suite).
#include "bigramtokenizer.h"
#include "reviewstore.h"
#include "seedreports.h"
#include "sqlitedatabase.h"
#include "storereads.h"
#include "storeschema.h"
#include "testpaths.h"

#include <unistd.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Fazhi;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCommand(const QString &program, const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"FAZHI_LANG"_s, u"en"_s);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-2, {}, u"timed out"_s};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

Run runCli(const QStringList &arguments, int timeoutMs = 60000)
{
    return runCommand(TestPaths::binDir() + u"/fazhi-cli"_s, arguments, timeoutMs);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

/** Runs @p sql on @p path with the plain SQLite library, as another program (or a sender) would. */
bool rawExec(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        qWarning("%s", message);
    }
    sqlite3_free(message);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

qint64 rawCount(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        value = sqlite3_column_int64(statement, 0);
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

/** Whether the messages a user reads speak SQLite or the GUI instead of their words. */
bool speaksInternals(const QString &text)
{
    for (const QString &word : {u"PRAGMA"_s, u"quick_check"_s, u"sqlite"_s, u"SQLite"_s, u"readonly database"_s,
             u"unable to open"_s, u"Save As"_s}) {
        if (text.contains(word)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestProjectFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(u"project%1.fzr"_s.arg(++m_counter)); }

    /** A closed project with one seed report and an annotation on it. */
    QString makeProject(const QString &path, const QString &seed = u"003"_s)
    {
        auto opened = ReviewStore::open(path);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error()));
            return {};
        }
        ReviewStore &store = *opened.value();
        store.setAuthor(u"李审核"_s);
        const ReportDocument document = SeedReports::document(seed);
        if (!store.importReport(
                {document, QCryptographicHash::hash(document.text.toUtf8(), QCryptographicHash::Sha256), {}})) {
            return {};
        }
        const qint64 reportId = READ_OK(store.reports()).value(0).id;
        if (!store.addAnnotation(reportId, 10, 20, READ_OK(store.tags()).value(1).id, u"乙的意见"_s)) {
            return {};
        }
        return path;
    }

    /**
     * Merges @p theirs into a new project of ours with fazhi-cli: the message, when the merge was
     * refused and left the receiving file byte for byte as it was; empty otherwise.
     */
    QString refusedMerge(const QString &theirs)
    {
        const QString mine = makeProject(freshPath(), u"004"_s);
        const QByteArray before = fileHash(mine);
        const Run merged = runCli({u"merge"_s, u"--db"_s, mine, theirs}, 20000);
        if (merged.exitCode != 1 || fileHash(mine) != before) {
            qWarning("merge: exit code %d, %s", merged.exitCode, qPrintable(merged.out + merged.err));
            return {};
        }
        return merged.err;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void projectsSayTheyAreOurs()
    {
        const QString path = freshPath();
        QVERIFY(ReviewStore::open(path).ok());
        QCOMPARE(quint32(rawCount(path, "PRAGMA application_id")), StoreSchema::ApplicationId);
    }

    void newerProjectInDeleteModeStaysByteIdentical()
    {
        const QString path = makeProject(freshPath());
        QVERIFY(!path.isEmpty());
        QVERIFY(rawExec(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;"));
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        const QByteArray before = fileHash(path);

        const auto opened = ReviewStore::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(path) && opened.error().contains(u"newer"), qPrintable(opened.error()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QCOMPARE(rawCount(path, "PRAGMA user_version"), 99);

        const Run listed = runCli({u"list"_s, u"--db"_s, path});
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(listed.err.contains(u"newer"), qPrintable(listed.err));
        QCOMPARE(fileHash(path), before);
    }

    void anotherProgramsDatabaseIsRefusedByName()
    {
        // A browser's history, say: in rollback-journal mode, with a table name we also use.
        const QString path = m_dir.filePath(u"places.db"_s);
        QVERIFY(rawExec(path,
            "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
            "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT);"
            "INSERT INTO moz_places (url) VALUES ('https://www.gov.cn/');"));
        const QByteArray before = fileHash(path);

        const auto opened = ReviewStore::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(
            opened.error().contains(path) && opened.error().contains(u"another program"), qPrintable(opened.error()));
        QCOMPARE(fileHash(path), before);

        const Run listed = runCli({u"list"_s, u"--db"_s, path});
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(listed.err.contains(u"places.db") && listed.err.contains(u"another program"), qPrintable(listed.err));
        QVERIFY2(!speaksInternals(listed.err), qPrintable(listed.err));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(rawCount(path, "SELECT count(*) FROM sqlite_schema"), 2);

        // Another program's own application_id, over tables named as ours.
        const QString lookalike = freshPath();
        QVERIFY(!makeProject(lookalike).isEmpty());
        QVERIFY(rawExec(lookalike, "PRAGMA journal_mode = DELETE; PRAGMA application_id = 1598903374;"));
        const QByteArray lookalikeBefore = fileHash(lookalike);
        QVERIFY(!ReviewStore::open(lookalike).ok());
        QCOMPARE(fileHash(lookalike), lookalikeBefore);
    }

    void olderProjectsOfOursAreRecognisedByTheirSchema()
    {
        // Version 4 files carry no application_id: their tables say whose they are.
        const QString path = freshPath();
        {
            auto opened = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
            QVERIFY(opened.ok());
            QVERIFY(BigramTokenizer::registerWith(opened.value().handle()).ok());
            QVERIFY(StoreSchema::migrate(opened.value(), 4).ok());
        }
        QCOMPARE(rawCount(path, "PRAGMA application_id"), 0);
        const auto opened = ReviewStore::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(quint32(rawCount(path, "PRAGMA application_id")), StoreSchema::ApplicationId);
    }

    void olderProjectFromAColleagueIsMergedUntouched()
    {
        // Version 5 only added the application_id: without it, this is a file as version 4 wrote it.
        const QString theirs = makeProject(freshPath());
        QVERIFY(rawExec(theirs, "PRAGMA journal_mode = DELETE; PRAGMA application_id = 0; PRAGMA user_version = 4;"));
        const QByteArray before = fileHash(theirs);
        const QString mine = makeProject(freshPath(), u"004"_s);
        auto opened = ReviewStore::open(mine);
        QVERIFY(opened.ok());
        const auto merged = opened.value()->mergeFrom(theirs);
        QVERIFY2(merged.ok(), qPrintable(merged.error()));
        QCOMPARE(READ_OK(opened.value()->reportCount()), 2);
        QCOMPARE(READ_OK(opened.value()->allAnnotations()).size(), 2);
        QCOMPARE(fileHash(theirs), before);
        QVERIFY(!QFile::exists(theirs + u".v4.bak"_s));
    }

    void tableReplacedByARecursiveViewIsRefusedWithoutHanging()
    {
        const QString path = makeProject(freshPath());
        QVERIFY(!path.isEmpty());
        QVERIFY(rawExec(path,
            "PRAGMA foreign_keys = OFF; DROP TABLE tags;"
            "CREATE VIEW tags AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
            "SELECT x AS id, 'u' || x AS uid, 'tag' || x AS name, '#ff0000' AS color, NULL AS shortcut, "
            "x AS position, NULL AS category FROM n;"
            "PRAGMA journal_mode = DELETE;"));
        const QByteArray before = fileHash(path);

        const Run listed = runCli({u"list"_s, u"--db"_s, path}, 20000);
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(listed.err.contains(u"“tags”"), qPrintable(listed.err));
        QCOMPARE(fileHash(path), before);

        const QString merged = refusedMerge(path);
        QVERIFY2(merged.contains(u"“tags”"), qPrintable(merged));
        QCOMPARE(fileHash(path), before);
    }

    void triggerAddedBySenderIsRefused()
    {
        const QString theirs = makeProject(freshPath());
        QVERIFY(rawExec(theirs,
            "CREATE TRIGGER wipe AFTER INSERT ON annotations BEGIN DELETE FROM reports; END;"
            "PRAGMA journal_mode = DELETE;"));
        const QByteArray before = fileHash(theirs);
        const QString merged = refusedMerge(theirs);
        QVERIFY2(merged.contains(theirs) && merged.contains(u"“wipe”"), qPrintable(merged));

        const auto opened = ReviewStore::open(theirs);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"“wipe”"), qPrintable(opened.error()));
        QCOMPARE(fileHash(theirs), before);
    }

    void annotationOutsideItsReportIsNotMerged()
    {
        const QString theirs = makeProject(freshPath());
        QVERIFY(rawExec(theirs, "UPDATE annotations SET start = 900000000, \"end\" = 900000010;"));
        const QString merged = refusedMerge(theirs);
        QVERIFY2(merged.contains(theirs) && merged.contains(u"outside the text of its report"), qPrintable(merged));
    }

    void hundredMegabyteCommentIsNotMerged()
    {
        const QString theirs = makeProject(freshPath());
        // 50 million characters: 100 MB in the project's UTF-16.
        QVERIFY(rawExec(theirs, "UPDATE annotations SET comment = hex(zeroblob(25000000));"));
        QVERIFY(QFileInfo(theirs).size() + QFileInfo(theirs + u"-wal"_s).size() > 100'000'000);
        const QString merged = refusedMerge(theirs);
        QVERIFY2(merged.contains(theirs) && merged.contains(u"comment"), qPrintable(merged));
    }

    void projectOnReadOnlyMediumOpensReadOnly()
    {
        const QString folder = m_dir.filePath(u"medium"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = makeProject(folder + u"/项目.fzr"_s);
        QVERIFY(!path.isEmpty());
        QVERIFY(!QFile::exists(path + u"-wal"_s) && !QFile::exists(path + u"-shm"_s));
        const QByteArray before = fileHash(path);
        const QString cli = TestPaths::binDir() + u"/fazhi-cli"_s;
        // Root writes through permission bits: it gets a read-only bind mount in a mount
        // namespace of its own, which is what a CD or a read-only share is. Others get a folder
        // they may not write to.
        const bool root = geteuid() == 0;
        if (!root) {
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        }
        const auto run = [&](const QStringList &arguments) {
            if (!root) {
                return runCli(arguments);
            }
            QStringList quoted;
            for (const QString &argument : arguments) {
                quoted.append(u"'"_s + argument + u"'"_s);
            }
            return runCommand(u"unshare"_s,
                {u"--mount"_s, u"--propagation"_s, u"unchanged"_s, u"sh"_s, u"-c"_s,
                    u"mount --bind -o ro '%1' '%1' && exec '%2' %3"_s.arg(folder, cli, quoted.join(u' '))});
        };

        const Run listed = run({u"list"_s, u"--db"_s, path});
        const Run annotated = run({u"annotate"_s, u"--db"_s, path, u"--report"_s, u"1"_s, u"--start"_s, u"0"_s,
            u"--end"_s, u"5"_s, u"--tag"_s, u"问题"_s});
        if (!root) {
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY2(listed.out.contains(u"1"_s), qPrintable(listed.out));
        QVERIFY2(listed.err.contains(u"read-only"), qPrintable(listed.err));
        QVERIFY2(!speaksInternals(listed.err), qPrintable(listed.err));
        QVERIFY(annotated.exitCode != 0);
        QVERIFY2(annotated.err.contains(u"read-only") && !speaksInternals(annotated.err), qPrintable(annotated.err));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s) && !QFile::exists(path + u"-shm"_s));
    }

    void damageIsToldInTheUsersWords()
    {
        const QString path = makeProject(freshPath());
        {
            auto opened = ReviewStore::open(path);
            QVERIFY(opened.ok());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write(QByteArray(8192, '\x5a'));
        file.close();
        const auto verified = ReviewStore::verify(path);
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().contains(path) && !speaksInternals(verified.error()), qPrintable(verified.error()));
        const auto opened = ReviewStore::open(path);
        const QString said = opened ? opened.value()->readOnlyReason() : opened.error();
        QVERIFY2(!said.isEmpty() && !speaksInternals(said), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TestProjectFiles)
#include "tst_projectfiles.moc"
