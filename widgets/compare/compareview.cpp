// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareview.h"

#include "boilerplatereport.h"
#include "categorypalette.h"
#include "comparecolumn.h"
#include "outlinebar.h"
#include "reviewsession.h"
#include "reviewstore.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

enum ListColumn { ReportsColumn, LengthColumn, TextColumn };
constexpr int PassageRole = Qt::UserRole;

/** Copied wording: a color no tag or category uses, readable on light and dark. */
QColor copiedColor(const QPalette &palette)
{
    return CategoryPalette::isDark(palette) ? QColor(0xff, 0x6f, 0xa8) : QColor(0xc2, 0x18, 0x5b);
}

/** Where in its outline row a column's text is: which row, and how far into its text (0–1). */
struct OutlinePosition
{
    int row = -1;
    double fraction = 0;
};

OutlinePosition positionOf(const OutlineMatrix &matrix, int column, int offset)
{
    for (int row = 0; row < matrix.rows().size(); ++row) {
        if (matrix.rows().at(row).theme) {
            continue;
        }
        const QList<TextRange> ranges = matrix.cell(row, column).ranges;
        int total = 0;
        for (const TextRange &range : ranges) {
            total += range.length();
        }
        int before = 0;
        for (const TextRange &range : ranges) {
            if (range.start <= offset && offset < range.end) {
                return {row, total > 0 ? double(before + offset - range.start) / total : 0};
            }
            before += range.length();
        }
    }
    return {};
}

/** The offset at @p fraction of a row's text in one column, or -1 when that report has none. */
int offsetAt(const QList<TextRange> &ranges, double fraction)
{
    int total = 0;
    for (const TextRange &range : ranges) {
        total += range.length();
    }
    int wanted = int(fraction * total);
    for (const TextRange &range : ranges) {
        if (wanted < range.length()) {
            return range.start + wanted;
        }
        wanted -= range.length();
    }
    return ranges.isEmpty() ? -1 : ranges.last().start;
}

} // namespace

CompareView::CompareView(ReviewSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_bar(new OutlineBar(this))
    , m_sync(new QCheckBox(tr("Scroll together"), this))
    , m_showSetPhrases(new QCheckBox(tr("Show set phrases"), this))
    , m_status(new QLabel(this))
    , m_columnsSplitter(new QSplitter(Qt::Horizontal, this))
    , m_list(new QTreeWidget(this))
{
    m_sync->setToolTip(tr("When one report scrolls, show the others at the same place of the outline"));
    m_showSetPhrases->setToolTip(
        tr("Also underline wording that many reports of the year share (the genre's set phrases)"));
    m_list->setHeaderLabels({tr("Reports"), tr("Letters"), tr("Shared wording")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(true);
    m_columnsSplitter->setChildrenCollapsible(false);

    // The outline row scrolls sideways when the tab is narrow rather than widening it: a
    // compare tab must not keep the docks beside it from their own width.
    auto *topRow = new QWidget(this);
    auto *top = new QHBoxLayout(topRow);
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_bar, 1);
    top->addWidget(m_sync);
    top->addWidget(m_showSetPhrases);
    auto *topScroll = new QScrollArea(this);
    topScroll->setWidget(topRow);
    topScroll->setWidgetResizable(true);
    topScroll->setFrameShape(QFrame::NoFrame);
    topScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    topScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    topScroll->setFixedHeight(topRow->sizeHint().height() + topScroll->horizontalScrollBar()->sizeHint().height());
    m_status->setWordWrap(true);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_status);
    lowerLayout->addWidget(m_list, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_columnsSplitter);
    split->addWidget(lower);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(topScroll);
    layout->addWidget(split, 1);

    connect(m_bar, &OutlineBar::rowChosen, this, &CompareView::showRow);
    connect(m_showSetPhrases, &QCheckBox::toggled, this, [this] {
        applyMarks();
        fillList();
    });
    connect(m_list, &QTreeWidget::itemActivated, this, &CompareView::onPassageActivated);
    connect(m_list, &QTreeWidget::itemClicked, this, &CompareView::onPassageActivated);
    connect(&m_session, &ReviewSession::closed, this, &CompareView::stopWorkers);
    // A passage tagged 原因 gives the report its causes; an overrule moves a paragraph.
    connect(&m_session, &ReviewSession::annotationsChanged, this, &CompareView::onMarksChanged);
    connect(&m_session, &ReviewSession::decisionsChanged, this, &CompareView::onMarksChanged);
}

void CompareView::onMarksChanged(qint64 reportId)
{
    ReviewStore *store = m_session.store();
    if (!m_matrix || !store) {
        return;
    }
    QList<qint64> ids;
    for (const ReportSummary &summary : m_matrix->reports()) {
        ids.append(summary.id);
    }
    if (reportId != 0 && !ids.contains(reportId)) {
        return;
    }
    auto rebuilt = OutlineMatrix::build(*store, ids);
    if (!rebuilt) {
        return; // the report went away: the tab is being closed
    }
    m_matrix = std::move(rebuilt.value());
    const int row = m_shownRow.isEmpty() ? -1 : m_matrix->rowOf(m_shownRow);
    for (int i = 0; row >= 0 && i < m_columns.size(); ++i) {
        m_columns.at(i)->updateMissing(m_matrix->rows().at(row).name, m_matrix->cell(row, i).missing());
    }
}

CompareView::~CompareView()
{
    stopWorkers();
}

void CompareView::stopWorkers()
{
    if (m_cancel) {
        *m_cancel = true;
    }
    for (QFuture<void> &worker : m_workers) {
        worker.waitForFinished();
    }
    m_workers.clear();
}

Result<Done> CompareView::setReports(const QList<qint64> &reportIds)
{
    if (reportIds.size() < MinColumns || reportIds.size() > MaxColumns) {
        return Error{tr("Choose 2 to 4 reports to compare.")};
    }
    ReviewStore *store = m_session.store();
    if (!store) {
        return Error{tr("No project is open.")};
    }
    auto matrix = OutlineMatrix::build(*store, reportIds);
    if (!matrix) {
        return matrix.failure();
    }
    QList<ReportDocument> documents;
    for (const qint64 id : reportIds) {
        auto document = store->report(id);
        if (!document) {
            return document.failure();
        }
        documents.append(document.value());
    }
    stopWorkers();
    m_matrix = std::move(matrix.value());
    m_bar->setRows(m_matrix->rows());

    while (m_columns.size() > reportIds.size()) {
        delete m_columns.takeLast();
    }
    while (m_columns.size() < reportIds.size()) {
        auto *column = new CompareColumn(m_session, m_columnsSplitter);
        const int index = int(m_columns.size());
        connect(column->reader()->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this, index] { onColumnScrolled(index); });
        column->reader()->installEventFilter(this);
        m_columnsSplitter->addWidget(column);
        m_columns.append(column);
    }
    for (int i = 0; i < reportIds.size(); ++i) {
        const ReportSummary &summary = m_matrix->reports().at(i);
        m_columns.at(i)->setReport(reportIds.at(i), m_matrix->columnTitle(i) + u" · "_s + summary.title);
    }
    m_columnsSplitter->setSizes(QList<int>(reportIds.size(), 1000));
    setCurrentColumn(0);

    int year = m_matrix->reports().constFirst().year;
    for (const ReportSummary &summary : m_matrix->reports()) {
        if (summary.year != year) {
            year = 0; // set phrases are a year's; across years, the whole project's
        }
    }
    m_passages.clear();
    m_setPhrasesApplied = false;
    fillList();
    findWording(documents, year);
    return Done{};
}

