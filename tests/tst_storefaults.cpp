// SPDX-License-Identifier: GPL-3.0-or-later
// The store under real faults: another process holding the write lock, a damaged page, a full
// disk. Every failure is an Error with its kind, never an exception, never an empty list that
// looks like "nothing there", and a damaged project is never written.
#include "damagedproject.h"
#include "reviewstore.h"
#include "seedreports.h"
#include "storereads.h"
#include "testpaths.h"

#include <unistd.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Fazhi;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

/** The environment of a fazhi-cli that speaks English, whatever the machine's language. */
QProcessEnvironment english()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"FAZHI_LANG"_s, u"en"_s);
    return environment;
}

/** A sqlite3 shell (another process) that takes the project's write lock and holds it. */
class LockHolder
{
public:
    enum class Kind {
        Write, ///< the write lock: readers go on (WAL)
        Exclusive, ///< the whole file, readers too
    };
    /** Holds the lock for @p seconds, then commits; 0 holds it until the holder is destroyed. */
    explicit LockHolder(const QString &path, int seconds = 0, Kind kind = Kind::Write)
    {
        const QString begin
            = kind == Kind::Write ? u"BEGIN IMMEDIATE;\n"_s : u"PRAGMA locking_mode = EXCLUSIVE;\nBEGIN EXCLUSIVE;\n"_s;
        const QString script = begin + u"SELECT 'locked';\n"_s
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

    /** A tmpfs of @p megabytes mounted at a new folder @p name, or empty when mounting is not allowed. */
    QString smallDisk(const QString &name, int megabytes)
    {
        const QString mount = m_dir.filePath(name);
        if (geteuid() != 0 || !QDir().mkpath(mount)) {
            return {};
        }
        const int mounted = QProcess::execute(
            u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=%1m"_s.arg(megabytes), u"tmpfs"_s, mount});
        return mounted == 0 ? mount : QString();
    }

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

    void aFileHeldByAnotherProgramIsNotCalledDamaged()
    {
        const QString path = makeProject(u"held.fzr"_s);
        QVERIFY(!path.isEmpty());
        LockHolder holder(path, 0, LockHolder::Kind::Exclusive);
        QVERIFY(holder.holding());
        // Waits the busy timeout (10 s), then says the check could not be made: not damage.
        const auto verified = ReviewStore::verify(path);
        QVERIFY(!verified);
        QVERIFY2(verified.code() != Error::Code::Corrupt, qPrintable(verified.error()));
        QVERIFY2(!verified.error().contains(u"damaged"_s), qPrintable(verified.error()));
    }

    void aDamagedPageIsAFailedReadAndTheProjectIsNeverWritten()
    {
        const QString path = makeProject(u"damaged.fzr"_s);
        QVERIFY(!path.isEmpty());
        QVERIFY(DamagedProject::zeroTable(path, u"annotations"_s));
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
        QVERIFY(DamagedProject::zeroTable(path, u"checklist"_s));
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
        QVERIFY(DamagedProject::zeroTable(path, u"reports"_s));
        const QByteArray before = fileHash(path);
        QProcess cli;
        cli.setProcessEnvironment(english());
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
        const QString mount = smallDisk(u"small"_s, 4);
        if (mount.isEmpty()) {
            QSKIP("needs root to mount a small tmpfs (scripts/exec runs the tests as root in a mount namespace)");
        }
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
            tag = READ_OK(store.value()->tags()).first().id;
            // What is left of the disk, taken by a file of another program's.
            QFile filler(mount + u"/filler"_s);
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(64 * 1024, 'x');
            while (filler.write(block) == block.size() && filler.flush()) { }
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

    void aFullDiskStopsTheImportWithOneMessage()
    {
        const QString mount = smallDisk(u"import"_s, 2);
        if (mount.isEmpty()) {
            QSKIP("needs root to mount a small tmpfs (scripts/exec runs the tests as root in a mount namespace)");
        }
        const auto unmount = qScopeGuard([&mount] { QProcess::execute(u"umount"_s, {u"-l"_s, mount}); });
        // Different reports: each seed with a line of its own, so none is a copy of another.
        constexpr int Files = 80;
        const QString folder = m_dir.filePath(u"batch"_s);
        QVERIFY(QDir().mkpath(folder));
        const QStringList seeds{u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s};
        for (int i = 0; i < Files; ++i) {
            QFile file(u"%1/report-%2.txt"_s.arg(folder).arg(i, 2, 10, QChar(u'0')));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write((SeedReports::text(seeds.at(i % seeds.size())) + u"\n附件%1。\n"_s.arg(i)).toUtf8());
        }
        const QString project = mount + u"/office.fzr"_s;
        QProcess cli;
        cli.setProcessEnvironment(english());
        cli.start(TestPaths::binDir() + u"/fazhi-cli"_s,
            {u"import"_s, u"--db"_s, project, u"--on-duplicate"_s, u"keep"_s, folder});
        QVERIFY(cli.waitForFinished(300000));
        const QStringList out = QString::fromUtf8(cli.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 1);
        const QStringList failed = out.filter(u": failed: "_s);
        QVERIFY2(failed.size() == 1, qPrintable(out.join(u'\n') + err));
        QVERIFY2(failed.first().contains(u"disk holding %1 is full"_s.arg(mount)), qPrintable(failed.first()));
        QVERIFY2(failed.first().contains(u" MB"_s), qPrintable(failed.first()));
        const int imported = int(out.filter(u": imported as report "_s).size());
        QVERIFY2(imported > 0 && imported < Files - 1, qPrintable(out.join(u'\n')));
        // The rest is counted once, not listed file by file.
        const QRegularExpressionMatch left = QRegularExpression(u"(\\d+) file.* not attempted"_s).match(err);
        QVERIFY2(left.hasMatch(), qPrintable(err));
        QVERIFY(left.captured(1).toInt() > 0);
        QVERIFY(imported + 1 + left.captured(1).toInt() <= Files);
        QVERIFY2(!out.join(u'\n').contains(u"not attempted"_s), "no line per file that was not attempted");

        // What was imported is whole and all there.
        QVERIFY2(ReviewStore::verify(project), "the project is whole after the disk filled");
        auto store = ReviewStore::open(project, ReviewStore::Access::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(READ_OK(store.value()->reportCount()), imported);
    }

    void anEmptyFolderSaysSo()
    {
        const QString folder = m_dir.filePath(u"nothing-here"_s);
        QVERIFY(QDir().mkpath(folder + u"/sub"_s));
        QFile note(folder + u"/readme.md"_s);
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("not a report file");
        note.close();
        QProcess cli;
        cli.setProcessEnvironment(english());
        cli.start(
            TestPaths::binDir() + u"/fazhi-cli"_s, {u"import"_s, u"--db"_s, m_dir.filePath(u"empty.fzr"_s), folder});
        QVERIFY(cli.waitForFinished(60000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(out.contains(folder + u": no report files found"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
