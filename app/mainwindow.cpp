// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "annotationexporter.h"
#include "annotationspanel.h"
#include "appsettings.h"
#include "checklistpanel.h"
#include "exportdialog.h"
#include "exportfile.h"
#include "importdialog.h"
#include "librarypanel.h"
#include "outlinepanel.h"
#include "readerpane.h"
#include "reportimporter.h"
#include "reviewernamedialog.h"
#include "reviewsession.h"
#include "searchpanel.h"
#include "setphrasesdialog.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "tagsdialog.h"
#include "workspace.h"
#include "workspacetab.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

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
    , m_session(std::make_unique<ReviewSession>())
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Fazhi Review"));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    setAcceptDrops(true);
    m_session->setAuthor(m_settings.reviewerName());
    connect(&m_settings, &AppSettings::reviewerNameChanged, m_session.get(), &ReviewSession::setAuthor);

    m_workspace = new Workspace(*m_session, m_settings, this);
    m_workspace->setStartPage(startPage(m_workspace), tr("Start"));
    setCentralWidget(m_workspace);
    connect(m_workspace, &Workspace::activeReaderChanged, this, &MainWindow::activeReaderChanged);

    m_library = new LibraryPanel(*m_session, this);
    m_outline = new OutlinePanel(*m_session, this);
    m_annotations = new AnnotationsPanel(*m_session, this);
    m_checklist = new ChecklistPanel(*m_session, this);
    m_search = new SearchPanel(*m_session, this);
    m_libraryDock = createDock(u"libraryDock"_s, tr("Library"), m_library);
    m_outlineDock = createDock(u"outlineDock"_s, tr("Outline"), m_outline);
    m_annotationsDock = createDock(u"annotationsDock"_s, tr("Annotations"), m_annotations);
    m_checklistDock = createDock(u"checklistDock"_s, tr("Checklist"), m_checklist);
    m_searchDock = createDock(u"searchDock"_s, tr("Search"), m_search);
    resetLayout();

    connect(m_library, &LibraryPanel::reportActivated, this, [this](qint64 id) { openReport(id); });
    connect(m_library, &LibraryPanel::compareRequested, this, [this](const QList<qint64> &ids) { openCompare(ids); });
    connect(m_library, &LibraryPanel::matrixRequested, this, [this](const QList<qint64> &ids) { openMatrix(ids); });
    auto jump = [this](int start, int end) {
        if (ReaderView *reader = activeReaderView()) {
            reader->showRange(start, end);
            reader->setFocus();
        }
    };
    connect(m_outline, &OutlinePanel::rangeActivated, this, jump);
    connect(m_checklist, &ChecklistPanel::rangeActivated, this, jump);
    connect(m_annotations, &AnnotationsPanel::annotationActivated, this, [this](qint64 id) {
        if (ReaderView *reader = activeReaderView()) {
            reader->selectAnnotation(id);
            reader->setFocus();
        }
    });
    connect(m_workspace, &Workspace::annotationSelected, m_annotations, &AnnotationsPanel::selectAnnotation);
    // The hits stay in reach of the keyboard, to go through them one by one.
    connect(m_search, &SearchPanel::hitActivated, m_workspace,
        [this](qint64 reportId, int start, int end) { m_workspace->openReaderAt(reportId, start, end); });

    connect(m_session.get(), &ReviewSession::errorOccurred, this, &MainWindow::showError);
    connect(m_session.get(), &ReviewSession::readFailed, this, &MainWindow::showReadFailure);
    connect(m_session.get(), &ReviewSession::readOnlyChanged, this, &MainWindow::updateStatus);
    connect(m_session.get(), &ReviewSession::damaged, this, &MainWindow::showDamaged);
    connect(m_session.get(), &ReviewSession::opened, this, [this] {
        m_shownReadFailures.clear();
        m_damageShown = false;
    });
    connect(m_session.get(), &ReviewSession::reportsRemoved, m_workspace, &Workspace::closeTabsOf);
    connect(m_session.get(), &ReviewSession::reportsRestored, this, [this](const QList<qint64> &reportIds) {
        if (const auto reopened = m_workspace->reopenTabsOf(reportIds); !reopened) {
            showError(reopened.error());
        }
    });
    connect(m_session.get(), &ReviewSession::reportsChanged, this, &MainWindow::updateStatus);
    connect(m_session.get(), &ReviewSession::opened, this, &MainWindow::updateStatus);
    connect(m_session.get(), &ReviewSession::closed, this, [this] {
        m_workspace->closeAll(); // the reports belong to the project: their tabs go with it
        updateStatus();
    });

    createMenus();

    m_projectStatus = new QLabel(this);
    m_reportStatus = new QLabel(this);
    m_workStatus = new QLabel(this);
    statusBar()->addWidget(m_projectStatus, 1);
    statusBar()->addPermanentWidget(m_workStatus);
    statusBar()->addPermanentWidget(m_reportStatus);
    updateStatus();

    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // The panels refer to the session: they go first, and the window hears nothing of their going.
    m_workspace->disconnect(this);
    delete m_workspace;
    for (QDockWidget *dock : {m_libraryDock, m_outlineDock, m_annotationsDock, m_checklistDock, m_searchDock}) {
        delete dock;
    }
}

