// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "annotatecommand.h"
#include "benchcommand.h"
#include "boilerplatecommand.h"
#include "checkcommand.h"
#include "classifycommand.h"
#include "componentversions.h"
#include "convertcommand.h"
#include "dashboardcommand.h"
#include "editcommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "inspectcommand.h"
#include "listcommand.h"
#include "matrixcommand.h"
#include "mergecommand.h"
#include "removecommand.h"
#include "reviewcommand.h"
#include "searchcommand.h"
#include "sharedcommand.h"

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
    : m_streams{out, err}
{
    // Every subcommand, in the order --help lists them.
    m_commands.push_back(std::make_unique<InspectCommand>());
    m_commands.push_back(std::make_unique<ConvertCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<RemoveCommand>());
    m_commands.push_back(std::make_unique<EditCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<AnnotateCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<MergeCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<ReviewCommand>());
    m_commands.push_back(std::make_unique<ClassifyCommand>());
    m_commands.push_back(std::make_unique<SharedCommand>());
    m_commands.push_back(std::make_unique<MatrixCommand>());
    m_commands.push_back(std::make_unique<BoilerplateCommand>());
    m_commands.push_back(std::make_unique<DashboardCommand>());
    m_commands.push_back(std::make_unique<BenchCommand>());
}

CliRunner::~CliRunner() = default;

std::optional<QString> CliRunner::takeLanguageOption(QStringList &arguments)
{
    std::optional<QString> language;
    for (qsizetype i = 1; i < arguments.size();) {
        if (arguments.at(i) == u"--lang") {
            language = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
        } else if (arguments.at(i).startsWith(u"--lang=")) {
            language = arguments.at(i).mid(7);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return language;
}

bool CliRunner::takeVerboseOption(QStringList &arguments)
{
    return arguments.removeAll(u"--verbose"_s) > 0;
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
    for (const auto &candidate : m_commands) {
        if (candidate->name() == command) {
            return candidate->run(args.mid(1), m_streams);
        }
    }
    m_streams.err << tr("fazhi-cli: unknown command or option \"%1\". Run fazhi-cli --help for the list.").arg(command)
                  << Qt::endl;
    return 2;
}

void CliRunner::printVersion()
{
    m_streams.out << "fazhi-cli " << QStringLiteral(FAZHI_VERSION) << Qt::endl;
    for (const ComponentVersion &component : ComponentVersions::core()) {
        m_streams.out << component.name << ' ' << component.version << Qt::endl;
    }
}

void CliRunner::printHelp()
{
    m_streams.out << tr("Usage: fazhi-cli COMMAND [OPTIONS]") << "\n\n"
                  << tr("Fazhi Review without a window: import, inspect, check, search and export reports.") << "\n\n"
                  << tr("Commands:") << '\n'
                  << "  --version    " << tr("Print the program version and the versions of the libraries it loads")
                  << '\n'
                  << "  --help       " << tr("Print this help") << '\n'
                  << "  --lang LANG  "
                  << tr("Write messages and documents in LANG: zh_CN, zh_TW or en (default: as the window would)")
                  << '\n'
                  << "  --verbose    " << tr("Also print the details behind a message, for reporting a problem")
                  << '\n';
    for (const auto &command : m_commands) {
        m_streams.out << "  " << command->name().leftJustified(12) << ' ' << command->summary() << '\n';
    }
    m_streams.out << '\n' << tr("Run fazhi-cli COMMAND --help for a command's options.") << Qt::endl;
}

} // namespace Fazhi
