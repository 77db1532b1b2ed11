// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparebenchmark.h"

#include "benchcorpus.h"
#include "boilerplateindex.h"
#include "boilerplatereport.h"
#include "compareview.h"
#include "corpusgenerator.h"
#include "eventwait.h"
#include "outlinematrix.h"
#include "reportparser.h"
#include "reviewsession.h"
#include "reviewstore.h"
#include "sharedwording.h"
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

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/** Imports @p reports into @p store in one batch; the ids of every report there, or an Error. */
Result<QList<qint64>> importAll(ReviewStore &store, const QList<ReportImport> &reports)
{
    if (const auto imported = store.importReports(reports); !imported) {
        return imported.failure();
    }
    const auto all = store.reports();
    if (!all) {
        return all.failure();
    }
    QList<qint64> ids;
    for (const ReportSummary &summary : all.value()) {
        ids.append(summary.id);
    }
    return ids;
}

/** The time from choosing four reports to the compare view painted with their shared wording. */
int benchCompareView(
    const QList<ReportDocument> &large, const ReportAnalyzer &analyzer, const QString &path, CliStreams &streams)
{
    ReviewSession session;
    if (const auto opened = session.open(path); !opened) {
        streams.err << opened.error() << Qt::endl;
        return 1;
    }
    QList<ReportImport> imports;
    for (const ReportDocument &document : large) {
        imports.append({document, QCryptographicHash::hash(document.text.toUtf8(), QCryptographicHash::Sha256),
            analyzer.analyze(document)});
    }
    const auto ids = importAll(*session.store(), imports);
    if (!ids) {
        streams.err << ids.error() << Qt::endl;
        return 1;
    }
    CompareView view(session);
    view.resize(1600, 1000);
    view.show();
    QElapsedTimer timer;
    timer.start();
    if (const auto shown = view.setReports(ids.value()); !shown) {
        streams.err << shown.error() << Qt::endl;
        return 1;
    }
    const double columns = msSince(timer);
    if (!EventWait::forSignal(&view, &CompareView::wordingReady, 30000)) {
        streams.err << CompareBenchmark::tr("The compare view found no shared wording within 30 s.") << Qt::endl;
        return 1;
    }
    view.repaint();
    const double open = msSince(timer);
    EventWait::forSignal(&view, &CompareView::setPhrasesReady, 30000);
    streams.out << u"compare view: 4 columns of ~60 KB open in %1 ms (columns shown after %2 ms; %3 shared passages); "
                   u"set phrases muted after %4 ms"_s.arg(open, 0, 'f', 0)
                       .arg(columns, 0, 'f', 0)
                       .arg(view.passages().size())
                       .arg(msSince(timer), 0, 'f', 0)
                << Qt::endl;
    return 0;
}

} // namespace

