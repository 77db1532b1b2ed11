// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include <memory>
#include <optional>
#include <vector>

#include <QStringList>

class QTextStream;

namespace Fazhi {

/**
 * The headless front end, `fazhi-cli`: picks the subcommand named on the command line and
 * runs it, writing results to @p out and problems to @p err. Everything the GUI can do to data
 * is reachable from here.
 */
class CliRunner final
{
public:
    CliRunner(QTextStream &out, QTextStream &err);
    ~CliRunner();

    /**
     * Removes the global option "--lang LANG" (or "--lang=LANG", anywhere on the command line)
     * from @p arguments; its value, empty when it has none, or nothing when it is not there.
     */
    static std::optional<QString> takeLanguageOption(QStringList &arguments);
    /**
     * Removes the global option "--verbose" from @p arguments; whether it was there. With it, the
     * details behind a message (what SQLite said) are printed too, for reporting a problem.
     */
    static bool takeVerboseOption(QStringList &arguments);

    /** Runs the command line @p arguments (argv, program name first); returns the exit code. */
    int run(const QStringList &arguments);

private:
    void printVersion();
    void printHelp();

    CliStreams m_streams;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace Fazhi
