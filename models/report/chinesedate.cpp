// SPDX-License-Identifier: GPL-3.0-or-later
#include "chinesedate.h"

#include "headingmarker.h"

#include <QRegularExpression>
#include <QString>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

const QString Digits = u"0-9０-９"_s;

// Arabic or full-width digits, or Chinese digits read one by one (二〇二四), or a Chinese
// numeral (十二, 二十四).
int numberValue(const QString &text)
{
    bool ok = false;
    QString ascii;
    for (QChar c : text) {
        ascii.append(c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19 ? QChar(c.unicode() - 0xFF10 + u'0') : c);
    }
    const int value = ascii.toInt(&ok);
    if (ok) {
        return value;
    }
    if (const int numeral = HeadingMarker::chineseNumeral(text); numeral > 0) {
        return numeral;
    }
    static const QString digits = u"〇一二三四五六七八九"_s;
    int result = 0;
    for (QChar c : text) {
        const qsizetype d = c == u'零' || c == u'○' || c == u'Ｏ' ? 0 : digits.indexOf(c);
        if (d < 0) {
            return -1;
        }
        result = result * 10 + int(d);
    }
    return text.isEmpty() ? -1 : result;
}

const QRegularExpression &datePattern()
{
    static const QRegularExpression pattern(
        u"([%1]{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*([%1]{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*"
        u"([%1]{1,2}|[一二三四五六七八九十]{1,3})\\s*日"
        u"|([%1]{4})\\s*[-/.．]\\s*([%1]{1,2})\\s*[-/.．]\\s*([%1]{1,2})(?![%1])"_s.arg(Digits));
    return pattern;
}

QDate fromMatch(const QRegularExpressionMatch &match)
{
    const int first = match.capturedLength(1) > 0 ? 1 : 4;
    const QDate date(numberValue(match.captured(first)), numberValue(match.captured(first + 1)),
        numberValue(match.captured(first + 2)));
    return date.isValid() && date.year() >= 1949 && date.year() <= 2200 ? date : QDate();
}

} // namespace

QDate ChineseDate::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const auto match = datePattern().matchView(trimmed);
    if (!match.hasMatch() || match.capturedStart() != 0 || match.capturedLength() != trimmed.size()) {
        return {};
    }
    return fromMatch(match);
}

QDate ChineseDate::find(QStringView text)
{
    auto it = datePattern().globalMatchView(text);
    while (it.hasNext()) {
        if (const QDate date = fromMatch(it.next()); date.isValid()) {
            return date;
        }
    }
    return {};
}

} // namespace Fazhi