QList<qint64> CompareView::reports() const
{
    QList<qint64> ids;
    for (const CompareColumn *column : m_columns) {
        ids.append(column->reportId());
    }
    return ids;
}

QString CompareView::title() const
{
    QStringList names;
    for (int i = 0; m_matrix && i < m_matrix->reports().size(); ++i) {
        names.append(m_matrix->columnTitle(i));
    }
    return names.join(u" ↔ "_s);
}

void CompareView::setSynchronizedScrolling(bool on)
{
    m_sync->setChecked(on);
}

bool CompareView::synchronizedScrolling() const
{
    return m_sync->isChecked();
}

void CompareView::findWording(const QList<ReportDocument> &documents, int year)
{
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_status->setText(tr("Looking for shared wording…"));
    const auto deliver = [this](Found found) {
        QMetaObject::invokeMethod(this, [this, found] { onFound(found); }, Qt::QueuedConnection);
    };
    // The set phrases take a pass over the year's reports: the copies are shown before it ends.
    m_workers.append(QtConcurrent::run(
        &m_workerThreads, [documents, year, generation, deliver, cancel = m_cancel, path = m_session.path()] {
            deliver({generation, ComparedWording::find(documents), false});
            BoilerplateReport::Options options;
            options.year = year;
            const auto setPhrases = BoilerplateReport::build(path, options, {}, cancel.get());
            if (!setPhrases || *cancel) {
                return;
            }
            const BoilerplateReport &report = setPhrases.value();
            deliver({generation, ComparedWording::find(documents, report.index().get(), report.threshold()), true});
        }));
}

void CompareView::onFound(const Found &found)
{
    if (found.generation != m_generation) {
        return; // a result for reports no longer shown
    }
    m_passages = found.passages;
    m_setPhrasesApplied = found.setPhrases;
    applyMarks();
    fillList();
    updateStatus();
    if (found.setPhrases) {
        Q_EMIT setPhrasesReady();
    } else {
        Q_EMIT wordingReady();
    }
}

void CompareView::applyMarks()
{
    QList<QList<ReaderView::Mark>> marks(m_columns.size());
    const QColor copied = copiedColor(palette());
    const QColor muted = palette().color(QPalette::PlaceholderText);
    const bool showSetPhrases = m_showSetPhrases->isChecked();
    for (const ComparedPassage &shared : std::as_const(m_passages)) {
        if (shared.setPhrase && !showSetPhrases) {
            continue;
        }
        const QColor color = shared.setPhrase ? muted : copied;
        if (shared.first < marks.size() && shared.second < marks.size()) {
            marks[shared.first].append({shared.passage.first.start, shared.passage.first.end, color, shared.setPhrase});
            marks[shared.second].append(
                {shared.passage.second.start, shared.passage.second.end, color, shared.setPhrase});
        }
    }
    for (int i = 0; i < m_columns.size(); ++i) {
        m_columns.at(i)->reader()->setMarks(marks.at(i));
    }
}

