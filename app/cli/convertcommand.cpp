// SPDX-License-Identifier: GPL-3.0-or-later
#include "convertcommand.h"

#include "reportreader.h"
#include "scriptconverter.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

QString ConvertCommand::name() const
{
    return u"convert"_s;
}

QString ConvertCommand::summary() const
{
    return tr("Print a report's text converted to simplified or traditional script (OpenCC)");
}

int ConvertCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption to(u"to"_s, tr("The script to convert to: simplified or traditional."), u"SCRIPT"_s);
    parser.addOption(to);
    parser.addPositionalArgument(u"FILE"_s, tr("A report file (.txt, .html, .docx, .pdf)."));
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    const QString target = parser.value(to);
    if (target != u"simplified" && target != u"traditional") {
        streams.err << tr("fazhi-cli convert: --to must be simplified or traditional.") << Qt::endl;
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        streams.err << tr("fazhi-cli convert: name exactly one file.") << Qt::endl;
        return 2;
    }
    const auto document = ReportReader::read(parser.positionalArguments().first());
    if (!document) {
        streams.err << document.error() << Qt::endl;
        return 1;
    }
    const ScriptConverter converter(
        target == u"simplified" ? ScriptConverter::Direction::ToSimplified : ScriptConverter::Direction::ToTraditional);
    const auto converted = converter.convert(document.value().text);
    if (!converted) {
        streams.err << converted.error() << Qt::endl;
        return 1;
    }
    streams.out << converted.value() << '\n' << Qt::flush;
    return 0;
}

} // namespace Fazhi
