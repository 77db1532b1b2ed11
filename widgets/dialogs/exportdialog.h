// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "digestpdfexporter.h"

#include <atomic>
#include <memory>

#include <QDialog>
#include <QFutureWatcher>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace Fazhi {

class AppSettings;
class ReviewSession;

/**
 * File → Export: annotated report PDFs (the current, the selected or every report), the review
 * digest of a year, or the review as a spreadsheet, with their options and where to write.
 * The export runs on a worker thread with its own connection to the project, shows its
 * progress and can be cancelled; nothing half-written is left behind. Each kind of destination
 * (a PDF file or folder, a digest, a workbook, a folder of CSV files) has its own path: the one
 * used last (AppSettings), else a name proposed beside the project.
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum class Kind { AnnotatedPdf, Digest, Spreadsheet };
    enum class Scope { Current, Selected, All };

    /**
     * @p currentReport (0: none) is the report open in the reader; @p selectedReports those
     * chosen in the library. @p settings keeps the last destination of each kind.
     */
    ExportDialog(ReviewSession &session, AppSettings &settings, qint64 currentReport,
        const QList<qint64> &selectedReports, QWidget *parent = nullptr);
    /** Cancels a running export and waits for it to stop. */
    ~ExportDialog() override;

    Kind kind() const;
    void setKind(Kind kind);
    Scope scope() const;
    void setScope(Scope scope);
    QString outputPath() const;
    void setOutputPath(const QString &path);

    /** Starts the export with the options shown (the Export button). */
    void startExport();
    /** Stops a running export; it ends with exportFinished(false). */
    void cancel();
    bool isRunning() const;
    /** What the last export said: the files written, or why it failed. */
    QString resultMessage() const { return m_message; }

    /** Cancels first when exporting. */
    void reject() override;

Q_SIGNALS:
    void exportFinished(bool succeeded);

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
    };
    void updateControls();
    /** Something chosen changed: the result shown is no longer the options' and the destination may be of another kind.
     */
    void onOptionChanged();
    void browse();
    void onProgress(int done, int total);
    void onFinished();
    QList<qint64> reportsInScope() const;
    /** Whether the output is a folder (several PDFs, or CSV files). */
    bool writesFolder() const;
    /** "pdf", "pdf-folder", "digest", "xlsx" or "csv-folder": what the output is, as AppSettings keeps it. */
    QString destinationKind() const;
    /** Where an export of @p kind goes when the user has not said: the last one, or a name beside the project. */
    QString proposedDestination(const QString &kind) const;
    /** Why the output cannot be written as @p kind (a folder where a file goes, or the reverse); empty when it can. */
    QString destinationProblem(const QString &kind) const;

    ReviewSession &m_session;
    AppSettings &m_settings;
    qint64 m_currentReport = 0;
    QList<qint64> m_selectedReports;

    QComboBox *m_kind;
    QStackedWidget *m_options;
    QRadioButton *m_current;
    QRadioButton *m_selected;
    QRadioButton *m_all;
    QComboBox *m_script;
    QCheckBox *m_resolved;
    QCheckBox *m_commentsOnly;
    QComboBox *m_year;
    QComboBox *m_format;
    QLineEdit *m_output;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_exportButton;
    QPushButton *m_closeButton;

    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_message;
    /** The destination typed or proposed per kind while the dialog is open. */
    QHash<QString, QString> m_destinations;
    QString m_destinationKind;
    QString m_runningKind; ///< the kind of the export running, remembered when it succeeds
};

} // namespace Fazhi
