// SPDX-License-Identifier: GPL-3.0-or-later
// Importing files and folders from the dialog: results per file, failures named, cancel, close.
#include "importdialog.h"
#include "panelscreenshot.h"
#include "reviewsession.h"
#include "seedreports.h"
#include "storereads.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringEncoder>
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
    for (const ReportSummary &summary : READ_OK(store.reports())) {
        const auto report = store.report(summary.id);
        QVERIFY2(report.ok(), qPrintable(summary.fileName));
        QVERIFY(!report.value().text.isEmpty());
        QCOMPARE(summary.length, report.value().text.size());
        QVERIFY2(!READ_OK(store.parts(summary.id)).isEmpty(), qPrintable(summary.fileName));
        QVERIFY2(!READ_OK(store.checklist(summary.id)).isEmpty(), qPrintable(summary.fileName));
    }
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /** A folder with @p copies reports of each of three kinds, each its own district's. */
    QString manyFiles(int copies)
    {
        const QString folder = m_dir.filePath(u"many"_s);
        return SeedReports::writeVariants(folder, 3 * copies) ? folder : QString();
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

            PanelScreenshot::save(&dialog, u"importdialog"_s);
            // A click as the button performs it: a synthetic mouse click at a position taken before
            // the dialog's last relayout missed it on a loaded machine.
            close->click();
            QTRY_VERIFY(!dialog.isVisible());
        }
        QVERIFY(!changed.isEmpty());
        QCOMPARE(READ_OK(session.store()->reportCount()), 3);
        verifyComplete(*session.store());

        // The same files again change nothing.
        ImportDialog again(session, {folder, m_dir.filePath(u"missing.txt"_s)});
        QTRY_VERIFY_WITH_TIMEOUT(again.isImportFinished(), 60000);
        QCOMPARE(countOf(again.results(), Status::Unchanged), 3);
        QCOMPARE(countOf(again.results(), Status::Failed), 3);
        QVERIFY(again.results().first().message.contains(u"missing.txt"_s));
        QCOMPARE(again.summary(), u"3 unchanged, 3 failed"_s);
        QCOMPARE(READ_OK(session.store()->reportCount()), 3);
    }

    void copiesAreNotImportedAgain()
    {
        const QString folder = m_dir.filePath(u"copies"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString text = SeedReports::text(u"002"_s);
        QVERIFY(writeFile(folder + u"/a-original.txt"_s, text.toUtf8()));
        QStringEncoder gb18030("GB18030");
        QVERIFY(writeFile(folder + u"/b-gbk.txt"_s, gb18030.encode(text)));
        QString html = u"<html><head><meta charset=\"utf-8\"></head><body>"_s;
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
            html += u"<p>"_s + line.toHtmlEscaped() + u"</p>"_s;
        }
        QVERIFY(writeFile(folder + u"/c-saved.html"_s, (html + u"</body></html>"_s).toUtf8()));

        ReviewSession session;
        QVERIFY(session.open(m_dir.filePath(u"copies.fzr"_s)).ok());
        ImportDialog dialog(session, {folder});
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isImportFinished(), 60000);
        QCOMPARE(READ_OK(session.store()->reportCount()), 1);
        const QList<FileImportResult> results = dialog.results();
        QCOMPARE(countOf(results, Status::Imported), 1);
        QCOMPARE(countOf(results, Status::Copy), 2);
        const qint64 original = READ_OK(session.store()->reports()).first().id;
        auto *list = dialog.findChild<QTreeWidget *>();
        for (int i = 1; i < 3; ++i) {
            QCOMPARE(results.at(i).matchedReportId, original);
            QCOMPARE(list->topLevelItem(i)->text(ImportDialog::ResultColumn), u"Copy"_s);
            QVERIFY2(list->topLevelItem(i)
                         ->text(ImportDialog::DetailsColumn)
                         .contains(u"a copy of report %1"_s.arg(original)),
                qPrintable(list->topLevelItem(i)->text(ImportDialog::DetailsColumn)));
        }
        QCOMPARE(dialog.summary(), u"1 imported, 2 copies not imported"_s);
        QCOMPARE(dialog.pendingChoices(), 0);
    }

    void anotherVersionWaitsForTheReviewersChoice()
    {
        const QString folder = m_dir.filePath(u"versions"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString text = SeedReports::text(u"003"_s);
        QVERIFY(writeFile(folder + u"/v1.txt"_s, text.toUtf8()));
        ReviewSession session;
        QVERIFY(session.open(m_dir.filePath(u"versions.fzr"_s)).ok());
        {
            ImportDialog first(session, {folder + u"/v1.txt"_s});
            QTRY_VERIFY_WITH_TIMEOUT(first.isImportFinished(), 60000);
        }
        const qint64 old = READ_OK(session.store()->reports()).first().id;
        const QString stored = session.store()->report(old).value().text;
        const int at = int(stored.indexOf(u"建立三级首席数据官制度"));
        QVERIFY(at > 0);
        const auto orphan
            = session.addAnnotation(old, at, at + 11, READ_OK(session.store()->tags()).first().id, u"口径"_s);
        QVERIFY(orphan.ok());
        const int undoSteps = session.undoStack()->count();
        QString changed = text;
        changed.replace(u"建立三级首席数据官制度"_s, u"建立三级首席数据管制度"_s);
        QVERIFY(writeFile(folder + u"/v2.txt"_s, changed.toUtf8()));
        changed.replace(u"坚持"_s, u"始终坚持"_s);
        QVERIFY(writeFile(folder + u"/v3.txt"_s, changed.toUtf8()));

        ImportDialog dialog(session, {folder + u"/v2.txt"_s, folder + u"/v3.txt"_s});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isImportFinished(), 60000);
        QCOMPARE(countOf(dialog.results(), Status::OtherVersion), 2);
        QCOMPARE(READ_OK(session.store()->reportCount()), 1);
        QCOMPARE(dialog.pendingChoices(), 2);
        auto *list = dialog.findChild<QTreeWidget *>();
        QVERIFY2(list->topLevelItem(0)
                     ->text(ImportDialog::DetailsColumn)
                     .contains(u"another version of report %1"_s.arg(old)),
            qPrintable(list->topLevelItem(0)->text(ImportDialog::DetailsColumn)));
        // The choice for all is offered below the list; each line has its own.
        const auto buttonOf = [list](int row, const QString &label) -> QPushButton * {
            QWidget *cell = list->itemWidget(list->topLevelItem(row), ImportDialog::ChoiceColumn);
            for (QPushButton *button : cell ? cell->findChildren<QPushButton *>() : QList<QPushButton *>()) {
                if (button->text() == label) {
                    return button;
                }
            }
            return nullptr;
        };
        QVERIFY(buttonOf(0, u"Replace"_s) && buttonOf(0, u"Keep Both"_s));
        const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
        QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(),
            [](const QPushButton *b) { return b->text() == u"Replace All Old Versions"_s && b->isVisible(); }));

        PanelScreenshot::save(&dialog, u"importdialog-versions"_s);

        QTest::mouseClick(buttonOf(0, u"Replace"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.isImportFinished() && dialog.results().first().status == Status::Updated, 60000);
        QCOMPARE(READ_OK(session.store()->reportCount()), 1);
        const qint64 replacement = dialog.results().first().reportId;
        QVERIFY(replacement != old);
        QCOMPARE(READ_OK(session.store()->annotations(replacement)).size(), 1);
        QVERIFY(READ_OK(session.store()->annotations(replacement)).first().orphaned); // kept and listed, not dropped
        const QString details = list->topLevelItem(0)->text(ImportDialog::DetailsColumn);
        QVERIFY2(details.contains(u"1 could not be placed"_s) && details.contains(u"建立三级首席数据官制度"_s),
            qPrintable(details));
        QCOMPARE(dialog.pendingChoices(), 1);
        // The third file is a version of the new one now; keep both.
        QTest::mouseClick(buttonOf(1, u"Keep Both"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isImportFinished() && dialog.results().at(1).status == Status::Imported, 60000);
        QCOMPARE(READ_OK(session.store()->reportCount()), 2);
        QCOMPARE(dialog.pendingChoices(), 0);

        // Replacing is undoable: the old version comes back with the annotation where it was.
        QCOMPARE(session.undoStack()->count(), undoSteps + 1);
        session.undoStack()->undo();
        QVERIFY(!session.store()->report(replacement).ok());
        QCOMPARE(session.store()->report(old).value().text, stored);
        const Annotation back = session.store()->annotation(orphan.value().id).value();
        QCOMPARE(back.reportId, old);
        QCOMPARE(back.start, at);
        QVERIFY(!back.orphaned);
    }

    void notAReportIsImportedOnlyWhenAsked()
    {
        const QString folder = m_dir.filePath(u"unlikely"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + u"/hello.txt"_s, "hello world\n"));
        QVERIFY(writeFile(folder + u"/notes.txt"_s, "会议记录：下午三点开会，讨论食堂菜单。\n"));
        // A short report that is real: its year, its place and the genre's words.
        QVERIFY(writeFile(folder + u"/short.txt"_s,
            "江门市蓬江区2024年法治政府建设情况报告\n"
            "2024年，我区坚持依法行政，推进严格规范公正文明执法，全年办理行政复议案件35件。\n"
            "存在的问题：行政执法人员专业能力有待提高。\n"
            "2025年，我区将加强执法培训。\n"));
        ReviewSession session;
        QVERIFY(session.open(m_dir.filePath(u"unlikely.fzr"_s)).ok());
        ImportDialog dialog(session, {folder});
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isImportFinished(), 60000);
        QCOMPARE(countOf(dialog.results(), Status::NotAReport), 2);
        QCOMPARE(countOf(dialog.results(), Status::Imported), 1);
        QCOMPARE(READ_OK(session.store()->reportCount()), 1);
        auto *list = dialog.findChild<QTreeWidget *>();
        const QString reason = list->topLevelItem(0)->text(ImportDialog::DetailsColumn);
        QVERIFY2(
            reason.contains(u"does not look like a rule-of-law government report"_s) && reason.contains(u"no year"_s),
            qPrintable(reason));
        QCOMPARE(dialog.pendingChoices(), 2);
        QPushButton *anyway = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == u"Import All Anyway"_s) {
                anyway = button;
            }
        }
        QVERIFY(anyway && anyway->isVisible());
        QTest::mouseClick(anyway, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.isImportFinished() && countOf(dialog.results(), Status::NotAReport) == 0, 60000);
        QCOMPARE(READ_OK(session.store()->reportCount()), 3);
        // None of the three has numbered headings, which the parser warns of.
        QCOMPARE(dialog.summary(), u"3 imported, 3 with warnings"_s);
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
        // Generated districts may share a name: those come as versions of one another.
        const int versions = countOf(results, Status::OtherVersion);
        const int cancelled = countOf(results, Status::Cancelled);
        qInfo("Cancelled after %d of 150 files", imported + versions);
        QVERIFY(imported > 0);
        QVERIFY(cancelled > 0);
        QCOMPARE(imported + versions + cancelled, 150);
        // Imported files come first, then only cancelled ones.
        QCOMPARE(results.at(imported + versions).status, Status::Cancelled);
        QCOMPARE(results.last().status, Status::Cancelled);
        QCOMPARE(dialog.findChild<QTreeWidget *>()->topLevelItemCount(), 150);
        QVERIFY(dialog.summary().contains(u"cancelled"_s));
        QCOMPARE(READ_OK(session.store()->reportCount()), imported);
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
            QCOMPARE(READ_OK(session.store()->reportCount()), countOf(dialog.results(), Status::Imported));
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
