// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace's tabs: opened once per key, found, closed and reopened in order, and every
// tab in the script and text size of the settings.
#include "appsettings.h"
#include "comparecolumn.h"
#include "compareview.h"
#include "dashboardview.h"
#include "outlinematrixview.h"
#include "readerpane.h"
#include "reviewsession.h"
#include "screenshotproject.h"
#include "workspace.h"
#include "workspacetab.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fazhi;

/** A workspace on a project, with settings of its own. */
struct OpenWorkspace
{
    OpenWorkspace(const QString &project, const QString &settingsFile)
        : settings(settingsFile)
        , workspace(session, settings)
        , opened(session.open(project).ok())
    {
    }

    ReviewSession session;
    AppSettings settings;
    Workspace workspace;
    bool opened;
};

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    int m_settingsFiles = 0;
    /** Three reports of the samples' newest year. */
    QList<qint64> m_chosen;

    QString freshSettings() { return m_dir.filePath(u"settings%1.ini"_s.arg(++m_settingsFiles)); }

    static QString key(QStringView kind, const QList<qint64> &ids = {}) { return WorkspaceTab::makeKey(kind, ids); }

    /** The point sizes of every reader in @p workspace's tabs, compare columns included. */
    static QList<int> readerTextSizes(const Workspace &workspace)
    {
        QList<int> sizes;
        for (ReaderView *reader : workspace.findChildren<ReaderView *>()) {
            sizes.append(reader->font().pointSize());
        }
        return sizes;
    }

    static QList<DisplayScript> readerScripts(const Workspace &workspace)
    {
        QList<DisplayScript> scripts;
        for (ReaderView *reader : workspace.findChildren<ReaderView *>()) {
            scripts.append(reader->script());
        }
        return scripts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"samples.fzr"_s);
        const auto made = ScreenshotProject::createFromSamples(m_project);
        QVERIFY2(made.ok(), qPrintable(made.error()));
        ReviewSession session;
        QVERIFY(session.open(m_project).ok());
        m_chosen = ScreenshotProject::defaultReports(*session.store(), 3);
        QCOMPARE(m_chosen.size(), 3);
    }

    void eachKeyHasOneTab()
    {
        OpenWorkspace fixture(m_project, freshSettings());
        QVERIFY(fixture.opened);
        Workspace &workspace = fixture.workspace;
        workspace.setStartPage(new QLabel(u"start"_s), u"Start"_s);
        const qint64 a = m_chosen.at(0);
        const qint64 b = m_chosen.at(1);

        ReaderPane *reader = workspace.openReport(a);
        QVERIFY(reader);
        QCOMPARE(workspace.currentReader(), reader);
        QCOMPARE(workspace.activeReader(), reader->reader());
        const auto compare = workspace.openCompare({a, b});
        QVERIFY2(compare.ok(), qPrintable(compare.error()));
        const auto matrix = workspace.openMatrix(m_chosen);
        QVERIFY2(matrix.ok(), qPrintable(matrix.error()));
        DashboardView *dashboard = workspace.showDashboard();
        QVERIFY(dashboard);
        const QStringList keys{key(WorkspaceTab::ReaderKind, {a}), key(WorkspaceTab::CompareKind, {a, b}),
            key(WorkspaceTab::MatrixKind, m_chosen), key(WorkspaceTab::DashboardKind)};
        QCOMPARE(workspace.tabKeys(), keys);
        QCOMPARE(keys.at(1), u"compare:%1,%2"_s.arg(a).arg(b));
        QCOMPARE(keys.at(3), u"dashboard"_s);
        QCOMPARE(workspace.tabs().size(), 4);
        QCOMPARE(workspace.count(), 5);
        QCOMPARE(workspace.tab(keys.at(0)), static_cast<WorkspaceTab *>(reader));
        QCOMPARE(workspace.tab(keys.at(1)), static_cast<WorkspaceTab *>(compare.value()));
        QCOMPARE(workspace.tab(u"report:987654"_s), nullptr);

        // The reader and the dashboard are opened again where they are.
        QCOMPARE(workspace.openReport(a), reader);
        QCOMPARE(workspace.currentIndex(), 1);
        QCOMPARE(workspace.showDashboard(), dashboard);
        QCOMPARE(workspace.count(), 5);
        QVERIFY(!workspace.openReport(987654));
        QCOMPARE(workspace.count(), 5);

        // A compare is no reader, even of a report whose reader is open, but the panels follow its column.
        workspace.setCurrentWidget(compare.value());
        QCOMPARE(workspace.currentReader(), nullptr);
        QCOMPARE(workspace.activeReader(), compare.value()->column(0)->reader());
        workspace.setCurrentWidget(matrix.value());
        QCOMPARE(workspace.activeReader(), nullptr);
        workspace.setCurrentIndex(0);
        QCOMPARE(workspace.currentTab(), nullptr);
    }

    void theStartPageStaysAndTabsClose()
    {
        OpenWorkspace fixture(m_project, freshSettings());
        QVERIFY(fixture.opened);
        Workspace &workspace = fixture.workspace;
        workspace.setStartPage(new QLabel(u"start"_s), u"Start"_s);
        QVERIFY(!workspace.tabBar()->tabButton(0, QTabBar::RightSide));
        QVERIFY(workspace.openReport(m_chosen.at(0)));
        QVERIFY(workspace.openCompare({m_chosen.at(1), m_chosen.at(2)}).ok());
        QCOMPARE(workspace.count(), 3);

        Q_EMIT workspace.tabCloseRequested(0);
        QCOMPARE(workspace.count(), 3);
        Q_EMIT workspace.tabCloseRequested(1);
        QCOMPARE(workspace.tabKeys(), QStringList{key(WorkspaceTab::CompareKind, {m_chosen.at(1), m_chosen.at(2)})});
        // Its reader is gone for good: the report opens in a new one.
        ReaderPane *again = workspace.openReport(m_chosen.at(0));
        QVERIFY(again);
        QCOMPARE(workspace.count(), 3);

        workspace.closeAll();
        QCOMPARE(workspace.count(), 1);
        QVERIFY(workspace.tabs().isEmpty());
    }

    void tabsOfRemovedReportsComeBackInTheirOrder()
    {
        OpenWorkspace fixture(m_project, freshSettings());
        QVERIFY(fixture.opened);
        Workspace &workspace = fixture.workspace;
        const qint64 a = m_chosen.at(0);
        const qint64 b = m_chosen.at(1);
        const qint64 c = m_chosen.at(2);
        QVERIFY(workspace.openReport(a));
        QVERIFY(workspace.openReport(b));
        QVERIFY(workspace.openCompare({a, b}).ok());
        QVERIFY(workspace.openCompare({a, c}).ok());
        workspace.showDashboard();
        const QStringList before = workspace.tabKeys();

        workspace.closeTabsOf({b});
        QCOMPARE(workspace.tabKeys(),
            (QStringList{key(WorkspaceTab::ReaderKind, {a}), key(WorkspaceTab::CompareKind, {a, c}),
                key(WorkspaceTab::DashboardKind)}));
        // Other reports bring nothing back.
        QVERIFY(workspace.reopenTabsOf({c}).ok());
        QCOMPARE(workspace.tabKeys().size(), 3);
        QVERIFY(workspace.reopenTabsOf({b}).ok());
        QCOMPARE(
            workspace.tabKeys(), (QStringList{before.at(0), before.at(3), before.at(4), before.at(1), before.at(2)}));
        // Once back, they are not remembered as closed any more.
        QVERIFY(workspace.reopenTabsOf({b}).ok());
        QCOMPARE(workspace.tabKeys().size(), 5);
    }

    void restoringDropsTabsOfReportsThatAreGone()
    {
        OpenWorkspace fixture(m_project, freshSettings());
        QVERIFY(fixture.opened);
        Workspace &workspace = fixture.workspace;
        const qint64 a = m_chosen.at(0);
        const qint64 b = m_chosen.at(1);
        const QStringList kept{key(WorkspaceTab::ReaderKind, {b}), key(WorkspaceTab::MatrixKind, m_chosen),
            key(WorkspaceTab::CompareKind, {a, b}), key(WorkspaceTab::DashboardKind)};
        const auto restored = workspace.restoreTabs({kept.at(0), u"report:987654"_s, kept.at(1),
            u"compare:%1,987654"_s.arg(a), kept.at(2), u"matrix:%1"_s.arg(a), u"nonsense:1"_s, kept.at(3)});
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QCOMPARE(workspace.tabKeys(), kept);
    }

    void everyTabFollowsTheTextSizeOfTheSettings()
    {
        OpenWorkspace fixture(m_project, freshSettings());
        QVERIFY(fixture.opened);
        AppSettings &settings = fixture.settings;
        Workspace &workspace = fixture.workspace;
        settings.setTextSize(16);
        QVERIFY(workspace.openReport(m_chosen.at(0)));
        const auto compare = workspace.openCompare(m_chosen);
        QVERIFY(compare.ok());
        QVERIFY(workspace.openMatrix(m_chosen).ok());
        QCOMPARE(readerTextSizes(workspace), QList<int>(4, 16));

        settings.setTextSize(22);
        QCOMPARE(readerTextSizes(workspace), QList<int>(4, 22));
        for (int c = 0; c < compare.value()->columnCount(); ++c) {
            QCOMPARE(compare.value()->column(c)->reader()->font().pointSize(), 22);
        }
        // And the tabs opened from now on.
        QVERIFY(workspace.openReport(m_chosen.at(1)));
        QVERIFY(workspace.openCompare({m_chosen.at(0), m_chosen.at(1)}).ok());
        QCOMPARE(readerTextSizes(workspace), QList<int>(7, 22));
    }

    void theScriptReachesEveryTabAndIsKept()
    {
        OpenWorkspace fixture(m_project, freshSettings());
        QVERIFY(fixture.opened);
        AppSettings &settings = fixture.settings;
        Workspace &workspace = fixture.workspace;
        settings.setDisplayScript(DisplayScript::Simplified);
        ReaderPane *pane = workspace.openReport(m_chosen.at(0));
        QVERIFY(pane);
        const auto compare = workspace.openCompare({m_chosen.at(1), m_chosen.at(2)});
        QVERIFY(compare.ok());
        QCOMPARE(readerScripts(workspace), QList<DisplayScript>(3, DisplayScript::Simplified));
        QCOMPARE(pane->scriptSelector()->currentData().toInt(), int(DisplayScript::Simplified));

        // The reviewer shows one report otherwise; the workspace's choice covers it again.
        pane->setScript(DisplayScript::Original);
        workspace.setScript(DisplayScript::Simplified);
        QCOMPARE(readerScripts(workspace), QList<DisplayScript>(3, DisplayScript::Simplified));

        workspace.setScript(DisplayScript::Traditional);
        QCOMPARE(readerScripts(workspace), QList<DisplayScript>(3, DisplayScript::Traditional));
        QCOMPARE(pane->scriptSelector()->currentData().toInt(), int(DisplayScript::Traditional));
        QCOMPARE(settings.displayScript(), DisplayScript::Traditional);
        QVERIFY(workspace.openReport(m_chosen.at(1)));
        QCOMPARE(readerScripts(workspace), QList<DisplayScript>(4, DisplayScript::Traditional));
    }

    void openingAtAPassageSelectsIt()
    {
        OpenWorkspace fixture(m_project, freshSettings());
        QVERIFY(fixture.opened);
        Workspace &workspace = fixture.workspace;
        workspace.setStartPage(new QLabel(u"start"_s), u"Start"_s);
        QSignalSpy followed(&workspace, &Workspace::activeReaderChanged);
        ReaderPane *pane = workspace.openReaderAt(m_chosen.at(0), 30, 45);
        QVERIFY(pane);
        QCOMPARE(workspace.currentReader(), pane);
        QCOMPARE(pane->reader()->textCursor().selectionStart(), 30);
        QCOMPARE(pane->reader()->textCursor().selectionEnd(), 45);
        QVERIFY(followed.size() >= 1);
        // Again, elsewhere in the same tab.
        QCOMPARE(workspace.openReaderAt(m_chosen.at(0), 100, 120), pane);
        QCOMPARE(pane->reader()->textCursor().selectionStart(), 100);
        QCOMPARE(workspace.count(), 2);
        QVERIFY(!workspace.openReaderAt(987654, 0, 1));
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
