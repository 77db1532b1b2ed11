// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "exportdialog.h"
#include "panelfixture.h"
#include "panelscreenshot.h"
#include "storereads.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

using namespace Fazhi;
using namespace Qt::StringLiterals;

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportsTheCurrentReportAsPdf();
    void cancelStopsABatch();
    void exportsADigestAndAWorkbook();
    void eachKindKeepsItsOwnDestination();
    void changingAnythingClearsTheResult();
    void aFolderIsNoFile();

private:
    /** Starts the export shown in @p dialog and waits for its end; whether it succeeded. */
    static bool run(ExportDialog &dialog);
    static QByteArray head(const QString &path);

    PanelFixture m_fixture;
    std::unique_ptr<AppSettings> m_settings;
    qint64 m_report = 0;
};

bool TestExportDialog::run(ExportDialog &dialog)
{
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    if (!dialog.isRunning() || !finished.wait(60000)) {
        return false;
    }
    return finished.constFirst().constFirst().toBool();
}

QByteArray TestExportDialog::head(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(5) : QByteArray();
}

void TestExportDialog::initTestCase()
{
    QVERIFY(m_fixture.open());
    m_settings = std::make_unique<AppSettings>(m_fixture.dir.filePath(u"settings.ini"_s));
    for (const QString &seed : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
        QVERIFY(m_fixture.importSeed(seed) > 0);
    }
    m_report = READ_OK(m_fixture.session.store()->reports()).constFirst().id;
    const auto added = m_fixture.session.store()->addAnnotation(
        m_report, 100, 130, READ_OK(m_fixture.session.store()->tags()).constFirst().id, u"请补充数据来源。"_s);
    QVERIFY(added);
}

void TestExportDialog::exportsTheCurrentReportAsPdf()
{
    ExportDialog dialog(m_fixture.session, *m_settings, m_report, {});
    dialog.show();
    PanelScreenshot::save(&dialog, u"exportdialog"_s);
    QCOMPARE(dialog.kind(), ExportDialog::Kind::AnnotatedPdf);
    QCOMPARE(dialog.scope(), ExportDialog::Scope::Current);
    auto *exportButton = dialog.findChildren<QPushButton *>().value(0);
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->isDefault()) {
            exportButton = button;
        }
    }
    // A file named after the report, beside the project.
    QVERIFY2(dialog.outputPath().endsWith(u".pdf"_s), qPrintable(dialog.outputPath()));
    QCOMPARE(QFileInfo(dialog.outputPath()).absolutePath(), QFileInfo(m_fixture.session.path()).absolutePath());
    QVERIFY(exportButton->isEnabled());
    dialog.findChild<QLineEdit *>(u"output"_s)->clear();
    QVERIFY(!exportButton->isEnabled()); // nowhere to write
    const QString path = m_fixture.dir.filePath(u"current.pdf"_s);
    PanelFixture::type(dialog.findChild<QLineEdit *>(u"output"_s), path);
    QCOMPARE(dialog.outputPath(), path);
    QVERIFY(exportButton->isEnabled());
    QVERIFY(run(dialog));
    QCOMPARE(head(path), QByteArray("%PDF-"));
    QCOMPARE(dialog.findChild<QProgressBar *>()->value(), 100);
    QVERIFY2(dialog.resultMessage().contains(u"current.pdf"_s), qPrintable(dialog.resultMessage()));
}

void TestExportDialog::cancelStopsABatch()
{
    ExportDialog dialog(m_fixture.session, *m_settings, m_report, {});
    dialog.setScope(ExportDialog::Scope::All);
    const QString folder = m_fixture.dir.filePath(u"all"_s);
    dialog.setOutputPath(folder);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    QVERIFY(dialog.isRunning());
    dialog.reject(); // Cancel while running cancels, and the dialog stays
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY(QDir(folder).entryList({u"*.pdf"_s}, QDir::Files).size() < 5);
    QVERIFY(!dialog.isRunning());

    // Without cancelling, every report gets its PDF.
    QVERIFY(run(dialog));
    QCOMPARE(QDir(folder).entryList({u"*.pdf"_s}, QDir::Files).size(), 5);
}

