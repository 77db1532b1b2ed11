// SPDX-License-Identifier: GPL-3.0-or-later
// What an importer noticed about a file it read anyway (mixed encodings, text left out of a web
// page) reaches the reviewer: fazhi-cli import and inspect print it, the import dialog shows it.
#include "importdialog.h"
#include "panelscreenshot.h"
#include "reviewsession.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Fazhi;

namespace {

/** fazhi-cli's standard output for @p arguments, in English; its exit code in @p exitCode. */
QString runCli(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"FAZHI_LANG"_s, u"en"_s);
    process.setProcessEnvironment(environment);
    process.start(TestPaths::binDir() + u"/fazhi-cli"_s, arguments);
    *exitCode
        = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestImportWarnings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_mixed;
    QString m_clean;
    /** The lines of m_mixed written in UTF-8, as the warning names them ("21–31"). */
    QString m_utf8Lines;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QFile seed(QDir(TestPaths::samplesDir()).filePath(u"003_b75a286a508c1d8d.txt"_s));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(seed.readAll()).split(u'\n', Qt::SkipEmptyParts);
        const qsizetype split = lines.size() * 2 / 3;
        m_utf8Lines = u"%1–%2"_s.arg(split + 1).arg(lines.size());
        QStringEncoder gb18030("GB18030");
        const QByteArray bytes = QByteArray(gb18030.encode(lines.mid(0, split).join(u'\n') + u'\n'))
            + lines.mid(split).join(u'\n').toUtf8();
        QFile mixed(m_dir.filePath(u"mixed.txt"_s));
        QVERIFY(mixed.open(QIODevice::WriteOnly) && mixed.write(bytes) == bytes.size());
        m_mixed = mixed.fileName();
        m_clean = QDir(TestPaths::samplesDir()).filePath(u"000_c0a3792a5667bb51.txt"_s);
    }

    void cliImportAndInspectPrintTheWarning()
    {
        int exitCode = -1;
        const QString imported
            = runCli({u"import"_s, u"--db"_s, m_dir.filePath(u"cli.fzr"_s), m_clean, m_mixed}, &exitCode);
        QCOMPARE(exitCode, 0);
        const QStringList lines = imported.split(u'\n');
        const qsizetype mixedLine = lines.indexOf(m_mixed + u": imported as report 2"_s);
        QVERIFY2(mixedLine > 0, qPrintable(imported));
        QVERIFY2(lines.value(mixedLine + 1).startsWith(u"    warning: "_s)
                && lines.value(mixedLine + 1).contains(m_utf8Lines),
            qPrintable(imported));
        // The clean file has no warning line under it.
        QVERIFY2(!lines.value(lines.indexOf(m_clean + u": imported as report 1"_s) + 1).startsWith(u"    warning"_s),
            qPrintable(imported));

        const QString inspected = runCli({u"inspect"_s, m_mixed}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(inspected.contains(u"warning: "_s) && inspected.contains(m_utf8Lines), qPrintable(inspected));
    }

    void dialogShowsTheWarning()
    {
        ReviewSession session;
        QVERIFY(session.open(m_dir.filePath(u"gui.fzr"_s)).ok());
        ImportDialog dialog(session, {m_clean, m_mixed});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isImportFinished(), 60000);
        QCOMPARE(dialog.summary(), u"2 imported, 1 with warnings"_s);
        auto *list = dialog.findChild<QTreeWidget *>();
        QCOMPARE(list->topLevelItemCount(), 2);
        const QTreeWidgetItem *clean = list->topLevelItem(0);
        const QTreeWidgetItem *mixed = list->topLevelItem(1);
        QCOMPARE(mixed->text(ImportDialog::FileColumn), u"mixed.txt"_s);
        QCOMPARE(mixed->text(ImportDialog::ResultColumn), u"Imported"_s);
        QVERIFY2(mixed->text(ImportDialog::DetailsColumn).contains(m_utf8Lines),
            qPrintable(mixed->text(ImportDialog::DetailsColumn)));
        QVERIFY(mixed->toolTip(ImportDialog::DetailsColumn).contains(m_utf8Lines));
        QVERIFY(clean->text(ImportDialog::DetailsColumn).isEmpty());
        PanelScreenshot::save(&dialog, u"importwarnings"_s);
    }
};

QTEST_MAIN(TestImportWarnings)
#include "tst_importwarnings.moc"
