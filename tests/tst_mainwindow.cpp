// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "appsettings.h"
#include "comparecolumn.h"
#include "compareview.h"
#include "damagedproject.h"
#include "dashboardview.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "outlinematrixview.h"
#include "readerpane.h"
#include "reviewsession.h"
#include "reviewstore.h"
#include "screenshotproject.h"
#include "searchpanel.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "storereads.h"
#include "translationloader.h"
#include "windowscreenshot.h"
#include "workspace.h"

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString settingsFile() const { return m_dir.filePath(u"settings.ini"_s); }

    static QAction *findAction(const MainWindow &window, const QString &text)
    {
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == text) {
                return action;
            }
        }
        return nullptr;
    }

    static QStringList menuTitles(const MainWindow &window)
    {
        QStringList titles;
        for (QAction *action : window.menuBar()->actions()) {
            titles.append(action->text());
        }
        return titles;
    }

    /** Runs @p check on the next modal dialog of type T as soon as it is open, then closes it. */
    template<typename T> static void whenModal(std::function<void(T *)> check)
    {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, check] {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                check(dialog);
                dialog->reject();
            }
        });
        timer->start();
    }

    /** Shows @p window 1280 pixels wide with a new project of the samples called @p name. */
    bool showSamplesAt1280(MainWindow &window, const QString &name)
    {
        const QString project = m_dir.filePath(name + u".fzr"_s);
        window.resize(1280, 800);
        window.show();
        return ScreenshotProject::createFromSamples(project).ok() && QTest::qWaitForWindowExposed(&window)
            && window.openProject(project).ok();
    }

    /** Speaks @p language (en needs no translation; what is missing goes to @p missing) until the guard goes. */
    [[nodiscard]] static auto speak(const QString &language, QStringList *missing)
    {
        if (language != u"en") {
            *missing = TranslationLoader::install(qApp, language);
        }
        return qScopeGuard([] {
            for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void hasWorkspaceDocksAndMenus()
    {
        AppSettings settings(settingsFile());
        MainWindow window(settings);
        QVERIFY(window.centralWidget() == window.workspace());
        QCOMPARE(window.workspace()->count(), 1);

        const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
        QCOMPARE(docks.size(), 5);
        QCOMPARE(window.dockWidgetArea(window.libraryDock()), Qt::LeftDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.outlineDock()), Qt::LeftDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.annotationsDock()), Qt::RightDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.checklistDock()), Qt::RightDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.searchDock()), Qt::LeftDockWidgetArea);
        for (QDockWidget *dock : docks) {
            QVERIFY2(!dock->objectName().isEmpty(), "docks need object names for saveState()");
            QVERIFY(dock->widget());
        }
        QCOMPARE(menuTitles(window), (QStringList{u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Help"_s}));
    }

    void layoutIsRestoredOnNextStart()
    {
        {
            AppSettings settings(settingsFile());
            MainWindow window(settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.checklistDock()->hide();
            window.removeDockWidget(window.outlineDock());
            window.addDockWidget(Qt::RightDockWidgetArea, window.outlineDock());
            window.outlineDock()->show();
            window.close();
        }
        AppSettings settings(settingsFile());
        QVERIFY(!settings.mainWindowState().isEmpty());
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.checklistDock()->isHidden());
        QCOMPARE(window.dockWidgetArea(window.outlineDock()), Qt::RightDockWidgetArea);

        window.resetLayout();
        QVERIFY(!window.checklistDock()->isHidden());
        QCOMPARE(window.dockWidgetArea(window.outlineDock()), Qt::LeftDockWidgetArea);
    }

    void libraryOpensReadersAndTheSessionIsRestored()
    {
        const QString settingsPath = m_dir.filePath(u"session.ini"_s);
        const QString project = m_dir.filePath(u"session.fzr"_s);
        QVERIFY(ScreenshotProject::createFromSamples(project).ok());
        qint64 opened = 0;
        {
            AppSettings settings(settingsPath);
            settings.setReviewerName(u"周审阅"_s);
            MainWindow window(settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openProject(project).ok());
            QTreeView *list = window.library()->view();
            QTRY_COMPARE(list->model()->rowCount(), 5);
            // Enter on a report in the library: its reader opens and the panels follow it.
            list->setFocus();
            list->setCurrentIndex(list->model()->index(0, 0));
            QTest::keyClick(list, Qt::Key_Return);
            QTRY_COMPARE(window.workspace()->count(), 2);
            ReaderPane *pane = window.currentReader();
            QVERIFY(pane);
            opened = pane->reportId();
            QVERIFY(opened > 0);
            QVERIFY(!pane->reader()->toPlainText().isEmpty());

            // Tag from the reader, undo from the Edit menu.
            QTextCursor cursor = pane->reader()->textCursor();
            cursor.setPosition(40);
            cursor.setPosition(52, QTextCursor::KeepAnchor);
            pane->reader()->setTextCursor(cursor);
            QTest::keyClick(pane->reader(), Qt::Key_1);
            QCOMPARE(READ_OK(window.session().store()->annotations(opened)).size(), 1);
            QCOMPARE(READ_OK(window.session().store()->annotations(opened)).first().author, u"周审阅"_s);
            window.session().undoStack()->undo();
            QVERIFY(READ_OK(window.session().store()->annotations(opened)).isEmpty());
            window.close();
        }
        // The next start opens the same project and the same report.
        AppSettings settings(settingsPath);
        QCOMPARE(settings.openReportIds(), QList<qint64>{opened});
        MainWindow window(settings);
        window.openStartupProject();
        QCOMPARE(window.session().path(), project);
        QCOMPARE(window.workspace()->count(), 2);
        QCOMPARE(window.currentReader()->reportId(), opened);
    }

    void chineseMenusWithTranslation()
    {
        const QStringList missing = TranslationLoader::install(qApp, u"zh_CN"_s);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
        {
            AppSettings settings(m_dir.filePath(u"zh.ini"_s));
            MainWindow window(settings);
            QCOMPARE(menuTitles(window), (QStringList{u"文件(&F)"_s, u"编辑(&E)"_s, u"视图(&V)"_s, u"帮助(&H)"_s}));
            QCOMPARE(window.libraryDock()->windowTitle(), u"报告库"_s);
        }
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void aboutShowsLoadedLibraryVersions()
    {
        const auto versions = AboutDialog::libraryVersions();
        QStringList names;
        static const QRegularExpression version(u"^\\d+\\.\\d+(\\.\\d+)?"_s);
        for (const auto &[name, value] : versions) {
            names.append(name);
            QVERIFY2(version.match(value).hasMatch(), qPrintable(name + u": "_s + value));
        }
        QCOMPARE(names, (QStringList{u"Qt"_s, u"KF6 SyntaxHighlighting"_s, u"OpenCC"_s, u"SQLite"_s}));
        QCOMPARE(versions.first().second, QString::fromLatin1(qVersion()));

        AboutDialog dialog;
        auto *sqlite = dialog.findChild<QLabel *>(u"version:SQLite"_s);
        QVERIFY(sqlite);
        QVERIFY(sqlite->text().startsWith(u"3."));
    }

    void librarySelectionOpensCompareAndMatrix()
    {
        const QString project = m_dir.filePath(u"compare.fzr"_s);
        QVERIFY(ScreenshotProject::createFromSamples(project).ok());
        AppSettings settings(m_dir.filePath(u"compare.ini"_s));
        settings.setReviewerName(u"周审阅"_s);
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(project).ok());
        QTRY_COMPARE(window.library()->view()->model()->rowCount(), 5);
        const QList<qint64> chosen = ScreenshotProject::defaultReports(*window.session().store(), 3);
        QCOMPARE(chosen.size(), 3);
        window.library()->selectReports(chosen);
        QCOMPARE(window.library()->selectedReports().size(), 3);

        // View → Compare Selected Reports: a tab with one column per chosen report.
        QAction *compare = findAction(window, u"&Compare Selected Reports"_s);
        QVERIFY(compare);
        compare->trigger();
        auto *view = qobject_cast<CompareView *>(window.workspace()->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->columnCount(), 3);
        const QList<qint64> shown = view->reports();
        QCOMPARE(QSet<qint64>(shown.cbegin(), shown.cend()), QSet<qint64>(chosen.cbegin(), chosen.cend()));

        // The panels follow the column being read.
        view->column(2)->reader()->setFocus();
        QTRY_COMPARE(window.activeReaderView(), view->column(2)->reader());
        QCOMPARE(window.activeReaderView()->reportId(), view->reports().at(2));

        // View → Outline Matrix of the same selection; a double-click on a cell opens its reader.
        QAction *matrix = findAction(window, u"Outline &Matrix"_s);
        QVERIFY(matrix);
        matrix->trigger();
        auto *grid = qobject_cast<OutlineMatrixView *>(window.workspace()->currentWidget());
        QVERIFY(grid);
        QCOMPARE(grid->shownReports().size(), 3);
        Q_EMIT grid->openRequested(chosen.first(), 10, 20);
        QVERIFY(window.currentReader());
        QCOMPARE(window.currentReader()->reportId(), chosen.first());
        QCOMPARE(window.currentReader()->reader()->textCursor().selectionStart(), 10);

        // A single report is no comparison: the view says why and nothing opens.
        const int tabs = window.workspace()->count();
        QString said;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&said] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                said = box->text();
                box->accept();
            }
        });
        closer.start(50);
        QVERIFY(!window.openCompare({chosen.first()}));
        QCOMPARE(said, CompareView::tr("Choose 2 to 4 reports to compare."));
        QCOMPARE(window.workspace()->count(), tabs);
    }

    void compareMatrixAndDashboardTabsAreRestored()
    {
        const QString settingsPath = m_dir.filePath(u"tabs.ini"_s);
        const QString project = m_dir.filePath(u"tabs.fzr"_s);
        QVERIFY(ScreenshotProject::createFromSamples(project).ok());
        QList<qint64> chosen;
        {
            AppSettings settings(settingsPath);
            settings.setReviewerName(u"周审阅"_s);
            MainWindow window(settings);
            QVERIFY(window.openProject(project).ok());
            chosen = ScreenshotProject::defaultReports(*window.session().store(), 3);
            QCOMPARE(chosen.size(), 3);
            QVERIFY(window.openReport(chosen.at(0)));
            QVERIFY(window.openCompare({chosen.at(1), chosen.at(2)}));
            QVERIFY(window.openMatrix(chosen));
            QVERIFY(window.showDashboard());
            window.close();
        }
        AppSettings settings(settingsPath);
        QCOMPARE(settings.openTabs().size(), 4);
        // A tab naming a report the project no longer has is dropped without a word.
        settings.setOpenTabs(settings.openTabs() << u"compare:%1,987654"_s.arg(chosen.at(0)));
        MainWindow window(settings);
        window.openStartupProject();
        QCOMPARE(window.workspace()->count(), 5); // the start page and the four tabs
        QCOMPARE(qobject_cast<ReaderPane *>(window.workspace()->widget(1))->reportId(), chosen.at(0));
        auto *compare = qobject_cast<CompareView *>(window.workspace()->widget(2));
        QVERIFY(compare);
        QCOMPARE(compare->reports(), (QList<qint64>{chosen.at(1), chosen.at(2)}));
        auto *matrix = qobject_cast<OutlineMatrixView *>(window.workspace()->widget(3));
        QVERIFY(matrix);
        QCOMPARE(matrix->shownReports(), chosen);
        QVERIFY(qobject_cast<DashboardView *>(window.workspace()->widget(4)));
    }

    void settingsReachEveryReaderAndCompareColumn()
    {
        AppSettings settings(m_dir.filePath(u"look.ini"_s));
        settings.setReviewerName(u"周审阅"_s); // the dialog takes no OK without one
        settings.setTextSize(14);
        MainWindow window(settings);
        QVERIFY(showSamplesAt1280(window, u"look"_s));
        const QList<qint64> chosen = ScreenshotProject::defaultReports(*window.session().store(), 3);
        QCOMPARE(chosen.size(), 3);
        ReaderPane *pane = window.openReport(chosen.at(0));
        QVERIFY(pane);
        CompareView *compare = window.openCompare({chosen.at(1), chosen.at(2)});
        QVERIFY(compare);
        const QList<ReaderView *> readers{pane->reader(), compare->column(0)->reader(), compare->column(1)->reader()};

        // Edit → Settings…, a larger text, OK.
        QAction *preferences = findAction(window, u"&Settings…"_s);
        QVERIFY(preferences);
        whenModal<SettingsDialog>([](SettingsDialog *dialog) {
            dialog->findChild<QSpinBox *>(u"textSize"_s)->setValue(20);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        preferences->trigger();
        QCOMPARE(settings.textSize(), 20);
        for (ReaderView *reader : readers) {
            QCOMPARE(reader->font().pointSize(), 20);
        }

        // View → Script → Traditional: every reader, also the compare's, and the next start.
        QAction *traditional = findAction(window, u"&Traditional (繁體)"_s);
        QVERIFY(traditional);
        traditional->trigger();
        for (ReaderView *reader : readers) {
            QCOMPARE(reader->script(), DisplayScript::Traditional);
        }
        QCOMPARE(settings.displayScript(), DisplayScript::Traditional);
    }

    void screenshotIsWritten()
    {
        AppSettings settings(m_dir.filePath(u"shot.ini"_s));
        MainWindow window(settings);
        const QString file = m_dir.filePath(u"shots/window.png"_s);
        const auto written = WindowScreenshot::write(window, QSize(1200, 800), file);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        const QImage image(file);
        QCOMPARE(image.size(), QSize(1200, 800) * window.devicePixelRatio());
        // Not a blank canvas: the window painted its menus, docks and text.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY(colours.size() > 8);
    }

    void newProjectProposesANameInAFolderThatExists()
    {
        AppSettings settings(settingsFile());
        settings.setDefaultProjectFolder(m_dir.filePath(u"gone/away"_s)); // a documents folder never made
        MainWindow window(settings);
        QString proposed;
        whenModal<QFileDialog>([&proposed](QFileDialog *dialog) { proposed = dialog->selectedFiles().value(0); });
        findAction(window, u"&New Project…"_s)->trigger();
        QVERIFY2(proposed.endsWith(u".fzr"_s), qPrintable(proposed));
        QVERIFY2(QFileInfo(proposed).absoluteDir().exists(), qPrintable(proposed));
        QVERIFY(!QFileInfo::exists(proposed));
    }

    void importStartsInTheLastFolderUsed()
    {
        AppSettings settings(settingsFile());
        const QString incoming = m_dir.filePath(u"incoming"_s);
        QVERIFY(QDir().mkpath(incoming));
        settings.setImportFolder(incoming);
        MainWindow window(settings);
        for (const QString &action : {u"&Import Reports…"_s, u"Import &Folder…"_s}) {
            QString shown;
            whenModal<QFileDialog>([&shown](QFileDialog *dialog) { shown = dialog->directory().absolutePath(); });
            findAction(window, action)->trigger();
            QCOMPARE(shown, incoming);
        }
    }

    void readOnlyProjectOffersACopy()
    {
        const QString path = m_dir.filePath(u"只读复核.fzr"_s);
        QVERIFY(ReviewStore::open(path).ok());
        // Permission bits do not stop root: an immutable file does, as a read-only medium would.
        const auto setImmutable = [&](bool on) {
            const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
            int flags = 0;
            bool done = fd >= 0 && ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
            flags = on ? flags | FS_IMMUTABLE_FL : flags & ~FS_IMMUTABLE_FL;
            done = done && ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
            if (fd >= 0) {
                ::close(fd);
            }
            return done;
        };
        const bool root = geteuid() == 0;
        if (root && !setImmutable(true)) {
            QSKIP("this file system cannot make a file immutable");
        }
        if (!root) {
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        }
        const auto restore = qScopeGuard([&] {
            if (root) {
                setImmutable(false);
            } else {
                QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            }
        });
        AppSettings settings(settingsFile());
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path).ok());
        auto *box = window.findChild<QMessageBox *>(u"readOnlyProject"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(u"read-only"), qPrintable(box->text()));
        QAbstractButton *saveCopy = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == u"Save a Copy As…") {
                saveCopy = button;
            }
        }
        QVERIFY(saveCopy);
        QString asked;
        whenModal<QFileDialog>([&](QFileDialog *dialog) { asked = dialog->windowTitle(); });
        QTest::mouseClick(saveCopy, Qt::LeftButton);
        QTRY_COMPARE(asked, u"Save Project As"_s);
    }

    void aDamagedProjectTurnsReadOnlyAndSaysWhatCannotBeRead()
    {
        // The samples, annotated, then the annotations' table lost to a failing disk.
        const QString path = m_dir.filePath(u"损坏复核.fzr"_s);
        QVERIFY(ScreenshotProject::createFromSamples(path).ok());
        qint64 reportId = 0;
        {
            auto store = ReviewStore::open(path);
            QVERIFY2(store, qPrintable(store.error()));
            reportId = READ_OK(store.value()->reports()).constFirst().id;
            const qint64 tag = READ_OK(store.value()->tags()).constFirst().id;
            QVERIFY(store.value()->addAnnotation(reportId, 10, 30, tag, u"核实数据"_s));
        }
        QVERIFY(DamagedProject::zeroTable(path, u"annotations"_s));

        AppSettings settings(settingsFile());
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // However many reads meet the damage, and the background check, one warning says so.
        QStringList damaged;
        auto *closer = new QTimer(&window);
        connect(closer, &QTimer::timeout, closer, [&damaged, &window] {
            for (QMessageBox *box : window.findChildren<QMessageBox *>(u"projectDamaged"_s)) {
                if (box->isVisible()) {
                    damaged.append(box->text());
                    box->reject();
                }
            }
        });
        closer->start(20);
        QVERIFY(window.openProject(path).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!damaged.isEmpty(), 20000);
        QVERIFY2(damaged.first().contains(u"damaged"_s) && damaged.first().contains(u"read-only from now on"_s),
            qPrintable(damaged.first()));
        QVERIFY(window.session().store()->isReadOnly());
        const auto statusSays = [&window](const QString &words) {
            const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
            return std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) { return l->text().contains(words); });
        };
        QTRY_VERIFY(statusSays(u"read-only"_s));
        // The library cannot count the report's annotations: it says so rather than "no reports yet".
        const QList<QLabel *> libraryLabels = window.library()->findChildren<QLabel *>();
        QTRY_VERIFY(std::any_of(libraryLabels.cbegin(), libraryLabels.cend(),
            [](QLabel *label) { return label->text().startsWith(u"The reports cannot be listed"_s); }));

        // Reading the report's annotations fails too: the status bar says what, no second warning.
        ReaderPane *pane = window.openReport(reportId);
        QVERIFY(pane);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(u"could not be read"_s));
        QTest::qWait(200);
        QCOMPARE(damaged.size(), 1);
        QVERIFY(!window.findChild<QMessageBox *>(u"readFailure"_s));
        const auto added = window.session().addAnnotation(reportId, 40, 60, 1);
        QCOMPARE(added.code(), Error::Code::ReadOnly);
    }

    void titleNamesTheProject()
    {
        AppSettings settings(settingsFile());
        MainWindow window(settings);
        QVERIFY(window.openProject(m_dir.filePath(u"江海区复核.fzr"_s)));
        QVERIFY2(window.windowTitle().contains(u"江海区复核"_s), qPrintable(window.windowTitle()));
    }

    void shortcutListIsCleanAndComplete()
    {
        AppSettings settings(settingsFile());
        MainWindow window(settings);
        QVERIFY(window.openProject(m_dir.filePath(u"shortcuts.fzr"_s)));
        window.session().undoStack()->push(new QUndoCommand(u"Delete annotation"_s)); // Undo's text names it now
        QHash<QString, QString> rows; // keys -> action
        whenModal<ShortcutsDialog>([&rows](ShortcutsDialog *dialog) {
            const auto *tree = dialog->findChild<QTreeWidget *>(u"shortcuts"_s);
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
                    const QTreeWidgetItem *row = tree->topLevelItem(i)->child(j);
                    rows.insert(row->text(1), row->text(0));
                }
            }
        });
        findAction(window, u"&Keyboard Shortcuts"_s)->trigger();
        const auto keys = [](const QKeySequence &sequence) {
            return sequence.toString(QKeySequence::NativeText);
        };
        QCOMPARE(rows.value(keys(QKeySequence(Qt::CTRL | Qt::Key_E))), u"PDF, Digest or Spreadsheet"_s);
        QCOMPARE(rows.value(keys(QKeySequence::keyBindings(QKeySequence::Undo).value(0))), u"Undo"_s);
        for (auto row = rows.cbegin(); row != rows.cend(); ++row) {
            QVERIFY2(
                !row.value().contains(u'&') && !row.value().contains(u"Delete annotation"_s), qPrintable(row.value()));
        }
        // Every shortcut of the window is there.
        for (const QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &shortcut : action->shortcuts()) {
                QVERIFY2(std::any_of(rows.keyBegin(), rows.keyEnd(),
                             [&](const QString &listed) { return listed.split(u", "_s).contains(keys(shortcut)); }),
                    qPrintable(action->text() + u' ' + keys(shortcut)));
            }
        }
    }

    void screenshotSizeIsValidated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("normal") << u"1600x1000"_s << true;
        QTest::newRow("capital X") << u"800X600"_s << true;
        QTest::newRow("too small") << u"100x100"_s << false;
        QTest::newRow("junk") << u"big"_s << false;
        QTest::newRow("negative") << u"-5x600"_s << false;
    }

    void screenshotSizeIsValidated()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto size = WindowScreenshot::parseSize(text);
        QCOMPARE(size.ok(), valid);
        if (!valid) {
            QVERIFY(size.error().contains(text));
        }
    }

    void wideCompareTakesTheDocksRoomAndGivesItBack()
    {
        AppSettings settings(m_dir.filePath(u"room.ini"_s));
        MainWindow window(settings);
        QVERIFY(showSamplesAt1280(window, u"room"_s));
        const QList<qint64> chosen = ScreenshotProject::defaultReports(*window.session().store(), 3);
        QCOMPARE(chosen.size(), 3);
        QVERIFY(window.openReport(chosen.first()));
        // The reviewer's own layout: the checklist closed.
        window.checklistDock()->hide();
        QTest::qWait(20);
        const QList<QDockWidget *> docks{window.libraryDock(), window.outlineDock(), window.annotationsDock(),
            window.checklistDock(), window.searchDock()};
        const auto layout = [&docks] {
            QStringList shown;
            for (QDockWidget *dock : docks) {
                shown.append(u"%1:%2:%3"_s.arg(dock->objectName()).arg(dock->isVisible()).arg(dock->width()));
            }
            return shown;
        };
        const QStringList before = layout();
        QTabBar *tabs = window.workspace()->tabBar();

        CompareView *compare = window.openCompare(chosen);
        QVERIFY(compare);
        for (QDockWidget *dock : docks) {
            QTRY_VERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
        }
        // Three columns share the window's width.
        QTRY_VERIFY(compare->column(0)->width() > 1280 / 3 - 40);

        // Back to the reader with a click on its tab: the docks as they were.
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
        QCOMPARE(window.workspace()->currentIndex(), 1);
        QTRY_COMPARE(layout(), before);
        // To the compare and closing it there.
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(2).center());
        QTRY_VERIFY(!window.libraryDock()->isVisible());
        QWidget *close = tabs->tabButton(2, QTabBar::RightSide);
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(window.workspace()->count(), 2);
        QTRY_COMPARE(layout(), before);

        // Two columns have room enough beside the docks.
        QVERIFY(window.openCompare({chosen.at(0), chosen.at(1)}));
        QVERIFY(window.libraryDock()->isVisible());
        // Quitting from a wide compare keeps the reviewer's layout for the next start, not the bare one.
        QVERIFY(window.openCompare(chosen));
        QTRY_VERIFY(!window.libraryDock()->isVisible());
        window.close();
        AppSettings next(m_dir.filePath(u"room.ini"_s));
        MainWindow again(next);
        QVERIFY(again.libraryDock()->isVisibleTo(&again));
        QVERIFY(again.checklistDock()->isHidden());
    }

    void scriptSelectorStaysInReachAt1280Pixels_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << u"zh_CN"_s;
        QTest::newRow("zh_TW") << u"zh_TW"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void scriptSelectorStaysInReachAt1280Pixels()
    {
        QFETCH(QString, language);
        QStringList missing;
        const auto removeTranslators = speak(language, &missing);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
        AppSettings settings(m_dir.filePath(u"script-%1.ini"_s.arg(language)));
        MainWindow window(settings);
        QVERIFY(showSamplesAt1280(window, u"script-"_s + language));
        ReaderPane *pane = window.openReport(ScreenshotProject::defaultReports(*window.session().store(), 1).value(0));
        QVERIFY(pane);
        QComboBox *selector = pane->scriptSelector();
        QTRY_VERIFY(selector->isVisible());
        const QRect at(selector->mapTo(pane, QPoint(0, 0)), selector->size());
        QVERIFY2(pane->rect().contains(at),
            qPrintable(u"the selector at %1,%2 %3×%4 in a pane %5 wide"_s.arg(at.x())
                    .arg(at.y())
                    .arg(at.width())
                    .arg(at.height())
                    .arg(pane->width())));
        // Chosen with the keyboard, it changes the script shown.
        selector->setFocus();
        QTest::keyClick(selector, Qt::Key_End);
        QCOMPARE(pane->reader()->script(), DisplayScript::Traditional);
    }

    void libraryDockShowsEveryColumn_data() { scriptSelectorStaysInReachAt1280Pixels_data(); }

    void libraryDockShowsEveryColumn()
    {
        QFETCH(QString, language);
        QStringList missing;
        const auto removeTranslators = speak(language, &missing);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
        AppSettings settings(m_dir.filePath(u"columns-%1.ini"_s.arg(language)));
        MainWindow window(settings);
        QVERIFY(showSamplesAt1280(window, u"columns-"_s + language));
        QTreeView *list = window.library()->view();
        QTRY_VERIFY(list->model()->rowCount() > 0);
        QTest::qWait(20); // the docks get their sizes
        const QHeaderView *header = list->header();
        for (int column = 0; column < header->count(); ++column) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(right <= list->viewport()->width(),
                qPrintable(u"column %1 (%2) ends at %3 in a list %4 wide"_s.arg(column)
                        .arg(list->model()->headerData(column, Qt::Horizontal).toString())
                        .arg(right)
                        .arg(list->viewport()->width())));
        }
        QVERIFY(!list->horizontalScrollBar()->isVisible());
    }

    void aSearchHitOpensTheReaderWithContextAbove()
    {
        AppSettings settings(m_dir.filePath(u"hit.ini"_s));
        MainWindow window(settings);
        QVERIFY(showSamplesAt1280(window, u"hit"_s));
        auto *search = qobject_cast<SearchPanel *>(window.searchDock()->widget());
        QVERIFY(search);
        window.searchDock()->show();
        window.searchDock()->raise();
        search->setQuery(u"行政复议"_s);
        search->searchNow();
        QTRY_VERIFY(!search->hits().isEmpty());
        auto *results = search->findChild<QTreeWidget *>(u"searchResults"_s);
        QVERIFY(results);
        // The hit furthest into its report, where a reader must scroll to show it.
        int chosen = 0;
        for (int i = 0; i < search->hits().size(); ++i) {
            chosen = search->hits().at(i).matchStart > search->hits().at(chosen).matchStart ? i : chosen;
        }
        const SearchHit hit = search->hits().at(chosen);
        QTreeWidgetItem *item = nullptr;
        for (int i = 0; i < results->topLevelItemCount(); ++i) {
            item = results->topLevelItem(i)->data(0, Qt::UserRole).toInt() == chosen ? results->topLevelItem(i) : item;
        }
        QVERIFY(item);
        results->scrollToItem(item);
        const int start = hit.matchStart;
        const int end = hit.matchEnd;
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualItemRect(item).center());

        ReaderPane *pane = window.currentReader();
        QVERIFY(pane);
        QCOMPARE(pane->reportId(), hit.reportId);
        QTest::qWait(50); // the new tab gets its size
        ReaderView *reader = pane->reader();
        QCOMPARE(reader->textCursor().selectionStart(), start);
        QTextCursor first(reader->document());
        first.setPosition(start);
        QTextCursor last(reader->document());
        last.setPosition(end);
        const int line = reader->fontMetrics().lineSpacing();
        const int top = reader->cursorRect(first).top();
        QVERIFY(reader->verticalScrollBar()->value() > 0);
        QVERIFY2(top >= 2 * line, qPrintable(u"the match's first line is at y=%1, no context above"_s.arg(top)));
        QVERIFY(top < reader->viewport()->height() / 3
            || reader->verticalScrollBar()->value() == reader->verticalScrollBar()->maximum());
        QVERIFY(reader->cursorRect(last).bottom() <= reader->viewport()->height());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
