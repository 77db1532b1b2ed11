// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QTabWidget;

namespace Fazhi {

class AppSettings;

/**
 * The workstation's main window: the central workspace of tabbed views, the dockable panels
 * around it (Library, Outline, Annotations, Checklist), menus and status bar. Window geometry
 * and the dock layout are restored from and saved to AppSettings.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppSettings &settings, QWidget *parent = nullptr);

    QTabWidget *workspace() const { return m_workspace; }
    QDockWidget *libraryDock() const { return m_libraryDock; }
    QDockWidget *outlineDock() const { return m_outlineDock; }
    QDockWidget *annotationsDock() const { return m_annotationsDock; }
    QDockWidget *checklistDock() const { return m_checklistDock; }

    /** Puts the panels back where they are on first start. */
    void resetLayout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *createDock(const QString &objectName, const QString &title, const QString &emptyText);
    void createMenus();
    void restoreWindowState();
    void showAbout();

    AppSettings &m_settings;
    QTabWidget *m_workspace = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QDockWidget *m_outlineDock = nullptr;
    QDockWidget *m_annotationsDock = nullptr;
    QDockWidget *m_checklistDock = nullptr;
    QLabel *m_projectStatus = nullptr;
};

} // namespace Fazhi
