// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi-cli as a user runs it: a separate process, its exit code and output.
#include "testdocuments.h"
#include "testpaths.h"

#include <sys/stat.h>
#include <tuple>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

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

    /** fazhi-cli as on a machine with C.UTF-8, no FAZHI_LANG and its own settings in @p home. */
    static Run runPlain(const QString &home, const QStringList &arguments, const QString &fazhiLang = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"FAZHI_LANG"_s, u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s}) {
            environment.remove(name);
        }
        environment.insert(u"LANG"_s, u"C.UTF-8"_s);
        environment.insert(u"HOME"_s, home);
        environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        if (!fazhiLang.isEmpty()) {
            environment.insert(u"FAZHI_LANG"_s, fazhiLang);
        }
        process.setProcessEnvironment(environment);
        process.start(TestPaths::binDir() + u"/fazhi-cli"_s, arguments);
        if (!process.waitForFinished(60000)) {
            return {};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void languageIsTheWindowsUnlessChosen()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        // C.UTF-8 is none of our languages: Chinese first, as the window speaks.
        const Run plain = runPlain(home.path(), {u"--help"_s});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.contains(u"用法：fazhi-cli"_s), qPrintable(plain.out));
        // The language saved in the settings, as the window would use it.
        {
            QSettings saved(home.filePath(u"config/FazhiReview/fazhi-review.conf"_s), QSettings::NativeFormat);
            saved.setValue(u"Interface/language"_s, u"zh_TW"_s);
        }
        QVERIFY(runPlain(home.path(), {u"--help"_s}).out.contains(u"[選項]"_s));
        // --lang before or after the command, and FAZHI_LANG, override it.
        QVERIFY(runPlain(home.path(), {u"--lang"_s, u"en"_s, u"--help"_s}).out.contains(u"Usage: fazhi-cli"_s));
        QVERIFY(runPlain(home.path(), {u"--help"_s}, u"en"_s).out.contains(u"Usage: fazhi-cli"_s));
        QVERIFY(runPlain(home.path(), {u"--help"_s, u"--lang=zh_CN"_s}, u"en"_s).out.contains(u"[选项]"_s));
        const Run wrong = runPlain(home.path(), {u"--lang"_s, u"fr"_s, u"--help"_s});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(u"\"fr\""_s), qPrintable(wrong.err));
        QCOMPARE(runPlain(home.path(), {u"--help"_s, u"--lang"_s}).exitCode, 2);

        // The documents too: an annotated report's cover.
        const QString db = home.filePath(u"project.fzr"_s);
        QCOMPARE(runPlain(home.path(),
                     {u"import"_s, u"--db"_s, db, TestPaths::samplesDir() + u"/000_c0a3792a5667bb51.txt"_s})
                     .exitCode,
            0);
        const QString pdf = home.filePath(u"report.pdf"_s);
        const Run exported = runPlain(home.path(),
            {u"--lang"_s, u"zh_CN"_s, u"export"_s, u"pdf"_s, u"--db"_s, db, u"--report"_s, u"1"_s, u"--out"_s, pdf});
        QCOMPARE(exported.exitCode, 0);
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-l"_s, u"1"_s, pdf, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(pdftotext.readAllStandardOutput()).contains(u"报告年度"_s));
    }

    void reviewHelpAndVersionNeedNoDisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s}) {
            environment.remove(name);
        }
        for (const QString &option : {u"--help"_s, u"--version"_s}) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(TestPaths::binDir() + u"/fazhi-review"_s, {option});
            QVERIFY(process.waitForFinished(30000));
            const QString out = QString::fromUtf8(process.readAllStandardOutput());
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 0);
            if (option == u"--help") {
                QVERIFY2(out.contains(u"Usage: "_s) && out.contains(u"--screenshot"_s), qPrintable(out));
            } else {
                QVERIFY2(out.contains(u"fazhi-review " FAZHI_VERSION), qPrintable(out));
            }
        }
    }

    void reviewScreenshotDrawsAView_data()
    {
        QTest::addColumn<QString>("view");
        QTest::newRow("reader") << u"reader"_s;
        QTest::newRow("compare") << u"compare"_s;
    }

    void reviewScreenshotDrawsAView()
    {
        QFETCH(QString, view);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        // No display, and a home of its own: what the picture must leave untouched.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s}) {
            environment.remove(name);
        }
        environment.insert(u"HOME"_s, home.path());
        environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        const auto review = [&environment](const QStringList &arguments) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(TestPaths::binDir() + u"/fazhi-review"_s, arguments);
            process.waitForFinished(90000);
            return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
        };
        const QString picture = home.filePath(u"shots/"_s + view + u".png"_s);
        const Run drawn
            = review({u"--screenshot"_s, picture, u"--view"_s, view, u"--size"_s, u"1000x700"_s, u"--lang"_s, u"en"_s});
        QVERIFY2(drawn.exitCode == 0, qPrintable(drawn.err));
        QFile png(picture);
        QVERIFY(png.open(QIODevice::ReadOnly));
        const QByteArray header = png.read(24);
        QVERIFY(header.startsWith("\x89PNG\r\n\x1a\n"));
        // The IHDR chunk: width and height, big-endian, as asked (the offscreen screen has no scaling).
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 16), 1000u);
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 20), 700u);
        QVERIFY(!QFileInfo::exists(home.filePath(u"config/FazhiReview"_s)));

        const Run badSize = review({u"--screenshot"_s, picture, u"--view"_s, view, u"--size"_s, u"big"_s});
        QCOMPARE(badSize.exitCode, 2);
        QVERIFY2(badSize.err.contains(u"big"_s), qPrintable(badSize.err));
    }

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
        const Run headings = runCli({u"classify"_s}, "二、存在問題及下階段工作計劃\n三、2025年工作思路\n");
        QCOMPARE(headings.exitCode, 0);
        const QStringList lines = headings.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(u"problems\t"), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(u"plans\t"), qPrintable(lines.at(1)));
        QCOMPARE(lines.at(1).split(u'\t').size(), 3);
        const Run paragraph = runCli(
            {u"classify"_s, u"--paragraph"_s, u"--year"_s, u"2024"_s}, "2025年,我区将持续深化行政执法改革。\n");
        QVERIFY2(paragraph.out.startsWith(u"plans\t"), qPrintable(paragraph.out));
    }

    void checkPrintsOutlineChecklistIndicators()
    {
        const QString seed = TestPaths::samplesDir() + u"/000_c0a3792a5667bb51.txt"_s;
        const Run run = runCli({u"check"_s, u"--json"_s, seed, u"/nonexistent.txt"_s});
        QCOMPARE(run.exitCode, 1); // the second file fails, the first is still checked
        QVERIFY2(run.err.contains(u"nonexistent.txt: the file does not exist"), qPrintable(run.err));
        const QJsonArray reports = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(reports.size(), 1);
        const QJsonObject report = reports.first().toObject();
        QVERIFY(!report.value(u"outline"_s).toObject().value(u"paragraphs"_s).toArray().isEmpty());
        QCOMPARE(report.value(u"checklist"_s).toArray().size(), 8);
        QVERIFY(!report.value(u"indicators"_s).toArray().isEmpty());
    }

    void importReportsFolderThenListsAndInspects()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(u"incoming"_s);
        QVERIFY(QDir().mkpath(folder + u"/more"_s));
        const QStringList seeds = QDir(TestPaths::samplesDir()).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        QCOMPARE(seeds.size(), 5);
        for (qsizetype i = 0; i < seeds.size(); ++i) {
            QVERIFY(QFile::copy(
                TestPaths::samplesDir() + u'/' + seeds.at(i), folder + (i < 3 ? u"/"_s : u"/more/"_s) + seeds.at(i)));
        }
        QFile junk(folder + u"/broken.docx"_s);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a zip archive at all");
        junk.close();
        const QString db = dir.filePath(u"project.fzr"_s);

        const Run first = runCli({u"import"_s, u"--db"_s, db, folder});
        QCOMPARE(first.exitCode, 1); // the broken file failed; the others went in
        QCOMPARE(first.out.count(u": imported as report "_s), 5);
        QVERIFY2(first.out.contains(u"broken.docx: failed: "_s), qPrintable(first.out));

        const Run again = runCli({u"import"_s, u"--db"_s, db, folder + u"/more"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out.count(u": unchanged\n"_s), 2);

        const Run listed = runCli({u"list"_s, u"--db"_s, db, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray reports = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(reports.size(), 5);
        QStringList regions;
        for (const QJsonValue &report : reports) {
            regions.append(report[u"region"].toString());
        }
        regions.sort();
        QCOMPARE(regions,
            (QStringList{u"东莞市洪梅镇"_s, u"佛山市高明区"_s, u"江门市江海区"_s, u"绍兴市上虞区"_s, u"镇江市"_s}));

        // Searching the imported project by category: the outline was stored with the reports.
        const Run search = runCli({u"search"_s, u"--db"_s, db, u"--json"_s, u"--category"_s, u"problems"_s, u"短板"_s});
        QCOMPARE(search.exitCode, 0);
        QVERIFY2(!QJsonDocument::fromJson(search.out.toUtf8()).array().isEmpty(), qPrintable(search.out + search.err));

        // Every change is on record, with who made it, and the record can be exported.
        const Run annotated = runCli({u"annotate"_s, u"--db"_s, db, u"--report"_s, u"1"_s, u"--start"_s, u"10"_s,
            u"--end"_s, u"20"_s, u"--tag"_s, u"存疑"_s, u"--comment"_s, u"数据来源？"_s, u"--author"_s, u"赵审阅"_s});
        QCOMPARE(annotated.exitCode, 0);
        const Run history = runCli({u"export"_s, u"history"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
        QCOMPARE(history.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(history.out.toUtf8()).array();
        QVERIFY(std::any_of(entries.begin(), entries.end(), [](const QJsonValue &e) {
            return e[u"entity"].toString() == u"annotation" && e[u"author"].toString() == u"赵审阅"
                && e[u"after"].toString().contains(u"数据来源？");
        }));
        QVERIFY(std::any_of(entries.begin(), entries.end(), [](const QJsonValue &e) {
            return e[u"entity"].toString() == u"report" && e[u"action"].toString() == u"add";
        }));
    }

    void numericOptionsAreRefusedByNameAndValue()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"project.fzr"_s);
        QCOMPARE(
            runCli({u"import"_s, u"--db"_s, db, TestPaths::samplesDir() + u"/000_c0a3792a5667bb51.txt"_s}).exitCode, 0);
        const QString out = dir.filePath(u"out.pdf"_s);
        const auto annotate = [&](const QString &report, const QString &start, const QString &end) {
            return QStringList{u"annotate"_s, u"--db"_s, db, u"--report"_s, report, u"--start"_s, start, u"--end"_s,
                end, u"--tag"_s, u"存疑"_s};
        };
        // Each with the option and the value the message must name.
        const QList<std::tuple<QStringList, QString, QString>> cases = {
            {annotate(u"1"_s, u"abc"_s, u"20"_s), u"--start"_s, u"abc"_s},
            {annotate(u"1"_s, u"-5"_s, u"20"_s), u"--start"_s, u"-5"_s},
            {annotate(u"1"_s, u"10"_s, u"20x"_s), u"--end"_s, u"20x"_s},
            {annotate(u"1"_s, u"10"_s, u"99999999999"_s), u"--end"_s, u"99999999999"_s},
            {annotate(u"1.5"_s, u"10"_s, u"20"_s), u"--report"_s, u"1.5"_s},
            {annotate(u"0"_s, u"10"_s, u"20"_s), u"--report"_s, u"0"_s},
            {{u"search"_s, u"--db"_s, db, u"--limit"_s, u"many"_s, u"法治"_s}, u"--limit"_s, u"many"_s},
            {{u"search"_s, u"--db"_s, db, u"--offset"_s, u"-1"_s, u"法治"_s}, u"--offset"_s, u"-1"_s},
            {{u"search"_s, u"--db"_s, db, u"--year"_s, u"二〇二四"_s, u"法治"_s}, u"--year"_s, u"二〇二四"_s},
            {{u"boilerplate"_s, u"--db"_s, db, u"--limit"_s, u"-3"_s}, u"--limit"_s, u"-3"_s},
            {{u"boilerplate"_s, u"--db"_s, db, u"--share"_s, u"half"_s}, u"--share"_s, u"half"_s},
            {{u"boilerplate"_s, u"--db"_s, db, u"--year"_s, u"24"_s}, u"--year"_s, u"24"_s},
            {{u"matrix"_s, u"--db"_s, db, u"--year"_s, u"2024a"_s}, u"--year"_s, u"2024a"_s},
            {{u"dashboard"_s, u"--db"_s, db, u"--year"_s, u"abc"_s, u"--out"_s, dir.path()}, u"--year"_s, u"abc"_s},
            {{u"classify"_s, u"--year"_s, u"abc"_s}, u"--year"_s, u"abc"_s},
            {{u"export"_s, u"pdf"_s, u"--db"_s, db, u"--report"_s, u"one"_s, u"--out"_s, out}, u"--report"_s, u"one"_s},
            {{u"export"_s, u"digest"_s, u"--db"_s, db, u"--year"_s, u"x"_s, u"--out"_s, out}, u"--year"_s, u"x"_s},
            {{u"edit"_s, u"--db"_s, db, u"--report"_s, u"1x"_s, u"--title"_s, u"t"_s}, u"--report"_s, u"1x"_s},
            {{u"shared"_s, u"--db"_s, db, u"--min"_s, u"0"_s, u"1"_s, u"1"_s}, u"--min"_s, u"0"_s},
            {{u"bench"_s, u"store"_s, u"--reports"_s, u"lots"_s}, u"--reports"_s, u"lots"_s},
        };
        for (const auto &[arguments, option, value] : cases) {
            const Run run = runCli(arguments);
            const QString what = arguments.join(u' ') + u"\n"_s + run.err;
            QVERIFY2(run.exitCode == 2, qPrintable(what));
            QVERIFY2(run.err.contains(option) && run.err.contains(value), qPrintable(what));
        }
        // Before, annotate --start abc made an annotation at 0 and said nothing was wrong.
        const Run annotations = runCli({u"export"_s, u"annotations"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
        QCOMPARE(annotations.exitCode, 0);
        QVERIFY2(QJsonDocument::fromJson(annotations.out.toUtf8()).array().isEmpty(), qPrintable(annotations.out));
        QVERIFY(!QFileInfo::exists(out));
    }

    void importAndInspectNameWhatTheySkip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(u"incoming"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(TestPaths::samplesDir() + u"/000_c0a3792a5667bb51.txt"_s, folder + u"/000.txt"_s));
        QVERIFY(QFile::copy(TestPaths::samplesDir() + u"/001_97256ae8d542b572.txt"_s, folder + u"/001.txt"_s));
        const QString fifo = folder + u"/x.txt"_s;
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(QFile::link(u"/dev/zero"_s, folder + u"/zero.txt"_s));
        QVERIFY(TestDocuments::writeDocxBomb(folder + u"/bomb.docx"_s, qint64(1) << 30));
        const QString db = dir.filePath(u"project.fzr"_s);

        // runCli gives up after 30 seconds (exit code -1): before, the pipe hung the import.
        const Run imported = runCli({u"import"_s, u"--db"_s, db, folder});
        QCOMPARE(imported.exitCode, 1);
        QCOMPARE(imported.out.count(u": imported as report "_s), 2);
        QVERIFY2(imported.out.contains(fifo + u": failed: skipped: it is a named pipe (FIFO), not a regular file"_s),
            qPrintable(imported.out));
        QVERIFY2(imported.out.contains(folder + u"/zero.txt: failed: skipped: it is a device, not a regular file"_s),
            qPrintable(imported.out));
        QVERIFY2(imported.out.contains(folder
                     + u"/bomb.docx: failed: word/document.xml expands to more than 64 MB; the document is refused"_s),
            qPrintable(imported.out));
        QVERIFY2(imported.err.contains(u"2 imported, 0 replaced, 0 unchanged, 0 skipped, 3 failed."_s),
            qPrintable(imported.err));

        for (const QString &name : {u"x.txt"_s, u"zero.txt"_s}) {
            const Run inspected = runCli({u"inspect"_s, folder + u'/' + name});
            QCOMPARE(inspected.exitCode, 1);
            QVERIFY2(inspected.err.startsWith(name + u": skipped: it is a"_s), qPrintable(inspected.err));
        }
        const Run zero = runCli({u"inspect"_s, u"/dev/zero"_s});
        QCOMPARE(zero.exitCode, 1);
        QVERIFY2(zero.err.startsWith(u"zero: skipped: it is a device, not a regular file"_s), qPrintable(zero.err));
    }

    void importSaysWhatItDidWithCopiesVersionsAndNonReports()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"dup.fzr"_s);
        const QString seed = TestPaths::samplesDir() + u"/003_b75a286a508c1d8d.txt"_s;
        QFile file(seed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile out(dir.filePath(name));
            return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() ? out.fileName() : QString();
        };
        QStringEncoder gb18030("GB18030");
        const QString copy = write(u"copy-gbk.txt"_s, gb18030.encode(text));
        QString changed = text;
        changed.replace(u"建立三级首席数据官制度"_s, u"建立三级首席数据管制度"_s);
        const QString version = write(u"version.txt"_s, changed.toUtf8());
        const QString hello = write(u"hello.txt"_s, "hello world\n");
        QVERIFY(!copy.isEmpty() && !version.isEmpty() && !hello.isEmpty());

        QCOMPARE(runCli({u"import"_s, u"--db"_s, db, seed}).exitCode, 0);
        const Run first = runCli({u"import"_s, u"--db"_s, db, copy, version, hello});
        QCOMPARE(first.exitCode, 0); // nothing failed: three files were skipped, each with its reason
        QVERIFY2(first.out.contains(copy + u": skipped: a copy of report 1 (镇江市 2024)"_s), qPrintable(first.out));
        QVERIFY2(first.out.contains(version + u": skipped: another version of report 1"_s), qPrintable(first.out));
        QVERIFY2(first.out.contains(hello + u": skipped: does not look like a rule-of-law government report"_s),
            qPrintable(first.out));
        QVERIFY2(first.out.contains(u"--force"_s), qPrintable(first.out));
        QVERIFY2(
            first.err.contains(u"0 imported, 0 replaced, 0 unchanged, 3 skipped, 0 failed."_s), qPrintable(first.err));

        QCOMPARE(runCli({u"import"_s, u"--db"_s, db, u"--on-duplicate"_s, u"sometimes"_s, version}).exitCode, 2);
        const Run replaced = runCli({u"import"_s, u"--db"_s, db, u"--on-duplicate"_s, u"replace"_s, version});
        QCOMPARE(replaced.exitCode, 0);
        QVERIFY2(replaced.out.contains(version + u": replaced report 1 (镇江市 2024)"_s), qPrintable(replaced.out));
        const Run forced = runCli({u"import"_s, u"--db"_s, db, u"--force"_s, hello});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY2(forced.out.contains(hello + u": imported as report "_s), qPrintable(forced.out));
        const Run kept = runCli({u"import"_s, u"--db"_s, db, u"--on-duplicate"_s, u"keep"_s, seed});
        QVERIFY2(kept.out.contains(seed + u": imported as report "_s), qPrintable(kept.out));
        const Run listed = runCli({u"list"_s, u"--db"_s, db, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 3);
    }

    void removeAndEditChangeWhatTheyNameAndSaySo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"remove.fzr"_s);
        QCOMPARE(runCli({u"import"_s, u"--db"_s, db, TestPaths::samplesDir()}).exitCode, 0);
        QCOMPARE(runCli({u"annotate"_s, u"--db"_s, db, u"--report"_s, u"2"_s, u"--start"_s, u"10"_s, u"--end"_s,
                            u"20"_s, u"--tag"_s, u"问题"_s})
                     .exitCode,
            0);

        // Ids are checked first: an unknown one removes nothing.
        const Run unknown = runCli({u"remove"_s, u"--db"_s, db, u"--report"_s, u"2"_s, u"--report"_s, u"99"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"there is no report 99"_s) && unknown.err.contains(u"nothing was removed"_s),
            qPrintable(unknown.err));
        QCOMPARE(runCli({u"remove"_s, u"--db"_s, db, u"--report"_s, u"two"_s}).exitCode, 2);
        QCOMPARE(runCli({u"remove"_s, u"--db"_s, db}).exitCode, 2);
        const Run removed = runCli({u"remove"_s, u"--db"_s, db, u"--report"_s, u"2,3"_s});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY2(
            removed.out.contains(u"removed report 2 (佛山市高明区 2019) with 1 annotation"_s), qPrintable(removed.out));
        QVERIFY2(removed.out.contains(u"removed report 3 "_s), qPrintable(removed.out));
        const Run listed = runCli({u"list"_s, u"--db"_s, db, u"--json"_s});
        const QJsonArray reports = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(reports.size(), 3);
        const Run history = runCli({u"export"_s, u"history"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
        const QJsonArray entries = QJsonDocument::fromJson(history.out.toUtf8()).array();
        QVERIFY(std::any_of(entries.begin(), entries.end(), [](const QJsonValue &e) {
            return e[u"action"].toString() == u"remove" && e[u"entity"].toString() == u"report"
                && e[u"before"].toString().contains(u"佛山市高明区");
        }));

        // Correcting details: checked before anything is set, the parsed value shown beside.
        const qint64 id = reports.first()[u"id"].toInteger();
        const QString parsedRegion = reports.first()[u"region"].toString();
        const Run bad = runCli({u"edit"_s, u"--db"_s, db, u"--report"_s, QString::number(id), u"--region"_s, u"某区"_s,
            u"--year"_s, u"去年"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"--year"_s) && bad.err.contains(u"去年"_s), qPrintable(bad.err));
        const Run edited = runCli({u"edit"_s, u"--db"_s, db, u"--report"_s, QString::number(id), u"--region"_s,
            u"某市某区"_s, u"--year"_s, u"2021"_s, u"--comment"_s, u"标题有误"_s});
        QCOMPARE(edited.exitCode, 0);
        QVERIFY2(edited.out.contains(u"region\t某市某区\t(parsed: %1)"_s.arg(parsedRegion)), qPrintable(edited.out));
        const Run after = runCli({u"list"_s, u"--db"_s, db, u"--json"_s});
        const QJsonArray now = QJsonDocument::fromJson(after.out.toUtf8()).array();
        QVERIFY(std::any_of(now.begin(), now.end(), [id](const QJsonValue &r) {
            return r[u"id"].toInteger() == id && r[u"region"].toString() == u"某市某区" && r[u"year"].toInt() == 2021;
        }));
        QCOMPARE(runCli({u"edit"_s, u"--db"_s, db, u"--report"_s, u"2"_s, u"--year"_s, u"2020"_s}).exitCode, 1);
    }

    void inspectPrintsTheParsedReportAsJson()
    {
        const QString seed = TestPaths::samplesDir() + u"/001_97256ae8d542b572.txt"_s;
        const Run run = runCli({u"inspect"_s, u"--json"_s, seed, u"/nonexistent.pdf"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"nonexistent.pdf"_s), qPrintable(run.err));
        const QJsonDocument parsed = QJsonDocument::fromJson(run.out.toUtf8());
        const QJsonObject report = parsed.isArray() ? parsed.array().first().toObject() : parsed.object();
        QCOMPARE(report[u"script"].toString(), u"traditional"_s);
        const QString text = report[u"text"].toString();
        const QJsonArray sections = report[u"sections"].toArray();
        QCOMPARE(sections.size(), 2);
        for (const QJsonValue &section : sections) {
            const int start = section[u"headingStart"].toInt();
            const QString line = text.mid(start, section[u"headingEnd"].toInt() - start);
            QVERIFY2(line.contains(section[u"heading"].toString()), qPrintable(line));
        }
        QCOMPARE(sections.first()[u"children"].toArray().size(), 7);
        QCOMPARE(sections.last()[u"children"].toArray().size(), 5);
        QCOMPARE(report[u"metadata"][u"region"][u"value"].toString(), u"佛山市高明区"_s);
    }

    void convertPrintsTheOtherScript()
    {
        const QString seed = TestPaths::samplesDir() + u"/001_97256ae8d542b572.txt"_s;
        const Run run = runCli({u"convert"_s, u"--to"_s, u"simplified"_s, seed});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"存在问题及下阶段工作计划"_s));
        QVERIFY(!run.out.contains(u"問題"_s));
    }

    void mergeBringsInTheOtherReviewersWorkOnce()
    {
        // Two reviewers, each with a project made by fazhi-cli; 镇江市 (003) is in both.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString sample = TestPaths::samplesDir() + u'/';
        const QString mine = dir.filePath(u"甲.fzr"_s);
        const QString theirs = dir.filePath(u"乙.fzr"_s);
        const auto cli = [](const QString &db, const QStringList &arguments) {
            const Run run = runCli(QStringList{arguments.first(), u"--db"_s, db} + arguments.mid(1));
            if (run.exitCode != 0) {
                qWarning("%s: %s", qPrintable(arguments.join(u' ')), qPrintable(run.err));
            }
            return run.exitCode == 0;
        };
        const auto annotate = [&cli](const QString &db, int report, const QString &comment, const QString &author) {
            return cli(db,
                {u"annotate"_s, u"--report"_s, QString::number(report), u"--start"_s, u"10"_s, u"--end"_s, u"20"_s,
                    u"--tag"_s, u"问题"_s, u"--comment"_s, comment, u"--author"_s, author});
        };
        // Mine: 000 is report 1, 003 report 2.
        QVERIFY(
            cli(mine, {u"import"_s, sample + u"000_c0a3792a5667bb51.txt"_s, sample + u"003_b75a286a508c1d8d.txt"_s}));
        QVERIFY(annotate(mine, 1, u"甲的意见"_s, u"甲审阅"_s));
        QVERIFY(annotate(mine, 2, u"同一处"_s, u"甲审阅"_s));
        QVERIFY(
            cli(mine, {u"edit"_s, u"--report"_s, u"2"_s, u"--region"_s, u"镇江市(甲)"_s, u"--author"_s, u"甲审阅"_s}));
        // Theirs: 003 is report 1, 001 report 2; the same mark on 003 as mine, and another region.
        QVERIFY(
            cli(theirs, {u"import"_s, sample + u"003_b75a286a508c1d8d.txt"_s, sample + u"001_97256ae8d542b572.txt"_s}));
        QVERIFY(annotate(theirs, 1, u"同一处"_s, u"乙审阅"_s));
        QVERIFY(annotate(theirs, 1, u"乙的意见"_s, u"乙审阅"_s));
        QVERIFY(annotate(theirs, 2, u"乙：高明区"_s, u"乙审阅"_s));
        QVERIFY(cli(
            theirs, {u"edit"_s, u"--report"_s, u"1"_s, u"--region"_s, u"镇江市(乙)"_s, u"--author"_s, u"乙审阅"_s}));
        QVERIFY(cli(theirs,
            {u"edit"_s, u"--report"_s, u"2"_s, u"--region"_s, u"佛山市高明区(乙核)"_s, u"--author"_s, u"乙审阅"_s}));

        const Run merged = runCli({u"merge"_s, u"--db"_s, mine, theirs});
        QCOMPARE(merged.exitCode, 0);
        // 001 came; the mark both made is there once; both regions of 镇江市 are kept, in conflict.
        QCOMPARE(merged.out.trimmed(), u"1 new report, 2 new annotations, 2 new decisions, 1 conflict"_s);

        const auto regions = [](const QString &db) {
            QStringList names;
            const Run listed = runCli({u"list"_s, u"--db"_s, db, u"--json"_s});
            for (const QJsonValue &report : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
                names.append(report[u"region"].toString());
            }
            names.sort();
            return names;
        };
        const QStringList afterMerge = regions(mine);
        QCOMPARE(afterMerge.size(), 3);
        QVERIFY2(afterMerge.contains(u"佛山市高明区(乙核)"_s), qPrintable(afterMerge.join(u", "_s)));
        const auto comments = [](const QString &db) {
            QStringList found;
            const Run exported = runCli({u"export"_s, u"annotations"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
            for (const QJsonValue &annotation : QJsonDocument::fromJson(exported.out.toUtf8()).array()) {
                found.append(annotation[u"comment"].toString() + u'/' + annotation[u"author"].toString());
            }
            found.sort();
            return found;
        };
        // Sorted as comments() sorts them: by code point.
        const QStringList expected{
            u"乙的意见/乙审阅"_s, u"乙：高明区/乙审阅"_s, u"同一处/甲审阅"_s, u"甲的意见/甲审阅"_s};
        QCOMPARE(comments(mine), expected);

        // Merged again: nothing is new.
        const Run again = runCli({u"merge"_s, u"--db"_s, mine, theirs});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out.trimmed(), u"0 new reports, 0 new annotations, 0 new decisions, 0 conflicts"_s);
        QCOMPARE(regions(mine), afterMerge);
        QCOMPARE(comments(mine), expected);
        // The other reviewer's file is only read.
        QCOMPARE(regions(theirs).size(), 2);
        QCOMPARE(comments(theirs).size(), 3);

        const Run itself = runCli({u"merge"_s, u"--db"_s, mine, mine});
        QCOMPARE(itself.exitCode, 1);
        QVERIFY2(itself.err.contains(u"cannot be merged into itself"_s), qPrintable(itself.err));
        const Run missing = runCli({u"merge"_s, u"--db"_s, mine, dir.filePath(u"丙.fzr"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.err.isEmpty());
        QCOMPARE(runCli({u"merge"_s, u"--db"_s, mine}).exitCode, 2);
        QCOMPARE(regions(mine), afterMerge);
    }

    void noArgumentsPrintsUsageAndFails()
    {
        const Run run = runCli({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.contains(u"Usage: fazhi-cli"));
    }
    void sharedListsACopiedPassageInBothReports()
    {
        QTemporaryDir dir;
        QFile seed(TestPaths::samplesDir() + u"/003_b75a286a508c1d8d.txt"_s);
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QString original = QString::fromUtf8(seed.readAll());
        const QString passage
            = u"在全省率先设立\u201c高效办成一件事\u201d专窗(专区),实现13类\u201c一件事\u201d一次提交"_s;
        QVERIFY(original.contains(passage));
        QFile copy(dir.filePath(u"copy.txt"_s));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write((u"某区2024年法治政府建设情况报告\n一、主要工作\n我们"_s + passage + u"。\n"_s).toUtf8());
        copy.close();
        const Run run = runCli({u"shared"_s, u"--json"_s, copy.fileName(), seed.fileName()});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY2(!rows.isEmpty(), qPrintable(run.out + run.err));
        const QJsonObject row = rows.last().toObject();
        QVERIFY(row.value(u"length"_s).toInt() >= 30);
        QVERIFY2(row.value(u"text"_s).toString().contains(u"高效办成一件事"_s), qPrintable(run.out));
        const int start = row.value(u"second"_s).toObject().value(u"start"_s).toInt();
        QCOMPARE(original.mid(start, 7), passage.left(7));
    }

    void boilerplateListsPhrasesManyReportsShare()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"project.fzr"_s);
        QCOMPARE(runCli({u"import"_s, u"--db"_s, db, TestPaths::samplesDir()}).exitCode, 0);
        const Run run = runCli({u"boilerplate"_s, u"--db"_s, db, u"--json"_s, u"--limit"_s, u"0"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(result.value(u"reports"_s).toInt(), 5);
        QCOMPARE(result.value(u"threshold"_s).toInt(), 3);
        const QJsonArray phrases = result.value(u"phrases"_s).toArray();
        QVERIFY2(!phrases.isEmpty(), qPrintable(run.out + run.err));
        QCOMPARE(phrases.size(), result.value(u"total"_s).toInt());
        for (const QJsonValue &value : phrases) {
            const QJsonObject phrase = value.toObject();
            QVERIFY(phrase.value(u"reports"_s).toInt() >= 3);
            QVERIFY(phrase.value(u"end"_s).toInt() > phrase.value(u"start"_s).toInt());
        }
        // One year alone: the 2019 report is not counted with the 2024 ones.
        const Run year = runCli({u"boilerplate"_s, u"--db"_s, db, u"--year"_s, u"2024"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(year.out.toUtf8()).object().value(u"reports"_s).toInt(), 4);

        const QString csv = dir.filePath(u"phrases.csv"_s);
        QCOMPARE(runCli({u"boilerplate"_s, u"--db"_s, db, u"--out"_s, csv}).exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"));

        const Run wrong = runCli({u"boilerplate"_s, u"--db"_s, db, u"--share"_s, u"2"_s});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains(u"--share"_s));
    }

    void exportWritesPdfsDigestAndSheets()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"project.fzr"_s);
        QCOMPARE(runCli({u"import"_s, u"--db"_s, db, TestPaths::samplesDir()}).exitCode, 0);
        QCOMPARE(runCli({u"annotate"_s, u"--db"_s, db, u"--report"_s, u"1"_s, u"--start"_s, u"200"_s, u"--end"_s,
                            u"230"_s, u"--tag"_s, u"problems"_s, u"--comment"_s, u"请补充原因分析。"_s})
                     .exitCode,
            0);
        const Run one = runCli({u"export"_s, u"pdf"_s, u"--db"_s, db, u"--report"_s, u"1"_s, u"--script"_s,
            u"traditional"_s, u"--out"_s, dir.filePath(u"one.pdf"_s)});
        QCOMPARE(one.exitCode, 0);
        QFile pdf(dir.filePath(u"one.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF-"));
        const Run all = runCli({u"export"_s, u"pdf"_s, u"--db"_s, db, u"--all"_s, u"--no-resolved"_s,
            u"--comments-only"_s, u"--out"_s, dir.filePath(u"all"_s)});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(QDir(dir.filePath(u"all"_s)).entryList({u"*.pdf"_s}, QDir::Files).size(), 5);
        const Run digest = runCli({u"export"_s, u"digest"_s, u"--db"_s, db, u"--year"_s, u"2024"_s, u"--out"_s,
            dir.filePath(u"digest.pdf"_s)});
        QCOMPARE(digest.exitCode, 0);
        QVERIFY2(digest.out.contains(u"4 report(s)"_s),
            qPrintable(digest.out + digest.err)); // four of the seeds are on 2024
        // The dashboard's charts are in it, as text a reader can search (drawn as vectors, not images).
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-raw"_s, dir.filePath(u"digest.pdf"_s), u"-"_s});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString digestText = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(digestText.contains(u"Outline coverage"_s), qPrintable(digestText.left(2000)));
        QCOMPARE(
            runCli({u"export"_s, u"sheets"_s, u"--db"_s, db, u"--out"_s, dir.filePath(u"review.xlsx"_s)}).exitCode, 0);
        QVERIFY(QFileInfo(dir.filePath(u"review.xlsx"_s)).size() > 1000);
        QCOMPARE(runCli({u"export"_s, u"sheets"_s, u"--db"_s, db, u"--out"_s, dir.filePath(u"csv"_s)}).exitCode, 0);
        QVERIFY(QFileInfo::exists(dir.filePath(u"csv/checklist.csv"_s)));
        const Run wrong = runCli({u"export"_s, u"pdf"_s, u"--db"_s, db, u"--report"_s, u"1"_s});
        QCOMPARE(wrong.exitCode, 2);
    }

    void dashboardWritesChartsWithoutADisplay()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"project.fzr"_s);
        QCOMPARE(runCli({u"import"_s, u"--db"_s, db, TestPaths::samplesDir()}).exitCode, 0);
        const QString out = dir.filePath(u"charts"_s);
        QCOMPARE(runCli({u"dashboard"_s, u"--db"_s, db, u"--year"_s, u"2024"_s}).exitCode, 2); // no --out
        // No display and no platform chosen: the command picks the offscreen one itself.
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QT_QPA_PLATFORM"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        process.setProcessEnvironment(environment);
        process.start(TestPaths::binDir() + u"/fazhi-cli"_s,
            {u"dashboard"_s, u"--db"_s, db, u"--year"_s, u"2024"_s, u"--out"_s, out});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList written = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &chart : {u"coverage"_s, u"proportions"_s, u"review"_s, u"tags"_s}) {
            for (const QString &suffix : {u".png"_s, u".svg"_s, u".csv"_s}) {
                QVERIFY2(written.contains(QDir(out).filePath(chart + suffix)), qPrintable(chart + suffix));
            }
            QFile png(QDir(out).filePath(chart + u".png"_s));
            QVERIFY(png.open(QIODevice::ReadOnly));
            QVERIFY(png.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
            QFile svg(QDir(out).filePath(chart + u".svg"_s));
            QVERIFY(svg.open(QIODevice::ReadOnly));
            QVERIFY(svg.readAll().contains("<svg"));
        }
        // The four 2024 reports, not the 2019 one.
        QFile coverage(QDir(out).filePath(u"coverage.csv"_s));
        QVERIFY(coverage.open(QIODevice::ReadOnly));
        const QByteArray csv = coverage.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv.count("\r\n"), 5);
        QVERIFY(!csv.contains("高明区"));
    }

    void traditionalVariantIsTheWindows()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString db = home.filePath(u"project.fzr"_s);
        QCOMPARE(runPlain(home.path(), {u"import"_s, u"--db"_s, db, TestPaths::samplesDir()}).exitCode, 0);
        {
            QSettings saved(home.filePath(u"config/FazhiReview/fazhi-review.conf"_s), QSettings::NativeFormat);
            saved.setValue(u"Interface/language"_s, u"zh_TW"_s);
            saved.setValue(u"Interface/traditionalVariant"_s, u"hk"_s);
        }
        const QString out = home.filePath(u"charts"_s);
        const Run run = runPlain(home.path(), {u"dashboard"_s, u"--db"_s, db, u"--year"_s, u"2024"_s, u"--out"_s, out});
        QCOMPARE(run.exitCode, 0);
        // The indicator's name as Hong Kong writes it (規範性文件), not Taiwan (規範性檔案).
        QFile csv(QDir(out).filePath(u"indicator-normative_documents_reviewed.csv"_s));
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(run.out + run.err));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.contains(u"規範性文件審查數"_s), qPrintable(text.left(300)));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
