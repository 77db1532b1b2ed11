// SPDX-License-Identifier: GPL-3.0-or-later
// The one name of each display script, as the settings keep it and fazhi-cli takes it.
#include "displayscript.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestDisplayScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip()
    {
        QStringList names;
        for (const DisplayScript script : AllDisplayScripts) {
            const QString name = displayScriptName(script);
            names.append(name);
            QCOMPARE(displayScriptFromName(name), std::optional(script));
        }
        // The words stored by earlier versions and documented for --script.
        QCOMPARE(names, (QStringList{u"original"_s, u"simplified"_s, u"traditional"_s}));
    }

    void otherWordsAreNoScript_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("capitalised") << u"Simplified"_s;
        QTest::newRow("detected script") << u"mixed"_s;
        QTest::newRow("chinese") << u"简体"_s;
        QTest::newRow("padded") << u" traditional"_s;
    }

    void otherWordsAreNoScript()
    {
        QFETCH(QString, name);
        QVERIFY(!displayScriptFromName(name));
    }

    void onlyOtherScriptsAreConverted()
    {
        QVERIFY(!displayScriptConversion(DisplayScript::Original));
        QCOMPARE(displayScriptConversion(DisplayScript::Simplified),
            std::optional(ScriptConverter::Direction::ToSimplified));
        QCOMPARE(displayScriptConversion(DisplayScript::Traditional),
            std::optional(ScriptConverter::Direction::ToTraditional));
    }
};

QTEST_GUILESS_MAIN(TestDisplayScript)
#include "tst_displayscript.moc"
