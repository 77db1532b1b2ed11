// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi-cli: the headless front end.
#include "clirunner.h"
#include "offscreenplatform.h"
#include "translationloader.h"

#include <cstdio>
#include <cstring>
#include <memory>

#include <QApplication>
#include <QLocale>
#include <QTextStream>

namespace {

/**
 * Commands that lay out PDFs or draw charts and widgets off screen: fonts and Qt Charts need a
 * QApplication, on the offscreen platform so that no display is needed.
 */
bool needsWidgets(int argc, char *argv[])
{
    if (argc < 2) {
        return false;
    }
    return std::strcmp(argv[1], "bench") == 0 || std::strcmp(argv[1], "export") == 0
        || std::strcmp(argv[1], "dashboard") == 0;
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

    // Messages follow the environment's language (FAZHI_LANG overrides); scripts parse the
    // machine-readable output (--json), which is not translated.
    const auto language = Fazhi::TranslationLoader::resolve(
        qEnvironmentVariable("FAZHI_LANG"), QLocale::system().uiLanguages(), QStringLiteral("en"));
    Fazhi::TranslationLoader::install(&app, language.ok() ? language.value() : QStringLiteral("en"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Fazhi::CliRunner runner(out, err);
    return runner.run(QCoreApplication::arguments());
}
