// SPDX-License-Identifier: GPL-3.0-or-later
// BatchImporter on a folder as reviewers receive them, with the files that must not end a batch:
// a named pipe, a link to /dev/zero, a zip bomb, and a report too large for the memory left.
#include "batchimporter.h"
#include "reportanalyzer.h"
#include "reportimporter.h"
#include "sanitizerbuild.h"
#include "storereads.h"
#include "testdocuments.h"
#include "testpaths.h"

#include <chrono>
#include <fcntl.h>
#include <future>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Fazhi::BatchImporter;
using Fazhi::FileImportResult;

namespace {

using Status = FileImportResult::Status;

/** The seed reports copied into @p dir as 000.txt, 001.txt, … */
QStringList copySeeds(const QDir &dir)
{
    QStringList copies;
    const QDir seeds(TestPaths::samplesDir());
    for (const QString &name : seeds.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        const QString copy = dir.filePath(name.left(3) + u".txt"_s);
        if (QFile::copy(seeds.filePath(name), copy)) {
            copies.append(copy);
        }
    }
    return copies;
}

const FileImportResult *resultFor(const QList<FileImportResult> &results, const QString &fileName)
{
    for (const FileImportResult &result : results) {
        if (QFileInfo(result.path).fileName() == fileName) {
            return &result;
        }
    }
    return nullptr;
}

/** The message of @p fileName's result when it failed, otherwise what happened instead. */
QString failureOf(const QList<FileImportResult> &results, const QString &fileName)
{
    const FileImportResult *result = resultFor(results, fileName);
    if (!result) {
        return u"no result for "_s + fileName;
    }
    return result->status == Status::Failed ? result->message : fileName + u" did not fail"_s;
}

/** The seeds that were not imported, with their messages; empty when all were. */
QStringList notImported(const QList<FileImportResult> &results, const QStringList &seeds)
{
    QStringList missing;
    for (const QString &seed : seeds) {
        const FileImportResult *result = resultFor(results, QFileInfo(seed).fileName());
        if (!result || result->status != Status::Imported) {
            missing.append(seed + u": "_s + (result ? result->message : u"no result"_s));
        }
    }
    return missing;
}

/** Reads this process's address space in use (VmSize), in bytes; 0 when unknown. */
qint64 addressSpaceInUse()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmSize:")) {
            return line.mid(7).trimmed().split(' ').value(0).toLongLong() * 1024;
        }
    }
    return 0;
}

} // namespace

class TestBatchImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fazhi::ReportAnalyzer> m_analyzer;
    /** Each test's own: the project beside the folder "reports" holding the seeds. */
    std::unique_ptr<QTemporaryDir> m_dir;
    QDir m_folder;
    QStringList m_seeds;

