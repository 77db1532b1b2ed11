// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardbenchmark.h"

#include "benchcorpus.h"
#include "corpusgenerator.h"
#include "dashboardrenderer.h"
#include "dashboardview.h"
#include "eventwait.h"
#include "reportparser.h"
#include "reviewsession.h"
#include "reviewstore.h"
#include "textcleaner.h"

#include <climits>
#include <numeric>

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int DashboardBenchmark::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption reportsOption(u"reports"_s, tr("Reports in the project (default 500)."), u"N"_s, u"500"_s);
    const QCommandLineOption exportOption(
        u"export"_s, tr("Also time writing every chart as PNG, SVG and CSV (slow for many reports)."));
    parser.addOptions({reportsOption, exportOption});
    if (!parser.parse(QStringList{u"fazhi-cli bench dashboard"_s} + arguments)) {
        streams.err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        streams.err << tr("fazhi-cli bench dashboard: charts need a QApplication.") << Qt::endl;
        return 1;
    }
    const std::optional<qint64> reportCount
        = CliCommand::wholeNumber(parser, reportsOption, 1, INT_MAX, u"fazhi-cli bench dashboard"_s, streams.err);
    if (!reportCount) {
        return 2;
    }
    const int total = int(*reportCount);
    const CorpusGenerator generator(CorpusGenerator::sampleReports());
    const auto analyzer = ReportAnalyzer::bundled();
    if (generator.modelCount() == 0 || !analyzer) {
        streams.err << (analyzer ? tr("No sample reports are built into this program.") : analyzer.error()) << Qt::endl;
        return 1;
    }
    QTemporaryDir scratch;
    auto store = ReviewStore::open(scratch.filePath(u"dashboard.fzr"_s));
    if (!store) {
        streams.err << store.error() << Qt::endl;
        return 1;
    }
    const QList<ReportImport> reports = BenchCorpus::analysed(generator, *analyzer.value(), 0, total);
    if (const auto imported = store.value()->importReports(reports); !imported) {
        streams.err << imported.error() << Qt::endl;
        return 1;
    }
    // Every report in scope, whatever year the generator gave it: the worst case of one view.
    const DashboardScope scope;
    const QString path = store.value()->path();
    store.value().reset();

    // 1. The tab as the reviewer sees it: figures on the worker thread, then the charts built,
    //    laid out and painted on screen (the offscreen platform's).
    {
        ReviewSession session;
        if (const auto opened = session.open(path); !opened) {
            streams.err << opened.error() << Qt::endl;
            return 1;
        }
        DashboardView view(session);
        view.resize(1600, 1000);
        if (!EventWait::until([&view] { return !view.isComputing(); }, 60000)) {
            streams.err << tr("The dashboard did not finish.") << Qt::endl;
            return 1;
        }
        QElapsedTimer shown;
        shown.start();
        view.setScope(scope);
        EventWait::until([&view] { return !view.isComputing(); }, 60000);
        const double computedMs = msSince(shown);
        (void)view.grab();
        streams.out << u"dashboard view: %1 reports: figures and charts in %2 ms, painted in %3 ms (target < 500 ms)"_s
                           .arg(view.figures().districts().size())
                           .arg(computedMs, 0, 'f', 0)
                           .arg(msSince(shown), 0, 'f', 0)
                    << Qt::endl;
    }
    store = ReviewStore::open(path);
    if (!store) {
        streams.err << store.error() << Qt::endl;
        return 1;
    }

    // 2. The same charts drawn whole for export (every row, not only what a screen shows).

    QElapsedTimer timer;
    timer.start();
    const auto figures = DashboardFigures::compute(*store.value(), scope);
    if (!figures) {
        streams.err << figures.error() << Qt::endl;
        return 1;
    }
    const double figuresMs = msSince(timer);
    timer.start();
    // What the view draws: the heatmap, the proportions, one indicator, the review and the tags.
    QStringList shown{u"coverage"_s, u"proportions"_s, u"review"_s, u"tags"_s};
    if (!figures.value().indicators().isEmpty()) {
        shown.append(u"indicator-"_s + figures.value().indicators().first().id);
    }
    QStringList each;
    for (const QString &id : std::as_const(shown)) {
        QElapsedTimer one;
        one.start();
        (void)DashboardRenderer::chart(figures.value(), id, nullptr);
        each.append(u"%1 %2"_s.arg(id).arg(msSince(one), 0, 'f', 0));
    }
    const double chartsMs = msSince(timer);
    streams.out << u"dashboard export path: %1 reports: figures in %2 ms, %3 charts drawn whole in %4 ms, total %5 ms"_s
                       .arg(figures.value().districts().size())
                       .arg(figuresMs, 0, 'f', 1)
                       .arg(shown.size())
                       .arg(chartsMs, 0, 'f', 1)
                       .arg(figuresMs + chartsMs, 0, 'f', 1)
                << Qt::endl;
    streams.out << u"dashboard charts (ms): %1"_s.arg(each.join(u", "_s)) << Qt::endl;
    if (!parser.isSet(exportOption)) {
        return 0;
    }

    timer.start();
    const auto written = DashboardRenderer::exportTo(*store.value(), scope, scratch.filePath(u"export"_s));
    if (!written) {
        streams.err << written.error() << Qt::endl;
        return 1;
    }
    streams.out << u"dashboard export: %1 files (PNG up to %2 dpi, SVG, CSV) in %3 ms"_s.arg(written.value().size())
                       .arg(DashboardRenderer::PrintDpi)
                       .arg(msSince(timer), 0, 'f', 0)
                << Qt::endl;
    return 0;
}

} // namespace Fazhi
