// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixcommand.h"

#include "outlinematrix.h"
#include "reviewstore.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

QString MatrixCommand::name() const
{
    return u"matrix"_s;
}

QString MatrixCommand::summary() const
{
    return tr("The outline matrix of a project as CSV: matrix [--year Y] [--reports ID,ID] [--out FILE.csv]");
}

int MatrixCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    const QCommandLineOption year(u"year"_s, tr("Only the reports of this year (default: all)."), u"YEAR"_s);
    const QCommandLineOption reports(u"reports"_s, tr("The reports to compare, by id, comma-separated."), u"IDS"_s);
    const QCommandLineOption out(u"out"_s, tr("The file to write (default: standard output)."), u"FILE"_s);
    parser.addOptions({databaseOption(), year, reports, out});
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    const std::optional<qint64> givenYear = wholeNumber(parser, year, FirstYear, LastYear, streams);
    if (!givenYear) {
        return 2;
    }
    const int chosenYear = int(*givenYear);
    const auto parsed = reportIds(parser.values(reports));
    if (const QString *bad = std::get_if<QString>(&parsed)) {
        streams.err << tr("fazhi-cli matrix: \"%1\" is not a report id.").arg(*bad) << Qt::endl;
        return 2;
    }
    QList<qint64> ids = std::get<QList<qint64>>(parsed);
    const auto store = openStore(parser, streams);
    if (!store) {
        return 1;
    }
    if (!parser.isSet(reports)) {
        const auto ofYear = read(OutlineMatrix::reportsOfYear(*store, chosenYear), streams);
        if (!ofYear) {
            return 1;
        }
        ids = *ofYear;
    }
    const auto matrix = OutlineMatrix::build(*store, ids);
    if (!matrix) {
        streams.err << matrix.error() << Qt::endl;
        return 1;
    }
    const QByteArray bytes = matrix.value().toCsv();
    return writeOutput(bytes, parser.value(out), streams);
}

} // namespace Fazhi
