// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewstore.h"

#include <atomic>
#include <functional>

#include <QCoreApplication>

namespace Fazhi {

/** What happened to one file of a batch. */
struct FileImportResult
{
    enum class Status {
        Imported,
        Updated, ///< replaced another version of itself (DuplicatePolicy::Replace)
        Unchanged, ///< the same file is in the project
        Copy, ///< the same text is in the project (matchedReportId), from another file or format
        OtherVersion, ///< another version of report matchedReportId is in the project; not imported (Skip)
        NotAReport, ///< does not look like a rule-of-law government report; not imported (message says why)
        Failed,
        Cancelled,
        /** Not tried: the import stopped at a failure that every file would meet (a full disk). */
        NotAttempted,
    };
    QString path;
    Status status = Status::Failed;
    /** Why it failed or was not imported (naming the file), empty otherwise. */
    QString message;
    /** The report stored (Imported, Updated) or already there (Unchanged). */
    qint64 reportId = 0;
    /** Copy, OtherVersion, Updated: the report already in the project it matched, and its name. */
    qint64 matchedReportId = 0;
    QString matchedName;
    /** For Updated: how the annotations of the replaced version moved. */
    ReanchorResult reanchored;
    /** For Updated: the replaced version as it was (for undo). */
    std::optional<RemovedReport> replaced;
    /** What the reader should know about the file's text (ReportDocument::warnings), for every file read. */
    QStringList warnings;
};

/** How a batch treats copies, versions and files that do not look like reports. */
struct BatchImportOptions
{
    /** Copies are never imported; another version is skipped, replaces or is kept beside. */
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    /** Imports files that do not look like reports too. */
    bool importUnlikely = false;

    bool operator==(const BatchImportOptions &) const = default;
};

/**
 * Imports many report files into one project: files are read, parsed and analysed on every
 * core while the previous group is written in one transaction. A file that cannot be read gets
 * its message and the others go on; a group that cannot be written is retried file by file, so
 * one bad report never costs the others; an exception while reading or analysing a file (even
 * std::bad_alloc) becomes that file's message. Cancelling stops before the next group: what was
 * written stays, complete. Run it on a worker thread; progress is reported from that thread.
 */
class BatchImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::BatchImporter)

public:
    using Progress = std::function<void(const FileImportResult &result, int done, int total)>;

    BatchImporter(ReviewStore &store, const ReportAnalyzer &analyzer, BatchImportOptions options = {});

    /**
     * The files named by @p paths, folders expanded (recursively) to the supported files in them,
     * in a stable order. Named pipes and devices in folders are listed too, for the import to say
     * why it skips them. Paths that do not exist come back in @p missing, folders without a single
     * supported file in @p emptyFolders.
     */
    static QStringList collectFiles(
        const QStringList &paths, QStringList *missing = nullptr, QStringList *emptyFolders = nullptr);
    /** What an import says of a folder in which collectFiles() found no report files. */
    static QString emptyFolderMessage(const QString &folder);

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    /** Asks a running import to stop after the group it is writing; safe from any thread. */
    void cancel() { m_cancelled = true; }

    /** Imports @p files; one result per file, in order. */
    QList<FileImportResult> run(const QStringList &files);

private:
    struct Prepared;
    Prepared prepare(const QString &path) const;
    Prepared prepareFile(const QString &path) const;
    void write(QList<Prepared> &group, QList<FileImportResult> &results, const QStringList &remaining);
    /**
     * Whether @p failure stops the whole import (every later file would meet it: a full disk,
     * a project that cannot be written); then @p result gets the one message that says so.
     */
    bool stopsTheImport(const Error &failure, FileImportResult &result, const QStringList &remaining);

    ReviewStore &m_store;
    const ReportAnalyzer &m_analyzer;
    BatchImportOptions m_options;
    Progress m_progress;
    std::atomic<bool> m_cancelled = false;
    bool m_stopped = false;
};

} // namespace Fazhi
