// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchimporter.h"

#include <memory>

#include <QMutex>
#include <QObject>

class QThread;

namespace Fazhi {

/**
 * Runs one BatchImporter on a worker thread, with its own connection to the project and its
 * own analyzer, and reports from there through queued signals: the UI thread never waits for
 * a file. Cancelling stops after the group being written, so no report is left half-written.
 */
class ImportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWorker)

public:
    explicit ImportWorker(QObject *parent = nullptr);
    /** Cancels a running import and waits for it to stop. */
    ~ImportWorker() override;

    /**
     * Imports the files named by @p paths (folders expanded) into the project at @p projectPath,
     * the change record signed by @p author, copies and versions treated as @p options say.
     */
    void start(
        const QString &projectPath, const QStringList &paths, const QString &author, BatchImportOptions options = {});
    /** Asks the import to stop after the group it is writing; safe to call at any time. */
    void cancel();
    bool isRunning() const;
    /** Blocks until the import has stopped. */
    void wait();

Q_SIGNALS:
    /**
     * The folders are expanded: @p total files will be imported; @p missing do not exist, and
     * @p emptyFolders hold no report files.
     */
    void filesCollected(int total, const QStringList &missing, const QStringList &emptyFolders);
    void fileImported(const Fazhi::FileImportResult &result, int done, int total);
    /** The import is over: one result per file, cancelled ones included. */
    void finished(const QList<Fazhi::FileImportResult> &results);
    /** The import could not start (the project or the analyzer could not be opened). */
    void failed(const QString &message);

private:
    void run(const QString &projectPath, const QStringList &paths, const QString &author, BatchImportOptions options);

    /** A thread of its own: the importer keeps the thread pool busy reading and analysing files. */
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex; // guards m_importer and m_cancelled between the threads
    BatchImporter *m_importer = nullptr;
    bool m_cancelled = false;
};

} // namespace Fazhi
