// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotatecommand.h"

#include "reviewstore.h"

#include <climits>

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

QString AnnotateCommand::name() const
{
    return u"annotate"_s;
}

QString AnnotateCommand::summary() const
{
    return tr("Tag a passage of a report, with an optional comment");
}

int AnnotateCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption report(u"report"_s, tr("The report's id (see fazhi-cli list)."), u"ID"_s);
    const QCommandLineOption start(
        u"start"_s, tr("Where the passage starts (UTF-16 offset in the report's text)."), u"N"_s);
    const QCommandLineOption end(u"end"_s, tr("Where the passage ends (exclusive)."), u"N"_s);
    const QCommandLineOption tag(u"tag"_s, tr("The tag, by name (问题) or by outline category (problems)."), u"NAME"_s);
    const QCommandLineOption comment(u"comment"_s, tr("A comment on the passage."), u"TEXT"_s);
    parser.addOptions({databaseOption(), authorOption(), report, start, end, tag, comment});
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    for (const QCommandLineOption &required : {report, start, end, tag}) {
        if (!parser.isSet(required)) {
            streams.err << tr("fazhi-cli annotate: --%1 is required.").arg(required.names().first()) << Qt::endl;
            return 2;
        }
    }
    const std::optional<qint64> reportId = wholeNumber(parser, report, 1, Unbounded, streams);
    const std::optional<qint64> from = reportId ? wholeNumber(parser, start, 0, INT_MAX, streams) : std::nullopt;
    const std::optional<qint64> to = from ? wholeNumber(parser, end, 0, INT_MAX, streams) : std::nullopt;
    if (!to) {
        return 2;
    }
    const auto store = openStore(parser, streams);
    if (!store) {
        return 1;
    }
    qint64 tagId = 0;
    const auto readTags = read(store->tags(), streams);
    if (!readTags) {
        return 1;
    }
    for (const Tag &t : *readTags) {
        if (t.name == parser.value(tag) || t.category == parser.value(tag)) {
            tagId = t.id;
        }
    }
    if (tagId == 0) {
        streams.err << tr("fazhi-cli annotate: there is no tag %1.").arg(parser.value(tag)) << Qt::endl;
        return 2;
    }
    const auto added = store->addAnnotation(*reportId, int(*from), int(*to), tagId, parser.value(comment));
    if (!added) {
        streams.err << added.error() << Qt::endl;
        return 1;
    }
    streams.out << added.value().id << '\t' << added.value().quote << Qt::endl;
    return 0;
}

} // namespace Fazhi
