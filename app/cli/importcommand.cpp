// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "batchimporter.h"
#include "outlineoptions.h"

#include <QCommandLineParser>
#include <QFileInfo>
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
    parser.addPositionalArgument(u"PATH"_s, tr("Report files (.txt, .html, .docx, .pdf) or folders holding them."));
    if (const int code = parse(parser, arguments, streams); code >= 0) {
        return code;
    }
    if (parser.positionalArguments().isEmpty()) {
        streams.err << tr("fazhi-cli import: name at least one file or folder.") << Qt::endl;
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
    const QStringList files = BatchImporter::collectFiles(parser.positionalArguments(), &missing);
    int failures = 0;
    for (const QString &path : std::as_const(missing)) {
        streams.out << tr("%1: failed: the file or folder does not exist").arg(path) << Qt::endl;
        ++failures;
    }
    const ReportAnalyzer analyzer(standard.value());
    BatchImporter importer(*store, analyzer);
    int imported = 0;
    int updated = 0;
    int unchanged = 0;
    importer.setProgress([&](const FileImportResult &result, int, int) {
        switch (result.status) {
        case FileImportResult::Status::Imported:
            ++imported;
            streams.out << tr("%1: imported").arg(result.path) << Qt::endl;
            break;
        case FileImportResult::Status::Updated:
            ++updated;
            streams.out << tr("%1: updated (annotations: %2 kept, %3 moved, %4 orphaned)")
                               .arg(result.path)
                               .arg(result.reanchored.kept)
                               .arg(result.reanchored.moved)
                               .arg(result.reanchored.orphaned)
                        << Qt::endl;
            break;
        case FileImportResult::Status::Unchanged:
            ++unchanged;
            streams.out << tr("%1: unchanged").arg(result.path) << Qt::endl;
            break;
        case FileImportResult::Status::Failed:
        case FileImportResult::Status::Cancelled:
            ++failures;
            streams.out << tr("%1: failed: %2").arg(result.path, reasonOf(result)) << Qt::endl;
            break;
        }
    });
    importer.run(files);
    streams.err << tr("%1 imported, %2 updated, %3 unchanged, %4 failed.")
                       .arg(imported)
                       .arg(updated)
                       .arg(unchanged)
                       .arg(failures)
                << Qt::endl;
    return failures > 0 ? 1 : 0;
}

} // namespace Fazhi
