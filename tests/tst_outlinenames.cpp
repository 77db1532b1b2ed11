// SPDX-License-Identifier: GPL-3.0-or-later
#include "datatext.h"
#include "outlinenames.h"
#include "outlinestandard.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestOutlineNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        DataText::setLanguage(u"zh_CN"_s);
        DataText::setVariant(DataText::Variant::Taiwan);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }

    void simplifiedShowsTheStandardsWords()
    {
        QCOMPARE(OutlineNames::theme(u"disputes"_s), u"矛盾纠纷预防化解"_s);
        QCOMPARE(OutlineNames::name(u"行政复议收案数"_s), u"行政复议收案数"_s);
        QCOMPARE(OutlineNames::quantity(125, u"件"_s), u"125件"_s);
        QCOMPARE(OutlineNames::quantity(98.5, u"%"_s), u"98.5%"_s);
    }

    void traditionalInZhTw()
    {
        DataText::setLanguage(u"zh_TW"_s);
        QCOMPARE(OutlineNames::theme(u"disputes"_s), u"矛盾糾紛預防化解"_s);
        QCOMPARE(OutlineNames::theme(u"leadership_study"_s), u"黨的領導和學法用法"_s);
        QCOMPARE(OutlineNames::name(u"规范性文件备案数"_s), u"規範性文件備案數"_s);
        QCOMPARE(OutlineNames::quantity(12, u"项"_s), u"12項"_s);
    }

    void englishInEn()
    {
        DataText::setLanguage(u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(OutlineNames::theme(u"enforcement"_s), u"Administrative law enforcement"_s);
        QCOMPARE(OutlineNames::name(u"行政诉讼败诉率"_s), u"Administrative lawsuits lost"_s);
        // The English name says what is counted; the rate keeps its sign.
        QCOMPARE(OutlineNames::quantity(1250, u"件"_s), u"1,250"_s);
        QCOMPARE(OutlineNames::quantity(98.5, u"%"_s), u"98.5%"_s);
        QCOMPARE(OutlineNames::unit(u"人次"_s), QString());
    }

    void everyBundledNameHasItsEnglish()
    {
        DataText::setLanguage(u"en"_s);
        const auto standard = OutlineStandard::bundled();
        QVERIFY2(standard.ok(), qPrintable(standard.error()));
        for (const OutlineTheme &theme : standard.value().themes()) {
            QVERIFY2(!theme.englishName.isEmpty(), qPrintable(theme.id));
            QCOMPARE(OutlineNames::theme(theme.id), theme.englishName);
        }
        for (const IndicatorDefinition &indicator : standard.value().indicators()) {
            QVERIFY2(!indicator.englishName.isEmpty(), qPrintable(indicator.id));
            QCOMPARE(OutlineNames::name(indicator.name), indicator.englishName);
        }
    }

    void namesTheBundledStandardLacksPassThrough()
    {
        // An office's own standard: its words are shown as any data is.
        DataText::setLanguage(u"en"_s);
        QCOMPARE(OutlineNames::name(u"营商环境评价"_s), u"营商环境评价"_s);
        QCOMPARE(OutlineNames::theme(u"no_such_theme"_s), u"no_such_theme"_s);
        DataText::setLanguage(u"zh_TW"_s);
        QCOMPARE(OutlineNames::name(u"营商环境评价"_s), u"營商環境評價"_s);
    }
};

QTEST_GUILESS_MAIN(TestOutlineNames)
#include "tst_outlinenames.moc"
