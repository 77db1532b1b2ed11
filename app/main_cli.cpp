// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi-cli: the headless front end.
#include "clirunner.h"
#include "translationloader.h"

#include <cstdio>
#include <memory>

#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // PDFs need fonts, and fonts a GUI application: on the offscreen platform, no display needed.
    const bool printing = argc > 1 && (qstrcmp(argv[1], "export") == 0 || qstrcmp(argv[1], "bench") == 0);
    if (printing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const std::unique_ptr<QCoreApplication> app
        = printing ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FazhiReview"));
    QCoreApplication::setApplicationName(QStringLiteral("fazhi-review"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAZHI_VERSION));

    // Messages follow the environment's language (FAZHI_LANG overrides); scripts parse the
    // machine-readable output (--json), which is not translated.
    const auto language = Fazhi::TranslationLoader::resolve(
        qEnvironmentVariable("FAZHI_LANG"), QLocale::system().uiLanguages(), QStringLiteral("en"));
    Fazhi::TranslationLoader::install(app.get(), language.ok() ? language.value() : QStringLiteral("en"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Fazhi::CliRunner runner(out, err);
    return runner.run(QCoreApplication::arguments());
}
