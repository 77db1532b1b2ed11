// SPDX-License-Identifier: GPL-3.0-or-later
#include "listcommand.h"

#include "reviewstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

QString ListCommand::name() const
{
    return u"list"_s;
}

QString ListCommand::summary() const
{
    return tr("List the reports in a project");
}

int ListCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOptions({databaseOption(), json});
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    const auto store = openStore(parser, streams);
    if (!store) {
        return 1;
    }
    QJsonArray rows;
    const auto readReports = read(store->reports(), streams);
    if (!readReports) {
        return 1;
    }
    for (const ReportSummary &r : *readReports) {
        if (parser.isSet(json)) {
            rows.append(
                QJsonObject{{u"id"_s, r.id}, {u"file"_s, r.fileName}, {u"title"_s, r.title}, {u"region"_s, r.region},
                    {u"level"_s, r.level}, {u"year"_s, r.year}, {u"length"_s, r.length}, {u"script"_s, r.script},
                    {u"status"_s, r.reviewStatus}, {u"grade"_s, r.grade}, {u"openAnnotations"_s, r.openAnnotations}});
        } else {
            streams.out << r.id << '\t' << r.region << '\t' << (r.year > 0 ? QString::number(r.year) : u"-"_s) << '\t'
                        << r.level << '\t' << r.reviewStatus << '\t' << r.openAnnotations << '\t'
                        << (r.title.isEmpty() ? r.fileName : r.title) << '\n';
        }
    }
    if (parser.isSet(json)) {
        streams.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    }
    streams.out.flush();
    return 0;
}

} // namespace Fazhi
