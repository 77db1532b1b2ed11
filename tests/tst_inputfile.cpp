// SPDX-License-Identifier: GPL-3.0-or-later
// InputFile and ReportImporter::importFile on what a folder of reports can hold besides reports:
// a named pipe (which blocks whoever opens it), a device that never ends, links to them.
#include "inputfile.h"
#include "reportimporter.h"

#include <chrono>
#include <fcntl.h>
#include <functional>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Fazhi::InputFile;
using Fazhi::ReportImporter;

namespace {

/**
 * What @p read returns for the pipe at @p fifo, or "hung" when it has not returned after ten
 * seconds; then the pipe is opened for writing and closed, which ends a blocked open or read,
 * so that a failing test does not hang the suite.
 */
QString errorWithin10Seconds(const QString &fifo, const std::function<QString()> &read)
{
    std::future<QString> result = std::async(std::launch::async, read);
    if (result.wait_for(std::chrono::seconds(10)) == std::future_status::ready) {
        return result.get();
    }
    const int writer = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
    if (writer >= 0) {
        ::close(writer);
    }
    result.wait();
    return u"hung"_s;
}

} // namespace

class TestInputFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsARegularFileWhole()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"报告.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes = QByteArray(3 * 1024 * 1024 + 17, 'x');
        file.write(bytes);
        file.close();
        const auto read = InputFile::read(file.fileName(), bytes.size());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.value(), bytes);
        // One byte over the limit is refused, by name.
        const auto over = InputFile::read(file.fileName(), bytes.size() - 1);
        QVERIFY(!over.ok());
        QVERIFY2(over.error().startsWith(u"报告.txt: is too large"_s), qPrintable(over.error()));
    }

    void namedPipeIsRefusedWithoutWaiting()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(u"x.txt"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString error = errorWithin10Seconds(fifo, [&] { return InputFile::read(fifo, 1024).error(); });
        QVERIFY2(
            error.startsWith(u"x.txt: skipped: it is a named pipe (FIFO), not a regular file"_s), qPrintable(error));
        const QString imported = errorWithin10Seconds(fifo, [&] { return ReportImporter::importFile(fifo).error(); });
        QCOMPARE(imported, error);
    }

    void devicesAndLinksToThemAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString link = dir.filePath(u"zero.txt"_s);
        QVERIFY(QFile::link(u"/dev/zero"_s, link));
        for (const QString &path : {u"/dev/zero"_s, link}) {
            // Before: read until the memory ran out.
            const auto imported = ReportImporter::importFile(path);
            QVERIFY(!imported.ok());
            QVERIFY2(imported.error().contains(u": skipped: it is a device, not a regular file"_s),
                qPrintable(imported.error()));
            QVERIFY2(imported.error().startsWith(QFileInfo(path).fileName()), qPrintable(imported.error()));
        }
    }

    void missingFilesAndFoldersSayWhat()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(InputFile::read(dir.filePath(u"无.txt"_s), 1024).error(), u"无.txt: the file does not exist"_s);
        QVERIFY(QDir(dir.path()).mkdir(u"folder.txt"_s));
        QCOMPARE(
            InputFile::read(dir.filePath(u"folder.txt"_s), 1024).error(), u"folder.txt: is a folder, not a file"_s);
    }
};

QTEST_GUILESS_MAIN(TestInputFile)
#include "tst_inputfile.moc"
