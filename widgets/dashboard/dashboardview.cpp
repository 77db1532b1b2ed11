// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardview.h"

#include "administrativelevel.h"
#include "coverageheatmap.h"
#include "dashboardcharts.h"
#include "dashboardrenderer.h"
#include "datatext.h"
#include "reviewsession.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Fazhi {

/** What a worker thread hands back: the figures of a scope and one district's history. */
struct DashboardView::Computed
{
    quint64 generation = 0;
    Result<DashboardFigures> figures = Error{QString()};
    Result<DistrictHistory> history = Error{QString()};
};

namespace {

constexpr int RepeatedRangeRole = Qt::UserRole;

int chartHeight(const QWidget *widget, qsizetype rows)
{
    const int line = widget->fontMetrics().height();
    return line * 10 + int(rows) * line * 2;
}

} // namespace

DashboardView::DashboardView(ReviewSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"dashboardView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 0);
    const auto addCombo = [&](const QString &label, const QString &name) {
        auto *caption = new QLabel(label, this);
        auto *combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        caption->setBuddy(combo);
        bar->addWidget(caption);
        bar->addWidget(combo);
        return combo;
    };
    m_year = addCombo(tr("&Year:"), u"year"_s);
    m_city = addCombo(tr("&City:"), u"city"_s);
    m_level = addCombo(tr("&Level:"), u"level"_s);
    m_byCandour = new QCheckBox(tr("Sort by &candour"), this);
    m_byCandour->setObjectName(u"byCandour"_s);
    m_byCandour->setToolTip(tr("Most candid first: the largest share of problems and causes"));
    m_byCandour->setChecked(true);
    bar->addWidget(m_byCandour);
    bar->addStretch(1);
    m_status = new QLabel(this);
    bar->addWidget(m_status);
    auto *exportButton = new QPushButton(tr("&Export Charts…"), this);
    exportButton->setObjectName(u"export"_s);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(m_scroll);
    m_grid = new QGridLayout(content);
    m_grid->setContentsMargins(8, 8, 8, 8);
    m_grid->setSpacing(10);
    m_heatmap = new CoverageHeatmap(content);
    m_heatmap->setObjectName(u"heatmap"_s);

    const auto chartView = [content](const QString &name) {
        auto *view = new QChartView(content);
        view->setObjectName(name);
        view->setRenderHint(QPainter::Antialiasing);
        view->setFrameShape(QFrame::NoFrame);
        return view;
    };
    m_proportions = chartView(u"proportions"_s);

    // A chart with its own chooser above it: the indicator compared, the district over the years.
    const auto chooserBox = [&](const QString &caption, const QString &comboName, QComboBox *&combo,
                                const QString &chartName, QChartView *&view) {
        auto *box = new QWidget(content);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        auto *chooser = new QHBoxLayout;
        auto *label = new QLabel(caption, box);
        combo = new QComboBox(box);
        combo->setObjectName(comboName);
        label->setBuddy(combo);
        chooser->addWidget(label);
        chooser->addWidget(combo, 1);
        boxLayout->addLayout(chooser);
        view = chartView(chartName);
        boxLayout->addWidget(view, 1);
        return box;
    };
    QWidget *indicatorBox
        = chooserBox(tr("&Indicator:"), u"indicator"_s, m_indicator, u"indicatorChart"_s, m_indicatorView);
    m_sentence = new QLabel(indicatorBox);
    m_sentence->setObjectName(u"sentence"_s);
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sentence->setText(tr("Point at a bar to read the sentence behind its value; click it to open the report there."));
    indicatorBox->layout()->addWidget(m_sentence);

    m_review = chartView(u"reviewChart"_s);
    m_tags = chartView(u"tagsChart"_s);

    QWidget *historyBox
        = chooserBox(tr("&District over the years:"), u"region"_s, m_region, u"historyChart"_s, m_historyView);
    auto *repeatedBox = new QWidget(content);
    auto *repeatedLayout = new QVBoxLayout(repeatedBox);
    repeatedLayout->setContentsMargins(0, 0, 0, 0);
    repeatedLayout->addWidget(new QLabel(tr("Problems already listed the year before:"), repeatedBox));
    m_repeated = new QListWidget(repeatedBox);
    m_repeated->setObjectName(u"repeated"_s);
    m_repeated->setWordWrap(true);
    repeatedLayout->addWidget(m_repeated, 1);
    m_chartBoxes = {m_proportions, indicatorBox, m_review, m_tags, historyBox, repeatedBox};
    arrangeCharts(1);
    m_scroll->setWidget(content);
    layout->addWidget(m_scroll, 1);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &DashboardView::buildVisibleCharts);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150); // one recomputation for a burst of changes (undo of a merge…)
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardView::refresh);

    for (QComboBox *combo : {m_year, m_city, m_level, m_region}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loadingChoices) {
                scheduleRefresh();
            }
        });
    }
    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loadingChoices) {
            showIndicator();
        }
    });
    connect(m_byCandour, &QCheckBox::toggled, this, [this] {
        m_stale.insert(Chart::Proportions);
        buildVisibleCharts();
    });
    connect(exportButton, &QPushButton::clicked, this, &DashboardView::exportDialog);
    connect(m_heatmap, &CoverageHeatmap::openReportRequested, this, &DashboardView::openReportRequested);
    connect(m_repeated, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QList<QVariant> target = item->data(RepeatedRangeRole).toList();
        Q_EMIT openReportRequested(target.value(0).toLongLong(), target.value(1).toInt());
    });

    connect(&m_session, &ReviewSession::annotationsChanged, this, &DashboardView::scheduleRefresh);
    connect(&m_session, &ReviewSession::decisionsChanged, this, &DashboardView::scheduleRefresh);
    connect(&m_session, &ReviewSession::tagsChanged, this, &DashboardView::scheduleRefresh);
    connect(&m_session, &ReviewSession::reportsChanged, this, [this] {
        reloadScopeChoices();
        scheduleRefresh();
    });
    connect(&m_session, &ReviewSession::opened, this, [this] {
        reloadScopeChoices();
        refresh();
    });

    reloadScopeChoices();
    refresh();
}

