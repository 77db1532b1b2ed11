// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationloader.h"

#include "datatext.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// Maps a locale name in any common spelling to one of our languages, or an empty string.
QString normalize(const QString &name)
{
    const QString lower = name.toLower().replace(u'-', u'_');
    if (lower.startsWith(u"zh")) {
        const bool traditional
            = lower.contains(u"hant") || lower.contains(u"_tw") || lower.contains(u"_hk") || lower.contains(u"_mo");
        return traditional ? u"zh_TW"_s : u"zh_CN"_s;
    }
    if (lower == u"en" || lower.startsWith(u"en_")) {
        return u"en"_s;
    }
    return {};
}

} // namespace

QStringList TranslationLoader::availableLanguages()
{
    return {u"zh_CN"_s, u"zh_TW"_s, u"en"_s};
}

Result<QString> TranslationLoader::resolve(
    const QString &requested, const QStringList &systemLanguages, const QString &fallback)
{
    if (!requested.isEmpty()) {
        const QString language = normalize(requested);
        if (language.isEmpty()) {
            return Error{
                QCoreApplication::translate("Fazhi::TranslationLoader", "Unknown language \"%1\": use one of %2.")
                    .arg(requested, availableLanguages().join(u", "))};
        }
        return language;
    }
    for (const QString &system : systemLanguages) {
        const QString language = normalize(system);
        if (!language.isEmpty()) {
            return language;
        }
    }
    return fallback;
}

Result<QString> TranslationLoader::applicationLanguage(const QString &option, const QString &saved)
{
    const QString environment = qEnvironmentVariable("FAZHI_LANG");
    const QString requested = !option.isEmpty() ? option : !environment.isEmpty() ? environment : saved;
    return resolve(requested, QLocale::system().uiLanguages());
}

QStringList TranslationLoader::install(QCoreApplication *app, const QString &language)
{
    // Dates and numbers in the UI language, and text from data in its script.
    QLocale::setDefault(QLocale(language));
    DataText::setLanguage(language);
    QStringList missing;
    // An installed catalogue (share/fazhi-review/translations) lets a translator fix wording
    // without a rebuild; the one compiled into the program is the fallback.
    const QString installed = QCoreApplication::applicationDirPath() + u"/../share/fazhi-review/translations"_s;
    auto *own = new QTranslator(app);
    if (own->load(u"fazhi_"_s + language, installed) || own->load(u"fazhi_"_s + language, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
    } else {
        missing.append(u":/i18n/fazhi_"_s + language + u".qm"_s);
        delete own;
    }
    if (language == u"en") {
        return missing; // Qt's own strings are written in English
    }
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *qt = new QTranslator(app);
    if (qt->load(u"qtbase_"_s + language, qtDirectory)) {
        QCoreApplication::installTranslator(qt);
    } else {
        missing.append(qtDirectory + u"/qtbase_"_s + language + u".qm"_s);
        delete qt;
    }
    return missing;
}

} // namespace Fazhi
