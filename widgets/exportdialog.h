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

class ReviewSession;

/**
 * File → Export: annotated report PDFs (the current, the selected or every report), the review
 * digest of a year, or the review as a spreadsheet, with their options and where to write.
 * The export runs on a worker thread with its own connection to the project, shows its
 * progress and can be cancelled; nothing half-written is left behind.
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum class Kind { AnnotatedPdf, Digest, Spreadsheet };
    enum class Scope { Current, Selected, All };

    /** @p currentReport (0: none) is the report open in the reader; @p selectedReports those chosen in the library. */
    ExportDialog(
        ReviewSession &session, qint64 currentReport, const QList<qint64> &selectedReports, QWidget *parent = nullptr);
    /** Cancels a running export and waits for it to stop. */
    ~ExportDialog() override;

    Kind kind() const;
    void setKind(Kind kind);
    Scope scope() const;
    void setScope(Scope scope);
    QString outputPath() const;
    void setOutputPath(const QString &path);

    /** Charts the digest prints after its summary table (drawn by the dashboard); none by default. */

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
    void browse();
    void onProgress(int done, int total);
    void onFinished();
    QList<qint64> reportsInScope() const;
    /** Whether the output is a folder (several PDFs, or CSV files). */
    bool writesFolder() const;

    ReviewSession &m_session;
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
};

} // namespace Fazhi