private Q_SLOTS:
    void initTestCase()
    {
        auto analyzer = Fazhi::ReportAnalyzer::bundled();
        QVERIFY2(analyzer.ok(), qPrintable(analyzer.error()));
        m_analyzer = std::move(analyzer).value();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_folder.setPath(m_dir->filePath(u"reports"_s));
        QVERIFY(QDir().mkpath(m_folder.path()));
        m_seeds = copySeeds(m_folder);
        QVERIFY(m_seeds.size() >= 3);
    }

    void specialFilesAndBombsAreNamedAndTheRestImported()
    {
        const QTemporaryDir &dir = *m_dir;
        const QDir &folder = m_folder;
        const QStringList &seeds = m_seeds;
        const QString fifo = folder.filePath(u"x.txt"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(QFile::link(u"/dev/zero"_s, folder.filePath(u"zero.txt"_s)));
        QVERIFY(TestDocuments::writeDocxBomb(folder.filePath(u"bomb.docx"_s), qint64(256) << 20));

        auto store = Fazhi::ReviewStore::open(dir.filePath(u"project.fzr"_s));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        BatchImporter importer(*store.value(), *m_analyzer);
        const QStringList files = BatchImporter::collectFiles({folder.path()});
        // Before, the pipe was passed over in silence.
        QCOMPARE(files.size(), seeds.size() + 3);
        std::future<QList<FileImportResult>> running
            = std::async(std::launch::async, [&] { return importer.run(files); });
        if (running.wait_for(std::chrono::seconds(60)) != std::future_status::ready) {
            // Unblocks a reader stuck opening the pipe, so that the test fails instead of hanging.
            const int writer = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
            if (writer >= 0) {
                ::close(writer);
            }
            running.wait();
            QFAIL("the import hung");
        }
        const QList<FileImportResult> results = running.get();
        QCOMPARE(results.size(), files.size());

        const QString pipe = failureOf(results, u"x.txt"_s);
        QVERIFY2(pipe.startsWith(u"x.txt: skipped: it is a named pipe (FIFO)"_s), qPrintable(pipe));
        const QString zero = failureOf(results, u"zero.txt"_s);
        QVERIFY2(zero.startsWith(u"zero.txt: skipped: it is a device"_s), qPrintable(zero));
        const QString bomb = failureOf(results, u"bomb.docx"_s);
        QVERIFY2(bomb.contains(u"word/document.xml expands to more than 64 MB"_s), qPrintable(bomb));
        QCOMPARE(notImported(results, seeds), QStringList());
        QCOMPARE(READ_OK(store.value()->reports()).size(), seeds.size());
    }

    void runningOutOfMemoryOnOneFileFailsOnlyThatFile()
    {
#if FAZHI_ASAN
        QSKIP("AddressSanitizer reserves terabytes of address space: a limit on it cannot be set");
#endif
        // A real report repeated to just under the size limit, imported with little memory left:
        // the allocation fails in the importer itself as it would on a machine that is full, and
        // std::bad_alloc must become that file's message, not end the batch.
        const QTemporaryDir &dir = *m_dir;
        const QDir &folder = m_folder;
        const QStringList &seeds = m_seeds;
        QFile seed(seeds.first());
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QByteArray text = seed.readAll();
        QFile large(folder.filePath(u"001a-large.txt"_s));
        QVERIFY(large.open(QIODevice::WriteOnly));
        while (large.size() + text.size() < Fazhi::ReportImporter::maxFileSize()) {
            large.write(text);
        }
        large.close();
        const QStringList files = BatchImporter::collectFiles({folder.path()});

        // The same batch once without a limit: the threads and their memory pools exist, the
        // limit then only bites on what the files themselves need.
        {
            auto warm = Fazhi::ReviewStore::open(dir.filePath(u"warm.fzr"_s));
            QVERIFY2(warm.ok(), qPrintable(warm.error()));
            BatchImporter importer(*warm.value(), *m_analyzer);
            QVERIFY(importer.run(seeds).size() == seeds.size());
        }
        auto store = Fazhi::ReviewStore::open(dir.filePath(u"project.fzr"_s));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        BatchImporter importer(*store.value(), *m_analyzer);

        rlimit before = {};
        QCOMPARE(::getrlimit(RLIMIT_AS, &before), 0);
        const qint64 inUse = addressSpaceInUse();
        QVERIFY(inUse > 0);
        rlimit tight = before;
        tight.rlim_cur = rlim_t(inUse + 48 * 1024 * 1024);
        QCOMPARE(::setrlimit(RLIMIT_AS, &tight), 0);
        QList<FileImportResult> results;
        try {
            results = importer.run(files);
        } catch (...) {
            ::setrlimit(RLIMIT_AS, &before);
            QFAIL("an exception ended the batch");
        }
        ::setrlimit(RLIMIT_AS, &before);

        QCOMPARE(results.size(), files.size());
        const QString failed = failureOf(results, u"001a-large.txt"_s);
        QVERIFY2(failed.startsWith(u"001a-large.txt: there was not enough memory to read it"_s), qPrintable(failed));
        QCOMPARE(notImported(results, seeds), QStringList());
        QCOMPARE(READ_OK(store.value()->reports()).size(), seeds.size());
    }
};

QTEST_GUILESS_MAIN(TestBatchImporter)
#include "tst_batchimporter.moc"
