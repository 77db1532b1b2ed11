// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer's work survives the process being killed at any moment — importing, annotating,
// deciding, correcting details, removing, merging, exporting — and two processes writing one
// project at once lose nothing and never see "database is locked". FAZHI_KILL_ROUNDS sets the
// kills per kind of write (4 in the suite; 30 gives the 210 of a full run).
#include "bigramtokenizer.h"
#include "reviewstore.h"
#include "seedreports.h"
#include "storereads.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
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

// How many kills hit a worker still at work (the others came after it had finished).
int killsWhileRunning = 0;

// Runs the worker and kills it with SIGKILL @p killAfterMs after it started or, when
// @p afterFirstWrite, after its first reported write (so that a loaded machine still kills it
// in the middle of its work); returns what it reported.
QStringList runAndKill(const QStringList &arguments, int killAfterMs, bool afterFirstWrite = false)
{
    QProcess process;
    process.start(worker(), arguments);
    if (!process.waitForStarted(10000)) {
        return {u"<did not start>"_s};
    }
    if (afterFirstWrite) {
        process.waitForReadyRead(30000);
    }
    QTest::qWait(killAfterMs);
    if (process.state() == QProcess::Running) {
        ++killsWhileRunning;
    }
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

int killRounds()
{
    bool ok = false;
    const int rounds = qEnvironmentVariableIntValue("FAZHI_KILL_ROUNDS", &ok);
    return ok && rounds > 0 ? rounds : 4;
}

// What a kill may leave beside a project: SQLite's own files, nothing of ours.
QStringList strayFiles(const QString &project)
{
    const QFileInfo info(project);
    const QStringList allowed{info.fileName(), info.fileName() + u"-wal"_s, info.fileName() + u"-shm"_s};
    QStringList stray;
    for (const QString &name : info.dir().entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (!allowed.contains(name)) {
            stray.append(name);
        }
    }
    return stray;
}

// A complete PDF: its header, and the end-of-file marker a cut-off file lacks.
bool isWholePdf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray bytes = file.readAll();
    return bytes.startsWith("%PDF-") && bytes.right(32).contains("%%EOF");
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
        return READ_OK(store.value()->reports()).first().id;
    }

    /** A fresh folder holding only the project at its returned path. */
    QString projectIn(const QString &folder)
    {
        QDir(m_dir.path()).mkpath(folder);
        return m_dir.filePath(folder + u"/project.fzr"_s);
    }

    /**
     * Runs the worker with @p arguments and kills it killRounds() times at a random moment
     * between @p minMs and @p minMs + @p spreadMs; after each kill the project passes the
     * integrity check and has nothing beside it. Returns what the worker reported done.
     */
    QStringList killRepeatedly(const QString &path, const QStringList &arguments, int minMs, int spreadMs)
    {
        QStringList survived;
        for (int round = 0; round < killRounds(); ++round) {
            const int delay = minMs + int(QRandomGenerator::global()->bounded(spreadMs));
            // Every other kill comes blind, possibly while the project is being opened.
            survived += runAndKill(arguments, delay, round % 2 == 0);
            const QString check = integrity(path);
            if (check != u"ok") {
                qWarning("integrity after kill %d: %s", round, qPrintable(check));
                return {u"<damaged>"_s};
            }
            const QStringList stray = strayFiles(path);
            if (!stray.isEmpty()) {
                qWarning("left beside the project after kill %d: %s", round, qPrintable(stray.join(u", "_s)));
                return {u"<stray>"_s};
            }
        }
        return survived;
    }

    /** The uids of every decision the history records for @p report. */
    static QSet<QString> decisionUids(ReviewStore &store, qint64 report)
    {
        QSet<QString> uids;
        for (const HistoryEntry &entry : READ_OK(store.history(report))) {
            if (entry.entity == u"decision") {
                uids.insert(entry.entityUid);
            }
        }
        return uids;
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
        const QString path = projectIn(u"annotate"_s);
        const qint64 report = prepareProject(path);
        QVERIFY(report > 0);
        const QStringList survived
            = killRepeatedly(path, {u"annotate"_s, path, QString::number(report), u"100000"_s}, 80, 400);
        QVERIFY2(survived.size() > 10, qPrintable(survived.value(0, u"the worker did not get to write anything"_s)));
        auto store = ReviewStore::open(path);
        QVERIFY(store.ok());
        QSet<QString> stored;
        for (const Annotation &a : READ_OK(store.value()->annotations(report))) {
            stored.insert(a.uid);
        }
        for (const QString &uid : std::as_const(survived)) {
            QVERIFY2(stored.contains(uid), qPrintable(u"annotation %1 was reported saved but is gone"_s.arg(uid)));
        }
    }

    void killedWhileImporting()
    {
        const QString path = projectIn(u"import"_s);
        QVERIFY(prepareProject(path) > 0);
        const QStringList survived
            = killRepeatedly(path, {u"import"_s, path, SeedReports::path(u"003"_s), u"100000"_s}, 150, 500);
        QVERIFY(!survived.isEmpty() && !survived.first().startsWith(u'<'));
        auto store = ReviewStore::open(path);
        QVERIFY(store.ok());
        QSet<QString> files;
        for (const ReportSummary &summary : READ_OK(store.value()->reports())) {
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

    void killedWhileDeciding_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("grade summaries") << u"decide"_s;
        QTest::newRow("corrected details") << u"edit"_s;
    }

    void killedWhileDeciding()
    {
        QFETCH(QString, mode);
        const QString path = projectIn(mode);
        const qint64 report = prepareProject(path);
        QVERIFY(report > 0);
        const QStringList survived = killRepeatedly(path, {mode, path, QString::number(report), u"100000"_s}, 80, 400);
        QVERIFY2(!survived.isEmpty() && !survived.first().startsWith(u'<'), qPrintable(survived.value(0)));
        auto store = ReviewStore::open(path);
        QVERIFY(store.ok());
        const QSet<QString> stored = decisionUids(*store.value(), report);
        for (const QString &uid : survived) {
            QVERIFY2(stored.contains(uid), qPrintable(u"decision %1 was reported saved but is gone"_s.arg(uid)));
        }
    }

    void killedWhileRemoving()
    {
        const QString path = projectIn(u"remove"_s);
        const qint64 keep = prepareProject(path);
        QVERIFY(keep > 0);
        QProcess filler;
        filler.start(worker(), {u"import"_s, path, SeedReports::path(u"003"_s), QString::number(killRounds() * 4)});
        QVERIFY(filler.waitForFinished(120000));
        QCOMPARE(filler.exitCode(), 0);
        const QStringList survived = killRepeatedly(path, {u"remove"_s, path, QString::number(keep), u"3"_s}, 40, 300);
        QVERIFY(survived.isEmpty() || !survived.first().startsWith(u'<'));
        auto store = ReviewStore::open(path);
        QVERIFY(store.ok());
        QSet<QString> left;
        for (const ReportSummary &summary : READ_OK(store.value()->reports())) {
            left.insert(QString::number(summary.id));
            // What is still there is whole: its text and its parts.
            const auto document = store.value()->report(summary.id);
            QVERIFY(document.ok());
            QVERIFY(!document.value().paragraphs.isEmpty());
        }
        QVERIFY(left.contains(QString::number(keep)));
        for (const QString &id : survived) {
            QVERIFY2(!left.contains(id), qPrintable(u"report %1 was reported removed but is there"_s.arg(id)));
        }
    }

    void killedWhileMerging()
    {
        const QString path = projectIn(u"merge"_s);
        const qint64 report = prepareProject(path);
        QVERIFY(report > 0);
        // Colleagues' projects on the same report, each with comments of its own.
        const QString others = m_dir.filePath(u"merge-others"_s);
        QVERIFY(QDir().mkpath(others));
        const int count = killRounds() * 3;
        for (int i = 0; i < count; ++i) {
            const QString other = others + u"/colleague-%1.fzr"_s.arg(i, 3, 10, QChar(u'0'));
            const qint64 theirs = prepareProject(other);
            QVERIFY(theirs > 0);
            auto store = ReviewStore::open(other);
            QVERIFY(store.ok());
            const qint64 tag = READ_OK(store.value()->tags()).first().id;
            for (int a = 0; a < 20; ++a) {
                QVERIFY(store.value()->addAnnotation(theirs, a * 9, a * 9 + 4, tag, u"同事%1意见%2"_s.arg(i).arg(a)));
            }
        }
        // Each run merges from the first again (merging one twice adds nothing), so later runs get further.
        const QStringList survived = killRepeatedly(path, {u"merge"_s, path, others, QString::number(count)}, 100, 600);
        QVERIFY(survived.isEmpty() || !survived.first().startsWith(u'<'));
        auto store = ReviewStore::open(path);
        QVERIFY(store.ok());
        QHash<int, int> commentsOf; // colleague → how many of their 20 comments arrived
        for (const Annotation &annotation : READ_OK(store.value()->annotations(report))) {
            static const QRegularExpression pattern(u"^同事(\\d+)意见\\d+$"_s);
            const auto match = pattern.match(annotation.comment);
            if (match.hasMatch()) {
                ++commentsOf[match.captured(1).toInt()];
            }
        }
        for (auto it = commentsOf.cbegin(); it != commentsOf.cend(); ++it) {
            // A merge is whole or absent, never half of a colleague's comments.
            QVERIFY2(it.value() == 20, qPrintable(u"colleague %1: %2 of 20"_s.arg(it.key()).arg(it.value())));
        }
        for (const QString &file : survived) {
            const int colleague = QFileInfo(file).baseName().section(u'-', 1).toInt();
            QVERIFY2(commentsOf.value(colleague) == 20, qPrintable(file));
        }
    }

    void killedWhileExporting()
    {
        const QString path = projectIn(u"export"_s);
        QVERIFY(prepareProject(path) > 0);
        const QString folder = m_dir.filePath(u"export-out"_s);
        QVERIFY(QDir().mkpath(folder));
        const QByteArray before = QCryptographicHash::hash(
            [&] {
                QFile file(path);
                return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            }(),
            QCryptographicHash::Sha256);
        const QStringList survived = killRepeatedly(path, {u"export"_s, path, folder, u"100000"_s}, 300, 1500);
        QVERIFY(survived.isEmpty() || !survived.first().startsWith(u'<'));
        for (const QString &name : survived) {
            QVERIFY2(isWholePdf(QDir(folder).filePath(name)), qPrintable(name));
        }
        // Whatever a kill left in the folder is a whole PDF: no half-written file, no temporary.
        for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden)) {
            QVERIFY2(name.endsWith(u".pdf"_s) && isWholePdf(QDir(folder).filePath(name)), qPrintable(name));
        }
        // Exporting reads: the project file is as it was.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
    }

    void cleanupTestCase() { qInfo("%d kills hit a worker at work", killsWhileRunning); }

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
        QCOMPARE(READ_OK(store.value()->annotations(report)).size(), 300);
        QCOMPARE(integrity(path), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestStoreDurability)
#include "tst_storedurability.moc"
