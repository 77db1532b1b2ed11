// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Fazhi {

/**
 * The headless front end, `fazhi-cli`: parses the command line, runs the subcommand and
 * writes results to @p out and problems to @p err. Everything the GUI can do to data is
 * reachable from here.
 */
class CliRunner final
{
public:
    CliRunner(QTextStream &out, QTextStream &err);

    /** Runs the command line @p arguments (argv, program name first); returns the exit code. */
    int run(const QStringList &arguments);

private:
    void printVersion();
    void printHelp();

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Fazhi
