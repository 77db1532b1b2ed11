// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardcommand.h"

#include "dashboardrenderer.h"
#include "reviewstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

QString DashboardCommand::name() const
{
    return u"dashboard"_s;
}

QString DashboardCommand::summary() const
{
    return tr("Dashboard charts as PNG, SVG and CSV: dashboard [--year Y] [--city C] [--level L] --out DIR");
}

int DashboardCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption year(u"year"_s, tr("The year compared (default: the newest)."), u"YEAR"_s);
    const QCommandLineOption city(u"city"_s, tr("Only the districts of this city, e.g. 江门市."), u"CITY"_s);
    const QCommandLineOption level(u"level"_s, tr("Only reports of this level, e.g. 区 or 县."), u"LEVEL"_s);
    const QCommandLineOption out(u"out"_s, tr("The folder to write the charts into."), u"DIR"_s);
    parser.addOptions({databaseOption(), year, city, level, out});
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    if (!parser.isSet(out)) {
        streams.err << tr("fazhi-cli dashboard: say where to write the charts with --out DIR.") << Qt::endl;
        return 2;
    }
    const std::optional<qint64> givenYear = wholeNumber(parser, year, FirstYear, LastYear, streams);
    if (!givenYear) {
        return 2;
    }
    const int chosenYear = int(*givenYear);
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        streams.err << tr("fazhi-cli dashboard: charts need a QApplication.") << Qt::endl;
        return 1;
    }
    const auto store = openStore(parser, streams);
    if (!store) {
        return 1;
    }
    const auto years = read(store->years(), streams);
    if (!years) {
        return 1;
    }
    const DashboardScope scope{chosenYear > 0 ? chosenYear : years->value(0), parser.value(city), parser.value(level)};
    const auto written = DashboardRenderer::exportTo(*store, scope, parser.value(out));
    if (!written) {
        streams.err << written.error() << Qt::endl;
        return 1;
    }
    for (const QString &file : written.value()) {
        streams.out << QDir::toNativeSeparators(file) << Qt::endl;
    }
    return 0;
}

} // namespace Fazhi
