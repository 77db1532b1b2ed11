// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcommand.h"

#include "gradesuggestion.h"
#include "reportdecisions.h"
#include "reviewchecklist.h"
#include "reviewstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

QString ReviewCommand::name() const
{
    return u"review"_s;
}

QString ReviewCommand::summary() const
{
    return tr("Print each report's checklist as in force, its grade and a suggested grade");
}

int ReviewCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption report(u"report"_s, tr("Only the report with this id (repeatable)."), u"ID"_s);
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOptions({databaseOption(), report, json});
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    const auto store = openStore(parser, streams);
    if (!store) {
        return 1;
    }
    const auto parsed = reportIds(parser.values(report));
    if (const QString *bad = std::get_if<QString>(&parsed)) {
        streams.err << tr("fazhi-cli review: \"%1\" is not a report id.").arg(*bad) << Qt::endl;
        return 2;
    }
    const QList<qint64> wanted = std::get<QList<qint64>>(parsed);
    QJsonArray rows;
    const auto readReports = read(store->reports(), streams);
    if (!readReports) {
        return 1;
    }
    for (const ReportSummary &summary : *readReports) {
        if (!wanted.isEmpty() && !wanted.contains(summary.id)) {
            continue;
        }
        auto decided = read(store->decisions(summary.id), streams);
        if (!decided) {
            return 1;
        }
        const ReportDecisions decisions(std::move(*decided));
        QList<ChecklistStatus> statuses;
        QJsonArray items;
        QStringList lines;
        const auto readChecklist = read(store->checklist(summary.id), streams);
        if (!readChecklist) {
            return 1;
        }
        for (const ChecklistItem &item : *readChecklist) {
            const ChecklistStatus status = checklistStatusFromId(
                decisions.value(ReportDecisions::checklistTarget(item.id), checklistStatusId(item.status)));
            statuses.append(status);
            const QString title = ReviewChecklist::itemTitle(item.id);
            items.append(QJsonObject{{u"id"_s, item.id}, {u"status"_s, checklistStatusId(status)},
                {u"automatic"_s, checklistStatusId(item.status)}, {u"explanation"_s, item.explanation}});
            lines.append(u"  %1  %2: %3"_s.arg(
                ReviewChecklist::statusName(status), title.isEmpty() ? item.title : title, item.explanation));
        }
        const QString grade = decisions.value(ReportDecisions::gradeTarget(), {});
        const QString suggested = GradeSuggestion::suggest(statuses);
        if (parser.isSet(json)) {
            rows.append(QJsonObject{{u"id"_s, summary.id}, {u"region"_s, summary.region}, {u"year"_s, summary.year},
                {u"title"_s, summary.title}, {u"checklist"_s, items}, {u"grade"_s, grade},
                {u"suggestedGrade"_s, suggested}});
            continue;
        }
        const QString year = summary.year > 0 ? QString::number(summary.year) : QString();
        streams.out << u"== #%1 %2 %3  %4"_s.arg(summary.id)
                           .arg(summary.region, year, summary.title.isEmpty() ? summary.fileName : summary.title)
                    << '\n'
                    << lines.join(u'\n') << '\n'
                    << "  "
                    << tr("Suggested grade: %1; grade given: %2")
                           .arg(suggested.isEmpty() ? tr("none") : ReviewChecklist::gradeName(suggested),
                               grade.isEmpty() ? tr("not graded") : ReviewChecklist::gradeName(grade))
                    << "\n\n";
    }
    if (parser.isSet(json)) {
        streams.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    }
    streams.out.flush();
    return 0;
}

} // namespace Fazhi
