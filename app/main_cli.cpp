// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi-cli: the headless front end.
#include "appsettings.h"
#include "clirunner.h"
#include "datatext.h"
#include "offscreenplatform.h"
#include "translationloader.h"

#include <cstdio>
#include <cstring>
#include <memory>

#include <QApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>

namespace {

/**
 * Commands that lay out PDFs or draw charts and widgets off screen: fonts and Qt Charts need a
 * QApplication, on the offscreen platform so that no display is needed.
 */
bool needsWidgets(int argc, char *argv[])
{
    // The command is the first argument that is not the global --lang option.
    int i = 1;
    while (i < argc && (std::strcmp(argv[i], "--lang") == 0 || std::strncmp(argv[i], "--lang=", 7) == 0)) {
        i += std::strcmp(argv[i], "--lang") == 0 ? 2 : 1;
    }
    if (i >= argc) {
        return false;
    }
    return std::strcmp(argv[i], "bench") == 0 || std::strcmp(argv[i], "export") == 0
        || std::strcmp(argv[i], "dashboard") == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (needsWidgets(argc, argv)) {
        // A command-line tool never opens a window, so it needs no display either.
        Fazhi::OffscreenPlatform::prefer();
        application = std::make_unique<QApplication>(argc, argv);
        Fazhi::OffscreenPlatform::silenceSizeHintWarnings();
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("FazhiReview"));
    QCoreApplication::setApplicationName(QStringLiteral("fazhi-review"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAZHI_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    // Messages and documents in the language the window would speak on this system (the saved
    // setting, else the system's, else zh_CN); --lang or FAZHI_LANG overrides. Scripts parse the
    // machine-readable output (--json), which is not translated.
    QStringList arguments = QCoreApplication::arguments();
    const auto option = Fazhi::CliRunner::takeLanguageOption(arguments);
    if (Fazhi::CliRunner::takeVerboseOption(arguments)) {
        QLoggingCategory::setFilterRules(QStringLiteral("fazhi.*.info=true"));
    }
    const Fazhi::AppSettings settings;
    const auto language
        = Fazhi::TranslationLoader::applicationLanguage(option.value_or(QString()), settings.uiLanguage());
    const auto fallback = Fazhi::TranslationLoader::applicationLanguage({}, {});
    Fazhi::TranslationLoader::install(&app,
        language       ? language.value()
            : fallback ? fallback.value()
                       : QStringLiteral("zh_CN"));
    // Traditional script with the conventions the reviewer chose for the window (s2tw or s2hk).
    Fazhi::DataText::setVariant(settings.traditionalVariant());
    if (!language) {
        err << language.error() << Qt::endl;
        return 2;
    }
    if (option && option->isEmpty()) {
        err << QCoreApplication::translate(
            "Fazhi::CliRunner", "fazhi-cli: --lang needs a language: zh_CN, zh_TW or en.")
            << Qt::endl;
        return 2;
    }

    Fazhi::CliRunner runner(out, err);
    return runner.run(arguments);
}
