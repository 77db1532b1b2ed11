// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectcommand.h"

#include "reportjson.h"
#include "reportreader.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

void printSections(QTextStream &out, const QList<ReportSection> &sections, int depth)
{
    for (const ReportSection &section : sections) {
        out << QString(depth * 2, u' ') << section.heading << "  [" << section.range.start << ", " << section.range.end
            << ")\n";
        printSections(out, section.children, depth + 1);
    }
}

void printReadable(QTextStream &out, const ReportDocument &document)
{
    out << document.fileName << '\n';
    out << "  "
        << InspectCommand::tr("format: %1, encoding: %2, script: %3")
               .arg(document.format, document.encoding, scriptName(document.script))
        << '\n';
    for (auto it = document.metadata.cbegin(); it != document.metadata.cend(); ++it) {
        out << "  " << it.key().leftJustified(15) << it.value().value << "  ("
            << QString::number(it.value().confidence, 'f', 2) << ")\n";
    }
    out << "  " << InspectCommand::tr("%n paragraph(s)", nullptr, int(document.paragraphs.size())) << '\n';
    printSections(out, document.sections, 1);
    for (const QString &warning : document.warnings) {
        out << "  " << InspectCommand::tr("warning: %1").arg(warning) << '\n';
    }
}

} // namespace

QString InspectCommand::name() const
{
    return u"inspect"_s;
}

QString InspectCommand::summary() const
{
    return tr("Show how report files are read: metadata, headings, paragraphs (--json for all offsets)");
}

int InspectCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("Print JSON: the text and every offset."));
    parser.addOption(json);
    parser.addPositionalArgument(u"FILE"_s, tr("Report files (.txt, .html, .docx, .pdf)."), u"FILE..."_s);
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        streams.err << tr("fazhi-cli inspect: name at least one file.") << Qt::endl;
        return 2;
    }
    QJsonArray documents;
    bool failed = false;
    for (const QString &file : files) {
        const auto document = ReportReader::read(file);
        if (!document) {
            streams.err << document.error() << Qt::endl;
            failed = true;
            continue;
        }
        if (parser.isSet(json)) {
            documents.append(ReportJson::toJson(document.value()));
        } else {
            printReadable(streams.out, document.value());
        }
    }
    if (parser.isSet(json)) {
        const QJsonDocument output = documents.size() == 1 && files.size() == 1
            ? QJsonDocument(documents.first().toObject())
            : QJsonDocument(documents);
        streams.out << QString::fromUtf8(output.toJson(QJsonDocument::Indented));
    }
    streams.out.flush();
    return failed ? 1 : 0;
}

} // namespace Fazhi
