// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "appsettings.h"
#include "comparecolumn.h"
#include "compareview.h"
#include "dashboardview.h"
#include "outlinematrixview.h"
#include "readerpane.h"
#include "reviewsession.h"
#include "workspacetab.h"

#include <algorithm>

#include <QSignalBlocker>
#include <QTabBar>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

bool showsAnyOf(const QList<qint64> &shown, const QList<qint64> &reportIds)
{
    return std::any_of(shown.cbegin(), shown.cend(), [&reportIds](qint64 id) { return reportIds.contains(id); });
}

} // namespace

Workspace::Workspace(ReviewSession &session, AppSettings &settings, QWidget *parent)
    : QTabWidget(parent)
    , m_session(session)
    , m_settings(settings)
{
    setObjectName(u"workspace"_s);
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    connect(this, &QTabWidget::currentChanged, this, &Workspace::activeReaderChanged);
    connect(this, &QTabWidget::tabCloseRequested, this, &Workspace::onTabCloseRequested);
    connect(&m_settings, &AppSettings::textSizeChanged, this, [this](int points) {
        for (WorkspaceTab *tab : tabs()) {
            tab->setTextSize(points);
        }
    });
}

Workspace::~Workspace()
{
    // The tabs go first, while the workspace is whole, and nobody is to hear of it as of a change of tab.
    const QSignalBlocker quiet(this);
    qDeleteAll(tabs());
}

void Workspace::setScript(DisplayScript script)
{
    m_settings.setDisplayScript(script);
    for (WorkspaceTab *tab : tabs()) {
        tab->setScript(script);
    }
}

void Workspace::setStartPage(QWidget *page, const QString &title)
{
    insertTab(0, page, title);
    tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
}

WorkspaceTab *Workspace::tabOf(QWidget *widget)
{
    return dynamic_cast<WorkspaceTab *>(widget);
}

template<typename Tab> Tab *Workspace::add(Tab *tab, const QString &title, const QString &toolTip)
{
    const int index = addTab(tab, title);
    setTabToolTip(index, toolTip);
    setCurrentIndex(index);
    return tab;
}

void Workspace::applyLook(WorkspaceTab &tab) const
{
    tab.setScript(m_settings.displayScript());
    tab.setTextSize(m_settings.textSize());
}

ReaderPane *Workspace::openReport(qint64 reportId)
{
    if (ReaderPane *open = m_readers.value(reportId).data()) {
        setCurrentWidget(open);
        return open;
    }
    if (!m_session.store()) {
        return nullptr;
    }
    const auto document = m_session.store()->report(reportId);
    if (!document) {
        return nullptr; // gone from the project (a restored tab of a report since removed)
    }
    auto *pane = new ReaderPane(m_session, this);
    applyLook(*pane); // before the text is shown, so that it is shown once
    pane->setReport(reportId);
    m_readers.insert(reportId, pane);
    connect(pane->reader(), &ReaderView::annotationSelected, this, &Workspace::annotationSelected);
    const ReportDocument &report = document.value();
    QString title = report.metadataValue(MetadataKey::Region);
    const QString year = report.metadataValue(MetadataKey::Year);
    title = title.isEmpty() ? report.fileName : (year.isEmpty() ? title : u"%1 %2"_s.arg(title, year));
    return add(pane, title, report.metadataValue(MetadataKey::Title));
}

ReaderPane *Workspace::openReaderAt(qint64 reportId, int start, int end, Focus focus)
{
    ReaderPane *pane = openReport(reportId);
    if (pane) {
        pane->reader()->showRange(start, end);
        if (focus == Focus::Reader) {
            pane->reader()->setFocus();
        }
    }
    return pane;
}

Result<CompareView *> Workspace::openCompare(const QList<qint64> &reportIds)
{
    auto *view = new CompareView(m_session, this);
    if (const auto shown = view->setReports(reportIds); !shown) {
        delete view;
        return shown.failure();
    }
    applyLook(*view);
    connect(view, &CompareView::currentReportChanged, this, [this, view] {
        if (currentWidget() == view) {
            Q_EMIT activeReaderChanged(); // the panels follow the column being read
        }
    });
    for (int c = 0; c < view->columnCount(); ++c) {
        connect(view->column(c)->reader(), &ReaderView::annotationSelected, this, &Workspace::annotationSelected);
    }
    return add(view, tr("Compare: %1").arg(view->title()), view->title());
}

Result<OutlineMatrixView *> Workspace::openMatrix(const QList<qint64> &reportIds)
{
    auto *view = new OutlineMatrixView(m_session, this);
    // One report is no comparison: then the matrix shows the newest year.
    const auto newestYear = [this] {
        const QList<int> years = m_session.store() ? m_session.read(m_session.store()->years()) : QList<int>();
        return years.isEmpty() ? 0 : years.constFirst();
    };
    const auto shown = reportIds.size() > 1 ? view->showReports(reportIds) : view->showYear(newestYear());
    if (!shown) {
        delete view;
        return shown.failure();
    }
    applyLook(*view);
    connect(view, &OutlineMatrixView::openRequested, this,
        [this](qint64 reportId, int start, int end) { openReaderAt(reportId, start, end, Focus::Reader); });
    return add(view, view->title());
}