QDockWidget *MainWindow::createDock(const QString &objectName, const QString &title, QWidget *content)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() identifies docks by object name
    dock->setWidget(content);
    return dock;
}

void MainWindow::resetLayout()
{
    m_dockStateBeforeCompare.clear(); // the default layout, also after leaving a compare
    const QList<QDockWidget *> docks{m_libraryDock, m_outlineDock, m_annotationsDock, m_checklistDock, m_searchDock};
    for (QDockWidget *dock : docks) {
        dock->setFloating(false);
        dock->show();
    }
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    splitDockWidget(m_libraryDock, m_outlineDock, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, m_annotationsDock);
    splitDockWidget(m_annotationsDock, m_checklistDock, Qt::Vertical);
    tabifyDockWidget(m_libraryDock, m_searchDock);
    m_libraryDock->raise();
    // As wide as the library's columns need in this language, so none hides behind a scroll bar.
    const int libraryWidth
        = std::max(400, m_library->preferredWidth() + 2 * style()->pixelMetric(QStyle::PM_DockWidgetFrameWidth));
    resizeDocks({m_libraryDock, m_annotationsDock}, {libraryWidth, 340}, Qt::Horizontal);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newProject = fileMenu->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newProject->setShortcut(QKeySequence::New);
    QAction *open = fileMenu->addAction(tr("&Open Project…"), this, &MainWindow::openProjectDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    QAction *saveAs = fileMenu->addAction(tr("Save Project &As…"), this, &MainWindow::saveProjectAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    fileMenu->addSeparator();
    QAction *importFiles = fileMenu->addAction(tr("&Import Reports…"), this, &MainWindow::importFilesDialog);
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    fileMenu->addAction(tr("Import &Folder…"), this, &MainWindow::importFolderDialog);
    QMenu *exportMenu = fileMenu->addMenu(tr("&Export"));
    QAction *exportDocuments = exportMenu->addAction(tr("&PDF, Digest or Spreadsheet…"), this, [this] {
        if (!m_session->store()) {
            return;
        }
        auto *dialog = new ExportDialog(*m_session, m_settings, currentReader() ? currentReader()->reportId() : 0,
            m_library->selectedReports(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    exportDocuments->setObjectName(u"exportAction"_s);
    exportDocuments->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportMenu->addAction(tr("Annotations as &CSV…"), this, &MainWindow::exportAnnotations);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    updateRecentMenu();

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    // Their text names what they would undo ("撤销 删除批注"): the icon text is their name alone.
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIconText(tr("Undo"));
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIconText(tr("Redo"));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction *find = editMenu->addAction(tr("&Find in Report…"), this, [this] {
        if (ReaderPane *pane = currentReader()) {
            pane->find();
        }
    });
    find->setShortcut(QKeySequence::Find);
    QAction *search = editMenu->addAction(tr("&Search Project…"), this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_search->focusQuery();
    });
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    // The library's own Ctrl+L action, so that the shortcut is listed and never bound twice.
    editMenu->addAction(m_library->focusFilterAction());
    editMenu->addSeparator();
    editMenu->addAction(tr("&Tags…"), this, [this] {
        if (m_session->store()) {
            TagsDialog dialog(*m_session, this);
            dialog.exec();
        }
    });
    QAction *preferences = editMenu->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *scriptMenu = viewMenu->addMenu(tr("&Script"));
    auto *scripts = new QActionGroup(this);
    const QList<std::pair<QString, DisplayScript>> choices{{tr("&Original"), DisplayScript::Original},
        {tr("&Simplified (简体)"), DisplayScript::Simplified}, {tr("&Traditional (繁體)"), DisplayScript::Traditional}};
    for (const auto &[label, script] : choices) {
        QAction *action = scriptMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(script == m_settings.displayScript());
        scripts->addAction(action);
        connect(action, &QAction::triggered, m_workspace, [this, script] { m_workspace->setScript(script); });
    }
    viewMenu->addSeparator();
    QAction *compare = viewMenu->addAction(
        tr("&Compare Selected Reports"), this, [this] { openCompare(m_library->selectedReports()); });
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *matrix
        = viewMenu->addAction(tr("Outline &Matrix"), this, [this] { openMatrix(m_library->selectedReports()); });
    matrix->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    viewMenu->addAction(tr("Set &Phrases of the Year…"), this, &MainWindow::showSetPhrases);
    QMenu *panels = viewMenu->addMenu(tr("&Panels"));
    for (QDockWidget *dock : {m_libraryDock, m_outlineDock, m_annotationsDock, m_checklistDock, m_searchDock}) {
        panels->addAction(dock->toggleViewAction());
    }
    viewMenu->addSeparator();
    QAction *dashboard = viewMenu->addAction(tr("&Dashboard"), this, &MainWindow::showDashboard);
    dashboard->setObjectName(u"showDashboard"_s);
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    helpMenu->addSeparator();
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

Result<Done> MainWindow::openProject(const QString &path)
{
    if (const auto opened = m_session->open(path); !opened) {
        return opened;
    }
    m_settings.setLastProject(path);
    m_settings.addRecentProject(path);
    updateRecentMenu();
    setWindowFilePath(path);
    // A window title set explicitly hides the file path: the project's name goes into it.
    setWindowTitle(u"%1 — %2"_s.arg(QFileInfo(path).completeBaseName(), tr("Fazhi Review")));
    verifyInBackground(path);
    if (m_session->store()->isReadOnly()) {
        offerSaveAsForReadOnly();
    }
    return Done{};
}

void MainWindow::offerSaveAsForReadOnly()
{
    // Not modal to the application: the reviewer may first look at what is in the project.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Project is read-only"),
        tr("%1 is read-only: %2\n\nEverything in it can be read. To go on working, save a copy in a folder you can "
           "write to.")
            .arg(QDir::toNativeSeparators(m_session->path()), m_session->store()->readOnlyReason()),
        QMessageBox::NoButton, this);
    box->setObjectName(u"readOnlyProject"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *saveCopy = box->addButton(tr("Save a Copy As…"), QMessageBox::AcceptRole);
    box->addButton(tr("Keep Reading"), QMessageBox::RejectRole);
    box->setDefaultButton(saveCopy);
    connect(saveCopy, &QPushButton::clicked, this, &MainWindow::saveProjectAs, Qt::QueuedConnection);
    box->open();
}

void MainWindow::openStartupProject()
{
    const QString last = m_settings.lastProject();
    const QString path = !last.isEmpty() && QFileInfo::exists(last) ? last : ReviewStore::defaultProjectPath();
    if (const auto opened = openProject(path); !opened) {
        showError(opened.error());
        return;
    }
    const QStringList tabs = m_settings.openTabs();
    if (!tabs.isEmpty()) {
        restoreTabs(tabs);
        return;
    }
    // Settings written before every kind of tab was remembered list the readers alone.
    for (const qint64 id : m_settings.openReportIds()) {
        openReport(id);
    }
}

void MainWindow::restoreTabs(const QStringList &tabs)
{
    if (const auto restored = m_workspace->restoreTabs(tabs); !restored) {
        showError(restored.error());
    }
}

void MainWindow::verifyInBackground(const QString &path)
{
    // quick_check reads the whole file: on a large project that takes seconds, so it runs on
    // its own connection while the reviewer already works.
    m_workStatus->setText(tr("Checking the project file…"));
    auto *watcher = new QFutureWatcher<Result<Done>>(this);
    connect(watcher, &QFutureWatcher<Result<Done>>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_workStatus->clear();
        const Result<Done> verified = watcher->result();
        if (!verified && m_session->path() == path) {
            if (verified.code() == Error::Code::Corrupt) {
                // The store promises never to write to a damaged file.
                m_session->markDamaged();
                showDamaged(verified.error());
            } else {
                // Not found damaged, only not checked (another program held the file): say so, no more.
                statusBar()->showMessage(verified.error(), 10000);
            }
        }
    });
    watcher->setFuture(QtConcurrent::run([path] { return ReviewStore::verify(path); }));
}

ReaderPane *MainWindow::currentReader() const
{
    return m_workspace->currentReader();
}

CompareView *MainWindow::openCompare(const QList<qint64> &reportIds)
{
    if (!m_session->store()) {
        return nullptr;
    }
    const auto opened = m_workspace->openCompare(reportIds);
    if (!opened) {
        showError(opened.error());
        return nullptr;
    }
    return opened.value();
}

OutlineMatrixView *MainWindow::openMatrix(const QList<qint64> &reportIds)
{
    if (!m_session->store()) {
        return nullptr;
    }
    const auto opened = m_workspace->openMatrix(reportIds);
    if (!opened) {
        showError(opened.error());
        return nullptr;
    }
    return opened.value();
}

void MainWindow::showSetPhrases()
{
    if (!m_session->store()) {
        return;
    }
    auto *dialog = new SetPhrasesDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog stays in front, to go on to the next passage.
    connect(dialog, &SetPhrasesDialog::openRequested, m_workspace,
        [this](qint64 reportId, int start, int end) { m_workspace->openReaderAt(reportId, start, end); });
    dialog->show();
}

ReaderPane *MainWindow::openReport(qint64 reportId)
{
    return m_workspace->openReport(reportId);
}

DashboardView *MainWindow::showDashboard()
{
    return m_workspace->showDashboard();
}

ReaderView *MainWindow::activeReaderView() const
{
    return m_workspace->activeReader();
}

void MainWindow::activeReaderChanged()
{
    giveTabRoom();
    const qint64 reportId = activeReaderView() ? activeReaderView()->reportId() : 0;
    m_outline->setReport(reportId);
    m_annotations->setReport(reportId);
    m_checklist->setReport(reportId);
    updateStatus();
}

void MainWindow::giveTabRoom()
{
    const WorkspaceTab *tab = m_workspace->currentTab();
    const bool wide = tab && tab->wantsFullWidth();
    if (wide == !m_dockStateBeforeCompare.isEmpty()) {
        return; // already as it should be (from one wide compare to another, say)
    }
    if (wide) {
        m_dockStateBeforeCompare = saveState();
        for (QDockWidget *dock : {m_libraryDock, m_outlineDock, m_annotationsDock, m_checklistDock, m_searchDock}) {
            if (!dock->isFloating()) {
                dock->hide();
            }
        }
    } else {
        // Exactly as they were: the same docks, places, tabs and sizes.
        restoreState(m_dockStateBeforeCompare);
        m_dockStateBeforeCompare.clear();
    }
}

QList<qint64> MainWindow::openReportIds() const
{
    QList<qint64> ids;
    for (const QString &key : m_workspace->tabKeys()) {
        if (WorkspaceTab::keyKind(key) == WorkspaceTab::ReaderKind) {
            ids.append(WorkspaceTab::keyReports(key));
        }
    }
    return ids;
}

void MainWindow::updateStatus()
{
    if (!m_projectStatus) {
        return;
    }
    if (!m_session->store()) {
        m_projectStatus->setText(tr("No project open"));
        m_reportStatus->clear();
        return;
    }
    QString project = QDir::toNativeSeparators(m_session->path());
    if (m_session->store()->isReadOnly()) {
        project = tr("%1 (read-only: %2)").arg(project, m_session->store()->readOnlyReason());
    }
    m_projectStatus->setText(project);
    m_reportStatus->setText(tr("%n report(s)", nullptr, m_session->read(m_session->store()->reportCount())));
}

void MainWindow::newProject()
{
    // A name nobody has used yet, in a folder that exists (the documents folder may not).
    QString folder = m_settings.defaultProjectFolder();
    if (!QFileInfo(folder).isDir()) {
        folder = m_session->path().isEmpty() ? QDir::homePath() : QFileInfo(m_session->path()).absolutePath();
    }
    const QString name = tr("Review project %1", "file name").arg(QDate::currentDate().year());
    QString proposed = QDir(folder).filePath(name + u".fzr"_s);
    for (int n = 2; QFileInfo::exists(proposed); ++n) {
        proposed = QDir(folder).filePath(u"%1 (%2).fzr"_s.arg(name).arg(n));
    }
    const QString path
        = QFileDialog::getSaveFileName(this, tr("New Project"), proposed, tr("Fazhi Review projects (*.fzr)"));
    if (path.isEmpty()) {
        return;
    }
    const QString file = path.endsWith(u".fzr"_s) ? path : path + u".fzr"_s;
    if (QFileInfo::exists(file)) {
        // The dialog asked about replacing it; an existing project is never overwritten silently.
        if (!QFile::remove(file)) {
            showError(tr("Cannot replace %1.").arg(file));
            return;
        }
    }
    if (const auto opened = openProject(file); !opened) {
        showError(opened.error());
    }
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), m_settings.defaultProjectFolder(),
        tr("Fazhi Review projects (*.fzr);;All files (*)"));
    if (!path.isEmpty()) {
        if (const auto opened = openProject(path); !opened) {
            showError(opened.error());
        }
    }
}

void MainWindow::saveProjectAs()
{
    if (!m_session->store()) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Project As"), m_settings.defaultProjectFolder(), tr("Fazhi Review projects (*.fzr)"));
    if (path.isEmpty()) {
        return;
    }
    const QString file = path.endsWith(u".fzr"_s) ? path : path + u".fzr"_s;
    if (QFileInfo::exists(file) && !QFile::remove(file)) {
        showError(tr("Cannot replace %1.").arg(file));
        return;
    }
    if (const auto saved = m_session->store()->saveAs(file); !saved) {
        showError(saved.error());
        return;
    }
    const QStringList tabs = m_workspace->tabKeys();
    if (const auto opened = openProject(file); !opened) {
        showError(opened.error());
        return;
    }
    restoreTabs(tabs);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentProjects();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (const auto opened = openProject(path); !opened) {
                showError(opened.error());
            }
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::importFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Reports"), m_settings.importFolder(),
        tr("Reports (%1);;All files (*)").arg(ReportImporter::supportedPatterns().join(u' ')));
    if (!files.isEmpty()) {
        m_settings.setImportFolder(QFileInfo(files.constFirst()).absolutePath());
        importPaths(files);
    }
}

void MainWindow::importFolderDialog()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Reports"), m_settings.importFolder());
    if (!folder.isEmpty()) {
        m_settings.setImportFolder(folder);
        importPaths({folder});
    }
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_session->store()) {
        showError(tr("Open a project before importing reports."));
        return;
    }
    auto *dialog = new ImportDialog(*m_session, paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::exportAnnotations()
{
    if (!m_session->store()) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Annotations"), m_settings.defaultProjectFolder(), tr("CSV for Excel (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const auto csv = AnnotationExporter::exportAll(*m_session->store(), AnnotationExporter::Format::Csv);
    if (!csv) {
        showError(csv.error());
        return;
    }
    if (const auto saved = saveExportFile(path, csv.value()); !saved) {
        showError(saved.error());
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importPaths(paths);
    }
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, tr("Fazhi Review"), message);
}

void MainWindow::showDamaged(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    if (m_damageShown) {
        return; // the check and every read that meets the damage have one cause
    }
    m_damageShown = true;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Project file damaged"),
        tr("%1\n\nThe project is read-only from now on, so that nothing in it is overwritten. Save a copy "
           "with File → Save Project As, and keep the damaged file for repair.")
            .arg(message),
        QMessageBox::Ok, this);
    box->setObjectName(u"projectDamaged"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::showReadFailure(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    if (m_shownReadFailures.contains(message)) {
        return;
    }
    m_shownReadFailures.insert(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Fazhi Review"), message, QMessageBox::Ok, this);
    box->setObjectName(u"readFailure"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setMainWindowGeometry(saveGeometry());
    // Not the docks given way to a compare: the layout the reviewer made.
    m_settings.setMainWindowState(m_dockStateBeforeCompare.isEmpty() ? saveState() : m_dockStateBeforeCompare);
    m_settings.setOpenReportIds(openReportIds());
    m_settings.setOpenTabs(m_workspace->tabKeys());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    // What it changes reaches the tabs through the settings (the workspace follows the text size).
    SettingsDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(ShortcutsDialog::actionsOf(*this), this);
    dialog.addRow(tr("Tag the selected text (reader)"), tr("1 – 8"));
    dialog.addRow(tr("Edit the comment of the annotation at the cursor"), tr("Enter or double-click"));
    dialog.addRow(tr("Remove the annotation at the cursor"), tr("Delete"));
    dialog.exec();
}

} // namespace Fazhi
