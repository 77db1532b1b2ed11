// SPDX-License-Identifier: GPL-3.0-or-later
#include "importworker.h"

#include "reportanalyzer.h"

#include <QMutexLocker>
#include <QThread>

namespace Fazhi {

ImportWorker::ImportWorker(QObject *parent)
    : QObject(parent)
{
}

// The thread uses this object (its mutex and signals) until it ends.
ImportWorker::~ImportWorker()
{
    cancel();
    wait();
}

void ImportWorker::start(
    const QString &projectPath, const QStringList &paths, const QString &author, BatchImportOptions options)
{
    // The last run's thread may still be on its way out after announcing that it finished.
    wait();
    m_cancelled = false;
    m_thread.reset(
        QThread::create([this, projectPath, paths, author, options] { run(projectPath, paths, author, options); }));
    m_thread->start();
}

void ImportWorker::cancel()
{
    const QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    if (m_importer) {
        m_importer->cancel();
    }
}

bool ImportWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportWorker::wait()
{
    if (m_thread) {
        m_thread->wait();
    }
}

void ImportWorker::run(
    const QString &projectPath, const QStringList &paths, const QString &author, BatchImportOptions options)
{
    // Signals from here reach receivers on the UI thread queued; this object outlives the run
    // because its destructor waits for it.
    QStringList missing;
    QStringList empty;
    const QStringList files = BatchImporter::collectFiles(paths, &missing, &empty);
    Q_EMIT filesCollected(int(files.size()), missing, empty);
    auto store = ReviewStore::open(projectPath, ReviewStore::Access::ReadWrite, ReviewStore::Check::Deferred);
    if (!store) {
        Q_EMIT failed(store.error());
        return;
    }
    store.value()->setAuthor(author);
    const auto analyzer = ReportAnalyzer::bundled();
    if (!analyzer) {
        Q_EMIT failed(analyzer.error());
        return;
    }
    BatchImporter importer(*store.value(), *analyzer.value(), options);
    importer.setProgress(
        [this](const FileImportResult &result, int done, int total) { Q_EMIT fileImported(result, done, total); });
    {
        const QMutexLocker lock(&m_mutex);
        m_importer = &importer;
        if (m_cancelled) {
            importer.cancel();
        }
    }
    const QList<FileImportResult> results = importer.run(files);
    {
        const QMutexLocker lock(&m_mutex);
        m_importer = nullptr;
    }
    Q_EMIT finished(results);
}

} // namespace Fazhi
