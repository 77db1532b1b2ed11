// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfigures.h"
#include "districthistory.h"
#include "workspacetab.h"

#include <QSet>
#include <QWidget>

class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QScrollArea;
class QTimer;

namespace Fazhi {

class CoverageHeatmap;
class ReviewSession;

/**
 * The dashboard tab: which districts are behind, and on what. A scope selector (year, parent
 * city, level) chooses the reports; the outline coverage heatmap, the proportions (sortable by
 * candour), an indicator across districts, the review results, the reviewer tags and one
 * district's year over year are drawn from DashboardFigures. The figures are computed on a
 * worker thread with a connection of its own and recomputed when reviewers change
 * annotations, decisions or reports. Clicking a heatmap cell, an indicator bar or a repeated
 * problem asks to open the reader there.
 */
class DashboardView final : public QWidget, public WorkspaceTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    explicit DashboardView(ReviewSession &session, QWidget *parent = nullptr);
    ~DashboardView() override;

    /** The reports compared now. */
    DashboardScope scope() const;
    void setScope(const DashboardScope &scope);
    /** The indicator compared, by id. */
    QString indicator() const;
    void setIndicator(const QString &id);
    /** The district whose years are compared, by region. */
    QString historyRegion() const;

    /** The figures on show (of the last finished computation). */
    const DashboardFigures &figures() const { return m_figures; }
    const DistrictHistory &history() const { return m_history; }
    /** Whether a computation is under way (the charts show older figures meanwhile). */
    bool isComputing() const { return m_computing; }

    CoverageHeatmap *heatmap() const { return m_heatmap; }
    // The charts, drawn now if they were waiting to be scrolled into sight.
    QChart *proportionsChart();
    QChart *indicatorChart();
    QChart *reviewChart();
    QChart *tagsChart();
    QChart *historyChart();

    /** Writes every chart (PNG, SVG) and its data (CSV) of the current scope into @p directory. */
    Result<QStringList> exportTo(const QString &directory);

    /** One dashboard per window: it follows the whole project, whatever the scope chosen in it. */
    QString tabKey() const override { return makeKey(DashboardKind); }
    QList<qint64> tabReports() const override { return {}; }

public Q_SLOTS:
    /** Recomputes the figures of the current scope (on a worker thread). */
    void refresh();

Q_SIGNALS:
    /** The reviewer asked to read report @p reportId at original offset @p offset. */
    void openReportRequested(qint64 reportId, int offset);
    /** New figures are on show. */
    void figuresUpdated();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Computed;
    enum class Chart { Proportions, Indicator, Review, Tags, History };
    QChartView *viewOf(Chart chart) const;
    /** The chart, built now if the figures changed since it was last built. */
    QChart *ensureChart(Chart chart);
    void buildVisibleCharts();
    void showRepeatedProblems();
    /** Lays the charts out in one column, or two when the tab is wide enough for their labels. */
    void arrangeCharts(int columns);
    void reloadScopeChoices();
    void scheduleRefresh();
    void apply(const Computed &computed);
    void showCharts();
    void showIndicator();
    void exportDialog();
    void onIndicatorBarClicked(int index);
    void onIndicatorBarHovered(bool status, int index);
    QString sentenceOf(const IndicatorPoint &point);
    static void replaceChart(QChartView *view, QChart *chart);

    ReviewSession &m_session;
    QComboBox *m_year = nullptr;
    QComboBox *m_city = nullptr;
    QComboBox *m_level = nullptr;
    QCheckBox *m_byCandour = nullptr;
    QComboBox *m_indicator = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_status = nullptr;
    CoverageHeatmap *m_heatmap = nullptr;
    QChartView *m_proportions = nullptr;
    QChartView *m_indicatorView = nullptr;
    QLabel *m_sentence = nullptr;
    QChartView *m_review = nullptr;
    QChartView *m_tags = nullptr;
    QChartView *m_historyView = nullptr;
    QListWidget *m_repeated = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QGridLayout *m_grid = nullptr;
    QScrollArea *m_scroll = nullptr;
    QSet<Chart> m_stale;
    QList<QWidget *> m_chartBoxes;
    int m_columns = 0;

    DashboardFigures m_figures;
    DistrictHistory m_history;
    QList<IndicatorPoint> m_indicatorBars;
    QHash<qint64, QString> m_reportTexts; // for the sentences behind indicator values
    quint64 m_generation = 0;
    bool m_computing = false;
    bool m_loadingChoices = false;
};

} // namespace Fazhi
