// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi-cli: the headless front end.
#include "clirunner.h"
#include "translationloader.h"

#include <cstdio>
#include <memory>
#include <string_view>

#include <QApplication>
#include <QLocale>
#include <QTextStream>

namespace {

/** Whether the command draws charts: Qt Charts are graphics widgets and need a QApplication. */
bool drawsCharts(int argc, char *argv[])
{
    const auto argument = [argc, argv](int i) {
        return i < argc ? std::string_view(argv[i]) : std::string_view();
    };
    return argument(1) == "dashboard" || (argument(1) == "bench" && argument(2) == "dashboard");
}

} // namespace

int main(int argc, char *argv[])
{
    // Charts are drawn without a display, whatever the environment says: the CLI never shows a window.
    const bool charts = drawsCharts(argc, argv);
    if (charts) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const std::unique_ptr<QCoreApplication> application
        = charts ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
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
