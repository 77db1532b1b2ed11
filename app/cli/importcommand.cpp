// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "batchimporter.h"
#include "outlineoptions.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QMap>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// The importers' messages start with the file name, which the line already shows.
QString reasonOf(const FileImportResult &result)
{
    if (result.status == FileImportResult::Status::Cancelled) {
        return ImportCommand::tr("cancelled");
    }
    const QString prefix = QFileInfo(result.path).fileName() + u": "_s;
    return result.message.startsWith(prefix) ? result.message.mid(prefix.size()) : result.message;
}

} // namespace

QString ImportCommand::name() const
{
    return u"import"_s;
}

QString ImportCommand::summary() const
{
    return tr("Import report files or folders into a project");
}

int ImportCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    parser.addOptions({databaseOption(), authorOption()});
    OutlineOptions::add(parser);
    const QCommandLineOption onDuplicate(u"on-duplicate"_s,
        tr("What to do with another version of a report already in the project (the same region, year and "
           "level, another text): skip it (the default), replace the old version (its annotations move to the "
           "new text) or keep both. A copy of a report already there (the same text) is never imported again."),
        u"skip|replace|keep"_s, u"skip"_s);
    const QCommandLineOption force(
        u"force"_s, tr("Import files that do not look like rule-of-law government reports too."));
    parser.addOptions({onDuplicate, force});
    parser.addPositionalArgument(u"PATH"_s, tr("Report files (.txt, .html, .docx, .pdf) or folders holding them."));
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    if (parser.positionalArguments().isEmpty()) {
        streams.err << tr("fazhi-cli import: name at least one file or folder.") << Qt::endl;
        return 2;
    }
    BatchImportOptions options;
    options.importUnlikely = parser.isSet(force);
    const QString policy = parser.value(onDuplicate);
    if (policy == u"skip") {
        options.onDuplicate = DuplicatePolicy::Skip;
    } else if (policy == u"replace") {
        options.onDuplicate = DuplicatePolicy::Replace;
    } else if (policy == u"keep") {
        options.onDuplicate = DuplicatePolicy::Keep;
    } else {
        streams.err << tr("fazhi-cli import: --on-duplicate takes skip, replace or keep, not %1.").arg(policy)
                    << Qt::endl;
        return 2;
    }
    const Result<OutlineStandard> standard = OutlineOptions::standard(parser);
    if (!standard) {
        streams.err << standard.error() << Qt::endl;
        return 2;
    }
    const auto store = openStore(parser, streams);
    if (!store) {
        return 1;
    }
    QStringList missing;
    QStringList empty;
    const QStringList files = BatchImporter::collectFiles(parser.positionalArguments(), &missing, &empty);
    int failures = 0;
    for (const QString &path : std::as_const(missing)) {
        streams.out << tr("%1: failed: the file or folder does not exist").arg(path) << Qt::endl;
        ++failures;
    }
    for (const QString &folder : std::as_const(empty)) {
        streams.out << BatchImporter::emptyFolderMessage(folder) << Qt::endl;
        ++failures;
    }
    const ReportAnalyzer analyzer(standard.value());
    BatchImporter importer(*store, analyzer, options);
    importer.setProgress([&](const FileImportResult &result, int, int) {
        const auto printWarnings = [&] {
            for (const QString &warning : result.warnings) {
                streams.out << tr("    warning: %1").arg(warning) << Qt::endl;
            }
        };
        switch (result.status) {
        case FileImportResult::Status::Imported:
            streams.out << tr("%1: imported as report %2").arg(result.path, QString::number(result.reportId))
                        << Qt::endl;
            printWarnings();
            break;
        case FileImportResult::Status::Updated:
            streams.out << tr("%1: replaced report %2 (%3); annotations: %4 kept, %5 moved, %6 could not be placed")
                               .arg(result.path, QString::number(result.matchedReportId), result.matchedName,
                                   QString::number(result.reanchored.kept), QString::number(result.reanchored.moved),
                                   QString::number(result.reanchored.orphaned))
                        << Qt::endl;
            // Kept, marked orphaned: the reviewer should know which.
            for (const QString &quote : result.reanchored.orphanedQuotes) {
                streams.out << tr("    not found in the new text, kept: %1").arg(quote) << Qt::endl;
            }
            printWarnings();
            break;
        case FileImportResult::Status::Unchanged:
            streams.out << tr("%1: unchanged").arg(result.path) << Qt::endl;
            break;
        case FileImportResult::Status::Copy:
            streams.out << tr("%1: skipped: a copy of report %2 (%3)")
                               .arg(result.path, QString::number(result.matchedReportId), result.matchedName)
                        << Qt::endl;
            break;
        case FileImportResult::Status::OtherVersion:
            streams.out << tr("%1: skipped: another version of report %2 (%3); --on-duplicate replace or keep "
                              "imports it")
                               .arg(result.path, QString::number(result.matchedReportId), result.matchedName)
                        << Qt::endl;
            break;
        case FileImportResult::Status::NotAReport:
            streams.out << tr("%1: skipped: %2; --force imports it").arg(result.path, reasonOf(result)) << Qt::endl;
            break;
        case FileImportResult::Status::Failed:
        case FileImportResult::Status::Cancelled:
            streams.out << tr("%1: failed: %2").arg(result.path, reasonOf(result)) << Qt::endl;
            break;
        case FileImportResult::Status::NotAttempted:
            break; // counted once below: after a full disk, not one line per file
        }
    });
    QMap<FileImportResult::Status, int> counts;
    for (const FileImportResult &result : importer.run(files)) {
        ++counts[result.status];
    }
    using Status = FileImportResult::Status;
    failures += counts.value(Status::Failed) + counts.value(Status::Cancelled) + counts.value(Status::NotAttempted);
    streams.err << tr("%1 imported, %2 replaced, %3 unchanged, %4 skipped, %5 failed.")
                       .arg(counts.value(Status::Imported))
                       .arg(counts.value(Status::Updated))
                       .arg(counts.value(Status::Unchanged))
                       .arg(counts.value(Status::Copy) + counts.value(Status::OtherVersion)
                           + counts.value(Status::NotAReport))
                       .arg(counts.value(Status::Failed) + counts.value(Status::Cancelled) + int(missing.size())
                           + int(empty.size()))
                << Qt::endl;
    if (const int left = counts.value(Status::NotAttempted); left > 0) {
        streams.err << tr("%n file(s) not attempted.", nullptr, left) << Qt::endl;
    }
    return failures > 0 ? 1 : 0;
}

} // namespace Fazhi
