// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

int CliCommand::parse(QCommandLineParser &parser, const QStringList &arguments, CliStreams &streams) const
{
    const QCommandLineOption help(
        { u"h"_s, u"help"_s }, QCoreApplication::translate("Fazhi::CliCommand", "Show this command's options."));
    parser.addOption(help);
    if (!parser.parse(QStringList { u"fazhi-cli "_s + name() } + arguments)) {
        streams.err << u"fazhi-cli %1: "_s.arg(name()) << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        streams.out << summary() << "\n\n" << parser.helpText() << Qt::flush;
        return 0;
    }
    return -1;
}

} // namespace Fazhi
