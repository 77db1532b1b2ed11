// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi-cli: the headless front end.
#include "clirunner.h"
#include "translationloader.h"

#include <cstdio>

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