DashboardView *Workspace::showDashboard()
{
    if (m_dashboard) {
        setCurrentWidget(m_dashboard);
        return m_dashboard;
    }
    m_dashboard = new DashboardView(m_session, this);
    applyLook(*m_dashboard);
    connect(m_dashboard, &DashboardView::openReportRequested, this,
        [this](qint64 reportId, int offset) { openReaderAt(reportId, offset, offset, Focus::Reader); });
    return add(m_dashboard.data(), tr("Dashboard"));
}

QList<WorkspaceTab *> Workspace::tabs() const
{
    QList<WorkspaceTab *> all;
    for (int i = 0; i < count(); ++i) {
        if (WorkspaceTab *tab = tabOf(widget(i))) {
            all.append(tab);
        }
    }
    return all;
}

WorkspaceTab *Workspace::tab(const QString &key) const
{
    const QList<WorkspaceTab *> all = tabs();
    const auto found
        = std::find_if(all.cbegin(), all.cend(), [&key](WorkspaceTab *tab) { return tab->tabKey() == key; });
    return found == all.cend() ? nullptr : *found;
}

WorkspaceTab *Workspace::currentTab() const
{
    return tabOf(currentWidget());
}

ReaderPane *Workspace::currentReader() const
{
    const WorkspaceTab *current = currentTab();
    // A compare of a report whose reader is open as well is no reader.
    ReaderPane *pane = current ? m_readers.value(current->tabReports().value(0)).data() : nullptr;
    return pane == currentWidget() ? pane : nullptr;
}

ReaderView *Workspace::activeReader() const
{
    const WorkspaceTab *current = currentTab();
    return current ? current->activeReader() : nullptr;
}

QStringList Workspace::tabKeys() const
{
    QStringList keys;
    for (const WorkspaceTab *tab : tabs()) {
        keys.append(tab->tabKey());
    }
    return keys;
}

bool Workspace::reportsExist(const QList<qint64> &reportIds) const
{
    return std::all_of(reportIds.cbegin(), reportIds.cend(), [this](qint64 id) {
        return m_session.store() && !m_session.read(m_session.store()->reviewStatus(id)).isEmpty();
    });
}

Result<Done> Workspace::restoreTabs(const QStringList &keys)
{
    QStringList failures;
    const auto tell = [&failures](const auto &opened) {
        if (!opened) {
            failures.append(opened.error());
        }
    };
    for (const QString &key : keys) {
        const QString kind = WorkspaceTab::keyKind(key);
        const QList<qint64> ids = WorkspaceTab::keyReports(key);
        if (kind == WorkspaceTab::ReaderKind && ids.size() == 1) {
            openReport(ids.first());
        } else if (kind == WorkspaceTab::CompareKind && ids.size() >= CompareView::MinColumns
            && ids.size() <= CompareView::MaxColumns && reportsExist(ids)) {
            tell(openCompare(ids));
        } else if (kind == WorkspaceTab::MatrixKind && ids.size() > 1 && reportsExist(ids)) {
            tell(openMatrix(ids));
        } else if (kind == WorkspaceTab::DashboardKind) {
            showDashboard();
        }
    }
    if (!failures.isEmpty()) {
        return Error{failures.join(u'\n')};
    }
    return Done{};
}

void Workspace::closeTab(WorkspaceTab *tab)
{
    delete tab;
}

void Workspace::onTabCloseRequested(int index)
{
    closeTab(tabOf(widget(index))); // null for the start page, which stays
}

void Workspace::closeAll()
{
    qDeleteAll(tabs());
    m_closedTabs.clear();
}

void Workspace::closeTabsOf(const QList<qint64> &reportIds)
{
    // A reader, compare or matrix of a report that left the project shows what is gone; it
    // comes back if the report does (undo). The dashboard follows the project by itself.
    const QList<WorkspaceTab *> all = tabs();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (showsAnyOf((*it)->tabReports(), reportIds)) {
            m_closedTabs.append((*it)->tabKey());
            closeTab(*it);
        }
    }
}

Result<Done> Workspace::reopenTabsOf(const QList<qint64> &reportIds)
{
    QStringList back;
    for (auto it = m_closedTabs.begin(); it != m_closedTabs.end();) {
        if (showsAnyOf(WorkspaceTab::keyReports(*it), reportIds)) {
            back.prepend(*it); // closed last first
            it = m_closedTabs.erase(it);
        } else {
            ++it;
        }
    }
    return restoreTabs(back);
}

} // namespace Fazhi
