// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boilerplatereport.h"

#include <atomic>
#include <memory>

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Fazhi {

class ReviewSession;

/**
 * The genre's set phrases of a year (BoilerplateReport): what many districts write alike, so a
 * reviewer can tell them from wording one district really copied from another. The pass runs on
 * worker threads with progress and Cancel; the list exports as CSV, and a double-click opens a
 * report that uses the phrase.
 */
class SetPhrasesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetPhrasesDialog)

public:
    explicit SetPhrasesDialog(ReviewSession &session, QWidget *parent = nullptr);
    ~SetPhrasesDialog() override;

    /** Starts the pass over the reports of @p year (0: all). */
    void count(int year);
    bool isCounting() const { return m_watcher.isRunning(); }
    /** The phrases found by the last pass. */
    QList<SetPhrase> phrases() const;
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    /** The pass finished (or failed or was cancelled: then @p message says why). */
    void counted(const QString &message);
    /** The reviewer wants to read report @p reportId at original [start, end). */
    void openRequested(qint64 reportId, int start, int end);

private:
    void onFinished();
    void exportCsv();

    ReviewSession &m_session;
    QComboBox *m_year = nullptr;
    QPushButton *m_countButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_list = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Result<BoilerplateReport>> m_watcher;
    std::optional<BoilerplateReport> m_report;
};

} // namespace Fazhi
