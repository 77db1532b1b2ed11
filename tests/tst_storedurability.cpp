// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer's work survives the process being killed at any moment, and two processes
// writing one project at once lose nothing and never see "database is locked".
#include "bigramtokenizer.h"
#include "reviewstore.h"
#include "seedreports.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Fazhi;

namespace {

QString worker()
{
    return QCoreApplication::applicationDirPath() + u"/storeworker"_s;
}

// Runs the worker and kills it with SIGKILL after @p killAfterMs; returns what it reported.
QStringList runAndKill(const QStringList &arguments, int killAfterMs)
{
    QProcess process;
    process.start(worker(), arguments);
    if (!process.waitForStarted(10000)) {
        return {u"<did not start>"_s};
    }
    QTest::qWait(killAfterMs);
    process.kill(); // SIGKILL: no chance to clean up
    process.waitForFinished(10000);
    QStringList done;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (line.startsWith("ok ")) {
            done.append(QString::fromUtf8(line.mid(3)));
        }
    }
    return done;
}

QString integrity(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    // The bigram index cannot be read without its tokenizer.
    if (!BigramTokenizer::registerWith(db).ok()) {
        sqlite3_close(db);
        return u"<no tokenizer>"_s;
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return error;
    }
    QString result;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        result += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return result;
}

} // namespace

class TestStoreDurability : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    qint64 prepareProject(const QString &path)
    {
        auto store = ReviewStore::open(path);
        if (!store) {
            return 0;
        }
        const ReportDocument document = SeedReports::document(u"000"_s);
        (void)store.value()->importReport(
            {document, QCryptographicHash::hash(document.text.toUtf8(), QCryptographicHash::Sha256), {}});
        return store.value()->reports().first().id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(worker()), qPrintable(worker()));
    }

    void killedWhileAnnotating()
    {
        const QString path = m_dir.filePath(u"annotate.fzr"_s);
        const qint64 report = prepareProject(path);
        QVERIFY(report > 0);
        QStringList survived;
        for (int round = 0; round < 8; ++round) {
            const int delay = 80 + int(QRandomGenerator::global()->bounded(400));
            survived += runAndKill({u"annotate"_s, path, QString::number(report), u"100000"_s}, delay);
            QCOMPARE(integrity(path), u"ok"_s);
        }
        QVERIFY2(survived.size() > 10, "the worker did not get to write anything");
        auto store = ReviewStore::open(path);
        QVERIFY(store.ok());
        QSet<QString> stored;
        for (const Annotation &a : store.value()->annotations(report)) {
            stored.insert(a.uid);
        }
        for (const QString &uid : std::as_const(survived)) {
            QVERIFY2(stored.contains(uid), qPrintable(u"annotation %1 was reported saved but is gone"_s.arg(uid)));
        }
    }

    void killedWhileImporting()
    {
        const QString path = m_dir.filePath(u"import.fzr"_s);
        QVERIFY(prepareProject(path) > 0);
        QStringList survived;
        for (int round = 0; round < 6; ++round) {
            const int delay = 150 + int(QRandomGenerator::global()->bounded(500));
            survived += runAndKill({u"import"_s, path, SeedReports::path(u"003"_s), u"100000"_s}, delay);
            QCOMPARE(integrity(path), u"ok"_s);
        }
        QVERIFY(!survived.isEmpty());
        auto store = ReviewStore::open(path);
        QVERIFY(store.ok());
        QSet<QString> files;
        for (const ReportSummary &summary : store.value()->reports()) {
            files.insert(summary.fileName);
            // Complete or absent: every report that is there has all its parts.
            const auto document = store.value()->report(summary.id);
            QVERIFY(document.ok());
            QVERIFY(!document.value().paragraphs.isEmpty());
            SearchQuery query;
            query.text = document.value().normalized.text().mid(
                document.value().normalized.fromOriginal(document.value().paragraphs.last().range.start), 12);
            query.limit = 1000;
            const auto hits = store.value()->search(query);
            QVERIFY(hits.ok());
            QVERIFY(std::any_of(hits.value().cbegin(), hits.value().cend(),
                [&](const SearchHit &h) { return h.reportId == summary.id; }));
        }
        for (const QString &file : std::as_const(survived)) {
            QVERIFY2(files.contains(file), qPrintable(file));
        }
    }

    void twoProcessesAnnotateTogether()
    {
        const QString path = m_dir.filePath(u"shared.fzr"_s);
        const qint64 report = prepareProject(path);
        QProcess first;
        QProcess second;
        first.start(worker(), {u"annotate"_s, path, QString::number(report), u"150"_s});
        second.start(worker(), {u"annotate"_s, path, QString::number(report), u"150"_s});
        QVERIFY(first.waitForFinished(120000));
        QVERIFY(second.waitForFinished(120000));
        const QString errors = QString::fromUtf8(first.readAllStandardError() + second.readAllStandardError());
        QVERIFY2(!errors.contains(u"locked"), qPrintable(errors));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        auto store = ReviewStore::open(path);
        QCOMPARE(store.value()->annotations(report).size(), 300);
        QCOMPARE(integrity(path), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestStoreDurability)
#include "tst_storedurability.moc"
