// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "annotationexporter.h"
#include "exportdocumentscommand.h"
#include "reviewstore.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::summary() const
{
    return tr(
        "Export from a project: export annotations|history --format csv|json [--out FILE] | export pdf|digest|sheets "
        "(see export pdf --help)");
}

int ExportCommand::run(const QStringList &arguments, CliStreams &streams)
{
    const QString what = arguments.value(0);
    if (ExportDocumentsCommand::handles(what)) {
        return ExportDocumentsCommand().run(arguments, streams);
    }
    if (what != u"annotations" && what != u"history") {
        streams.err << tr("fazhi-cli export: say what to export: annotations, history, pdf, digest or sheets")
                    << Qt::endl;
        return 2;
    }
    QCommandLineParser parser;
    const QCommandLineOption format(u"format"_s, tr("csv (UTF-8 with BOM, for Excel) or json."), u"FORMAT"_s, u"csv"_s);
    const QCommandLineOption out(u"out"_s, tr("The file to write (default: standard output)."), u"FILE"_s);
    parser.addOptions({databaseOption(), format, out});
    if (const int code = parse(parser, arguments.mid(1), streams); code >= 0) {
        return code;
    }
    if (parser.value(format) != u"csv" && parser.value(format) != u"json") {
        streams.err << tr("fazhi-cli export: --format must be csv or json.") << Qt::endl;
        return 2;
    }
    const auto store = openStore(parser, streams);
    if (!store) {
        return 1;
    }
    const auto chosen
        = parser.value(format) == u"json" ? AnnotationExporter::Format::Json : AnnotationExporter::Format::Csv;
    const auto bytes = what == u"history" ? AnnotationExporter::exportHistory(*store, chosen)
                                          : AnnotationExporter::exportAll(*store, chosen);
    if (!bytes) {
        streams.err << bytes.error() << Qt::endl;
        return 1;
    }
    return writeOutput(bytes.value(), parser.value(out), streams);
}

} // namespace Fazhi
