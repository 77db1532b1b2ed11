// SPDX-License-Identifier: GPL-3.0-or-later
// The store under real faults: another process holding the write lock, a damaged page, a full
// disk. Every failure is an Error with its kind, never an exception, never an empty list that
// looks like "nothing there", and a damaged project is never written.
#include "reviewstore.h"
#include "seedreports.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

using namespace Fazhi;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

/** The root page of table @p table in the SQLite file at @p path, and the file's page size. */
std::pair<int, int> rootPage(const QString &path, const QString &table)
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

/** Overwrites page @p page (1-based) of the file with zeros, as a failing disk might. */
bool zeroPage(const QString &path, int page, int pageSize)
{
    QFile file(path);
    if (page < 2 || pageSize <= 0 || !file.open(QIODevice::ReadWrite) || !file.seek(qint64(page - 1) * pageSize)) {
        return false;
    }
    return file.write(QByteArray(pageSize, '\0')) == pageSize;
}

/** A sqlite3 shell (another process) that takes the project's write lock and holds it. */
class LockHolder
{
public:
    /** Holds the lock for @p seconds, then commits; 0 holds it until the holder is destroyed. */
    explicit LockHolder(const QString &path, int seconds = 0)
    {
        const QString script = u"BEGIN IMMEDIATE;\nSELECT 'locked';\n"_s
            + (seconds > 0 ? u".shell sleep %1\nCOMMIT;\n"_s.arg(seconds) : QString());
        m_process.start(u"sqlite3"_s, {path});
        m_process.waitForStarted();
        m_process.write(script.toUtf8());
        // The lock is held once the shell has answered the query after BEGIN.
        while (m_process.state() == QProcess::Running && !m_process.readAllStandardOutput().contains("locked")) {
            m_process.waitForReadyRead(100);
        }
    }
    ~LockHolder()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    bool holding() const { return m_process.state() == QProcess::Running; }

private:
    QProcess m_process;
};

} // namespace

class TestStoreFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /** A project with two seeds and an annotation on each, closed; its path. */
    QString makeProject(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto store = ReviewStore::open(path);
        if (!store) {
            qWarning("%s", qPrintable(store.error()));
            return {};
        }
        const auto tags = store.value()->tags();
        for (const QString &seed : {u"000"_s, u"003"_s}) {
            const qint64 id = SeedReports::importAnalysed(*store.value(), SeedReports::document(seed));
            if (id == 0 || !tags || !store.value()->addAnnotation(id, 10, 30, tags.value().first().id, u"核实"_s)) {
                return {};
            }
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(u"sqlite3"_s).isEmpty(), "the sqlite3 shell (scripts/packages.txt)");
    }

    void aLockHeldTooLongIsReportedAsBusy()
    {
        const QString path = makeProject(u"busy.fzr"_s);
        QVERIFY(!path.isEmpty());
        auto store = ReviewStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        store.value()->setBusyTimeout(400);
        LockHolder holder(path);
        QVERIFY(holder.holding());

        QElapsedTimer waited;
        waited.start();
        const auto added = store.value()->addTag(u"待核"_s, QColor(u"#336699"_s));
        QVERIFY(!added);
        QCOMPARE(added.code(), Error::Code::Busy);
        QVERIFY2(waited.elapsed() >= 350, "the busy timeout is waited for before giving up");
        QVERIFY2(added.error().contains(u"another program"_s), qPrintable(added.error()));
        // Readers are not held up by a writer (WAL): the project can still be read.
        const auto reports = store.value()->reports();
        QVERIFY2(reports, qPrintable(reports.error()));
        QCOMPARE(reports.value().size(), 2);
    }

    void aShortLockIsWaitedFor()
    {
        const QString path = makeProject(u"wait.fzr"_s);
        QVERIFY(!path.isEmpty());
        auto store = ReviewStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        LockHolder holder(path, 1); // commits after a second, within the default timeout
        QVERIFY(holder.holding());
        QElapsedTimer waited;
        waited.start();
        const auto added = store.value()->addTag(u"待核"_s, QColor(u"#336699"_s));
        QVERIFY2(added, qPrintable(added.error()));
        QVERIFY2(waited.elapsed() >= 500, "the write waited for the other process");
    }

    void aDamagedPageIsAFailedReadAndTheProjectIsNeverWritten()
    {
        const QString path = makeProject(u"damaged.fzr"_s);
        QVERIFY(!path.isEmpty());
        const auto [page, pageSize] = rootPage(path, u"annotations"_s);
        QVERIFY(page > 1);
        QVERIFY(zeroPage(path, page, pageSize));
        const QByteArray before = fileHash(path);

        // Deferred: the damage is met by a read, as when the background check has not finished.
        auto store = ReviewStore::open(path, ReviewStore::Access::ReadWrite, ReviewStore::Check::Deferred);
        QVERIFY2(store, qPrintable(store.error()));
        QVERIFY(!store.value()->isReadOnly());
        // What does not touch the damaged table reads as before.
        const qint64 report = 1;
        const auto parts = store.value()->parts(report);
        QVERIFY2(parts, qPrintable(parts.error()));
        QVERIFY(!parts.value().isEmpty());
        QVERIFY(!store.value()->isReadOnly());

        const auto annotations = store.value()->annotations(report);
        QVERIFY2(!annotations, "a damaged table is a failed read, not an empty list");
        QCOMPARE(annotations.code(), Error::Code::Corrupt);
        QVERIFY2(!annotations.error().contains(u"malformed"_s), qPrintable(annotations.error()));
        QCOMPARE(store.value()->allAnnotations().code(), Error::Code::Corrupt);
        // The library's listing counts open annotations: it fails too, rather than showing none.
        QCOMPARE(store.value()->reports().code(), Error::Code::Corrupt);

        // From then on nothing is written to the file.
        QVERIFY(store.value()->isReadOnly());
        const auto tags = store.value()->tags();
        QVERIFY2(tags, qPrintable(tags.error()));
        const auto added = store.value()->addTag(u"新标签"_s, QColor(u"#123456"_s));
        QCOMPARE(added.code(), Error::Code::ReadOnly);
        const auto status = store.value()->setReviewStatus(report, u"done"_s);
        QCOMPARE(status.code(), Error::Code::ReadOnly);
        store.value().reset();
        QCOMPARE(fileHash(path), before);

        const auto verified = ReviewStore::verify(path);
        QVERIFY(!verified);
        QVERIFY2(verified.error().contains(u"damaged.fzr"_s), qPrintable(verified.error()));
    }

    void theBackgroundCheckMakesTheProjectReadOnly()
    {
        const QString path = makeProject(u"checked.fzr"_s);
        QVERIFY(!path.isEmpty());
        const auto [page, pageSize] = rootPage(path, u"checklist"_s);
        QVERIFY(zeroPage(path, page, pageSize));
        auto store = ReviewStore::open(path, ReviewStore::Access::ReadWrite, ReviewStore::Check::Deferred);
        QVERIFY2(store, qPrintable(store.error()));
        QVERIFY(!ReviewStore::verify(path));
        store.value()->markDamaged();
        QVERIFY(store.value()->isReadOnly());
        QVERIFY(!store.value()->readOnlyReason().isEmpty());
        QCOMPARE(store.value()->addTag(u"新标签"_s, QColor(u"#123456"_s)).code(), Error::Code::ReadOnly);
    }

    void theCliSaysAReadFailedInItsOwnWords()
    {
        const QString path = makeProject(u"cli.fzr"_s);
        QVERIFY(!path.isEmpty());
        const auto [page, pageSize] = rootPage(path, u"reports"_s);
        QVERIFY(zeroPage(path, page, pageSize));
        const QByteArray before = fileHash(path);
        QProcess cli;
        cli.start(TestPaths::binDir() + u"/fazhi-cli"_s, {u"list"_s, u"--db"_s, path});
        QVERIFY(cli.waitForFinished(60000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(err.contains(u"fazhi-cli list"_s), qPrintable(err));
        QVERIFY2(!err.contains(u"malformed"_s) && !err.contains(u"SQLITE"_s), qPrintable(err));
        QCOMPARE(fileHash(path), before);
    }

    void aFullDiskFailsTheChangeAndKeepsWhatWasSaved()
    {
        if (geteuid() != 0) {
            QSKIP("needs root to mount a small tmpfs (scripts/exec runs the tests as root in a mount namespace)");
        }
        const QString mount = m_dir.filePath(u"small"_s);
        QVERIFY(QDir().mkpath(mount));
        QCOMPARE(QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=4m"_s, u"tmpfs"_s, mount}), 0);
        const auto unmount = qScopeGuard([&mount] { QProcess::execute(u"umount"_s, {u"-l"_s, mount}); });

        const QString path = mount + u"/full.fzr"_s;
        QList<qint64> saved;
        qint64 report = 0;
        qint64 tag = 0;
        {
            auto store = ReviewStore::open(path);
            QVERIFY2(store, qPrintable(store.error()));
            report = SeedReports::importAnalysed(*store.value(), SeedReports::document(u"000"_s));
            QVERIFY(report > 0);
            tag = store.value()->tags().value().first().id;
            // What is left of the disk, taken by a file of another program's.
            QFile filler(mount + u"/filler"_s);
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(64 * 1024, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
            filler.close();
            Error::Code failed = Error::Code::Other;
            QString message;
            const QString comment = QString(2000, u'注');
            for (int i = 0; i < 2000 && failed == Error::Code::Other; ++i) {
                const auto added = store.value()->addAnnotation(report, i % 200, i % 200 + 5, tag, comment);
                if (added) {
                    saved.append(added.value().id);
                } else {
                    failed = added.code();
                    message = added.error();
                }
            }
            QCOMPARE(failed, Error::Code::Full);
            QVERIFY2(message.contains(u"disk is full"_s) || message.contains(u"磁盘"_s), qPrintable(message));
            // Reading what is there still works.
            QVERIFY(store.value()->annotations(report));
            QFile::remove(mount + u"/filler"_s);
        }
        auto reopened = ReviewStore::open(path);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QVERIFY2(ReviewStore::verify(path), "the project is whole after the disk filled");
        const auto annotations = reopened.value()->annotations(report);
        QVERIFY2(annotations, qPrintable(annotations.error()));
        for (const qint64 id : std::as_const(saved)) {
            QVERIFY2(reopened.value()->annotation(id), "every change that returned is in the file");
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
