// SPDX-License-Identifier: GPL-3.0-or-later
// Dates as reports write them, in Arabic, full-width and Chinese digits, and the text around
// them that is not a date.
#include "chinesedate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Fazhi::ChineseDate;

class TestChineseDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writtenDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("Arabic") << u"2024年3月15日"_s << QDate(2024, 3, 15);
        QTest::newRow("Arabic, two digits") << u"2024年12月24日"_s << QDate(2024, 12, 24);
        QTest::newRow("spaces a word processor sets") << u"2024 年 3 月 15 日"_s << QDate(2024, 3, 15);
        QTest::newRow("full-width digits") << u"２０２５年２月８日"_s << QDate(2025, 2, 8);
        QTest::newRow("Chinese digits") << u"二〇二四年三月十五日"_s << QDate(2024, 3, 15);
        QTest::newRow("Chinese tens") << u"二〇二四年十二月二十四日"_s << QDate(2024, 12, 24);
        QTest::newRow("circle for zero") << u"二○一九年十二月五日"_s << QDate(2019, 12, 5);
        QTest::newRow("零 for zero") << u"二零二零年十月三十一日"_s << QDate(2020, 10, 31);
        QTest::newRow("Arabic year, Chinese day") << u"2024年1月三十一日"_s << QDate(2024, 1, 31);
        QTest::newRow("ISO") << u"2025-02-08"_s << QDate(2025, 2, 8);
        QTest::newRow("slashes") << u"2025/2/8"_s << QDate(2025, 2, 8);
        QTest::newRow("points") << u"2025.02.08"_s << QDate(2025, 2, 8);
        QTest::newRow("full-width points") << u"2025．02．08"_s << QDate(2025, 2, 8);
        QTest::newRow("surrounding spaces") << u"  2024年12月24日 "_s << QDate(2024, 12, 24);
        QTest::newRow("CRLF line end") << u"2024年12月24日\r\n"_s << QDate(2024, 12, 24);
    }

    void writtenDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(ChineseDate::parse(text), date);
        QCOMPARE(ChineseDate::find(QString(u"本报告于"_s + text + u"报送。"_s)), date);
    }

    void notDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("year alone") << u"二〇二四年"_s;
        QTest::newRow("no day") << u"2024年3月"_s;
        QTest::newRow("30 February") << u"2024年2月30日"_s;
        QTest::newRow("thirteenth month") << u"二〇二四年十三月一日"_s;
        QTest::newRow("before 1949") << u"1948年10月1日"_s;
        QTest::newRow("after 2200") << u"2201-01-01"_s;
        QTest::newRow("two-digit year") << u"24/3/15"_s;
        QTest::newRow("day runs into more digits") << u"2024-03-155"_s;
        QTest::newRow("号 for 日") << u"2024年3月15号"_s;
        QTest::newRow("a character outside the BMP") << u"𠮷"_s;
        QTest::newRow("statute title") << u"《中华人民共和国行政复议法》"_s;
    }

    void notDates()
    {
        QFETCH(QString, text);
        QVERIFY(!ChineseDate::parse(text).isValid());
        QVERIFY(!ChineseDate::find(text).isValid());
    }

    void parseTakesOnlyAWholeDate()
    {
        // A line of the closing matter is a date only when it holds nothing else.
        QVERIFY(!ChineseDate::parse(u"江门市江海区人民政府 2024年12月24日"_s).isValid());
        QVERIFY(!ChineseDate::parse(u"2024年12月24日印发"_s).isValid());
        QVERIFY(!ChineseDate::parse(u"2024-3-15日"_s).isValid());
        QCOMPARE(ChineseDate::find(u"2024-3-15日"_s), QDate(2024, 3, 15));
    }

    void findTakesTheFirstValidDate()
    {
        QCOMPARE(ChineseDate::find(u"自2024年1月1日起至2024年12月31日止"_s), QDate(2024, 1, 1));
        // One that cannot be a date does not hide the next.
        QCOMPARE(ChineseDate::find(u"原定2024年2月30日，改为2024年3月1日"_s), QDate(2024, 3, 1));
        QCOMPARE(ChineseDate::find(u"𠮷2024年3月15日"_s), QDate(2024, 3, 15));
        QCOMPARE(ChineseDate::find(u"發佈日期：2025-02-08 瀏覽次數：120"_s), QDate(2025, 2, 8));
    }
};

QTEST_GUILESS_MAIN(TestChineseDate)
#include "tst_chinesedate.moc"
