// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi-review: the workstation.
#include "applicationtheme.h"
#include "appsettings.h"
#include "compareview.h"
#include "dashboardview.h"
#include "datatext.h"
#include "eventwait.h"
#include "librarymodel.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "offscreenplatform.h"
#include "reviewernamedialog.h"
#include "reviewsession.h"
#include "screenshotproject.h"
#include "translationloader.h"
#include "wheelguard.h"
#include "windowscreenshot.h"

#include <cstring>

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QIcon>
#include <QLocale>
#include <QTemporaryDir>
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
        // A screenshot never touches the user's settings or projects.
        QTemporaryDir scratch;
        Fazhi::AppSettings screenshotSettings(scratch.filePath(u"settings.ini"_s));
        screenshotSettings.setReviewerName(u"审阅人"_s);
        Fazhi::ApplicationTheme::apply(Fazhi::AppSettings::themeFromName(parser.value(options.theme)));
        Fazhi::MainWindow window(screenshotSettings);
        QString project = parser.value(options.project);
        if (project.isEmpty()) {
            project = scratch.filePath(u"samples.fzr"_s);
            if (const auto made = Fazhi::ScreenshotProject::createFromSamples(project); !made) {
                err << made.error() << Qt::endl;
                return 1;
            }
        }
        if (const auto opened = window.openProject(project); !opened) {
            err << opened.error() << Qt::endl;
            return 1;
        }
        QList<qint64> reports;
        for (const QString &id : parser.value(options.reports).split(u',', Qt::SkipEmptyParts)) {
            reports.append(id.toLongLong());
        }
        const QString view = parser.value(options.view);
        const bool comparing = view == u"compare" || view == u"matrix";
        if (reports.size() < (comparing ? 2 : 1)) {
            reports = Fazhi::ScreenshotProject::defaultReports(*window.session().store(), comparing ? 3 : 1);
        }
        if (view == u"reader") {
            for (const qint64 id : std::as_const(reports)) {
                window.openReport(id);
            }
        } else if (comparing) {
            // The views are wide: the panels make room for them, as a reviewer would.
            for (QDockWidget *dock : {window.libraryDock(), window.outlineDock(), window.annotationsDock(),
                     window.checklistDock(), window.searchDock()}) {
                dock->hide();
            }
            if (view == u"compare") {
                Fazhi::CompareView *compare = window.openCompare(reports);
                if (!compare) {
                    return 1;
                }
                Fazhi::EventWait::forSignal(compare, &Fazhi::CompareView::setPhrasesReady, 15000);
                compare->showRow(u"problems"_s);
            } else if (!window.openMatrix(reports)) {
                return 1;
            }
        } else if (parser.value(options.view) == u"dashboard") {
            // The figures are computed on a worker thread: the picture waits for them.
            const Fazhi::DashboardView *dashboard = window.showDashboard();
            Fazhi::EventWait::until([dashboard] { return !dashboard->isComputing(); }, 10000);
        } else {
            window.libraryDock()->raise();
        }
        // The library lists the reports on a worker thread: the picture waits for the list.
        Fazhi::EventWait::until([&window] { return !window.library()->model()->isLoading(); }, 10000);
        Fazhi::OffscreenPlatform::silenceSizeHintWarnings();
        const auto size = Fazhi::WindowScreenshot::parseSize(parser.value(options.size));
        if (!size) {
            err << size.error() << Qt::endl;
            return 2;
        }
        const auto written = Fazhi::WindowScreenshot::write(window, size.value(), parser.value(options.screenshot));
        if (!written) {
            err << written.error() << Qt::endl;
            return 1;
        }
        return 0;
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
