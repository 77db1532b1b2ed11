// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi-review: the workstation.
#include "appsettings.h"
#include "mainwindow.h"
#include "translationloader.h"
#include "windowscreenshot.h"

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
        if (std::strcmp(argv[i], "--screenshot") == 0 && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
}

// The offscreen platform warns that it cannot pass size hints to a window system it does not
// have; for a screenshot that is expected, and the noise would hide real messages.
QtMessageHandler s_defaultMessageHandler = nullptr;

void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.contains(u"does not support propagateSizeHints"_s)) {
        s_defaultMessageHandler(type, context, message);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    preferOffscreenForScreenshots(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"FazhiReview"_s);
    QApplication::setApplicationName(u"fazhi-review"_s);
    QApplication::setApplicationVersion(QStringLiteral(FAZHI_VERSION));
    QApplication::setDesktopFileName(u"fazhi-review"_s);
    QApplication::setWindowIcon(QIcon(u":/fazhi/icons/fazhi-review.svg"_s));

    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fazhi Review - rule-of-law report review workstation"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, u"Render the main window to FILE (PNG) and exit."_s, u"FILE"_s);
    const QCommandLineOption sizeOption(
        u"size"_s, u"Window size for --screenshot, e.g. 1600x1000."_s, u"WxH"_s, u"1600x1000"_s);
    const QCommandLineOption langOption(u"lang"_s, u"UI language: zh_CN, zh_TW or en."_s, u"LANG"_s);
    parser.addOptions({screenshotOption, sizeOption, langOption});
    parser.process(app);

    Fazhi::AppSettings settings;
    const QString requested = parser.isSet(langOption) ? parser.value(langOption) : settings.uiLanguage();
    const auto language = Fazhi::TranslationLoader::resolve(requested, QLocale::system().uiLanguages());
    if (!language) {
        err << language.error() << Qt::endl;
        return 2;
    }
    Fazhi::TranslationLoader::install(&app, language.value());
    QApplication::setApplicationDisplayName(Fazhi::MainWindow::tr("Fazhi Review"));

    Fazhi::MainWindow window(settings);
    if (parser.isSet(screenshotOption)) {
        s_defaultMessageHandler = qInstallMessageHandler(dropOffscreenNoise);
        const auto size = Fazhi::WindowScreenshot::parseSize(parser.value(sizeOption));
        if (!size) {
            err << size.error() << Qt::endl;
            return 2;
        }
        const auto written = Fazhi::WindowScreenshot::write(window, size.value(), parser.value(screenshotOption));
        if (!written) {
            err << written.error() << Qt::endl;
            return 1;
        }
        return 0;
    }
    window.show();
    return QApplication::exec();
}
