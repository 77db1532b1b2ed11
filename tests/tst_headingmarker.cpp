// SPDX-License-Identifier: GPL-3.0-or-later
// The numbering a line of a report starts with: 一、 （一） 1. （1） and the enumerations 一是 / 第二是,
// in full-width and half-width forms, and the numbers in sentences that are not markers.
#include "headingmarker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Fazhi::HeadingMarker;

class TestHeadingMarker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markers_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("ordinal");
        QTest::addColumn<QString>("rest");
        QTest::newRow("一、") << u"一、主要举措和成效"_s << 1 << 1 << u"主要举措和成效"_s;
        QTest::newRow("十二、") << u"十二、其他工作"_s << 1 << 12 << u"其他工作"_s;
        QTest::newRow("二十三、") << u"二十三、附则"_s << 1 << 23 << u"附则"_s;
        QTest::newRow("三. half-width point") << u"三.存在不足"_s << 1 << 3 << u"存在不足"_s;
        QTest::newRow("四． full-width point") << u"四．2025年工作计划"_s << 1 << 4 << u"2025年工作计划"_s;
        QTest::newRow("（一）") << u"（一）坚持党的领导"_s << 2 << 1 << u"坚持党的领导"_s;
        QTest::newRow("(三) half-width") << u"(三)严格落实党政主要负责人法治政府建设责任"_s << 2 << 3
                                         << u"严格落实党政主要负责人法治政府建设责任"_s;
        QTest::newRow("（十一）") << u"（十一）强化行政权力制约监督"_s << 2 << 11 << u"强化行政权力制约监督"_s;
        QTest::newRow("traditional （二）")
            << u"（二）堅持依法全面履行政府職能。"_s << 2 << 2 << u"堅持依法全面履行政府職能。"_s;
        QTest::newRow("1.") << u"1.切实做好政府机构改革工作。"_s << 3 << 1 << u"切实做好政府机构改革工作。"_s;
        QTest::newRow("2、") << u"2、全面推进“放管服”改革"_s << 3 << 2 << u"全面推进“放管服”改革"_s;
        QTest::newRow("12．") << u"12．深化行政复议体制改革"_s << 3 << 12 << u"深化行政复议体制改革"_s;
        QTest::newRow("１． full-width digit") << u"１．规范行政执法"_s << 3 << 1 << u"规范行政执法"_s;
        QTest::newRow("（1）") << u"（1）行政复议收案128件"_s << 3 << 1 << u"行政复议收案128件"_s;
        QTest::newRow("(12) half-width") << u"(12)其他"_s << 3 << 12 << u"其他"_s;
        QTest::newRow("一是") << u"一是强化思想引领。"_s << 0 << 1 << u"强化思想引领。"_s;
        QTest::newRow("十是") << u"十是抓好普法宣传。"_s << 0 << 10 << u"抓好普法宣传。"_s;
        QTest::newRow("第二是") << u"第二是健全制度"_s << 0 << 2 << u"健全制度"_s;
        QTest::newRow("before a surrogate pair") << u"一、𠮷野"_s << 1 << 1 << u"𠮷野"_s;
    }

    void markers()
    {
        QFETCH(QString, line);
        QFETCH(int, level);
        QFETCH(int, ordinal);
        QFETCH(QString, rest);
        const std::optional<HeadingMarker> marker = HeadingMarker::at(line);
        QVERIFY(marker.has_value());
        QCOMPARE(marker->level, level);
        QCOMPARE(marker->ordinal, ordinal);
        QCOMPARE(marker->isEnumeration(), level == 0);
        // The length is where the heading's own words begin.
        QCOMPARE(line.mid(marker->length), rest);
    }

    void notMarkers_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("empty") << QString();
        QTest::newRow("a year") << u"2024年,镇江市坚持以习近平新时代中国特色社会主义思想为指导"_s;
        QTest::newRow("a decimal") << u"1.5万人次参加学法考试。"_s;
        QTest::newRow("zero") << u"0.上年结转"_s;
        QTest::newRow("a numeral in a word") << u"一些部门依法行政意识不强"_s;
        QTest::newRow("a numeral alone") << u"十"_s;
        QTest::newRow("一十 is not how ten is written") << u"一十、其他"_s;
        QTest::newRow("two numerals side by side") << u"一一、其他"_s;
        QTest::newRow("unclosed bracket") << u"（一坚持党的领导"_s;
        QTest::newRow("brackets round a word") << u"（草案）"_s;
        QTest::newRow("第一 with a comma") << u"第一、坚持党的领导"_s;
        QTest::newRow("a character outside the BMP") << u"𠮷、"_s;
        QTest::newRow("a space first") << u" 一、主要做法"_s;
    }

    void notMarkers()
    {
        QFETCH(QString, line);
        QVERIFY(!HeadingMarker::at(line).has_value());
    }

    void chineseNumerals()
    {
        QCOMPARE(HeadingMarker::chineseNumeral(u"一"), 1);
        QCOMPARE(HeadingMarker::chineseNumeral(u"九"), 9);
        QCOMPARE(HeadingMarker::chineseNumeral(u"十"), 10);
        QCOMPARE(HeadingMarker::chineseNumeral(u"十九"), 19);
        QCOMPARE(HeadingMarker::chineseNumeral(u"二十"), 20);
        QCOMPARE(HeadingMarker::chineseNumeral(u"九十九"), 99);
        const QStringList notNumerals{
            u""_s, u"零"_s, u"〇"_s, u"一十"_s, u"十十"_s, u"一百"_s, u"一二"_s, u"二十三四"_s, u"甲"_s};
        for (const QString &notOne : notNumerals) {
            QVERIFY2(HeadingMarker::chineseNumeral(notOne) == 0, qPrintable(notOne));
        }
    }
};

QTEST_GUILESS_MAIN(TestHeadingMarker)
#include "tst_headingmarker.moc"