void TestExportDialog::exportsADigestAndAWorkbook()
{
    ExportDialog dialog(m_fixture.session, *m_settings, 0, {m_report});
    QCOMPARE(dialog.scope(), ExportDialog::Scope::Selected);
    dialog.setKind(ExportDialog::Kind::Digest);
    const QString digest = m_fixture.dir.filePath(u"digest.pdf"_s);
    dialog.setOutputPath(digest);
    QVERIFY(run(dialog));
    QCOMPARE(head(digest), QByteArray("%PDF-"));

    dialog.setKind(ExportDialog::Kind::Spreadsheet);
    const QString workbook = m_fixture.dir.filePath(u"review.xlsx"_s);
    dialog.setOutputPath(workbook);
    QVERIFY(run(dialog));
    QVERIFY(head(workbook).startsWith("PK"));
    dialog.show();
    PanelScreenshot::save(&dialog, u"exportdialog-workbook"_s);
}

void TestExportDialog::eachKindKeepsItsOwnDestination()
{
    const QString folder = m_fixture.dir.filePath(u"every"_s);
    const QString digest = m_fixture.dir.filePath(u"leaders.pdf"_s);
    {
        ExportDialog dialog(m_fixture.session, *m_settings, m_report, {});
        dialog.setScope(ExportDialog::Scope::All);
        dialog.setOutputPath(folder);
        QVERIFY(run(dialog));
        // The digest is a file: the PDFs' folder does not stay in the field (it failed at 100 % so).
        dialog.setKind(ExportDialog::Kind::Digest);
        QVERIFY2(
            dialog.outputPath() != folder && dialog.outputPath().endsWith(u".pdf"_s), qPrintable(dialog.outputPath()));
        QVERIFY(run(dialog));
        QCOMPARE(head(dialog.outputPath()), QByteArray("%PDF-"));
        dialog.setOutputPath(digest);
        QVERIFY(run(dialog));
        // Back to the PDFs: their folder again.
        dialog.setKind(ExportDialog::Kind::AnnotatedPdf);
        QCOMPARE(dialog.outputPath(), folder);
        dialog.setKind(ExportDialog::Kind::Spreadsheet);
        QVERIFY(dialog.outputPath().endsWith(u".xlsx"_s));
    }
    // The next time, each kind starts where it was written last.
    ExportDialog again(m_fixture.session, *m_settings, m_report, {});
    again.setKind(ExportDialog::Kind::Digest);
    QCOMPARE(again.outputPath(), digest);
    again.setKind(ExportDialog::Kind::AnnotatedPdf);
    again.setScope(ExportDialog::Scope::All);
    QCOMPARE(again.outputPath(), folder);
}

void TestExportDialog::changingAnythingClearsTheResult()
{
    ExportDialog dialog(m_fixture.session, *m_settings, m_report, {});
    dialog.show();
    dialog.setOutputPath(m_fixture.dir.filePath(u"again.pdf"_s));
    QVERIFY(run(dialog));
    auto *status = dialog.findChild<QLabel *>(u"status"_s);
    auto *progress = dialog.findChild<QProgressBar *>();
    QVERIFY(status->text().contains(u"again.pdf"_s));
    QCOMPARE(progress->value(), 100);
    // Another script: the message was about the other PDF.
    auto *script = dialog.findChild<QComboBox *>(u"script"_s);
    script->setFocus();
    QTest::keyClick(script, Qt::Key_Down);
    QVERIFY(status->text().isEmpty());
    QCOMPARE(progress->value(), 0);
    QVERIFY(run(dialog));
    QVERIFY(!status->text().isEmpty());
    QTest::keyClick(dialog.findChild<QLineEdit *>(u"output"_s), Qt::Key_Backspace);
    QVERIFY(status->text().isEmpty());
}

void TestExportDialog::aFolderIsNoFile()
{
    ExportDialog dialog(m_fixture.session, *m_settings, m_report, {});
    dialog.setKind(ExportDialog::Kind::Digest);
    dialog.setOutputPath(m_fixture.dir.path());
    dialog.startExport();
    QVERIFY(!dialog.isRunning());
    const QString message = dialog.findChild<QLabel *>(u"status"_s)->text();
    QVERIFY2(message.contains(QDir::toNativeSeparators(m_fixture.dir.path())), qPrintable(message));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
