// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchimporter.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Fazhi {

class ImportWorker;
class ReviewSession;

/**
 * Imports files and folders into the open project while the reviewer goes on working: a
 * progress bar, a line per file with what happened to it (and why it failed), Cancel. Show it
 * with show(), not exec(); the import starts at once. Closing it during an import cancels the
 * import and closes once the group being written is complete.
 */
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    enum Column { FileColumn, ResultColumn, DetailsColumn, ColumnCount };

    ImportDialog(ReviewSession &session, const QStringList &paths, QWidget *parent = nullptr);
    /** Cancels a running import and waits for it to stop. */
    ~ImportDialog() override;

    /** Whether the import is over (finished, cancelled or failed to start). */
    bool isImportFinished() const { return m_finished; }
    /** One result per file so far, in order; after the end, cancelled files too. */
    const QList<FileImportResult> &results() const { return m_results; }
    /** The summary shown under the list ("3 imported, 2 failed"). */
    QString summary() const;

    /** Stops the import after the group being written. */
    void cancel();

    /** Cancels first when importing; closes when the import has stopped. */
    void reject() override;

    /** The status of a file as the user reads it ("Imported", …). */
    static QString statusName(FileImportResult::Status status);

Q_SIGNALS:
    /** The import is over; results() holds every file. (QDialog::finished is the dialog's closing.) */
    void importFinished();

private:
    void onFilesCollected(int total, const QStringList &missing);
    void onFileImported(const FileImportResult &result, int done, int total);
    void onFinished(const QList<FileImportResult> &results);
    void onFailed(const QString &message);
    void addRow(const FileImportResult &result);
    void finish();
    void updateSummary();

    ReviewSession &m_session;
    ImportWorker *m_worker;
    QLabel *m_heading;
    QProgressBar *m_progress;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_cancel;
    QPushButton *m_close;
    /** Tells the views about new reports at most this often while importing. */
    QTimer m_notify;
    QList<FileImportResult> m_results;
    QString m_error;
    /** Named files that do not exist: listed first, before the importer's results. */
    int m_missing = 0;
    bool m_finished = false;
    bool m_cancelling = false;
    bool m_closeWhenDone = false;
};

} // namespace Fazhi
