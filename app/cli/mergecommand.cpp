// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergecommand.h"

#include "reviewstore.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

QString MergeCommand::name() const
{
    return u"merge"_s;
}

QString MergeCommand::summary() const
{
    return tr("Bring another reviewer's project file into this one");
}

int MergeCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    parser.addOptions({ databaseOption(), authorOption() });
    parser.addPositionalArgument(u"OTHER"_s, tr("The other project file (.fzr)."));
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        streams.err << tr("fazhi-cli merge: name one project file to merge.") << Qt::endl;
        return 2;
    }
    const auto store = openStore(parser, streams);
    if (!store) {
        return 1;
    }
    const auto merged = store->mergeFrom(parser.positionalArguments().first());
    if (!merged) {
        streams.err << merged.error() << Qt::endl;
        return 1;
    }
    streams.out << merged.value() << Qt::endl;
    return 0;
}

} // namespace Fazhi
