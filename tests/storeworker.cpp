// SPDX-License-Identifier: GPL-3.0-or-later
// A helper process for tst_storedurability: writes to a project in a loop and reports each
// write on stdout only after the store returned, so the test knows what must have survived
// when it kills this process.
//   storeworker annotate DB REPORT_ID COUNT    add COUNT annotations, print "ok <uid>" each
//   storeworker import DB SEED_TEXT_FILE COUNT  import COUNT variants of a report, print "ok <file>"
//   storeworker decide DB REPORT_ID COUNT      record COUNT summaries, print "ok <decision uid>"
//   storeworker edit DB REPORT_ID COUNT        correct the year COUNT times, print "ok <decision uid>"
//   storeworker remove DB KEEP_ID COUNT        remove up to COUNT reports other than KEEP_ID, print "ok <id>"
//   storeworker merge DB FOLDER COUNT          merge the first COUNT projects of FOLDER, print "ok <file>"
//   storeworker export DB FOLDER COUNT         write COUNT annotated PDFs into FOLDER, print "ok <file>"
#include "annotatedpdfexporter.h"
#include "exportfile.h"
#include "reportdecisions.h"
#include "reviewstore.h"
#include "seedreports.h"

#include <cstdio>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

using namespace Qt::StringLiterals;
using namespace Fazhi;

namespace {

// Says that a write returned; flushed at once, so a kill right after cannot lose the line.
void reportDone(const QString &what)
{
    std::printf("ok %s\n", qPrintable(what));
    std::fflush(stdout);
}

template<typename T> bool failed(const Result<T> &result)
{
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error()));
        return true;
    }
    return false;
}

int importVariants(ReviewStore &store, const QString &seedPath, int count)
{
    QFile seed(seedPath);
    if (!seed.open(QIODevice::ReadOnly)) {
        return 1;
    }
    const QString text = QString::fromUtf8(seed.readAll());
    for (int i = 0; i < count; ++i) {
        // Each variant differs, so each is a new report.
        const QString variant = text + u"\n（联系人：测试%1-%2）"_s.arg(QCoreApplication::applicationPid()).arg(i);
        const QString name = u"variant-%1-%2.txt"_s.arg(QCoreApplication::applicationPid()).arg(i);
        const ReportDocument document = SeedReports::parse(variant, name);
        if (failed(store.importReport(
                {document, QCryptographicHash::hash(variant.toUtf8(), QCryptographicHash::Sha256), {}}))) {
            return 1;
        }
        reportDone(name);
    }
    return 0;
}

int run(ReviewStore &store, const QString &mode, const QString &argument, int count)
{
    if (mode == u"import") {
        return importVariants(store, argument, count);
    }
    if (mode == u"remove") {
        const qint64 keep = argument.toLongLong();
        const auto reports = store.reports();
        if (failed(reports)) {
            return 1;
        }
        for (const ReportSummary &report : reports.value()) {
            if (count-- <= 0) {
                break;
            }
            if (report.id == keep) {
                continue;
            }
            if (failed(store.removeReports({report.id}))) {
                return 1;
            }
            reportDone(QString::number(report.id));
        }
        return 0;
    }
    if (mode == u"merge") {
        const QDir folder(argument);
        const QStringList others = folder.entryList({u"*.fzr"_s}, QDir::Files, QDir::Name).mid(0, count);
        for (const QString &other : others) {
            if (failed(store.mergeFrom(folder.filePath(other)))) {
                return 1;
            }
            reportDone(other);
        }
        return 0;
    }
    if (mode == u"export") {
        const auto reports = store.reports();
        if (failed(reports)) {
            return 1;
        }
        const qint64 report = reports.value().first().id;
        AnnotatedPdfExporter exporter(store);
        for (int i = 0; i < count; ++i) {
            const auto pdf = exporter.exportReport(report);
            const QString name = u"export-%1.pdf"_s.arg(i);
            if (failed(pdf) || failed(saveExportFile(QDir(argument).filePath(name), pdf.value()))) {
                return 1;
            }
            reportDone(name);
        }
        return 0;
    }
    const qint64 report = argument.toLongLong();
    for (int i = 0; i < count; ++i) {
        if (mode == u"annotate") {
            const auto tags = store.tags();
            if (failed(tags)) {
                return 1;
            }
            const qint64 tag = tags.value().first().id;
            const auto added = store.addAnnotation(report, (i * 7) % 500, (i * 7) % 500 + 5, tag, u"批注 %1"_s.arg(i));
            if (failed(added)) {
                return 1;
            }
            reportDone(added.value().uid);
        } else if (mode == u"decide") {
            const auto decided = store.decide(report, ReportDecisions::summaryTarget(), {}, u"总体评价 %1"_s.arg(i));
            if (failed(decided)) {
                return 1;
            }
            reportDone(decided.value().uid);
        } else if (mode == u"edit") {
            const auto edited = store.editMetadata(report, u"year"_s, QString::number(2000 + i % 25));
            if (failed(edited)) {
                return 1;
            }
            reportDone(edited.value().uid);
        } else {
            std::fprintf(stderr, "unknown mode %s\n", qPrintable(mode));
            return 2;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Exports lay out text with fonts: a GUI application (on the offscreen platform in the tests).
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: storeworker annotate|import|decide|edit|remove|merge|export DB ARG COUNT\n");
        return 2;
    }
    auto opened = ReviewStore::open(args.at(2));
    if (failed(opened)) {
        return 1;
    }
    std::unique_ptr<ReviewStore> store = std::move(opened).value();
    store->setAuthor(u"worker %1"_s.arg(QCoreApplication::applicationPid()));
    return run(*store, args.at(1), args.at(3), args.at(4).toInt());
}
