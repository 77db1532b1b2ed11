// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// Qt's short formats are numeric (2026/12/1) and its long ones carry the weekday; a reviewer
// reads the date the way letters and reports write it.
QString dateFormat(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? u"yyyy年M月d日"_s : u"d MMM yyyy"_s;
}

} // namespace

QString DisplayFormat::date(QDate date)
{
    const QLocale locale;
    return date.isValid() ? locale.toString(date, dateFormat(locale)) : QString();
}

QString DisplayFormat::dateTime(const QDateTime &moment)
{
    const QLocale locale;
    return moment.isValid() ? locale.toString(moment.toLocalTime(), dateFormat(locale) + u" HH:mm"_s) : QString();
}

} // namespace Fazhi
