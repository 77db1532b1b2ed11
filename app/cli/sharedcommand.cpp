// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedcommand.h"

#include "reportreader.h"
#include "reviewstore.h"
#include "sharedwording.h"

#include <climits>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

QString SharedCommand::name() const
{
    return u"shared"_s;
}

QString SharedCommand::summary() const
{
    return tr("List the passages two reports share word for word (either script)");
}

int SharedCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    const QCommandLineOption minimum(
        u"min"_s, tr("The shortest passage to list, in letters and digits (default 20)."), u"N"_s, u"20"_s);
    parser.addOptions({databaseOption(), json, minimum});
    parser.addPositionalArgument(u"REPORT"_s, tr("A report file, or the id of a report in the project."));
    parser.addPositionalArgument(u"REPORT"_s, tr("The report to compare it with, likewise."));
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    const QStringList names = parser.positionalArguments();
    if (names.size() != 2) {
        streams.err << tr("fazhi-cli shared: name two reports (files or ids).") << Qt::endl;
        return 2;
    }
    const std::optional<qint64> givenMinimum = wholeNumber(parser, minimum, 1, INT_MAX, streams);
    if (!givenMinimum) {
        return 2;
    }
    const int minLength = int(*givenMinimum);

    // The project is opened only when an argument is not a file: comparing two files needs none.
    std::unique_ptr<ReviewStore> store;
    QList<ReportDocument> documents;
    for (const QString &name : names) {
        if (QFileInfo(name).isFile()) {
            auto doc = ReportReader::read(name);
            if (!doc) {
                streams.err << name << u": "_s << doc.error() << Qt::endl;
                return 1;
            }
            documents.append(doc.value());
            continue;
        }
        bool idOk = false;
        const qint64 id = name.toLongLong(&idOk);
        if (!idOk || id <= 0) {
            streams.err << tr("fazhi-cli shared: %1 is neither a file nor a report id.").arg(name) << Qt::endl;
            return 2;
        }
        if (!store) {
            store = openStore(parser, streams);
            if (!store) {
                return 1;
            }
        }
        auto doc = store->report(id);
        if (!doc) {
            streams.err << name << u": "_s << doc.error() << Qt::endl;
            return 1;
        }
        documents.append(doc.value());
    }

    const QList<SharedPassage> passages = SharedWording::find(documents.at(0), documents.at(1), minLength);
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const SharedPassage &p : passages) {
            rows.append(QJsonObject{{u"first"_s, QJsonObject{{u"start"_s, p.first.start}, {u"end"_s, p.first.end}}},
                {u"second"_s, QJsonObject{{u"start"_s, p.second.start}, {u"end"_s, p.second.end}}},
                {u"length"_s, p.length}, {u"text"_s, p.text}});
        }
        streams.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    } else {
        for (const SharedPassage &p : passages) {
            QString text = p.text;
            text.replace(u'\n', u' ');
            streams.out << u"a[%1,%2)  b[%3,%4)  %5  "_s.arg(p.first.start)
                               .arg(p.first.end)
                               .arg(p.second.start)
                               .arg(p.second.end)
                               .arg(p.length)
                        << text << '\n';
        }
    }
    streams.out.flush();
    return 0;
}

} // namespace Fazhi
