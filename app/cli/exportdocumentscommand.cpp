// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdocumentscommand.h"

#include "annotatedpdfexporter.h"
#include "dashboardrenderer.h"
#include "digestpdfexporter.h"
#include "outlinematrix.h"
#include "reviewstore.h"
#include "spreadsheetexporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

bool ExportDocumentsCommand::handles(const QString &what)
{
    return what == u"pdf" || what == u"digest" || what == u"sheets";
}

QString ExportDocumentsCommand::name() const
{
    return u"export"_s;
}

QString ExportDocumentsCommand::summary() const
{
    return tr("Export documents: export pdf (--report ID | --all) --out PATH | export digest --year YEAR --out FILE | "
              "export sheets --out FILE.xlsx|DIR");
}

int ExportDocumentsCommand::run(const QStringList &arguments, CliStreams &streams)
{
    const QString what = arguments.value(0);
    if (what == u"pdf") {
        return runPdf(arguments.mid(1), streams);
    }
    if (what == u"digest") {
        return runDigest(arguments.mid(1), streams);
    }
    return runSheets(arguments.mid(1), streams);
}

int ExportDocumentsCommand::runPdf(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption report(u"report"_s, tr("The report to export (its id, see fazhi-cli list)."), u"ID"_s);
    const QCommandLineOption all(u"all"_s, tr("Every report of the project, each to its own PDF in the folder --out."));
    const QCommandLineOption out(u"out"_s, tr("The PDF to write (with --all: the folder)."), u"PATH"_s);
    const QCommandLineOption script(
        u"script"_s, tr("original (default), simplified or traditional."), u"SCRIPT"_s, u"original"_s);
    const QCommandLineOption noResolved(u"no-resolved"_s, tr("Leave out the annotations marked resolved."));
    const QCommandLineOption commentsOnly(u"comments-only"_s, tr("A clean copy: the comments, no highlights."));
    parser.addOptions({databaseOption(), report, all, out, script, noResolved, commentsOnly});
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    if (parser.isSet(report) == parser.isSet(all) || parser.value(out).isEmpty()) {
        streams.err << tr("fazhi-cli export pdf: give --report ID or --all, and --out.") << Qt::endl;
        return 2;
    }
    const std::optional<qint64> reportId
        = wholeNumber(parser, report, 1, Unbounded, u"fazhi-cli export pdf"_s, streams.err);
    if (!reportId) {
        return 2;
    }
    const std::optional<DisplayScript> chosenScript = displayScriptFromName(parser.value(script));
    if (!chosenScript) {
        streams.err << tr("fazhi-cli export pdf: --script must be original, simplified or traditional.") << Qt::endl;
        return 2;
    }
    AnnotatedPdfOptions options;
    options.script = *chosenScript;
    options.includeResolved = !parser.isSet(noResolved);
    options.commentsOnly = parser.isSet(commentsOnly);
    const auto store = openStore(parser, streams);
    if (!store) {
        return 1;
    }
    AnnotatedPdfExporter exporter(*store, options);
    if (parser.isSet(report)) {
        const auto pdf = exporter.exportReport(*reportId);
        if (!pdf) {
            streams.err << pdf.error() << Qt::endl;
            return 1;
        }
        const int code = writeOutput(pdf.value(), parser.value(out), streams);
        if (code == 0) {
            streams.out << tr("Wrote %1 (%n page(s)).", nullptr, exporter.pageCount()).arg(parser.value(out))
                        << Qt::endl;
        }
        return code;
    }
    QList<qint64> ids;
    const auto readReports = read(store->reports(), streams);
    if (!readReports) {
        return 1;
    }
    for (const ReportSummary &summary : *readReports) {
        ids.append(summary.id);
    }
    const auto written = exporter.exportReports(ids, parser.value(out));
    if (!written) {
        streams.err << written.error() << Qt::endl;
        return 1;
    }
    streams.out << tr("Wrote %n PDF(s) to %1.", nullptr, int(written.value().size()))
                       .arg(QDir::toNativeSeparators(parser.value(out)))
                << Qt::endl;
    return 0;
}

int ExportDocumentsCommand::runDigest(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption year(u"year"_s, tr("The year reported on (default: every year)."), u"YEAR"_s);
    const QCommandLineOption out(u"out"_s, tr("The PDF to write."), u"FILE"_s);
    parser.addOptions({databaseOption(), year, out});
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    if (parser.value(out).isEmpty()) {
        streams.err << tr("fazhi-cli export digest: give --out FILE.pdf.") << Qt::endl;
        return 2;
    }
    const std::optional<qint64> givenYear
        = wholeNumber(parser, year, FirstYear, LastYear, u"fazhi-cli export digest"_s, streams.err);
    if (!givenYear) {
        return 2;
    }
    const auto store = openStore(parser, streams);
    if (!store) {
        return 1;
    }
    const auto ofYear = read(OutlineMatrix::reportsOfYear(*store, int(*givenYear)), streams);
    if (!ofYear) {
        return 1;
    }
    const QList<qint64> &ids = *ofYear;
    DigestPdfExporter exporter(*store);
    DashboardScope scope;
    scope.year = int(*givenYear);
    const auto charts = DashboardRenderer::digestCharts(*store, scope);
    if (!charts) {
        streams.err << charts.error() << Qt::endl;
        return 1;
    }
    exporter.setCharts(charts.value());
    if (parser.isSet(year)) {
        exporter.setTitle(tr("Rule-of-law government reports on %1: review digest").arg(parser.value(year)));
    }
    const auto pdf = exporter.exportDigest(ids);
    if (!pdf) {
        streams.err << pdf.error() << Qt::endl;
        return 1;
    }
    const int code = writeOutput(pdf.value(), parser.value(out), streams);
    if (code == 0) {
        streams.out << tr("Wrote %1: %2 report(s), %3 page(s).")
                           .arg(parser.value(out))
                           .arg(ids.size())
                           .arg(exporter.pageCount())
                    << Qt::endl;
    }
    return code;
}

int ExportDocumentsCommand::runSheets(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption out(u"out"_s,
        tr("A .xlsx workbook, or a folder for annotations.csv, checklist.csv and indicators.csv."), u"PATH"_s);
    parser.addOptions({databaseOption(), out});
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    const QString path = parser.value(out);
    if (path.isEmpty()) {
        streams.err << tr("fazhi-cli export sheets: give --out FILE.xlsx or --out FOLDER.") << Qt::endl;
        return 2;
    }
    const auto store = openStore(parser, streams);
    if (!store) {
        return 1;
    }
    SpreadsheetExporter exporter(*store);
    if (const auto collected = exporter.collect(); !collected) {
        streams.err << collected.error() << Qt::endl;
        return 1;
    }
    if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive)) {
        const auto workbook = exporter.xlsx();
        if (!workbook) {
            streams.err << workbook.error() << Qt::endl;
            return 1;
        }
        return writeOutput(workbook.value(), path, streams);
    }
    const auto files = exporter.writeCsv(path);
    if (!files) {
        streams.err << files.error() << Qt::endl;
        return 1;
    }
    streams.out << files.value().join(u'\n') << Qt::endl;
    return 0;
}

} // namespace Fazhi
