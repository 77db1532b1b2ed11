// SPDX-License-Identifier: GPL-3.0-or-later
// Importing files and folders from the dialog: results per file, failures named, cancel, close.
#include "importdialog.h"
#include "reviewsession.h"
#include "seedreports.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Fazhi;

using Status = FileImportResult::Status;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

int countOf(const QList<FileImportResult> &results, Status status)
{
    return int(std::count_if(
        results.cbegin(), results.cend(), [status](const FileImportResult &r) { return r.status == status; }));
}

/** Every report in the project has its text, parts and checklist: none was left half-written. */
void verifyComplete(ReviewStore &store)
{
    QVERIFY(ReviewStore::verify(store.path()).ok());
    for (const ReportSummary &summary : store.reports()) {
        const auto report = store.report(summary.id);
        QVERIFY2(report.ok(), qPrintable(summary.fileName));
        QVERIFY(!report.value().text.isEmpty());
        QCOMPARE(summary.length, report.value().text.size());
        QVERIFY2(!store.parts(summary.id).isEmpty(), qPrintable(summary.fileName));
        QVERIFY2(!store.checklist(summary.id).isEmpty(), qPrintable(summary.fileName));
    }
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /** A folder with @p copies variants of each seed, made different by a line of their own. */
    QString manyFiles(int copies)
    {
        const QString folder = m_dir.filePath(u"many"_s);
        QDir().mkpath(folder);
        int n = 0;
        for (const QString &seed : {u"000"_s, u"001"_s, u"003"_s}) {
            const QByteArray text = SeedReports::text(seed).toUtf8();
            for (int i = 0; i < copies; ++i, ++n) {
                const QString name = u"%1/%2_%3.txt"_s.arg(folder, seed).arg(i, 3, 10, QChar(u'0'));
                if (!writeFile(name, text + "\n附:第" + QByteArray::number(n) + "份。\n")) {
                    return {};
                }
            }
        }
        return folder;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void importsAFolderAndNamesTheFailures()
    {
        const QString folder = m_dir.filePath(u"reports"_s);
        QVERIFY(QDir().mkpath(folder));
        for (const QString &seed : {u"000"_s, u"002"_s, u"003"_s}) {
            QVERIFY(
                QFile::copy(SeedReports::path(seed), folder + u'/' + QFileInfo(SeedReports::path(seed)).fileName()));
        }
        QVERIFY(writeFile(folder + u"/broken.docx"_s, "PK\x03\x04 this is not a Word document"));
        QVERIFY(writeFile(folder + u"/empty.txt"_s, {}));

        ReviewSession session;
        QVERIFY(session.open(m_dir.filePath(u"import.fzr"_s)).ok());
        QSignalSpy changed(&session, &ReviewSession::reportsChanged);
        {
            ImportDialog dialog(session, {folder});
            QSignalSpy finished(&dialog, &ImportDialog::importFinished);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
            QVERIFY(dialog.isImportFinished());

            const QList<FileImportResult> results = dialog.results();
            QCOMPARE(results.size(), 5);
            QCOMPARE(countOf(results, Status::Imported), 3);
            QCOMPARE(countOf(results, Status::Failed), 2);
            for (const FileImportResult &result : results) {
                if (result.status == Status::Failed) {
                    QVERIFY2(result.message.contains(QFileInfo(result.path).fileName()), qPrintable(result.message));
                }
            }
            // What is shown: a row per file, the failures in red with their reason.
            auto *list = dialog.findChild<QTreeWidget *>();
            QCOMPARE(list->topLevelItemCount(), 5);
            int red = 0;
            for (int i = 0; i < list->topLevelItemCount(); ++i) {
                const QTreeWidgetItem *item = list->topLevelItem(i);
                if (item->text(ImportDialog::FileColumn) == u"broken.docx"_s
                    || item->text(ImportDialog::FileColumn) == u"empty.txt"_s) {
                    QCOMPARE(item->text(ImportDialog::ResultColumn), u"Failed"_s);
                    QVERIFY(!item->text(ImportDialog::DetailsColumn).isEmpty());
                    QVERIFY(!item->icon(ImportDialog::FileColumn).isNull());
                    red += item->foreground(ImportDialog::FileColumn).color().red() > 150;
                } else {
                    QCOMPARE(item->text(ImportDialog::ResultColumn), u"Imported"_s);
                }
            }
            QCOMPARE(red, 2);
            QCOMPARE(dialog.summary(), u"3 imported, 2 failed"_s);
            QCOMPARE(dialog.findChild<QProgressBar *>()->value(), 5);
            QPushButton *close = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
            QVERIFY(close->isVisible());
            QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->isVisible());

            const QString shot = QDir::temp().filePath(u"tst_importdialog.png"_s);
            QVERIFY(dialog.grab().save(shot));
            qInfo("Screenshot: %s", qPrintable(shot));
            // A click as the button performs it: a synthetic mouse click at a position taken before
            // the dialog's last relayout missed it on a loaded machine.
            close->click();
            QTRY_VERIFY(!dialog.isVisible());
        }
        QVERIFY(!changed.isEmpty());
        QCOMPARE(session.store()->reportCount(), 3);
        verifyComplete(*session.store());

        // The same files again change nothing.
        ImportDialog again(session, {folder, m_dir.filePath(u"missing.txt"_s)});
        QTRY_VERIFY_WITH_TIMEOUT(again.isImportFinished(), 60000);
        QCOMPARE(countOf(again.results(), Status::Unchanged), 3);
        QCOMPARE(countOf(again.results(), Status::Failed), 3);
        QVERIFY(again.results().first().message.contains(u"missing.txt"_s));
        QCOMPARE(again.summary(), u"3 unchanged, 3 failed"_s);
        QCOMPARE(session.store()->reportCount(), 3);
    }

    void cancelStopsAfterTheGroupBeingWritten()
    {
        const QString folder = manyFiles(50);
        QVERIFY(!folder.isEmpty());
        ReviewSession session;
        QVERIFY(session.open(m_dir.filePath(u"cancel.fzr"_s)).ok());
        ImportDialog dialog(session, {folder});
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.results().isEmpty(), 60000);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isImportFinished(), 60000);

        const QList<FileImportResult> results = dialog.results();
        QCOMPARE(results.size(), 150);
        const int imported = countOf(results, Status::Imported);
        const int cancelled = countOf(results, Status::Cancelled);
        qInfo("Cancelled after %d of 150 files", imported);
        QVERIFY(imported > 0);
        QVERIFY(cancelled > 0);
        QCOMPARE(imported + cancelled, 150);
        // Imported files come first, then only cancelled ones.
        QCOMPARE(results.at(imported).status, Status::Cancelled);
        QCOMPARE(results.last().status, Status::Cancelled);
        QCOMPARE(dialog.findChild<QTreeWidget *>()->topLevelItemCount(), 150);
        QVERIFY(dialog.summary().contains(u"cancelled"_s));
        QCOMPARE(session.store()->reportCount(), imported);
        verifyComplete(*session.store());
    }

    void closingWhileImportingCancelsCleanly()
    {
        const QString folder = m_dir.filePath(u"many"_s); // made by the test before
        ReviewSession session;
        QVERIFY(session.open(m_dir.filePath(u"close.fzr"_s)).ok());
        {
            ImportDialog dialog(session, {folder});
            QSignalSpy closed(&dialog, &QDialog::rejected);
            dialog.show();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.results().isEmpty(), 60000);
            dialog.close(); // the window's close button
            QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 60000);
            QVERIFY(dialog.isImportFinished());
            QVERIFY(!dialog.isVisible());
            QCOMPARE(session.store()->reportCount(), countOf(dialog.results(), Status::Imported));
        }
        verifyComplete(*session.store());

        // Destroyed at once, mid-import: waits for the group being written, no crash.
        {
            ImportDialog dialog(session, {folder});
            QTest::qWait(50);
        }
        verifyComplete(*session.store());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
