// SPDX-License-Identifier: GPL-3.0-or-later
#include "headingmarker.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (u >= 0xFF10 && u <= 0xFF19) {
        return u - 0xFF10;
    }
    return -1;
}

int chineseDigit(QChar c)
{
    static const QString digits = u"〇一二三四五六七八九"_s;
    const qsizetype i = digits.indexOf(c);
    return i >= 0 ? int(i) : (c == u'零' ? 0 : -1);
}

bool isOpenBracket(QChar c)
{
    return c == u'(' || c == u'（';
}

bool isCloseBracket(QChar c)
{
    return c == u')' || c == u'）';
}

// Length of the run of Chinese numeral characters at the start of text (at most 3).
qsizetype numeralRun(QStringView text)
{
    qsizetype n = 0;
    while (n < text.size() && n < 3 && (chineseDigit(text.at(n)) > 0 || text.at(n) == u'十')) {
        ++n;
    }
    return n;
}

qsizetype digitRun(QStringView text)
{
    qsizetype n = 0;
    while (n < text.size() && n < 2 && digitValue(text.at(n)) >= 0) {
        ++n;
    }
    return n;
}

} // namespace

int HeadingMarker::chineseNumeral(QStringView text)
{
    if (text.isEmpty() || text.size() > 3) {
        return 0;
    }
    const qsizetype ten = text.indexOf(u'十');
    if (ten < 0) {
        return text.size() == 1 ? std::max(chineseDigit(text.at(0)), 0) : 0;
    }
    if (text.count(u'十') > 1) {
        return 0;
    }
    const int tens = ten == 0 ? 1 : (ten == 1 ? chineseDigit(text.at(0)) : -1);
    const int ones = ten == text.size() - 1 ? 0 : (ten == text.size() - 2 ? chineseDigit(text.at(ten + 1)) : -1);
    if (tens <= 0 || ones < 0 || (ten == 1 && tens < 2)) {
        return 0;
    }
    return tens * 10 + ones;
}

std::optional<HeadingMarker> HeadingMarker::at(QStringView text)
{
    if (text.isEmpty()) {
        return std::nullopt;
    }
    // （一） and （1）
    if (isOpenBracket(text.at(0))) {
        const QStringView rest = text.mid(1);
        if (const qsizetype n = numeralRun(rest); n > 0 && n < rest.size() && isCloseBracket(rest.at(n))) {
            if (const int value = chineseNumeral(rest.first(n)); value > 0) {
                return HeadingMarker{2, value, int(n + 2)};
            }
        }
        if (const qsizetype n = digitRun(rest); n > 0 && n < rest.size() && isCloseBracket(rest.at(n))) {
            return HeadingMarker{3, rest.first(n).toString().toInt(), int(n + 2)};
        }
        return std::nullopt;
    }
    // 一、 一. and enumerations 一是 / 第一是
    const bool ordinalPrefix = text.at(0) == u'第';
    const QStringView numeral = ordinalPrefix ? text.mid(1) : text;
    if (const qsizetype n = numeralRun(numeral); n > 0 && n < numeral.size()) {
        const int value = chineseNumeral(numeral.first(n));
        const QChar after = numeral.at(n);
        if (value > 0 && after == u'是') {
            return HeadingMarker{0, value, int(n + 1 + (ordinalPrefix ? 1 : 0))};
        }
        if (value > 0 && !ordinalPrefix && (after == u'、' || after == u'.' || after == u'．')) {
            return HeadingMarker{1, value, int(n + 1)};
        }
        return std::nullopt;
    }
    // 1. 1、 1． — but not 1.5 or 2024年
    if (const qsizetype n = digitRun(text); n > 0 && n < text.size()) {
        const QChar after = text.at(n);
        const bool separator = after == u'、' || after == u'.' || after == u'．';
        const bool followedByDigit = n + 1 < text.size() && digitValue(text.at(n + 1)) >= 0;
        if (separator && !followedByDigit) {
            int value = 0;
            for (qsizetype i = 0; i < n; ++i) {
                value = value * 10 + digitValue(text.at(i));
            }
            return value > 0 ? std::optional(HeadingMarker{3, value, int(n + 1)}) : std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace Fazhi
