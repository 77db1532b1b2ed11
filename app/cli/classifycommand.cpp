// SPDX-License-Identifier: GPL-3.0-or-later
#include "classifycommand.h"

#include "outlineclassifier.h"
#include "outlineoptions.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fazhi::ClassifyCommand", text);
}

} // namespace

QString ClassifyCommand::name() const
{
    return u"classify"_s;
}

QString ClassifyCommand::summary() const
{
    return tr("Classify headings (or paragraphs) read one per line from standard input");
}

int ClassifyCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption paragraph(u"paragraph"_s, tr("Each line is a paragraph rather than a heading."));
    const QCommandLineOption year(
        u"year"_s, tr("The year the report is on, for year arithmetic (\"2025年…将\" is a plan)."), u"YEAR"_s);
    parser.addOptions({paragraph, year});
    OutlineOptions::add(parser);
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    const std::optional<qint64> givenYear = wholeNumber(parser, year, FirstYear, LastYear, streams);
    if (!givenYear) {
        return 2;
    }
    const int reportYear = int(*givenYear);
    const Result<OutlineStandard> standard = OutlineOptions::standard(parser);
    if (!standard) {
        streams.err << standard.error() << Qt::endl;
        return 2;
    }
    const OutlineClassifier classifier(standard.value());
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        streams.err << tr("fazhi-cli classify: cannot read standard input.") << Qt::endl;
        return 1;
    }
    QTextStream lines(&input);
    lines.setEncoding(QStringConverter::Utf8);
    QString line;
    while (lines.readLineInto(&line)) {
        const PartClassification result = parser.isSet(paragraph) ? classifier.classifyParagraph(line, reportYear)
                                                                  : classifier.classifyHeading(line, reportYear);
        streams.out << outlineCategoryId(result.category) << '\t' << QString::number(result.confidence, 'f', 2) << '\t'
                    << result.reason << '\n';
    }
    streams.out << Qt::flush;
    return 0;
}

} // namespace Fazhi
