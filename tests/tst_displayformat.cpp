// SPDX-License-Identifier: GPL-3.0-or-later
// Dates and times as the UI language writes them, whatever the system locale.
#include "displayformat.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void dateTimeInTheUiLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"2026年12月1日 20:50"_s;
        QTest::newRow("zh_TW") << u"zh_TW"_s << u"2026年12月1日 20:50"_s;
        QTest::newRow("en") << u"en"_s << u"1 Dec 2026 20:50"_s;
    }

    void dateTimeInTheUiLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(language));
        // Stored in UTC, shown in local time, to the minute.
        const QDateTime local(QDate(2026, 12, 1), QTime(20, 50, 10));
        QCOMPARE(DisplayFormat::dateTime(local.toUTC()), expected);
        QCOMPARE(DisplayFormat::date(QDate(2026, 12, 1)), expected.section(u' ', 0, -2));
    }

    void invalidIsEmpty()
    {
        QCOMPARE(DisplayFormat::dateTime({}), QString());
        QCOMPARE(DisplayFormat::date({}), QString());
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
