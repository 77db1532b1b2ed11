// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotrun.h"

#include "applicationtheme.h"
#include "appsettings.h"
#include "compareview.h"
#include "dashboardview.h"
#include "eventwait.h"
#include "librarymodel.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "offscreenplatform.h"
#include "reviewsession.h"
#include "screenshotproject.h"
#include "windowscreenshot.h"
#include "workspace.h"

#include <QDockWidget>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

ScreenshotRun::ScreenshotRun(ScreenshotRequest request)
    : m_request(std::move(request))
{
}

int ScreenshotRun::exec(QTextStream &err) const
{
    const auto size = WindowScreenshot::parseSize(m_request.size);
    if (!size) {
        err << size.error() << Qt::endl;
        return 2;
    }
    const QTemporaryDir scratch;
    AppSettings settings(scratch.filePath(u"settings.ini"_s));
    settings.setReviewerName(u"审阅人"_s);
    ApplicationTheme::apply(AppSettings::themeFromName(m_request.theme));
    MainWindow window(settings);
    if (const auto opened = openView(window, scratch); !opened) {
        err << opened.error() << Qt::endl;
        return 1;
    }
    // The library lists the reports on a worker thread: the picture waits for the list.
    EventWait::until([&window] { return !window.library()->model()->isLoading(); }, 10000);
    OffscreenPlatform::silenceSizeHintWarnings();
    if (const auto written = WindowScreenshot::write(window, size.value(), m_request.fileName); !written) {
        err << written.error() << Qt::endl;
        return 1;
    }
    return 0;
}

Result<Done> ScreenshotRun::openView(MainWindow &window, const QTemporaryDir &scratch) const
{
    QString project = m_request.project;
    if (project.isEmpty()) {
        project = scratch.filePath(u"samples.fzr"_s);
        if (const auto made = ScreenshotProject::createFromSamples(project); !made) {
            return made;
        }
    }
    if (const auto opened = window.openProject(project); !opened) {
        return opened;
    }
    QList<qint64> reports;
    for (const QString &id : m_request.reports.split(u',', Qt::SkipEmptyParts)) {
        reports.append(id.toLongLong());
    }
    const QString &view = m_request.view;
    const bool comparing = view == u"compare" || view == u"matrix";
    if (reports.size() < (comparing ? 2 : 1)) {
        reports = ScreenshotProject::defaultReports(*window.session().store(), comparing ? 3 : 1);
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
        // From the workspace, which says why a view cannot open, rather than the window, which
        // would ask in a message box that nobody sees.
        if (view == u"compare") {
            const auto compare = window.workspace()->openCompare(reports);
            if (!compare) {
                return compare.failure();
            }
            EventWait::forSignal(compare.value(), &CompareView::setPhrasesReady, 15000);
            compare.value()->showRow(u"problems"_s);
        } else if (const auto matrix = window.workspace()->openMatrix(reports); !matrix) {
            return matrix.failure();
        }
    } else if (view == u"dashboard") {
        // The figures are computed on a worker thread: the picture waits for them.
        const DashboardView *dashboard = window.showDashboard();
        EventWait::until([dashboard] { return !dashboard->isComputing(); }, 10000);
    } else {
        window.libraryDock()->raise();
    }
    return Done{};
}

} // namespace Fazhi
