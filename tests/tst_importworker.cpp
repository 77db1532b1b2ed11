// SPDX-License-Identifier: GPL-3.0-or-later
// ImportWorker: a real import of the sample reports into a real project on a thread of its own,
// its progress told file by file, started again, cancelled, destroyed mid-import, and refused.
#include "importworker.h"
#include "seedreports.h"
#include "storereads.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Fazhi;

using Status = FileImportResult::Status;

namespace {

/**
 * What a worker told, in the order it told it, and from which threads. The context of the
 * connections: signals still queued when it goes are dropped with it.
 */
struct Told : QObject
{
    int total = -1;
    QStringList missing;
    QStringList emptyFolders;
    QList<std::pair<int, int>> progress; ///< done, total
    QList<FileImportResult> imported;
    QList<FileImportResult> results;
    QStringList failures;
    int finished = 0;
    QSet<QThread *> threads;
};

int countOf(const QList<FileImportResult> &results, Status status)
{
    return int(std::count_if(
        results.cbegin(), results.cend(), [status](const FileImportResult &r) { return r.status == status; }));
}

} // namespace

class TestImportWorker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /** A new, empty project called @p name; its path. */
    QString newProject(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const auto created = ReviewStore::open(path);
        if (!created) {
            qWarning("%s", qPrintable(created.error()));
            return {};
        }
        return path;
    }

    /** Listens to @p worker: signals recorded on this (the UI) thread, threads on theirs. */
    static void listen(ImportWorker &worker, Told &told)
    {
        connect(&worker, &ImportWorker::filesCollected, &told,
            [&told](int total, const QStringList &missing, const QStringList &empty) {
                told.total = total;
                told.missing = missing;
                told.emptyFolders = empty;
            });
        connect(
            &worker, &ImportWorker::fileImported, &told, [&told](const FileImportResult &result, int done, int total) {
                told.imported.append(result);
                told.progress.append({done, total});
            });
        connect(&worker, &ImportWorker::finished, &told, [&told](const QList<FileImportResult> &results) {
            told.results = results;
            ++told.finished;
        });
        connect(
            &worker, &ImportWorker::failed, &told, [&told](const QString &message) { told.failures.append(message); });
        // Direct: the thread the worker reports from.
        connect(
            &worker, &ImportWorker::fileImported, &told, [&told] { told.threads.insert(QThread::currentThread()); },
            Qt::DirectConnection);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void importsOnItsOwnThreadAndTellsEachFile()
    {
        const QString project = newProject(u"import.fzr"_s);
        QVERIFY(!project.isEmpty());
        const QStringList files{SeedReports::path(u"000"_s), SeedReports::path(u"001"_s), SeedReports::path(u"003"_s)};
        const QString missing = m_dir.filePath(u"不存在.txt"_s);
        const QString empty = m_dir.filePath(u"空文件夹"_s);
        QVERIFY(QDir().mkpath(empty));

        ImportWorker worker;
        Told told;
        listen(worker, told);
        worker.start(project, QStringList(files) << missing << empty, u"王审阅"_s);
        QTRY_COMPARE_WITH_TIMEOUT(told.finished, 1, 120000);
        worker.wait();
        QVERIFY(!worker.isRunning());

        QCOMPARE(told.total, 3);
        QCOMPARE(told.missing, QStringList{missing});
        QCOMPARE(told.emptyFolders, QStringList{empty});
        QVERIFY(told.failures.isEmpty());
        QCOMPARE(told.progress, (QList<std::pair<int, int>>{{1, 3}, {2, 3}, {3, 3}}));
        QVERIFY(!told.threads.isEmpty());
        QVERIFY(!told.threads.contains(QThread::currentThread()));
        QCOMPARE(told.results.size(), 3);
        for (qsizetype i = 0; i < files.size(); ++i) {
            QCOMPARE(told.results.at(i).path, files.at(i));
            QCOMPARE(told.results.at(i).status, Status::Imported);
            QVERIFY(told.results.at(i).reportId > 0);
            QCOMPARE(told.imported.at(i).reportId, told.results.at(i).reportId);
        }

        // In the project, complete, and signed by who imported them.
        const auto store = ReviewStore::open(project, ReviewStore::Access::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(READ_OK(store.value()->reportCount()), 3);
        QStringList regions;
        for (const ReportSummary &report : READ_OK(store.value()->reports())) {
            regions.append(report.region);
            QVERIFY(!READ_OK(store.value()->parts(report.id)).isEmpty());
        }
        regions.sort();
        QCOMPARE(regions, (QStringList{u"佛山市高明区"_s, u"江门市江海区"_s, u"镇江市"_s}));
        const QList<HistoryEntry> history = READ_OK(store.value()->history());
        QVERIFY(std::any_of(history.cbegin(), history.cend(),
            [](const HistoryEntry &e) { return e.entity == u"report" && e.author == u"王审阅"; }));

        // Started again with the same files: they are there already.
        Told again;
        listen(worker, again);
        worker.start(project, files, u"王审阅"_s);
        QTRY_COMPARE_WITH_TIMEOUT(again.finished, 1, 120000);
        QCOMPARE(countOf(again.results, Status::Unchanged), 3);
        QCOMPARE(READ_OK(store.value()->reportCount()), 3);
    }

    void cancelStopsAfterTheGroupBeingWritten()
    {
        const QString folder = m_dir.filePath(u"cancel"_s);
        QVERIFY(SeedReports::writeVariants(folder, 40));
        const QString project = newProject(u"cancel.fzr"_s);
        ImportWorker worker;
        Told told;
        listen(worker, told);
        // From the worker's thread, at the first file written: the earliest a reviewer could.
        connect(&worker, &ImportWorker::fileImported, &told, [&worker] { worker.cancel(); }, Qt::DirectConnection);
        worker.start(project, {folder}, u"王审阅"_s);
        QTRY_COMPARE_WITH_TIMEOUT(told.finished, 1, 120000);

        QCOMPARE(told.results.size(), 40);
        const int cancelled = countOf(told.results, Status::Cancelled);
        QVERIFY2(cancelled > 0 && cancelled < 40, qPrintable(QString::number(cancelled)));
        // The files of the group went in whole, the rest not at all, and only those were told.
        QCOMPARE(told.progress.size(), 40 - cancelled);
        QCOMPARE(told.progress.last().first, 40 - cancelled);
        for (qsizetype i = 0; i < told.results.size(); ++i) {
            QCOMPARE(told.results.at(i).status == Status::Cancelled, i >= 40 - cancelled);
        }
        QVERIFY(ReviewStore::verify(project).ok());
        const auto store = ReviewStore::open(project, ReviewStore::Access::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(READ_OK(store.value()->reportCount()), countOf(told.results, Status::Imported));
    }

    void destroyedWhileImportingWaitsForTheGroup()
    {
        // Enough groups that the import cannot be over when the first file is told.
        const QString folder = m_dir.filePath(u"destroyed"_s);
        QVERIFY(SeedReports::writeVariants(folder, 100));
        const QString project = newProject(u"destroyed.fzr"_s);
        Told told;
        {
            ImportWorker worker;
            listen(worker, told);
            worker.start(project, {folder}, u"王审阅"_s);
            QTRY_VERIFY_WITH_TIMEOUT(!told.progress.isEmpty(), 120000);
        }
        QVERIFY(ReviewStore::verify(project).ok());
        const auto store = ReviewStore::open(project, ReviewStore::Access::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        const int reports = READ_OK(store.value()->reportCount());
        QVERIFY2(reports > 0 && reports < 100, qPrintable(QString::number(reports)));
        for (const ReportSummary &report : READ_OK(store.value()->reports())) {
            QVERIFY2(!READ_OK(store.value()->checklist(report.id)).isEmpty(), qPrintable(report.fileName));
        }
    }

    void aProjectThatCannotBeOpenedFails()
    {
        const QString project = m_dir.filePath(u"not-a-project.fzr"_s);
        QFile junk(project);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("法治政府建设情况报告, not an SQLite database");
        junk.close();
        ImportWorker worker;
        Told told;
        listen(worker, told);
        worker.start(project, {SeedReports::path(u"000"_s)}, u"王审阅"_s);
        QTRY_COMPARE_WITH_TIMEOUT(told.failures.size(), 1, 60000);
        worker.wait();
        QCOMPARE(told.total, 1);
        QVERIFY(!told.failures.first().isEmpty());
        QCOMPARE(told.finished, 0);
        QVERIFY(told.progress.isEmpty());
        QFile unchanged(project);
        QVERIFY(unchanged.open(QIODevice::ReadOnly));
        QCOMPARE(unchanged.readAll(), QByteArray("法治政府建设情况报告, not an SQLite database"));
    }
};

QTEST_GUILESS_MAIN(TestImportWorker)
#include "tst_importworker.moc"
