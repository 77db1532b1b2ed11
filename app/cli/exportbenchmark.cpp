// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportbenchmark.h"

#include "annotatedpdfexporter.h"
#include "benchcorpus.h"
#include "corpusgenerator.h"
#include "dashboardrenderer.h"
#include "digestpdfexporter.h"
#include "reportparser.h"
#include "reviewstore.h"
#include "textcleaner.h"

#include <climits>

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

/** Tags @p count passages spread over the report, every other one with a comment. */
bool annotate(ReviewStore &store, qint64 reportId, int count, CliStreams &streams)
{
    const auto document = store.report(reportId);
    const auto readTags = store.tags();
    if (!document || !readTags || readTags.value().isEmpty()) {
        streams.err << (!document ? document.error() : !readTags ? readTags.error() : u"no tags"_s) << Qt::endl;
        return false;
    }
    const QList<Tag> &tags = readTags.value();
    const int length = int(document.value().text.size());
    for (int i = 0; i < count; ++i) {
        const int start = int(qint64(length) * i / count);
        const int end = std::min(length, start + 12 + i % 20);
        const QString comment = i % 2 ? u"第%1条意见：请补充具体数据和责任单位。"_s.arg(i + 1) : QString();
        if (const auto added = store.addAnnotation(reportId, start, end, tags.at(i % tags.size()).id, comment);
            !added) {
            streams.err << added.error() << Qt::endl;
            return false;
        }
    }
    return true;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int ExportBenchmark::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption reportsOption(u"reports"_s, tr("Reports in the digest (default 100)."), u"N"_s, u"100"_s);
    parser.addOption(reportsOption);
    if (!parser.parse(QStringList{u"fazhi-cli bench export"_s} + arguments)) {
        streams.err << parser.errorText() << Qt::endl;
        return 2;
    }
    const std::optional<qint64> reportCount
        = CliCommand::wholeNumber(parser, reportsOption, 1, INT_MAX, u"fazhi-cli bench export"_s, streams.err);
    if (!reportCount) {
        return 2;
    }
    const int total = int(*reportCount);
    const CorpusGenerator generator(CorpusGenerator::sampleReports());
    const auto analyzer = ReportAnalyzer::bundled();
    QTemporaryDir scratch;
    auto store = ReviewStore::open(scratch.filePath(u"export.fzr"_s));
    if (generator.modelCount() == 0 || !analyzer || !store) {
        streams.err << (!analyzer ? analyzer.error()
                : !store          ? store.error()
                                  : tr("No sample reports are built into this program."))
                    << Qt::endl;
        return 1;
    }
    store.value()->setAuthor(u"bench"_s);

    // 1. One report of about 60 KB with 100 annotations.
    QString text;
    for (int i = 0; text.toUtf8().size() < 60000; ++i) {
        text += generator.report(i) + u'\n';
    }
    if (const auto imported
        = store.value()->importReport(BenchCorpus::analysed(*analyzer.value(), text, u"large.txt"_s));
        !imported) {
        streams.err << imported.error() << Qt::endl;
        return 1;
    }
    const auto listed = store.value()->reports();
    if (!listed || listed.value().isEmpty()) {
        streams.err << listed.error() << Qt::endl;
        return 1;
    }
    const qint64 large = listed.value().constFirst().id;
    if (!annotate(*store.value(), large, 100, streams)) {
        return 1;
    }
    AnnotatedPdfExporter annotated(*store.value());
    QElapsedTimer timer;
    timer.start();
    const auto pdf = annotated.exportReport(large);
    if (!pdf) {
        streams.err << pdf.error() << Qt::endl;
        return 1;
    }
    streams.out << u"annotated pdf: %1 KB report, 100 annotations, %2 pages, %3 KB in %4 ms"_s
                       .arg(text.toUtf8().size() / 1024)
                       .arg(annotated.pageCount())
                       .arg(pdf.value().size() / 1024)
                       .arg(msSince(timer), 0, 'f', 0)
                << Qt::endl;

    // 2. The digest of N reports, a few comments on each.
    QList<int> indexes(total);
    std::iota(indexes.begin(), indexes.end(), 1000);
    const QList<ReportImport> reports = QtConcurrent::blockingMapped<QList<ReportImport>>(indexes, [&](int i) {
        return BenchCorpus::analysed(*analyzer.value(), generator.report(i), u"digest-%1.txt"_s.arg(i));
    });
    if (const auto imported = store.value()->importReports(reports); !imported) {
        streams.err << imported.error() << Qt::endl;
        return 1;
    }
    QList<qint64> ids;
    const auto all = store.value()->reports();
    if (!all) {
        streams.err << all.error() << Qt::endl;
        return 1;
    }
    for (const ReportSummary &summary : all.value()) {
        if (summary.id != large) {
            ids.append(summary.id);
            if (!annotate(*store.value(), summary.id, 6, streams)) {
                return 1;
            }
        }
    }
    DigestPdfExporter digest(*store.value());
    timer.start();
    // The dashboard's charts of the project, drawn as the digest command draws them.
    const auto charts = DashboardRenderer::digestCharts(*store.value(), DashboardScope{});
    if (!charts) {
        streams.err << charts.error() << Qt::endl;
        return 1;
    }
    digest.setCharts(charts.value());
    const double chartsMs = msSince(timer);
    const auto digestPdf = digest.exportDigest(ids);
    if (!digestPdf) {
        streams.err << digestPdf.error() << Qt::endl;
        return 1;
    }
    streams.out << u"digest pdf: %1 reports, %2 charts, %3 pages, %4 KB in %5 ms (charts %6 ms)"_s.arg(ids.size())
                       .arg(charts.value().size())
                       .arg(digest.pageCount())
                       .arg(digestPdf.value().size() / 1024)
                       .arg(msSince(timer), 0, 'f', 0)
                       .arg(chartsMs, 0, 'f', 0)
                << Qt::endl;
    return 0;
}

} // namespace Fazhi
