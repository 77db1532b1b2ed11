// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "displayscript.h"
#include "result.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QTabWidget>

namespace Fazhi {

class AppSettings;
class CompareView;
class DashboardView;
class OutlineMatrixView;
class ReaderPane;
class ReaderView;
class ReviewSession;
class WorkspaceTab;

/**
 * The main window's central tabs and the one owner of them: it opens each kind of tab (a
 * report's reader, a compare, the outline matrix, the dashboard), finds them by their key,
 * closes them, remembers and restores them, and gives every tab the script and text size of
 * the settings, when it opens and whenever the settings change. A start page may sit first;
 * it is no WorkspaceTab and is never closed.
 */
class Workspace final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    /** Whether a reader opened at a passage takes the keyboard, or it stays where it is (a list of hits). */
    enum class Focus { Stay, Reader };

    /** The tabs read @p session and follow the script and text size of @p settings. */
    Workspace(ReviewSession &session, AppSettings &settings, QWidget *parent = nullptr);
    ~Workspace() override;

    /**
     * Shows every tab in @p script, also those where the reviewer chose another, and keeps it in
     * the settings for the tabs opened from now on. (The text size follows the settings by itself.)
     */
    void setScript(DisplayScript script);

    /** Puts @p page first under @p title, without a close button: it stays while tabs come and go. */
    void setStartPage(QWidget *page, const QString &title);

    /** Shows report @p reportId in its reader tab (opening one if needed); null when the project has no such report. */
    ReaderPane *openReport(qint64 reportId);
    /** Shows report @p reportId with original [start, end) selected and a few lines of context above it. */
    ReaderPane *openReaderAt(qint64 reportId, int start, int end, Focus focus = Focus::Stay);
    /** Opens 2 to 4 reports side by side in a new compare tab; why not when it cannot. */
    Result<CompareView *> openCompare(const QList<qint64> &reportIds);
    /** Opens the outline matrix of @p reportIds, or of the newest year when fewer than two are given. */
    Result<OutlineMatrixView *> openMatrix(const QList<qint64> &reportIds);
    /** Shows the dashboard tab, opening it the first time. */
    DashboardView *showDashboard();

    /** Every tab but the start page, in the order shown. */
    QList<WorkspaceTab *> tabs() const;
    /** The tab whose WorkspaceTab::tabKey() is @p key, or null. */
    WorkspaceTab *tab(const QString &key) const;
    /** The current tab, or null on the start page. */
    WorkspaceTab *currentTab() const;
    /** The current tab when it is a report's reader, else null. */
    ReaderPane *currentReader() const;
    /** The reader the side panels follow: the current tab's (a compare's: the column worked in), or null. */
    ReaderView *activeReader() const;

    /** The keys of every tab, in order, as AppSettings::openTabs() keeps them. */
    QStringList tabKeys() const;
    /**
     * Opens the tabs named by @p keys (tabKeys()) in order. A tab whose reports are gone from the
     * project is dropped quietly: it has nothing to show. Says why when others fail to open.
     */
    Result<Done> restoreTabs(const QStringList &keys);

    /** Closes @p tab. */
    void closeTab(WorkspaceTab *tab);
    /** Closes every tab but the start page (the project they belong to closed). */
    void closeAll();
    /** Closes the tabs that show any of @p reportIds (they left the project), to reopen them if they return. */
    void closeTabsOf(const QList<qint64> &reportIds);
    /** Reopens the tabs closeTabsOf() closed that show any of @p reportIds, the last closed first. */
    Result<Done> reopenTabsOf(const QList<qint64> &reportIds);

Q_SIGNALS:
    /** activeReader() changed: another tab, or another column of the current compare. */
    void activeReaderChanged();
    /** The cursor of a reader in a tab entered (or left: 0) an annotation. */
    void annotationSelected(qint64 annotationId);

private:
    static WorkspaceTab *tabOf(QWidget *widget);
    /** Adds @p tab under @p title and makes it the current tab. */
    template<typename Tab> Tab *add(Tab *tab, const QString &title, const QString &toolTip = {});
    /** Gives @p tab the script and text size of the settings, as every tab gets them when it opens. */
    void applyLook(WorkspaceTab &tab) const;
    void onTabCloseRequested(int index);
    bool reportsExist(const QList<qint64> &reportIds) const;

    ReviewSession &m_session;
    AppSettings &m_settings;
    /** The reader tabs opened, by their report (each report has one); null once closed. */
    QHash<qint64, QPointer<ReaderPane>> m_readers;
    QPointer<DashboardView> m_dashboard;
    /** The keys of tabs closed because their reports left the project, newest last. */
    QStringList m_closedTabs;
};

} // namespace Fazhi
