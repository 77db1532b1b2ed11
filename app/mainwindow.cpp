// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "appsettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// A panel with nothing to show says so, in the reviewer's terms, rather than staying blank.
QLabel *emptyStateLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(16);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QWidget *startPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(u"startPage"_s);
    auto *title = new QLabel(u"<h1>%1</h1>"_s.arg(MainWindow::tr("Fazhi Review")), page);
    title->setAlignment(Qt::AlignHCenter);
    auto *lead = new QLabel(MainWindow::tr("Review annual rule-of-law government reports: tag achievements, "
                                           "problems, causes, the leaders' first-responsible-person duty and "
                                           "next year's plans, check each report against the statutory "
                                           "outline, and compare districts."),
        page);
    lead->setWordWrap(true);
    lead->setAlignment(Qt::AlignHCenter);
    // A column of readable width, centred; word-wrapped labels need a definite width to size
    // their height, which an alignment flag in the layout would take away.
    auto *column = new QWidget(page);
    column->setMaximumWidth(560);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(title);
    columnLayout->addWidget(lead);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    return page;
}

} // namespace

MainWindow::MainWindow(AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Fazhi Review"));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);

    m_workspace = new QTabWidget(this);
    m_workspace->setObjectName(u"workspace"_s);
    m_workspace->setDocumentMode(true);
    m_workspace->setTabsClosable(true);
    const int start = m_workspace->addTab(startPage(m_workspace), tr("Start"));
    m_workspace->tabBar()->setTabButton(start, QTabBar::RightSide, nullptr); // the start page stays
    setCentralWidget(m_workspace);

    m_libraryDock = createDock(u"libraryDock"_s, tr("Library"), tr("No reports in this project yet."));
    m_outlineDock = createDock(u"outlineDock"_s, tr("Outline"), tr("Open a report to see its outline."));
    m_annotationsDock
        = createDock(u"annotationsDock"_s, tr("Annotations"), tr("Open a report to see its annotations."));
    m_checklistDock = createDock(u"checklistDock"_s, tr("Checklist"), tr("Open a report to see its review checklist."));
    resetLayout();

    createMenus();

    m_projectStatus = new QLabel(tr("No project open"), this);
    statusBar()->addWidget(m_projectStatus, 1);

    restoreWindowState();
}

QDockWidget *MainWindow::createDock(const QString &objectName, const QString &title, const QString &emptyText)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() identifies docks by object name
    dock->setWidget(emptyStateLabel(emptyText, dock));
    return dock;
}

void MainWindow::resetLayout()
{
    const QList<QDockWidget *> docks{m_libraryDock, m_outlineDock, m_annotationsDock, m_checklistDock};
    for (QDockWidget *dock : docks) {
        dock->setFloating(false);
        dock->show();
    }
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    splitDockWidget(m_libraryDock, m_outlineDock, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, m_annotationsDock);
    splitDockWidget(m_annotationsDock, m_checklistDock, Qt::Vertical);
    resizeDocks({m_libraryDock, m_annotationsDock}, {300, 320}, Qt::Horizontal);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *panels = viewMenu->addMenu(tr("&Panels"));
    for (QDockWidget *dock : {m_libraryDock, m_outlineDock, m_annotationsDock, m_checklistDock}) {
        panels->addAction(dock->toggleViewAction());
    }
    viewMenu->addSeparator();
    viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Fazhi Review"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings.mainWindowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1400, 900);
    }
    restoreState(m_settings.mainWindowState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace Fazhi
