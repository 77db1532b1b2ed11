// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi-cli as a user runs it: a separate process, its exit code and output.
#include "testpaths.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run runCli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"FAZHI_LANG"_s, u"en"_s);
        process.setProcessEnvironment(environment);
        process.start(TestPaths::binDir() + u"/fazhi-cli"_s, arguments);
        if (!process.waitForFinished(30000)) {
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void versionExitsZero()
    {
        const Run run = runCli({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"fazhi-cli " FAZHI_VERSION), qPrintable(run.out));
        QVERIFY2(
            QRegularExpression(u"^OpenCC 1\\.\\d+"_s, QRegularExpression::MultilineOption).match(run.out).hasMatch(),
            qPrintable(run.out));
        QVERIFY2(
            QRegularExpression(u"^SQLite 3\\.\\d+"_s, QRegularExpression::MultilineOption).match(run.out).hasMatch(),
            qPrintable(run.out));
        QVERIFY(run.err.isEmpty());
    }

    void helpListsCommands()
    {
        const Run run = runCli({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"Usage: fazhi-cli"));
        QVERIFY(run.out.contains(u"--version"));
    }

    void unknownCommandFailsWithAReason()
    {
        const Run run = runCli({u"frobnicate"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"\"frobnicate\""), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void noArgumentsPrintsUsageAndFails()
    {
        const Run run = runCli({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.contains(u"Usage: fazhi-cli"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
