// SPDX-License-Identifier: GPL-3.0-or-later
#include "removecommand.h"

#include "reviewstore.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

QString RemoveCommand::name() const
{
    return u"remove"_s;
}

QString RemoveCommand::summary() const
{
    return tr("Remove reports from a project, with their annotations and decisions");
}

int RemoveCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption report(
        u"report"_s, tr("A report's id (see fazhi-cli list); repeat it or separate ids by commas."), u"ID"_s);
    parser.addOptions({databaseOption(), authorOption(), report});
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    const auto parsed = reportIds(parser.values(report));
    if (const QString *bad = std::get_if<QString>(&parsed)) {
        streams.err << tr("fazhi-cli remove: %1 is not a report id.").arg(*bad) << Qt::endl;
        return 2;
    }
    const QList<qint64> ids = std::get<QList<qint64>>(parsed);
    if (ids.isEmpty()) {
        streams.err << tr("fazhi-cli remove: name the reports with --report ID.") << Qt::endl;
        return 2;
    }
    const auto store = openStore(parser, streams);
    if (!store) {
        return 1;
    }
    QStringList unknown;
    for (const qint64 id : std::as_const(ids)) {
        if (const auto name = store->reportName(id); name.code() == Error::Code::NotFound) {
            unknown.append(QString::number(id));
        } else if (!read(name, streams)) {
            return 1;
        }
    }
    if (!unknown.isEmpty()) {
        streams.err << tr("fazhi-cli remove: there is no report %1 in %2; nothing was removed.")
                           .arg(unknown.join(tr(", ")), store->path())
                    << Qt::endl;
        return 1;
    }
    const auto removed = store->removeReports(ids);
    if (!removed) {
        streams.err << tr("fazhi-cli remove: %1").arg(removed.error()) << Qt::endl;
        return 1;
    }
    for (const RemovedReport &gone : removed.value()) {
        streams.out << tr("removed report %1 (%2) with %3 and %4")
                           .arg(QString::number(gone.id), gone.name, tr("%n annotation(s)", nullptr, gone.annotations),
                               tr("%n decision(s)", nullptr, gone.decisions))
                    << Qt::endl;
    }
    streams.err << tr("The project's change record keeps what was removed.") << Qt::endl;
    return 0;
}

} // namespace Fazhi
