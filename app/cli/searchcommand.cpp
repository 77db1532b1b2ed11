// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommand.h"

#include "reviewstore.h"

#include <climits>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

QString SearchCommand::name() const
{
    return u"search"_s;
}

QString SearchCommand::summary() const
{
    return tr("Search all reports of a project (either script finds both)");
}

int SearchCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    const QCommandLineOption year(u"year"_s, tr("Only reports on this year."), u"YEAR"_s);
    const QCommandLineOption region(u"region"_s, tr("Only reports of this region."), u"REGION"_s);
    const QCommandLineOption level(
        u"level"_s, tr("Only reports of this level (省, 市, 区, 县, 镇, 街道, 部门)."), u"LEVEL"_s);
    const QCommandLineOption category(u"category"_s, tr("Only parts of this outline category."), u"CATEGORY"_s);
    const QCommandLineOption tag(u"tag"_s, tr("Only parts with an annotation of this tag."), u"TAG"_s);
    const QCommandLineOption limit(u"limit"_s, tr("How many hits to show (default 20)."), u"N"_s, u"20"_s);
    const QCommandLineOption offset(u"offset"_s, tr("Skip this many hits (paging)."), u"N"_s, u"0"_s);
    parser.addOptions({databaseOption(), json, year, region, level, category, tag, limit, offset});
    parser.addPositionalArgument(u"QUERY"_s, tr("Words to find; several words must all be in one paragraph."));
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    if (parser.positionalArguments().isEmpty()) {
        streams.err << tr("fazhi-cli search: say what to search for.") << Qt::endl;
        return 2;
    }
    const std::optional<qint64> givenYear = wholeNumber(parser, year, FirstYear, LastYear, streams);
    const std::optional<qint64> givenLimit = givenYear ? wholeNumber(parser, limit, 1, INT_MAX, streams) : std::nullopt;
    const std::optional<qint64> givenOffset
        = givenLimit ? wholeNumber(parser, offset, 0, INT_MAX, streams) : std::nullopt;
    if (!givenOffset) {
        return 2;
    }
    const auto store = openStore(parser, streams);
    if (!store) {
        return 1;
    }
    SearchQuery query;
    query.text = parser.positionalArguments().join(u' ');
    query.year = int(*givenYear);
    query.region = parser.value(region);
    query.level = parser.value(level);
    query.category = parser.value(category);
    query.limit = int(*givenLimit);
    query.offset = int(*givenOffset);
    if (parser.isSet(tag)) {
        const auto readTags = read(store->tags(), streams);
        if (!readTags) {
            return 1;
        }
        for (const Tag &t : *readTags) {
            if (t.name == parser.value(tag) || t.category == parser.value(tag)) {
                query.tagId = t.id;
            }
        }
        if (query.tagId == 0) {
            streams.err << tr("fazhi-cli search: there is no tag %1.").arg(parser.value(tag)) << Qt::endl;
            return 2;
        }
    }
    const auto hits = store->search(query);
    if (!hits) {
        streams.err << hits.error() << Qt::endl;
        return 1;
    }
    QJsonArray rows;
    for (const SearchHit &hit : hits.value()) {
        // The words between [ and ], as this command has always printed them.
        const QString snippet = hit.markedSnippet(Qt::PlainText);
        if (parser.isSet(json)) {
            rows.append(QJsonObject{{u"report"_s, hit.reportId}, {u"title"_s, hit.reportTitle},
                {u"region"_s, hit.region}, {u"year"_s, hit.year}, {u"start"_s, hit.start}, {u"end"_s, hit.end},
                {u"category"_s, hit.category}, {u"snippet"_s, snippet}, {u"rank"_s, hit.rank}});
        } else {
            streams.out << hit.reportId << '\t' << hit.region << '\t' << hit.year << '\t' << hit.start << '\t'
                        << snippet << '\n';
        }
    }
    if (parser.isSet(json)) {
        streams.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    }
    streams.out.flush();
    return 0;
}

} // namespace Fazhi
