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
 *
 * A copy of a report already there (the same text in another file or format) is not imported.
 * Another version of one, and a file that does not look like a report, wait for the reviewer's
 * choice, per file on its line or for all of them below the list: replace the old version (undoable)
 * or keep both; import anyway. Closing without choosing imports none of them.
 */
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    enum Column { FileColumn, ResultColumn, DetailsColumn, ChoiceColumn, ColumnCount };

    ImportDialog(ReviewSession &session, const QStringList &paths, QWidget *parent = nullptr);
    /** Cancels a running import and waits for it to stop. */
    ~ImportDialog() override;

    /** Whether the import is over (finished, cancelled or failed to start), choices made so far included. */
    bool isImportFinished() const { return m_finished; }
    /** One result per file so far, in order; after the end, cancelled files too. A choice updates its file's. */
    const QList<FileImportResult> &results() const { return m_results; }
    /** How many files wait for the reviewer's choice (other versions, files that are not reports). */
    int pendingChoices() const;

    /** Replaces the report the file on line @p row is another version of (undoable). */
    void replaceVersion(int row);
    /** Imports the file on line @p row beside the report it is another version of. */
    void keepBoth(int row);
    /** Imports the file on line @p row although it does not look like a report. */
    void importAnyway(int row);
    /** Replaces (or, with @p replace false, keeps beside) every other version waiting. */
    void chooseForAllVersions(bool replace);
    /** Imports every file waiting that does not look like a report. */
    void importAllAnyway();
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
    void onFilesCollected(int total, const QStringList &missing, const QStringList &emptyFolders);
    void onFileImported(const FileImportResult &result, int done, int total);
    void onFinished(const QList<FileImportResult> &results);
    void onFailed(const QString &message);
    /** Shows the @p index-th result of the run: a new line in the first run, an update after a choice. */
    void applyResult(qsizetype index, const FileImportResult &result);
    void showRow(int row);
    void choose(int row, BatchImportOptions options);
    void startChosen();
    void finish();
    void updateSummary();
    void updateChoices();

    ReviewSession &m_session;
    ImportWorker *m_worker;
    QLabel *m_heading;
    QProgressBar *m_progress;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QWidget *m_choices;
    QLabel *m_choicesLabel;
    QPushButton *m_replaceAll;
    QPushButton *m_keepAll;
    QPushButton *m_importAllAnyway;
    QPushButton *m_cancel;
    QPushButton *m_close;
    /** Tells the views about new reports at most this often while importing. */
    QTimer m_notify;
    QList<FileImportResult> m_results;
    QString m_error;
    /** Named files that do not exist: listed first, before the importer's results. */
    int m_missing = 0;
    /** A run after a choice: the line of each file it imports, in order (empty in the first run). */
    QList<int> m_runRows;
    /** Results of the running run reported so far. */
    qsizetype m_runReported = 0;
    /** Lines chosen for another run, with how to import them. */
    QList<std::pair<int, BatchImportOptions>> m_chosen;
    bool m_finished = false;
    bool m_firstRun = true;
    bool m_cancelling = false;
    bool m_closeWhenDone = false;
};

} // namespace Fazhi