DashboardView::~DashboardView() = default;

void DashboardView::arrangeCharts(int columns)
{
    if (columns == m_columns) {
        return;
    }
    m_columns = columns;
    m_grid->removeWidget(m_heatmap);
    for (QWidget *box : std::as_const(m_chartBoxes)) {
        m_grid->removeWidget(box);
    }
    m_grid->addWidget(m_heatmap, 0, 0, 1, columns);
    for (int i = 0; i < m_chartBoxes.size(); ++i) {
        // At the top of their cell: charts of different heights share a row.
        m_grid->addWidget(m_chartBoxes.at(i), 1 + i / columns, i % columns, Qt::AlignTop);
    }
    for (int c = 0; c < 2; ++c) {
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    }
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Qt Charts cut axis labels that do not fit: district names need a chart of about 70 characters' width.
    arrangeCharts(width() >= fontMetrics().averageCharWidth() * 150 ? 2 : 1);
    buildVisibleCharts();
}

void DashboardView::reloadScopeChoices()
{
    m_loadingChoices = true;
    const DashboardScope current = scope();
    const QString region = historyRegion();
    const QList<ReportSummary> reports
        = m_session.store() ? m_session.read(m_session.store()->reports()) : QList<ReportSummary>();
    m_year->clear();
    for (const int year : DashboardScope::years(reports)) {
        m_year->addItem(QString::number(year), year);
    }
    m_year->addItem(tr("All years"), 0);
    m_city->clear();
    m_city->addItem(tr("All cities"), QString());
    for (const QString &city : DashboardScope::cities(reports)) {
        m_city->addItem(DataText::show(city), city);
    }
    m_level->clear();
    m_level->addItem(tr("All levels"), QString());
    for (const QString &level : DashboardScope::levels(reports)) {
        m_level->addItem(AdministrativeLevel::name(level), level);
    }
    // Districts with several years first: those are the ones worth comparing over time.
    m_region->clear();
    const QStringList withHistory = DistrictHistory::regionsWithHistory(reports);
    for (const QString &name : withHistory) {
        m_region->addItem(DataText::show(name), name);
    }
    QStringList others;
    for (const ReportSummary &report : reports) {
        if (!report.region.isEmpty() && !withHistory.contains(report.region) && !others.contains(report.region)) {
            others.append(report.region);
        }
    }
    others.sort();
    for (const QString &name : std::as_const(others)) {
        m_region->addItem(tr("%1 (one year)").arg(DataText::show(name)), name);
    }
    if (m_year->findData(current.year) >= 0 && current.year != 0) {
        m_year->setCurrentIndex(m_year->findData(current.year));
    }
    m_city->setCurrentIndex(std::max(0, m_city->findData(current.city)));
    m_level->setCurrentIndex(std::max(0, m_level->findData(current.level)));
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
    m_loadingChoices = false;
}

DashboardScope DashboardView::scope() const
{
    return {m_year->currentData().toInt(), m_city->currentData().toString(), m_level->currentData().toString()};
}

void DashboardView::setScope(const DashboardScope &scope)
{
    m_loadingChoices = true;
    m_year->setCurrentIndex(std::max(0, m_year->findData(scope.year)));
    m_city->setCurrentIndex(std::max(0, m_city->findData(scope.city)));
    m_level->setCurrentIndex(std::max(0, m_level->findData(scope.level)));
    m_loadingChoices = false;
    refresh();
}

