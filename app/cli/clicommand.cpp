// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include "appsettings.h"
#include "exportfile.h"
#include "reviewstore.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

int CliCommand::parse(QCommandLineParser &parser, const QStringList &arguments, CliStreams &streams) const
{
    const QCommandLineOption help(
        {u"h"_s, u"help"_s}, QCoreApplication::translate("Fazhi::CliCommand", "Show this command's options."));
    parser.addOption(help);
    if (!parser.parse(QStringList{u"fazhi-cli "_s + name()} + arguments)) {
        streams.err << u"fazhi-cli %1: "_s.arg(name()) << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        streams.out << summary() << "\n\n" << parser.helpText() << Qt::flush;
        return 0;
    }
    return -1;
}

QCommandLineOption CliCommand::databaseOption()
{
    return {u"db"_s,
        QCoreApplication::translate("Fazhi::CliCommand", "The project file (.fzr); default: %1.")
            .arg(ReviewStore::defaultProjectPath()),
        u"FILE"_s};
}

QCommandLineOption CliCommand::authorOption()
{
    return {u"author"_s, QCoreApplication::translate("Fazhi::CliCommand", "Who signs the changes."), u"NAME"_s};
}

std::unique_ptr<ReviewStore> CliCommand::openStore(const QCommandLineParser &parser, CliStreams &streams) const
{
    const QString path = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : ReviewStore::defaultProjectPath();
    auto opened = ReviewStore::open(path);
    if (!opened) {
        streams.err << u"fazhi-cli %1: "_s.arg(name()) << opened.error() << Qt::endl;
        return {};
    }
    std::unique_ptr<ReviewStore> store = std::move(opened).value();
    if (store->isReadOnly()) {
        // Reading goes on; a change will be refused with the same reason.
        streams.err << u"fazhi-cli %1: "_s.arg(name())
                    << QCoreApplication::translate(
                           "Fazhi::CliCommand", "%1 is read-only: %2 Nothing can be changed in it.")
                           .arg(path, store->readOnlyReason())
                    << Qt::endl;
    }
    QString author = parser.optionNames().contains(u"author"_s) ? parser.value(u"author"_s) : QString();
    if (author.isEmpty()) {
        author = AppSettings().reviewerName();
    }
    if (author.isEmpty()) {
        author = qEnvironmentVariable("USER");
    }
    store->setAuthor(author);
    return store;
}

int CliCommand::writeOutput(const QByteArray &bytes, const QString &path, CliStreams &streams) const
{
    if (path.isEmpty()) {
        streams.out.flush();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return 0;
    }
    if (const auto saved = saveExportFile(path, bytes); !saved) {
        streams.err << u"fazhi-cli "_s << name() << u": "_s << saved.error() << Qt::endl;
        return 1;
    }
    return 0;
}

std::variant<QList<qint64>, QString> CliCommand::reportIds(const QStringList &values)
{
    QList<qint64> ids;
    for (const QString &value : values) {
        for (const QString &word : value.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = word.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                return word;
            }
            if (!ids.contains(id)) {
                ids.append(id);
            }
        }
    }
    return ids;
}

std::optional<qint64> CliCommand::wholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
    qint64 minimum, qint64 maximum, const QString &command, QTextStream &err, qint64 absent)
{
    const QString optionName = option.names().constLast();
    const QString value = parser.value(optionName);
    if (!parser.isSet(optionName) && value.isEmpty()) {
        return absent;
    }
    bool ok = false;
    const qint64 number = value.trimmed().toLongLong(&ok);
    if (ok && number >= minimum && number <= maximum) {
        return number;
    }
    if (maximum == Unbounded) {
        //: %2 is an option such as --start, %4 what was given for it
        err << QCoreApplication::translate("Fazhi::CliCommand", "%1: --%2 takes a whole number of at least %3, not %4.")
                   .arg(command, optionName, QString::number(minimum), value)
            << Qt::endl;
    } else {
        //: %2 is an option such as --year, %5 what was given for it
        err << QCoreApplication::translate("Fazhi::CliCommand", "%1: --%2 takes a whole number from %3 to %4, not %5.")
                   .arg(command, optionName, QString::number(minimum), QString::number(maximum), value)
            << Qt::endl;
    }
    return std::nullopt;
}

std::optional<qint64> CliCommand::wholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
    qint64 minimum, qint64 maximum, CliStreams &streams, qint64 absent) const
{
    return wholeNumber(parser, option, minimum, maximum, u"fazhi-cli "_s + name(), streams.err, absent);
}

void CliCommand::printReadFailure(const QString &message, CliStreams &streams) const
{
    streams.err << QCoreApplication::translate("Fazhi::CliCommand", "fazhi-cli %1: %2").arg(name(), message)
                << Qt::endl;
}

} // namespace Fazhi
