// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "componentversions.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fazhi::CliRunner", text);
}

} // namespace

CliRunner::CliRunner(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int CliRunner::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        printHelp();
        return 2;
    }
    const QString &command = args.first();
    if (command == u"--version" || command == u"-v" || command == u"version") {
        printVersion();
        return 0;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printHelp();
        return 0;
    }
    m_err << tr("fazhi-cli: unknown command or option \"%1\". Run fazhi-cli --help for the list.").arg(command)
          << Qt::endl;
    return 2;
}

void CliRunner::printVersion()
{
    m_out << "fazhi-cli " << QStringLiteral(FAZHI_VERSION) << Qt::endl;
    for (const ComponentVersion &component : ComponentVersions::core()) {
        m_out << component.name << ' ' << component.version << Qt::endl;
    }
}

void CliRunner::printHelp()
{
    m_out << tr("Usage: fazhi-cli COMMAND [OPTIONS]") << "\n\n"
          << tr("Fazhi Review without a window: import, inspect, check, search and export reports.") << "\n\n"
          << tr("Commands:") << '\n'
          << "  --version    " << tr("Print the program version and the versions of the libraries it loads") << '\n'
          << "  --help       " << tr("Print this help") << Qt::endl;
}

} // namespace Fazhi