QString DashboardView::indicator() const
{
    return m_indicator->currentData().toString();
}

void DashboardView::setIndicator(const QString &id)
{
    if (const int index = m_indicator->findData(id); index >= 0) {
        m_indicator->setCurrentIndex(index);
    }
}

QString DashboardView::historyRegion() const
{
    return m_region->currentData().toString();
}

QChart *DashboardView::proportionsChart()
{
    return ensureChart(Chart::Proportions);
}

QChart *DashboardView::indicatorChart()
{
    return ensureChart(Chart::Indicator);
}

QChart *DashboardView::reviewChart()
{
    return ensureChart(Chart::Review);
}

QChart *DashboardView::tagsChart()
{
    return ensureChart(Chart::Tags);
}

QChart *DashboardView::historyChart()
{
    return ensureChart(Chart::History);
}

void DashboardView::scheduleRefresh()
{
    m_refreshTimer->start();
}

void DashboardView::refresh()
{
    m_refreshTimer->stop();
    if (!m_session.store()) {
        return;
    }
    // A worker reads the project on its own connection: the figures of 500 reports take a
    // moment, and the reviewer keeps reading meanwhile.
    const quint64 generation = ++m_generation;
    const QString path = m_session.path();
    const DashboardScope chosen = scope();
    const QString region = historyRegion();
    m_computing = true;
    m_status->setText(tr("Computing…"));
    auto *watcher = new QFutureWatcher<Computed>(this);
    connect(watcher, &QFutureWatcher<Computed>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Computed computed = watcher->result();
        if (computed.generation == m_generation) {
            apply(computed);
        }
    });
    watcher->setFuture(QtConcurrent::run([path, chosen, region, generation] {
        Computed computed;
        computed.generation = generation;
        auto store = ReviewStore::open(path, ReviewStore::Access::ReadOnly, ReviewStore::Check::Deferred);
        if (!store) {
            computed.figures = store.failure();
            return computed;
        }
        computed.figures = DashboardFigures::compute(*store.value(), chosen);
        computed.history = DistrictHistory::build(*store.value(), region);
        return computed;
    }));
}

void DashboardView::apply(const Computed &computed)
{
    m_computing = false;
    if (!computed.figures) {
        m_status->setText(computed.figures.error());
        return;
    }
    m_figures = computed.figures.value();
    m_history = computed.history ? computed.history.value() : DistrictHistory();
    m_reportTexts.clear();
    m_status->setText(tr("%n report(s)", nullptr, int(m_figures.districts().size())));

    m_loadingChoices = true;
    const QString chosen = indicator();
    m_indicator->clear();
    // The indicator most districts report first: that is the comparison worth making.
    QList<DashboardFigures::IndicatorInfo> infos = m_figures.indicators();
    QHash<QString, int> reporting;
    for (const DistrictFigures &district : m_figures.districts()) {
        for (const IndicatorValue &value : district.indicators) {
            ++reporting[value.id];
        }
    }
    std::stable_sort(infos.begin(), infos.end(),
        [&reporting](const auto &a, const auto &b) { return reporting.value(a.id) > reporting.value(b.id); });
    for (const DashboardFigures::IndicatorInfo &info : std::as_const(infos)) {
        m_indicator->addItem(tr("%1 (%n district(s))", nullptr, reporting.value(info.id)).arg(info.name), info.id);
    }
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(chosen)));
    m_loadingChoices = false;

    m_heatmap->setFigures(m_figures);
    showCharts();
    Q_EMIT figuresUpdated();
}

void DashboardView::replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old; // the view gives the old chart back rather than deleting it
}

void DashboardView::showCharts()
{
    // The heights depend on the figures alone, so the layout is final before any chart exists;
    // fixed, because a chart view asks for more than its rows need and would take every spare pixel.
    const qsizetype rows = m_figures.districts().size();
    for (QChartView *view : {m_proportions, m_indicatorView, m_review}) {
        view->setFixedHeight(chartHeight(this, rows));
    }
    // The tags' legend is a column beside the bars: it needs a line per tag.
    m_tags->setFixedHeight(chartHeight(this, std::max(rows, m_figures.tags().size())));
    // Fewer rows leave the scale and its title no height: Qt Charts cut them to "…".
    m_historyView->setFixedHeight(chartHeight(this, std::max<qsizetype>(4, m_history.years().size())));
    m_stale = {Chart::Proportions, Chart::Indicator, Chart::Review, Chart::Tags, Chart::History};
    showRepeatedProblems();
    buildVisibleCharts();
}

void DashboardView::showIndicator()
{
    m_stale.insert(Chart::Indicator);
    buildVisibleCharts();
}

