// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"
#include "panelscreenshot.h"
#include "reviewfixture.h"

#include <QDir>
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

private:
    /** Starts the export shown in @p dialog and waits for its end; whether it succeeded. */
    static bool run(ExportDialog &dialog);
    static QByteArray head(const QString &path);

    ReviewFixture m_fixture;
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
    for (const QString &seed : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
        QVERIFY(m_fixture.importSeed(seed) > 0);
    }
    m_report = m_fixture.session.store()->reports().constFirst().id;
    const auto added = m_fixture.session.store()->addAnnotation(
        m_report, 100, 130, m_fixture.session.store()->tags().constFirst().id, u"请补充数据来源。"_s);
    QVERIFY(added);
}

void TestExportDialog::exportsTheCurrentReportAsPdf()
{
    ExportDialog dialog(m_fixture.session, m_report, {});
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
    QVERIFY(!exportButton->isEnabled()); // nowhere to write yet
    const QString path = m_fixture.dir.filePath(u"current.pdf"_s);
    ReviewFixture::type(dialog.findChild<QLineEdit *>(u"output"_s), path);
    QCOMPARE(dialog.outputPath(), path);
    QVERIFY(exportButton->isEnabled());
    QVERIFY(run(dialog));
    QCOMPARE(head(path), QByteArray("%PDF-"));
    QCOMPARE(dialog.findChild<QProgressBar *>()->value(), 100);
    QVERIFY2(dialog.resultMessage().contains(u"current.pdf"_s), qPrintable(dialog.resultMessage()));
}

void TestExportDialog::cancelStopsABatch()
{
    ExportDialog dialog(m_fixture.session, m_report, {});
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
    ExportDialog dialog(m_fixture.session, 0, {m_report});
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
    if (qEnvironmentVariableIsSet("FAZHI_SCREENSHOT_DIR")) {
        dialog.show();
        dialog.grab().save(qEnvironmentVariable("FAZHI_SCREENSHOT_DIR") + u"/exportdialog.png"_s);
    }
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
