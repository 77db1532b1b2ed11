// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Fazhi {

/**
 * Picks the UI language and installs its translators (ours and Qt's own) into the application.
 *
 * The languages are "zh_CN" (the default: the program is written for mainland offices first),
 * "zh_TW" and "en" (the source language of our strings).
 */
class TranslationLoader final
{
public:
    /** The languages the program ships, in menu order. */
    static QStringList availableLanguages();

    /**
     * The language to use: @p requested when given (accepting forms like "zh-Hant" or "en_US"),
     * otherwise the first Chinese or English entry of @p systemLanguages (as from
     * QLocale::uiLanguages()), otherwise @p fallback. An Error names an unknown @p requested.
     */
    static Result<QString> resolve(const QString &requested, const QStringList &systemLanguages,
        const QString &fallback = QStringLiteral("zh_CN"));

    /**
     * The language of both programs, chosen the same way: @p option (a --lang option) when given,
     * else the FAZHI_LANG environment variable, else @p saved (the language chosen in the
     * settings), else the system's when it is Chinese or English, else zh_CN. An Error names an
     * unknown language.
     */
    static Result<QString> applicationLanguage(const QString &option, const QString &saved);

    /**
     * Installs the translators for @p language into @p app: our catalogue from the resources
     * (":/i18n/fazhi_<language>.qm") and Qt's qtbase catalogue from Qt's translation directory.
     * Returns the catalogues that could not be loaded, which the caller may report.
     */
    static QStringList install(QCoreApplication *app, const QString &language);
};

} // namespace Fazhi
