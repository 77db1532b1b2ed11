// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <variant>

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace Fazhi {

class ReviewStore;

/** Where a command writes: results to out, problems to err. */
struct CliStreams
{
    QTextStream &out;
    QTextStream &err;
};

/**
 * One `fazhi-cli` subcommand. Exit codes: 0 success, 1 when some input failed (the rest was
 * processed), 2 for a usage error.
 */
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    /** The word that selects the command: "inspect", "convert", … */
    virtual QString name() const = 0;
    /** One line for `fazhi-cli --help`. */
    virtual QString summary() const = 0;
    /** Runs with the arguments after the command word. */
    virtual int run(const QStringList &arguments, CliStreams &streams) = 0;

protected:
    /**
     * Parses @p arguments with @p parser (options already added); on --help prints the usage
     * and returns 0, on an error prints it and returns 2, otherwise returns -1 to go on.
     */
    int parse(QCommandLineParser &parser, const QStringList &arguments, CliStreams &streams) const;

    /** --db FILE: the project to work on (default: the same default project as the workstation). */
    static QCommandLineOption databaseOption();
    /** --author NAME: who signs the changes (default: the reviewer name from the settings, or the user). */
    static QCommandLineOption authorOption();
    /**
     * Opens the project named by --db (or the default one) and sets its author from --author;
     * prints the reason and returns null when it cannot be opened.
     */
    std::unique_ptr<ReviewStore> openStore(const QCommandLineParser &parser, CliStreams &streams) const;
    /**
     * Writes @p bytes to standard output when @p path is empty, else to the file @p path whole or
     * not at all (a half-written export must never replace a good one). Returns the exit code.
     */
    int writeOutput(const QByteArray &bytes, const QString &path, CliStreams &streams) const;
    /**
     * The report ids in @p values (each may hold several, separated by commas), in order, each
     * once; or the first word that is not a positive whole number, for the caller's message.
     */
    static std::variant<QList<qint64>, QString> reportIds(const QStringList &values);
};

} // namespace Fazhi
