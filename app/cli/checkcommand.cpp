// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "outlinejson.h"
#include "outlinenames.h"
#include "outlineoptions.h"
#include "reportanalyzer.h"
#include "reportreader.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fazhi::CheckCommand", text);
}

// A short excerpt of a part, one line.
QString excerpt(const ReportDocument &document, const TextRange &range)
{
    QString text = document.textAt(range).simplified();
    return text.size() > 24 ? text.left(24) + u'…' : text;
}

void printText(const ReportDocument &document, const OutlineResult &outline, const QList<ChecklistItem> &checklist,
    const QList<IndicatorValue> &indicators, QTextStream &out)
{
    const auto describe = [&](const PartClassification &part) {
        QString line = outlineCategoryId(part.category);
        if (part.secondary) {
            line += u'+' + outlineCategoryId(*part.secondary);
        }
        line += u"  %1  %2"_s.arg(part.confidence, 0, 'f', 2).arg(part.reason);
        if (!part.themes.isEmpty()) {
            line += u"  ["_s + part.themes.join(u", "_s) + u']';
        }
        return line;
    };
    out << "== " << document.fileName << '\n' << tr("Outline:") << '\n';
    qsizetype nextParagraph = 0;
    const auto flushParagraphs = [&](int before) {
        while (nextParagraph < outline.paragraphs.size() && outline.paragraphs.at(nextParagraph).range.start < before) {
            const PartClassification &paragraph = outline.paragraphs.at(nextParagraph++);
            out << "    \u00B6 " << excerpt(document, paragraph.range) << "  " << describe(paragraph) << '\n';
        }
    };
    for (const PartClassification &section : outline.sections) {
        flushParagraphs(section.headingRange.start);
        out << QString(section.level * 2 - 2, u' ') << document.textAt(section.headingRange) << "  "
            << describe(section) << '\n';
    }
    flushParagraphs(int(document.text.size()) + 1);
    out << tr("Checklist:") << '\n';
    for (const ChecklistItem &item : checklist) {
        out << "  " << checklistStatusId(item.status).leftJustified(8) << item.title << ": "
            << ReviewChecklist::explanation(item) << '\n';
    }
    out << tr("Indicators:") << '\n';
    for (const IndicatorValue &value : indicators) {
        out << "  " << OutlineNames::name(value.name) << "  " << OutlineNames::quantity(value.value, value.unit) << "  "
            << document.textAt(value.match) << '\n';
    }
}

} // namespace

QString CheckCommand::name() const
{
    return u"check"_s;
}

QString CheckCommand::summary() const
{
    return tr("Classify every part of reports, run the review checklist, extract indicators");
}

int CheckCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("Print JSON rather than text."));
    parser.addOption(json);
    OutlineOptions::add(parser);
    parser.addPositionalArgument(u"FILE"_s, tr("Reports to check."), u"FILE..."_s);
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    if (parser.positionalArguments().isEmpty()) {
        streams.err << tr("fazhi-cli check: name at least one report file.") << Qt::endl;
        return 2;
    }
    const Result<OutlineStandard> standard = OutlineOptions::standard(parser);
    if (!standard) {
        streams.err << standard.error() << Qt::endl;
        return 2;
    }
    const ReportAnalyzer analyzer(standard.value());

    int exitCode = 0;
    QJsonArray reports;
    for (const QString &path : parser.positionalArguments()) {
        const Result<ReportDocument> document = ReportReader::read(path);
        if (!document) {
            streams.err << document.error() << Qt::endl;
            exitCode = 1;
            continue;
        }
        const ReportAnalysis analysis = analyzer.analyze(document.value());
        if (parser.isSet(json)) {
            reports.append(
                QJsonObject{{u"file"_s, path}, {u"outline"_s, OutlineJson::outline(document.value(), analysis.outline)},
                    {u"checklist"_s, OutlineJson::checklist(analysis.checklist)},
                    {u"indicators"_s, OutlineJson::indicators(analysis.indicators)}});
        } else {
            printText(document.value(), analysis.outline, analysis.checklist, analysis.indicators, streams.out);
        }
    }
    if (parser.isSet(json)) {
        streams.out << QString::fromUtf8(QJsonDocument(reports).toJson(QJsonDocument::Indented));
    }
    streams.out << Qt::flush;
    return exitCode;
}

} // namespace Fazhi
