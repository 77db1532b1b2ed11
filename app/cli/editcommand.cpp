// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcommand.h"

#include "administrativelevel.h"
#include "reviewstore.h"

#include <QCommandLineParser>
#include <QHash>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// The option that sets metadata @p key: reportDate → --report-date.
QString optionName(const QString &key)
{
    QString name;
    for (const QChar c : key) {
        if (c.isUpper()) {
            name += u'-';
        }
        name += c.toLower();
    }
    return name;
}

} // namespace

QString EditCommand::name() const
{
    return u"edit"_s;
}

QString EditCommand::summary() const
{
    return tr("Correct a report's region, level, year, title, issuers or dates");
}

int EditCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption report(u"report"_s, tr("The report's id (see fazhi-cli list)."), u"ID"_s);
    const QCommandLineOption comment(u"comment"_s, tr("Why the value is corrected."), u"TEXT"_s);
    parser.addOptions({databaseOption(), authorOption(), report, comment});
    const QStringList keys = ReviewStore::editableMetadata();
    const QHash<QString, QString> descriptions{
        {u"region"_s, tr("The region (江门市江海区).")},
        {u"level"_s, tr("The administrative level: %1.").arg(AdministrativeLevel::all().join(u' '))},
        {u"year"_s, tr("The year reported on.")},
        {u"title"_s, tr("The report's title.")},
        {u"issuers"_s, tr("The issuing bodies, separated by 、.")},
        {u"reportDate"_s, tr("The date of the report (2025-03-01 or 2025年3月1日).")},
        {u"publishDate"_s, tr("The date it was published.")},
    };
    for (const QString &key : keys) {
        parser.addOption({optionName(key), descriptions.value(key), u"VALUE"_s});
    }
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    if (!parser.isSet(report)) {
        streams.err << tr("fazhi-cli edit: --report ID is required (see fazhi-cli list).") << Qt::endl;
        return 2;
    }
    const std::optional<qint64> givenId = wholeNumber(parser, report, 1, Unbounded, streams);
    if (!givenId) {
        return 2;
    }
    const qint64 reportId = *givenId;
    // Every value checked before any is set: a typo changes nothing.
    QList<std::pair<QString, QString>> edits;
    for (const QString &key : keys) {
        if (!parser.isSet(optionName(key))) {
            continue;
        }
        const QString value = parser.value(optionName(key));
        if (const auto checked = ReviewStore::metadataValue(key, value); !checked) {
            streams.err << tr("fazhi-cli edit: --%1: %2").arg(optionName(key), checked.error()) << Qt::endl;
            return 2;
        }
        edits.append({key, value});
    }
    const auto store = openStore(parser, streams);
    if (!store) {
        return 1;
    }
    const auto document = store->report(reportId);
    if (!document) {
        streams.err << tr("fazhi-cli edit: %1").arg(document.error()) << Qt::endl;
        return 1;
    }
    for (const auto &[key, value] : std::as_const(edits)) {
        const auto edited = store->editMetadata(reportId, key, value, parser.value(comment));
        if (!edited) {
            streams.err << tr("fazhi-cli edit: --%1: %2").arg(optionName(key), edited.error()) << Qt::endl;
            return 1;
        }
    }
    // What the report's details are now, the parsed value beside each one a reviewer set.
    const auto now = store->report(reportId);
    if (!now) {
        streams.err << now.error() << Qt::endl;
        return 1;
    }
    for (const QString &key : keys) {
        const QString value = now.value().metadataValue(key.toLatin1().constData());
        const auto parsed = read(store->automaticMetadata(reportId, key), streams);
        if (!parsed) {
            return 1;
        }
        const QString &automatic = *parsed;
        streams.out << optionName(key) << '\t' << value;
        if (automatic != value) {
            streams.out << '\t' << tr("(parsed: %1)").arg(automatic.isEmpty() ? tr("none") : automatic);
        }
        streams.out << '\n';
    }
    streams.out.flush();
    return 0;
}

} // namespace Fazhi
