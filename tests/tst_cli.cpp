// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi-cli as a user runs it: a separate process, its exit code and output.
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    static Run runCli(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"FAZHI_LANG"_s, u"en"_s);
        process.setProcessEnvironment(environment);
        process.start(TestPaths::binDir() + u"/fazhi-cli"_s, arguments);
        process.write(input);
        process.closeWriteChannel();
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

    void classifyReadsLines()
    {
        const Run headings = runCli({ u"classify"_s }, "二、存在問題及下階段工作計劃\n三、2025年工作思路\n");
        QCOMPARE(headings.exitCode, 0);
        const QStringList lines = headings.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(u"problems\t"), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(u"plans\t"), qPrintable(lines.at(1)));
        QCOMPARE(lines.at(1).split(u'\t').size(), 3);
        const Run paragraph = runCli(
            { u"classify"_s, u"--paragraph"_s, u"--year"_s, u"2024"_s }, "2025年,我区将持续深化行政执法改革。\n");
        QVERIFY2(paragraph.out.startsWith(u"plans\t"), qPrintable(paragraph.out));
    }

    void checkPrintsOutlineChecklistIndicators()
    {
        const QString seed = TestPaths::seedsDir() + u"/000_c0a3792a5667bb51.txt"_s;
        const Run run = runCli({ u"check"_s, u"--json"_s, seed, u"/nonexistent.txt"_s });
        QCOMPARE(run.exitCode, 1); // the second file fails, the first is still checked
        QVERIFY2(run.err.contains(u"nonexistent.txt: the file does not exist"), qPrintable(run.err));
        const QJsonArray reports = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(reports.size(), 1);
        const QJsonObject report = reports.first().toObject();
        QVERIFY(!report.value(u"outline"_s).toObject().value(u"paragraphs"_s).toArray().isEmpty());
        QCOMPARE(report.value(u"checklist"_s).toArray().size(), 8);
        QVERIFY(!report.value(u"indicators"_s).toArray().isEmpty());
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
