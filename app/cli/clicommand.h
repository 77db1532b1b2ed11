// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <limits>
#include <memory>
#include <optional>
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

    /** No upper bound for wholeNumber(). */
    static constexpr qint64 Unbounded = std::numeric_limits<qint64>::max();
    /**
     * The whole number given to @p option (or its default), from @p minimum to @p maximum, or
     * @p absent when the option is neither given nor has a default. Anything else (a word, a
     * fraction, a number out of range) prints an error naming the option and the value on
     * @p err, prefixed with @p command ("fazhi-cli annotate"), and returns nothing: the caller
     * exits with 2. For subcommands and the benchmarks alike.
     */
    static std::optional<qint64> wholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
        qint64 minimum, qint64 maximum, const QString &command, QTextStream &err, qint64 absent = 0);
    /** The years wholeNumber() accepts for a --year option. */
    static constexpr qint64 FirstYear = 1900;
    static constexpr qint64 LastYear = 2100;

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
    /**
     * The value a read of the project gave, or nothing after printing why it failed ("fazhi-cli
     * NAME: …") on streams.err; the caller exits with 1.
     */
    template<typename T> std::optional<T> read(Result<T> result, CliStreams &streams) const
    {
        if (result) {
            return std::move(result).value();
        }
        printReadFailure(result.error(), streams);
        return std::nullopt;
    }
    /** wholeNumber() for this command ("fazhi-cli NAME"), reporting on streams.err. */
    std::optional<qint64> wholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
        qint64 minimum, qint64 maximum, CliStreams &streams, qint64 absent = 0) const;

private:
    void printReadFailure(const QString &message, CliStreams &streams) const;
};

} // namespace Fazhi
