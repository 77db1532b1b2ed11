// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi-review: the workstation.
#include "applicationtheme.h"
#include "appsettings.h"
#include "datatext.h"
#include "mainwindow.h"
#include "offscreenplatform.h"
#include "reviewernamedialog.h"
#include "screenshotrun.h"
#include "translationloader.h"
#include "wheelguard.h"

#include <cstring>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// --screenshot must work on machines without a display, so the platform is chosen before
// QApplication exists, unless the user picked one.
void preferOffscreenForScreenshots(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0) {
            Fazhi::OffscreenPlatform::prefer();
        }
    }
}

/** The program's options; --help and --version come with every parser. */
struct Options
{
    QCommandLineOption screenshot{u"screenshot"_s, u"Render the main window to FILE (PNG) and exit."_s, u"FILE"_s};
    QCommandLineOption size{u"size"_s, u"Window size for --screenshot, e.g. 1600x1000."_s, u"WxH"_s, u"1600x1000"_s};
    QCommandLineOption lang{u"lang"_s, u"UI language: zh_CN, zh_TW or en."_s, u"LANG"_s};
    QCommandLineOption view{u"view"_s,
        u"View for --screenshot: library, reader (default), compare, matrix or dashboard."_s, u"VIEW"_s, u"reader"_s};
    QCommandLineOption project{u"project"_s,
        u"Project for --screenshot (default: the bundled sample reports in a temporary project)."_s, u"FILE"_s};
    QCommandLineOption reports{
        u"reports"_s, u"Report ids to open for --screenshot, e.g. 1,3 (default: the first)."_s, u"IDS"_s};
    QCommandLineOption theme{u"theme"_s, u"Colors for --screenshot: system, light or dark."_s, u"THEME"_s, u"system"_s};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(u"Fazhi Review - rule-of-law report review workstation"_s);
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({screenshot, size, lang, view, project, reports, theme});
    }
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"FazhiReview"_s);
    QCoreApplication::setApplicationName(u"fazhi-review"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FAZHI_VERSION));
}

bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const Options options;
    if (asksForHelpOrVersion(argc, argv)) {
        // Printing the usage needs no display: no QApplication, which would want one.
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        options.addTo(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    preferOffscreenForScreenshots(argc, argv);
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(u"fazhi-review"_s);
    QApplication::setWindowIcon(QIcon(u":/fazhi/icons/fazhi-review.svg"_s));
    // Before any widget exists: the wheel scrolls panels and changes no value by accident.
    Fazhi::WheelGuard::install();

    QTextStream err(stderr);
    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);

    Fazhi::AppSettings settings;
    const auto language
        = Fazhi::TranslationLoader::applicationLanguage(parser.value(options.lang), settings.uiLanguage());
    if (!language) {
        err << language.error() << Qt::endl;
        return 2;
    }
    Fazhi::TranslationLoader::install(&app, language.value());
    Fazhi::DataText::setVariant(settings.traditionalVariant());
    QObject::connect(&settings, &Fazhi::AppSettings::traditionalVariantChanged, &app, &Fazhi::DataText::setVariant);
    QApplication::setApplicationDisplayName(Fazhi::MainWindow::tr("Fazhi Review"));

    if (parser.isSet(options.screenshot)) {
        const Fazhi::ScreenshotRun run({.fileName = parser.value(options.screenshot),
            .size = parser.value(options.size),
            .view = parser.value(options.view),
            .project = parser.value(options.project),
            .reports = parser.value(options.reports),
            .theme = parser.value(options.theme)});
        return run.exec(err);
    }

    Fazhi::ApplicationTheme::apply(settings.theme());
    QObject::connect(&settings, &Fazhi::AppSettings::themeChanged, &app, &Fazhi::ApplicationTheme::apply);
    Fazhi::MainWindow window(settings);
    // The reviewer's name signs every annotation: asked once, before the first one.
    Fazhi::ReviewerNameDialog::ensureReviewerName(settings, &window);
    window.openStartupProject();
    window.show();
    return QApplication::exec();
}