int CompareBenchmark::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption reportsOption(
        u"reports"_s, tr("Reports for the boilerplate index (default 1000)."), u"N"_s, u"1000"_s);
    parser.addOption(reportsOption);
    if (!parser.parse(QStringList{u"fazhi-cli bench compare"_s} + arguments)) {
        streams.err << parser.errorText() << Qt::endl;
        return 2;
    }
    const std::optional<qint64> reportCount
        = CliCommand::wholeNumber(parser, reportsOption, 4, INT_MAX, u"fazhi-cli bench compare"_s, streams.err);
    if (!reportCount) {
        return 2;
    }
    const int total = int(*reportCount);
    const CorpusGenerator generator(CorpusGenerator::sampleReports());
    if (generator.modelCount() == 0) {
        streams.err << tr("No sample reports are built into this program.") << Qt::endl;
        return 1;
    }

    // 1. Shared wording: four reports of about 60 KB, every pair, as a 4-column compare needs.
    QList<ReportDocument> large;
    for (int r = 0; r < 4; ++r) {
        QString text;
        for (int i = 0; text.toUtf8().size() < 60000; ++i) {
            text += generator.report(r * 10 + i) + u'\n';
        }
        large.append(BenchCorpus::parse(text, u"large-%1.txt"_s.arg(r)));
    }
    QElapsedTimer timer;
    timer.start();
    int passages = 0;
    for (int a = 0; a < 4; ++a) {
        for (int b = a + 1; b < 4; ++b) {
            passages += int(SharedWording::find(large.at(a), large.at(b)).size());
        }
    }
    streams.out << u"shared wording: 6 pairs of ~60 KB reports in %1 ms (%2 passages)"_s.arg(msSince(timer), 0, 'f', 1)
                       .arg(passages)
                << Qt::endl;

    // 2. The boilerplate index over N reports, built on every core and merged.
    QList<int> indexes(total);
    std::iota(indexes.begin(), indexes.end(), 0);
    const QList<ReportDocument> documents = QtConcurrent::blockingMapped<QList<ReportDocument>>(
        indexes, [&generator](int i) { return BenchCorpus::parse(generator.report(i), u"generated-%1.txt"_s.arg(i)); });
    timer.start();
    const BoilerplateIndex index = QtConcurrent::blockingMappedReduced<BoilerplateIndex>(
        documents,
        [](const ReportDocument &document) {
            BoilerplateIndex one;
            one.add(document);
            return one;
        },
        [](BoilerplateIndex &all, const BoilerplateIndex &one) { all.merge(one); });
    streams.out << u"boilerplate index: %1 reports in %2 ms"_s.arg(index.reportCount()).arg(msSince(timer), 0, 'f', 0)
                << Qt::endl;

    // 3. The project-wide boilerplate pass: N reports in a project, read and indexed on every core.
    QTemporaryDir scratch;
    {
        auto project = ReviewStore::open(scratch.filePath(u"boilerplate.fzr"_s));
        if (!project) {
            streams.err << project.error() << Qt::endl;
            return 1;
        }
        QList<ReportImport> imports;
        for (qsizetype i = 0; i < documents.size(); ++i) {
            imports.append({documents.at(i),
                QCryptographicHash::hash(documents.at(i).text.toUtf8(), QCryptographicHash::Sha256), {}});
        }
        if (const auto imported = importAll(*project.value(), imports); !imported) {
            streams.err << imported.error() << Qt::endl;
            return 1;
        }
    }
    timer.start();
    const auto pass = BoilerplateReport::build(scratch.filePath(u"boilerplate.fzr"_s), {});
    if (!pass) {
        streams.err << pass.error() << Qt::endl;
        return 1;
    }
    streams.out << u"boilerplate pass: %1 reports in a project, %2 set phrases, in %3 ms"_s
                       .arg(pass.value().reportCount())
                       .arg(pass.value().phrases().size())
                       .arg(msSince(timer), 0, 'f', 0)
                << Qt::endl;

    // 4. The outline matrix of 50 analysed reports in a project.
    auto store = ReviewStore::open(scratch.filePath(u"matrix.fzr"_s));
    const auto analyzer = ReportAnalyzer::bundled();
    if (!store || !analyzer) {
        streams.err << (store ? analyzer.error() : store.error()) << Qt::endl;
        return 1;
    }
    QList<ReportImport> reports;
    for (int i = 0; i < 50; ++i) {
        const ReportDocument &document = documents.at(i % documents.size());
        reports.append({document,
            QCryptographicHash::hash((document.text + QString::number(i)).toUtf8(), QCryptographicHash::Sha256),
            analyzer.value()->analyze(document)});
        reports.last().document.fileName = u"matrix-%1.txt"_s.arg(i);
    }
    const auto ids = importAll(*store.value(), reports);
    if (!ids) {
        streams.err << ids.error() << Qt::endl;
        return 1;
    }
    timer.start();
    const auto matrix = OutlineMatrix::build(*store.value(), ids.value());
    if (!matrix) {
        streams.err << matrix.error() << Qt::endl;
        return 1;
    }
    streams.out << u"outline matrix: %1 reports × %2 rows in %3 ms"_s.arg(matrix.value().reports().size())
                       .arg(matrix.value().rows().size())
                       .arg(msSince(timer), 0, 'f', 1)
                << Qt::endl;

    // 5. Opening a 4-column compare of the ~60 KB reports, shared wording included.
    if (const int code = benchCompareView(large, *analyzer.value(), scratch.filePath(u"compare.fzr"_s), streams);
        code != 0) {
        return code;
    }
    return 0;
}

} // namespace Fazhi
