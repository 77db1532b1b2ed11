// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QMainWindow>
#include <QSet>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;

namespace Fazhi {

class AnnotationsPanel;
class AppSettings;
class ChecklistPanel;
class CompareView;
class DashboardView;
class LibraryPanel;
class OutlineMatrixView;
class OutlinePanel;
class ReaderPane;
class ReaderView;
class ReviewSession;
class SearchPanel;
class Workspace;

/**
 * The workstation's main window: the central workspace of tabbed views (the start page and one
 * reader per open report), the dockable panels around it (Library, Outline, Annotations,
 * Checklist, Search), menus and status bar. The window, dock layout, project, open reports
 * and script are restored from AppSettings on the next start.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** The central tabs: the start page, and the readers, compares, matrices and dashboard opened. */
    Workspace *workspace() const { return m_workspace; }
    QDockWidget *libraryDock() const { return m_libraryDock; }
    QDockWidget *outlineDock() const { return m_outlineDock; }
    QDockWidget *annotationsDock() const { return m_annotationsDock; }
    QDockWidget *checklistDock() const { return m_checklistDock; }
    QDockWidget *searchDock() const { return m_searchDock; }
    ReviewSession &session() const { return *m_session; }
    LibraryPanel *library() const { return m_library; }
    /** The current workspace tab when it is a report's reader, else null. */
    ReaderPane *currentReader() const;
    /** The reader the panels follow: a report's tab, or the column worked in of a compare. */
    ReaderView *activeReaderView() const;

    /** Puts the panels back where they are on first start. */
    void resetLayout();

    /** Opens the project at @p path (creating it if needed) and remembers it. */
    Result<Done> openProject(const QString &path);
    /** Opens the last project and its reports, or the default project on first start. */
    void openStartupProject();
    /** Shows report @p reportId in a reader tab (reusing its tab when already open). */
    ReaderPane *openReport(qint64 reportId);
    /** Opens 2 to 4 reports side by side in a compare tab; reports why not when it cannot. */
    CompareView *openCompare(const QList<qint64> &reportIds);
    /** Opens the outline matrix of @p reportIds, or of the newest year when fewer than two are given. */
    OutlineMatrixView *openMatrix(const QList<qint64> &reportIds);
    /** Shows the dashboard tab (opening it the first time). */
    DashboardView *showDashboard();
    /** Imports files or folders into the open project, showing progress and results. */
    void importPaths(const QStringList &paths);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QDockWidget *createDock(const QString &objectName, const QString &title, QWidget *content);
    void createMenus();
    void restoreWindowState();
    void showAbout();
    void showShortcuts();
    void showSettings();
    void showSetPhrases();
    void newProject();
    void openProjectDialog();
    void saveProjectAs();
    void importFilesDialog();
    void importFolderDialog();
    void exportAnnotations();
    void updateRecentMenu();
    void updateStatus();
    /** The panels follow the reader of the current tab (or the column worked in of a compare). */
    void activeReaderChanged();
    /** A tab that wants the whole width (a wide compare) gets the side docks' room while it is current. */
    void giveTabRoom();
    void verifyInBackground(const QString &path);
    /** Tells that the project just opened cannot be changed, and offers to save a copy that can. */
    void offerSaveAsForReadOnly();
    void showError(const QString &message);
    /**
     * Tells that part of the project could not be read: in the status bar, and once per reason
     * in a window that does not wait (a read may fail while a view paints).
     */
    void showReadFailure(const QString &message);
    /** Tells, once per project, that it was found damaged and is read-only from now on. */
    void showDamaged(const QString &message);
    QList<qint64> openReportIds() const;
    void restoreTabs(const QStringList &tabs);

    AppSettings &m_settings;
    std::unique_ptr<ReviewSession> m_session;
    Workspace *m_workspace = nullptr;
    LibraryPanel *m_library = nullptr;
    OutlinePanel *m_outline = nullptr;
    AnnotationsPanel *m_annotations = nullptr;
    ChecklistPanel *m_checklist = nullptr;
    SearchPanel *m_search = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QDockWidget *m_outlineDock = nullptr;
    QDockWidget *m_annotationsDock = nullptr;
    QDockWidget *m_checklistDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_projectStatus = nullptr;
    QLabel *m_reportStatus = nullptr;
    QLabel *m_workStatus = nullptr;
    /** The docks as they were before a wide compare took their room; empty when it has not. */
    QByteArray m_dockStateBeforeCompare;
    /** The read failures shown in a window since the project was opened. */
    QSet<QString> m_shownReadFailures;
    bool m_damageShown = false;
};

} // namespace Fazhi
