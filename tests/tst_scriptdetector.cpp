// SPDX-License-Identifier: GPL-3.0-or-later
// Simplified or traditional, told by the characters only one script uses: the sample reports,
// mixed text, characters outside the BMP, and several threads asking at once.
#include "scriptdetector.h"
#include "seedreports.h"

#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestScriptDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First, while no character has been looked up yet: the table is filled by whichever thread
    // meets a character first.
    void threadsCountAlike()
    {
        const QString text = SeedReports::text(u"002"_s);
        QVERIFY2(!text.isEmpty(), "sample 002 not found");
        QList<ScriptDetector::Counts> counts(4);
        QList<QThread *> threads;
        for (qsizetype i = 0; i < counts.size(); ++i) {
            threads.append(QThread::create([&counts, &text, i] { counts[i] = ScriptDetector::count(text); }));
        }
        for (QThread *thread : std::as_const(threads)) {
            thread->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        const ScriptDetector::Counts once = ScriptDetector::count(text);
        for (const ScriptDetector::Counts &c : std::as_const(counts)) {
            QCOMPARE(c.han, once.han);
            QCOMPARE(c.traditional, once.traditional);
            QCOMPARE(c.simplified, once.simplified);
        }
        QVERIFY(once.traditional > 100);
    }

    void samples_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<Script>("script");
        QTest::newRow("000 江海区") << u"000"_s << Script::Simplified;
        QTest::newRow("001 高明区") << u"001"_s << Script::Traditional;
        QTest::newRow("002 上虞区") << u"002"_s << Script::Traditional;
        QTest::newRow("003 镇江市") << u"003"_s << Script::Simplified;
        QTest::newRow("004 洪梅镇") << u"004"_s << Script::Simplified;
    }

    void samples()
    {
        QFETCH(QString, sample);
        QFETCH(Script, script);
        const QString text = SeedReports::text(sample);
        QVERIFY2(!text.isEmpty(), qPrintable(sample));
        QCOMPARE(ScriptDetector::detect(text), script);
        QCOMPARE(ScriptDetector::containsTraditional(text), script == Script::Traditional);
    }

    void countsEachScriptsOwnCharacters()
    {
        // 国 机 关 are simplified only, 國 機 關 traditional only, 家 is both.
        const ScriptDetector::Counts simplified = ScriptDetector::count(u"国家机关"_s);
        QCOMPARE(simplified.han, 4);
        QCOMPARE(simplified.simplified, 3);
        QCOMPARE(simplified.traditional, 0);
        const ScriptDetector::Counts traditional = ScriptDetector::count(u"國家機關"_s);
        QCOMPARE(traditional.han, 4);
        QCOMPARE(traditional.simplified, 0);
        QCOMPARE(traditional.traditional, 3);
        // Punctuation, digits and Latin letters are not Chinese characters.
        QCOMPARE(ScriptDetector::count(u"2024年，GDP增长5%。"_s).han, 3);
    }

    void classifyWantsOneScriptToDominate()
    {
        QCOMPARE(ScriptDetector::classify({}), Script::Unknown);
        QCOMPARE(ScriptDetector::classify({10, 0, 0}), Script::Unknown);
        QCOMPARE(ScriptDetector::classify({10, 0, 1}), Script::Simplified);
        QCOMPARE(ScriptDetector::classify({10, 1, 0}), Script::Traditional);
        QCOMPARE(ScriptDetector::classify({50, 4, 1}), Script::Traditional);
        QCOMPARE(ScriptDetector::classify({50, 1, 4}), Script::Simplified);
        QCOMPARE(ScriptDetector::classify({50, 3, 1}), Script::Mixed);
        QCOMPARE(ScriptDetector::classify({50, 1, 3}), Script::Mixed);
        QCOMPARE(ScriptDetector::detect(u"国家機關"_s), Script::Mixed);
    }

    void textWithoutTellingCharacters()
    {
        QCOMPARE(ScriptDetector::detect(QString()), Script::Unknown);
        QCOMPARE(ScriptDetector::detect(u"Rule of law 2024"_s), Script::Unknown);
        // Shared by both scripts: nothing to tell them apart by.
        QCOMPARE(ScriptDetector::detect(u"依法行政"_s), Script::Unknown);
        QVERIFY(!ScriptDetector::containsTraditional(QString()));
        QVERIFY(!ScriptDetector::containsTraditional(u"依法行政"_s));
    }

    void charactersOutsideTheBmpAreNotCounted()
    {
        // 𠮷 is a surrogate pair; its halves are not ideographs, and a lone half is no crash.
        const ScriptDetector::Counts counts = ScriptDetector::count(u"𠮷野家"_s);
        QCOMPARE(counts.han, 2);
        QCOMPARE(ScriptDetector::count(QString(QChar(0xD842))).han, 0);
        QVERIFY(!ScriptDetector::isTraditional(0xD842));
        QVERIFY(!ScriptDetector::containsTraditional(u"𠮷"_s));
        QCOMPARE(ScriptDetector::detect(u"𠮷國"_s), Script::Traditional);
    }

    void singleCharacters()
    {
        QVERIFY(ScriptDetector::isTraditional(u'國'));
        QVERIFY(!ScriptDetector::isTraditional(u'a'));
        QVERIFY(!ScriptDetector::isTraditional(u'国'));
        QVERIFY(!ScriptDetector::isTraditional(u'法'));
        QVERIFY(!ScriptDetector::isTraditional(u'，'));
        QVERIFY(ScriptDetector::containsTraditional(u"依法行政，規範執法"_s));
    }

    void scriptNamesRoundTrip()
    {
        for (const Script script : {Script::Unknown, Script::Simplified, Script::Traditional, Script::Mixed}) {
            QCOMPARE(scriptFromName(scriptName(script)), script);
        }
        QCOMPARE(scriptName(Script::Traditional), u"traditional"_s);
        QCOMPARE(scriptFromName(u"klingon"_s), Script::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestScriptDetector)
#include "tst_scriptdetector.moc"
