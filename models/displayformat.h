// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Fazhi {

/**
 * Dates and times as the UI language writes them (2026年12月1日 20:50; 1 Dec 2026 20:50): the
 * one place every panel, dialog and list formats one. Uses the default QLocale, which
 * TranslationLoader::install() sets to the UI language.
 */
class DisplayFormat final
{
public:
    /** @p date in the UI language; empty for an invalid date. */
    static QString date(QDate date);
    /** @p moment in local time to the minute, in the UI language; empty for an invalid one. */
    static QString dateTime(const QDateTime &moment);
};

} // namespace Fazhi
