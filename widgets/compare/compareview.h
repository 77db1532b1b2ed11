// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparedwording.h"
#include "outlinematrix.h"
#include "result.h"
#include "workspacetab.h"

#include <atomic>
#include <memory>
#include <optional>

#include <QFuture>
#include <QThreadPool>
#include <QWidget>

class QCheckBox;
class QLabel;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;

namespace Fazhi {

class CompareColumn;
class ReaderView;
class OutlineBar;
class ReviewSession;

/**
 * Two to four reports side by side, each in a reader of its own. The outline bar above takes
 * every column to the same part (or says the part is missing); scrolling can follow the outline
 * position across the columns; wording that two of the reports share is underlined and listed,
 * with the genre's set phrases (BoilerplateReport) muted, so that what stands out is copied.
 *
 * The columns open at once; the shared wording is found on a worker thread and the set phrases
 * of the year after it, so the view never waits for them.
 */
class CompareView final : public QWidget, public WorkspaceTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    static constexpr int MinColumns = 2;
    static constexpr int MaxColumns = 4;

    explicit CompareView(ReviewSession &session, QWidget *parent = nullptr);
    ~CompareView() override;

    /** Shows @p reportIds (2 to 4) side by side. */
    Result<Done> setReports(const QList<qint64> &reportIds);
    QList<qint64> reports() const;
    int columnCount() const { return int(m_columns.size()); }
    CompareColumn *column(int index) const { return m_columns.value(index); }
    OutlineBar *outlineBar() const { return m_bar; }
    QTreeWidget *passageList() const { return m_list; }
    /** A short title for the workspace tab: the reports' regions. */
    QString title() const;

    QString tabKey() const override { return makeKey(CompareKind, reports()); }
    QList<qint64> tabReports() const override { return reports(); }
    /** The reader of the column worked in last (the first column until another takes focus). */
    ReaderView *activeReader() const override;
    /** Every column shows its report in @p script. */
    void setScript(DisplayScript script) override;
    /** Every column's text in @p points. */
    void setTextSize(int points) override;
    /** Three or four columns need the room of the side docks. */
    bool wantsFullWidth() const override { return columnCount() >= 3; }

    /** Scroll the other columns to the same outline position when one scrolls. */
    void setSynchronizedScrolling(bool on);
    bool synchronizedScrolling() const;

    /** The shared passages found so far (empty until wordingReady()). */
    const QList<ComparedPassage> &passages() const { return m_passages; }
    /** Whether the set phrases of the year have been applied to passages(). */
    bool setPhrasesApplied() const { return m_setPhrasesApplied; }

public Q_SLOTS:
    /** Takes every column to its part for outline row @p rowId (a category or theme id). */
    void showRow(const QString &rowId);

Q_SIGNALS:
    /** The shared wording of the reports shown is known. */
    void wordingReady();
    /** Passages made of the year's set phrases are now muted. */
    void setPhrasesReady();
    /** The reviewer moved to the column of report @p reportId: the panels follow it. */
    void currentReportChanged(qint64 reportId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Found
    {
        quint64 generation = 0;
        QList<ComparedPassage> passages;
        bool setPhrases = false;
    };

    void findWording(const QList<ReportDocument> &documents, int year);
    void onFound(const Found &found);
    void applyMarks();
    void fillList();
    void updateStatus();
    void onPassageActivated(QTreeWidgetItem *item);
    void onColumnScrolled(int column);
    void setCurrentColumn(int column);
    void stopWorkers();
    void onMarksChanged(qint64 reportId);

    ReviewSession &m_session;
    OutlineBar *m_bar = nullptr;
    QCheckBox *m_sync = nullptr;
    QCheckBox *m_showSetPhrases = nullptr;
    QLabel *m_status = nullptr;
    QSplitter *m_columnsSplitter = nullptr;
    QTreeWidget *m_list = nullptr;
    QList<CompareColumn *> m_columns;
    int m_currentColumn = 0;
    std::optional<OutlineMatrix> m_matrix;
    QString m_shownRow;
    QList<ComparedPassage> m_passages;
    bool m_setPhrasesApplied = false;
    bool m_syncing = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    /**
     * The workers' own threads, not the global pool's: BoilerplateReport::build() waits for
     * tasks on the global pool, and two compares waiting there on a two-core machine would hold
     * both its threads and wait for each other (and the tab that closes, for them) for ever.
     */
    QThreadPool m_workerThreads;
    QList<QFuture<void>> m_workers;
};

} // namespace Fazhi
