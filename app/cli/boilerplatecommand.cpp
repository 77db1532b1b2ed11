// SPDX-License-Identifier: GPL-3.0-or-later
#include "boilerplatecommand.h"

#include "boilerplatereport.h"
#include "reviewstore.h"

#include <climits>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

QString BoilerplateCommand::name() const
{
    return u"boilerplate"_s;
}

QString BoilerplateCommand::summary() const
{
    return tr("List the set phrases that recur in many reports of a year: boilerplate [--year Y] [--out FILE.csv]");
}

int BoilerplateCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption year(u"year"_s, tr("Only the reports of this year (default: all)."), u"YEAR"_s);
    const QCommandLineOption share(u"share"_s,
        tr("The share of the reports a phrase must occur in (default 0.2; at least 3 reports)."), u"SHARE"_s, u"0.2"_s);
    const QCommandLineOption limit(
        u"limit"_s, tr("Print at most this many phrases (default 50; 0: all)."), u"N"_s, u"50"_s);
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    const QCommandLineOption out(u"out"_s, tr("Write every phrase as CSV to this file."), u"FILE"_s);
    parser.addOptions({databaseOption(), year, share, limit, json, out});
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    BoilerplateReport::Options options;
    const std::optional<qint64> chosenYear = wholeNumber(parser, year, FirstYear, LastYear, streams);
    if (!chosenYear) {
        return 2;
    }
    options.year = int(*chosenYear);
    bool ok = true;
    options.minShare = parser.value(share).toDouble(&ok);
    if (!ok || !(options.minShare > 0 && options.minShare <= 1)) {
        streams.err << tr("fazhi-cli boilerplate: --share takes a number above 0 and at most 1, not %1.")
                           .arg(parser.value(share))
                    << Qt::endl;
        return 2;
    }
    const std::optional<qint64> phraseLimit = wholeNumber(parser, limit, 0, INT_MAX, streams);
    if (!phraseLimit) {
        return 2;
    }
    const qsizetype maxPhrases = qsizetype(*phraseLimit);
    QString path;
    if (const auto store = openStore(parser, streams)) {
        path = store->path();
    } else {
        return 1;
    }
    const auto report = BoilerplateReport::build(path, options);
    if (!report) {
        streams.err << report.error() << Qt::endl;
        return 1;
    }
    const BoilerplateReport &found = report.value();
    if (parser.isSet(out)) {
        if (const int code = writeOutput(found.toCsv(), parser.value(out), streams); code != 0) {
            return code;
        }
    }
    const QList<SetPhrase> shown = maxPhrases > 0 ? found.phrases().mid(0, maxPhrases) : found.phrases();
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const SetPhrase &phrase : shown) {
            rows.append(QJsonObject{{u"text"_s, phrase.text}, {u"reports"_s, phrase.reports},
                {u"exampleReport"_s, phrase.exampleReport}, {u"start"_s, phrase.exampleRange.start},
                {u"end"_s, phrase.exampleRange.end}});
        }
        const QJsonObject result{{u"reports"_s, found.reportCount()}, {u"threshold"_s, found.threshold()},
            {u"phrases"_s, rows}, {u"total"_s, found.phrases().size()}};
        streams.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else if (!parser.isSet(out)) {
        streams.out << tr(
            "%n set phrase(s) in %1 reports (each in at least %2 of them)", nullptr, int(found.phrases().size()))
                           .arg(found.reportCount())
                           .arg(found.threshold())
                    << '\n';
        for (const SetPhrase &phrase : shown) {
            streams.out << u"%1\t"_s.arg(phrase.reports) << phrase.text << '\n';
        }
    }
    streams.out.flush();
    return 0;
}

} // namespace Fazhi