void CompareView::fillList()
{
    m_list->clear();
    const bool showSetPhrases = m_showSetPhrases->isChecked();
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < m_passages.size(); ++i) {
        const ComparedPassage &shared = m_passages.at(i);
        if (shared.setPhrase && !showSetPhrases) {
            continue;
        }
        QString text = shared.passage.text;
        text.replace(u'\n', u' ');
        auto *item = new QTreeWidgetItem(
            {m_matrix->columnTitle(shared.first) + u" ↔ "_s + m_matrix->columnTitle(shared.second),
                QString::number(shared.passage.length), text});
        item->setData(ReportsColumn, PassageRole, i);
        item->setTextAlignment(LengthColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(TextColumn, text);
        if (shared.setPhrase) {
            item->setForeground(TextColumn, palette().brush(QPalette::PlaceholderText));
            item->setToolTip(ReportsColumn, tr("A set phrase: many reports of the year use this wording"));
        }
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    m_list->resizeColumnToContents(ReportsColumn);
    m_list->resizeColumnToContents(LengthColumn);
}

void CompareView::updateStatus()
{
    const auto setPhrases = int(std::count_if(
        m_passages.cbegin(), m_passages.cend(), [](const ComparedPassage &shared) { return shared.setPhrase; }));
    const int copies = int(m_passages.size()) - setPhrases;
    if (m_passages.isEmpty()) {
        m_status->setText(tr("The reports share no passage of 20 or more letters."));
    } else if (m_setPhrasesApplied) {
        m_status->setText(tr("%n passage(s) shared word for word", nullptr, copies) + u"; "_s
            + tr("%n set phrase(s) of the year muted", nullptr, setPhrases));
    } else {
        m_status->setText(tr("%n passage(s) shared word for word", nullptr, copies));
    }
}

void CompareView::onPassageActivated(QTreeWidgetItem *item)
{
    const int index = item ? item->data(ReportsColumn, PassageRole).toInt() : -1;
    if (index < 0 || index >= m_passages.size()) {
        return;
    }
    const ComparedPassage &shared = m_passages.at(index);
    // Each side goes to its own copy, not to the other's outline position.
    const QScopedValueRollback<bool> guard(m_syncing, true);
    m_columns.at(shared.first)->reader()->showRange(shared.passage.first.start, shared.passage.first.end);
    m_columns.at(shared.second)->reader()->showRange(shared.passage.second.start, shared.passage.second.end);
}

void CompareView::showRow(const QString &rowId)
{
    if (!m_matrix) {
        return;
    }
    const int row = m_matrix->rowOf(rowId);
    if (row < 0) {
        return;
    }
    m_shownRow = rowId;
    const QScopedValueRollback<bool> guard(m_syncing, true);
    for (int i = 0; i < m_columns.size(); ++i) {
        m_columns.at(i)->showPart(m_matrix->rows().at(row).name, m_matrix->cell(row, i).ranges);
    }
}

void CompareView::onColumnScrolled(int column)
{
    if (!m_sync->isChecked() || m_syncing || !m_matrix) {
        return;
    }
    const QScopedValueRollback<bool> guard(m_syncing, true);
    const OutlinePosition position = positionOf(*m_matrix, column, m_columns.at(column)->reader()->topOffset());
    if (position.row < 0) {
        return;
    }
    for (int i = 0; i < m_columns.size(); ++i) {
        if (i == column) {
            continue;
        }
        const int offset = offsetAt(m_matrix->cell(position.row, i).ranges, position.fraction);
        if (offset >= 0) {
            m_columns.at(i)->reader()->scrollToOffset(offset);
        }
    }
}

void CompareView::setCurrentColumn(int column)
{
    m_currentColumn = column;
    for (int i = 0; i < m_columns.size(); ++i) {
        m_columns.at(i)->setCurrent(i == column);
    }
}

ReaderView *CompareView::activeReader() const
{
    const CompareColumn *column = m_columns.value(m_currentColumn);
    return column ? column->reader() : nullptr;
}

void CompareView::setScript(DisplayScript script)
{
    for (CompareColumn *column : std::as_const(m_columns)) {
        column->reader()->setScript(script);
    }
}

void CompareView::setTextSize(int points)
{
    for (CompareColumn *column : std::as_const(m_columns)) {
        setReaderTextSize(column->reader(), points);
    }
}

bool CompareView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (int i = 0; i < m_columns.size(); ++i) {
            if (m_columns.at(i)->reader() == watched && i != m_currentColumn) {
                setCurrentColumn(i);
                Q_EMIT currentReportChanged(m_columns.at(i)->reportId());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CompareView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyMarks();
    }
}

} // namespace Fazhi
