// SPDX-License-Identifier: GPL-3.0-or-later
#include "storebenchmark.h"

#include "benchcorpus.h"
#include "corpusgenerator.h"
#include "reportparser.h"
#include "reviewstore.h"
#include "textcleaner.h"

#include <algorithm>
#include <climits>

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

using Batch = QList<ReportImport>;

// Parsing one batch runs on the other core while the previous batch is written.
Batch parseBatch(const CorpusGenerator &generator, const ReportAnalyzer &analyzer, int first, int count, qint64 *bytes)
{
    const Batch parsed = BenchCorpus::analysed(generator, analyzer, first, count);
    for (const ReportImport &report : parsed) {
        *bytes += report.document.text.toUtf8().size();
    }
    return parsed;
}

QString percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return u"-"_s;
    }
    std::sort(values.begin(), values.end());
    return QString::number(
        values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())))), 'f', 2);
}

} // namespace

int StoreBenchmark::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption reportsOption(
        u"reports"_s, tr("How many reports to generate (default 10000)."), u"N"_s, u"10000"_s);
    const QCommandLineOption dbOption(
        u"db"_s, tr("Where to build the project (default: a temporary file)."), u"FILE"_s);
    const QCommandLineOption reuseOption(
        u"reuse"_s, tr("Measure the project already at --db instead of building it (skips the import)."));
    parser.addOptions({reportsOption, dbOption, reuseOption});
    if (!parser.parse(QStringList{u"fazhi-cli bench store"_s} + arguments)) {
        streams.err << parser.errorText() << Qt::endl;
        return 2;
    }
    const std::optional<qint64> reportCount
        = CliCommand::wholeNumber(parser, reportsOption, 1, INT_MAX, u"fazhi-cli bench store"_s, streams.err);
    if (!reportCount) {
        return 2;
    }
    const int total = int(*reportCount);
    QTemporaryDir temporary;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : temporary.filePath(u"bench.fzr"_s);
    const CorpusGenerator generator(CorpusGenerator::sampleReports());
    if (generator.modelCount() == 0) {
        streams.err << tr("No sample reports are built into this program.") << Qt::endl;
        return 1;
    }

    const auto analyzer = ReportAnalyzer::bundled();
    if (!analyzer) {
        streams.err << analyzer.error() << Qt::endl;
        return 1;
    }

    // 0. Where the time goes, on one core: generating, cleaning, parsing, analysing (no database).
    {
        qint64 generateNs = 0;
        qint64 cleanNs = 0;
        qint64 parseNs = 0;
        qint64 analyzeNs = 0;
        qint64 sampleBytes = 0;
        const int sample = std::min(total, 200);
        for (int i = 0; i < sample; ++i) {
            QElapsedTimer stage;
            stage.start();
            ImportedText imported;
            imported.text = generator.report(i);
            generateNs += stage.nsecsElapsed();
            sampleBytes += imported.text.toUtf8().size();
            stage.start();
            TextCleaner::clean(imported);
            cleanNs += stage.nsecsElapsed();
            stage.start();
            const ReportDocument document = ReportParser::parse(imported, {});
            parseNs += stage.nsecsElapsed();
            stage.start();
            (void)analyzer.value()->analyze(document);
            analyzeNs += stage.nsecsElapsed();
        }
        const double mb = double(sampleBytes) / 1e6;
        streams.out << u"one core:   generate %1 MB/s, clean %2 MB/s, parse %3 MB/s, analyse %4 MB/s (%5 reports)"_s
                           .arg(mb / (double(generateNs) / 1e9), 0, 'f', 1)
                           .arg(mb / (double(cleanNs) / 1e9), 0, 'f', 1)
                           .arg(mb / (double(parseNs) / 1e9), 0, 'f', 1)
                           .arg(mb / (double(analyzeNs) / 1e9), 0, 'f', 1)
                           .arg(sample)
                    << Qt::endl;
    }

    // 1. Import: parse on a worker thread pool, write batches of 250 in one transaction each.
    qint64 bytes = 0;
    qint64 waitNs = 0;
    qint64 writeNs = 0;
    QElapsedTimer timer;
    timer.start();
    const bool reuse = parser.isSet(reuseOption) && parser.isSet(dbOption) && QFileInfo::exists(path);
    if (!reuse) {
        auto opened = ReviewStore::open(path);
        if (!opened) {
            streams.err << opened.error() << Qt::endl;
            return 1;
        }
        std::unique_ptr<ReviewStore> store = std::move(opened).value();
        constexpr int BatchSize = 250;
        QFuture<Batch> next = QtConcurrent::run(
            parseBatch, std::cref(generator), std::cref(*analyzer.value()), 0, std::min(BatchSize, total), &bytes);
        for (int first = 0; first < total; first += BatchSize) {
            QElapsedTimer stage;
            stage.start();
            const Batch batch = next.result();
            waitNs += stage.nsecsElapsed();
            const int following = first + BatchSize;
            if (following < total) {
                next = QtConcurrent::run(parseBatch, std::cref(generator), std::cref(*analyzer.value()), following,
                    std::min(BatchSize, total - following), &bytes);
            }
            stage.start();
            if (const auto written = store->importReports(batch); !written) {
                streams.err << written.error() << Qt::endl;
                return 1;
            }
            writeNs += stage.nsecsElapsed();
        }
    }
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!reuse) {
        streams.out << u"import:     %1 reports, %2 MB in %3 s = %4 MB/s (parse, analyse, insert, index)"_s.arg(total)
                           .arg(double(bytes) / 1e6, 0, 'f', 1)
                           .arg(importSeconds, 0, 'f', 2)
                           .arg(double(bytes) / 1e6 / importSeconds, 0, 'f', 2)
                    << Qt::endl;
        streams.out << u"            writing %1 s, waiting for parsing %2 s"_s.arg(double(writeNs) / 1e9, 0, 'f', 2)
                           .arg(double(waitNs) / 1e9, 0, 'f', 2)
                    << Qt::endl;
    }

    // 2. Opening the project.
    timer.start();
    const auto verified = ReviewStore::verify(path);
    const double verifyMs = double(timer.nsecsElapsed()) / 1e6;
    timer.start();
    auto reopened = ReviewStore::open(path, ReviewStore::Access::ReadWrite, ReviewStore::Check::Deferred);
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    if (!reopened) {
        streams.err << reopened.error() << Qt::endl;
        return 1;
    }
    std::unique_ptr<ReviewStore> store = std::move(reopened).value();
    timer.start();
    const auto listed = store->reports();
    if (!listed) {
        streams.err << listed.error() << Qt::endl;
        return 1;
    }
    const QList<ReportSummary> &reports = listed.value();
    const double listMs = double(timer.nsecsElapsed()) / 1e6;
    streams.out
        << u"verify:     %1 ms (quick_check, %2)"_s.arg(verifyMs, 0, 'f', 1).arg(verified ? u"ok"_s : verified.error())
        << Qt::endl;
    streams.out << u"open:       %1 ms (listing %2 reports: %3 ms); file %4 MB"_s.arg(openMs, 0, 'f', 1)
                       .arg(reports.size())
                       .arg(listMs, 0, 'f', 1)
                       .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1)
                << Qt::endl;

    // 3. Adding annotations.
    QRandomGenerator random(7);
    QList<double> annotateMs;
    const auto tags = store->tags();
    if (!tags || tags.value().isEmpty()) {
        streams.err << tags.error() << Qt::endl;
        return 1;
    }
    const qint64 tag = tags.value().first().id;
    for (int i = 0; i < 200; ++i) {
        const ReportSummary &report = reports.at(random.bounded(int(reports.size())));
        const int start = random.bounded(std::max(1, report.length - 20));
        timer.start();
        if (const auto added = store->addAnnotation(report.id, start, start + 10, tag, u"bench"_s); !added) {
            streams.err << added.error() << Qt::endl;
            return 1;
        }
        annotateMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    streams.out << u"annotate:   p50 %1 ms, p95 %2 ms"_s.arg(percentile(annotateMs, 0.5), percentile(annotateMs, 0.95))
                << Qt::endl;

    // 4. Searching for pieces of real text, 1 to 10 characters, first page with snippets.
    QList<double> searchMs;
    QList<double> byLength[11];
    QList<std::pair<double, QString>> slowest;
    int hits = 0;
    constexpr int Queries = 500;
    for (int i = 0; i < Queries; ++i) {
        const auto document = store->report(reports.at(random.bounded(int(reports.size()))).id);
        const QString &text = document.value().normalized.text();
        const int length = 1 + i % 10;
        QString query;
        for (int attempt = 0; attempt < 20 && query.trimmed().size() < length; ++attempt) {
            query = text.mid(random.bounded(std::max(1, int(text.size()) - length)), length);
            if (query.contains(u'\n') || query.contains(u' ')) {
                query.clear();
            }
        }
        SearchQuery request;
        request.text = query;
        timer.start();
        const auto found = store->search(request);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!found) {
            streams.err << found.error() << Qt::endl;
            return 1;
        }
        hits += int(found.value().size());
        searchMs.append(ms);
        byLength[length].append(ms);
        slowest.append({ms, u"%1 (%2 hits)"_s.arg(query).arg(found.value().size())});
    }
    std::sort(slowest.begin(), slowest.end(), std::greater<>());
    streams.out << u"search:     p50 %1 ms, p95 %2 ms over %3 queries (%4 hits on first pages)"_s
                       .arg(percentile(searchMs, 0.5), percentile(searchMs, 0.95))
                       .arg(Queries)
                       .arg(hits)
                << Qt::endl;
    for (int length = 1; length <= 10; ++length) {
        streams.out << u"  %1 chars:  p95 %2 ms"_s.arg(length, 2).arg(percentile(byLength[length], 0.95)) << '\n';
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(5, slowest.size()); ++i) {
        streams.out << u"  slowest:  %1 ms  %2"_s.arg(slowest.at(i).first, 0, 'f', 1).arg(slowest.at(i).second) << '\n';
    }
    streams.out.flush();
    return 0;
}

} // namespace Fazhi