QChartView *DashboardView::viewOf(Chart chart) const
{
    switch (chart) {
    case Chart::Proportions:
        return m_proportions;
    case Chart::Indicator:
        return m_indicatorView;
    case Chart::Review:
        return m_review;
    case Chart::Tags:
        return m_tags;
    case Chart::History:
        break;
    }
    return m_historyView;
}

void DashboardView::buildVisibleCharts()
{
    // With hundreds of districts a chart takes a tenth of a second to lay out: only those in
    // sight are drawn now, the others when they are scrolled to.
    if (m_stale.isEmpty()) {
        return;
    }
    m_scroll->widget()->layout()->activate();
    const QRect viewport = m_scroll->viewport()->rect();
    for (const Chart chart : m_stale.values()) {
        QChartView *view = viewOf(chart);
        const QRect shown(view->mapTo(m_scroll->viewport(), QPoint(0, 0)), view->size());
        if (shown.intersects(viewport)) {
            ensureChart(chart);
        }
    }
}

QChart *DashboardView::ensureChart(Chart which)
{
    QChartView *view = viewOf(which);
    if (!m_stale.remove(which)) {
        return view->chart();
    }
    QChart *chart = nullptr;
    switch (which) {
    case Chart::Proportions:
        chart = DashboardCharts::proportions(m_figures, m_byCandour->isChecked(), palette());
        break;
    case Chart::Indicator: {
        const QString id = indicator();
        m_indicatorBars = DashboardCharts::indicatorOrder(m_figures, id);
        chart = DashboardCharts::indicator(m_figures, id, palette());
        const QList<QAbstractSeries *> series = chart->series();
        if (auto *bars = series.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(series.first())) {
            connect(bars, &QAbstractBarSeries::clicked, this, [this](int index) { onIndicatorBarClicked(index); });
            connect(bars, &QAbstractBarSeries::hovered, this,
                [this](bool status, int index) { onIndicatorBarHovered(status, index); });
        }
        break;
    }
    case Chart::Review:
        chart = DashboardCharts::review(m_figures, palette());
        break;
    case Chart::Tags:
        chart = DashboardCharts::tags(m_figures, palette());
        break;
    case Chart::History:
        chart = DashboardCharts::history(m_history, palette());
        break;
    }
    replaceChart(view, chart);
    return chart;
}

void DashboardView::showRepeatedProblems()
{
    m_repeated->clear();
    for (const RepeatedProblem &repeat : m_history.repeatedProblems()) {
        auto *item = new QListWidgetItem(u"%1  %2"_s.arg(repeat.year).arg(repeat.text), m_repeated);
        item->setData(RepeatedRangeRole, QList<QVariant>{repeat.reportId, repeat.range.start});
        item->setToolTip(tr("Double-click to read it in the %1 report").arg(repeat.year));
    }
    if (m_repeated->count() == 0) {
        m_repeated->addItem(m_history.years().size() < 2 ? tr("Only one year of this district is in the project.")
                                                         : tr("No problem repeats last year's wording."));
        m_repeated->item(0)->setFlags(Qt::NoItemFlags);
    }
}

QString DashboardView::sentenceOf(const IndicatorPoint &point)
{
    if (!point.value || !m_session.store()) {
        return {};
    }
    if (!m_reportTexts.contains(point.reportId)) {
        const auto document = m_session.store()->report(point.reportId);
        m_reportTexts.insert(point.reportId, document ? document.value().text : QString());
    }
    const TextRange sentence = point.value->sentence;
    return m_reportTexts.value(point.reportId).mid(sentence.start, sentence.length());
}

void DashboardView::onIndicatorBarHovered(bool status, int index)
{
    if (!status || index < 0 || index >= m_indicatorBars.size()) {
        return;
    }
    const IndicatorPoint &point = m_indicatorBars.at(index);
    const QString text = u"%1：%2"_s.arg(point.label, sentenceOf(point));
    m_sentence->setText(text);
    QToolTip::showText(QCursor::pos(), text, m_indicatorView);
}

void DashboardView::onIndicatorBarClicked(int index)
{
    if (index >= 0 && index < m_indicatorBars.size()) {
        const IndicatorPoint &point = m_indicatorBars.at(index);
        Q_EMIT openReportRequested(point.reportId, point.value->sentence.start);
    }
}

Result<QStringList> DashboardView::exportTo(const QString &directory)
{
    if (!m_session.store()) {
        return Error{tr("No project is open.")};
    }
    return DashboardRenderer::exportTo(*m_session.store(), scope(), directory);
}

void DashboardView::exportDialog()
{
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Export Charts To"));
    if (directory.isEmpty()) {
        return;
    }
    const auto written = exportTo(directory);
    if (!written) {
        QMessageBox::warning(this, tr("Export Charts"), written.error());
        return;
    }
    m_status->setText(tr("%n file(s) written", nullptr, int(written.value().size())));
}

} // namespace Fazhi
