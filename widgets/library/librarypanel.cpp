// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypanel.h"

#include "administrativelevel.h"
#include "checklistpanel.h"
#include "libraryfiltermodel.h"
#include "librarymodel.h"
#include "reportdetailsdialog.h"
#include "reviewsession.h"

#include <set>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

constexpr int MinCompared = 2;
constexpr int MaxCompared = 4;

/** Selects the item of @p combo whose data is @p value, or the first ("All …") when it is gone. */
void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

LibraryPanel::LibraryPanel(ReviewSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new LibraryModel(session, this))
    , m_filter(new LibraryFilterModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_year(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_footer(new QLabel(this))
    , m_focusFilter(new QAction(tr("Filter Reports"), this))
    , m_open(new QAction(tr("&Open"), this))
    , m_compare(new QAction(tr("&Compare"), this))
    , m_matrix(new QAction(tr("Outline &Matrix"), this))
    , m_remove(new QAction(tr("&Remove from Project…"), this))
    , m_editDetails(new QAction(tr("Correct &Details…"), this))
{
    m_filter->setSourceModel(m_model);

    m_filterEdit->setPlaceholderText(tr("Filter reports (any script)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->installEventFilter(this);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &LibraryFilterModel::setFilterText);

    m_focusFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_focusFilter->setShortcutContext(Qt::WindowShortcut);
    connect(m_focusFilter, &QAction::triggered, this, &LibraryPanel::focusFilter);
    addAction(m_focusFilter);

    m_year->setToolTip(tr("Only reports on this year"));
    m_level->setToolTip(tr("Only reports of this administrative level"));
    m_status->setToolTip(tr("Only reports with this review status"));
    for (QComboBox *combo : {m_year, m_level, m_status}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &status : LibraryModel::statuses()) {
        m_status->addItem(LibraryModel::statusName(status), status);
    }
    connect(
        m_year, &QComboBox::currentIndexChanged, this, [this] { m_filter->setYear(m_year->currentData().toInt()); });
    connect(m_level, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setLevel(m_level->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setStatus(m_status->currentData().toString()); });

    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LibraryModel::Year, Qt::DescendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LibraryModel::Region, QHeaderView::Stretch);
    header->setSectionsMovable(true);
    // In a narrow dock the reviewer hides what they do not need.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &position) {
        QMenu menu(this);
        for (int column = LibraryModel::Level; column < LibraryModel::ColumnCount; ++column) {
            QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        }
        menu.exec(header->mapToGlobal(position));
    });
    // Widths from the font and the longest words a column can show in this language, rather
    // than from the contents, which would mean measuring every row.
    const QFontMetrics metrics(font());
    const QFontMetrics headerMetrics(header->font());
    QStringList statuses;
    for (const QString &status : LibraryModel::statuses()) {
        statuses.append(LibraryModel::statusName(status));
    }
    QStringList levels;
    for (const QString &level : AdministrativeLevel::all()) {
        levels.append(AdministrativeLevel::name(level));
    }
    QStringList grades;
    for (const QString &grade : ChecklistPanel::gradeIds()) {
        grades.append(ChecklistPanel::gradeName(grade));
    }
    const QStringList samples[LibraryModel::ColumnCount]
        = {{}, levels, {u"2024"_s}, {u"888,888"_s}, statuses, grades, {u"888"_s}, {u"88"_s}};
    const int headerExtra
        = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + style()->pixelMetric(QStyle::PM_HeaderMarkSize) + 8;
    for (int column = LibraryModel::Level; column < LibraryModel::ColumnCount; ++column) {
        const int extra = column == LibraryModel::Status ? style()->pixelMetric(QStyle::PM_SmallIconSize) + 24 : 16;
        int width
            = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + headerExtra;
        for (const QString &sample : samples[column]) {
            width = std::max(width, metrics.horizontalAdvance(sample) + extra);
        }
        header->resizeSection(column, width);
        m_columnsWidth += width;
    }
    header->setMinimumSectionSize(metrics.horizontalAdvance(u"8888"_s));
    // The region stretches; it needs room for a district's name such as 佛山市高明区.
    m_columnsWidth += std::max(metrics.horizontalAdvance(u"佛山市高明区"_s) + 16,
        headerMetrics.horizontalAdvance(m_model->headerData(LibraryModel::Region, Qt::Horizontal).toString())
            + headerExtra);
    connect(m_view, &QTreeView::activated, this, &LibraryPanel::onActivated);
    connect(m_view, &QWidget::customContextMenuRequested, this, &LibraryPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryPanel::onSelectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid()) {
            m_current = current.data(LibraryModel::ReportIdRole).toLongLong();
        }
    });

    m_open->setShortcut(QKeySequence(Qt::Key_Return));
    m_open->setShortcutVisibleInContextMenu(true);
    connect(m_open, &QAction::triggered, this, &LibraryPanel::onActivated);
    m_compare->setToolTip(tr("Compare 2 to 4 selected reports side by side"));
    connect(m_compare, &QAction::triggered, this, [this] { Q_EMIT compareRequested(selectedReports()); });
    m_matrix->setToolTip(tr("What the selected reports say for each part of the outline, side by side"));
    connect(m_matrix, &QAction::triggered, this, [this] { Q_EMIT matrixRequested(selectedReports()); });
    m_remove->setObjectName(u"removeReports"_s);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_remove->setShortcutVisibleInContextMenu(true);
    m_remove->setToolTip(tr("Remove the selected reports with their annotations and decisions (undoable)"));
    connect(m_remove, &QAction::triggered, this, &LibraryPanel::removeSelected);
    m_view->addAction(m_remove);
    m_editDetails->setObjectName(u"editDetails"_s);
    m_editDetails->setToolTip(tr("Correct the region, level, year, title, issuers or dates the program read"));
    connect(m_editDetails, &QAction::triggered, this, &LibraryPanel::editDetails);
    const std::pair<QString, QString> statusActions[] = {
        {u"markUnreviewed"_s, tr("Mark as &Unreviewed")},
        {u"markInProgress"_s, tr("Mark as &In Progress")},
        {u"markDone"_s, tr("Mark as &Done")},
    };
    for (int i = 0; i < LibraryModel::statuses().size(); ++i) {
        const QString status = LibraryModel::statuses().at(i);
        auto *action = new QAction(statusActions[i].second, this);
        action->setObjectName(statusActions[i].first);
        action->setData(status);
        connect(action, &QAction::triggered, this, [this, status] { setReviewStatus(status); });
        m_statusActions.append(action);
    }

    connect(m_model, &LibraryModel::modelReset, this, &LibraryPanel::onModelReset);
    connect(m_model, &LibraryModel::loaded, this, [this] {
        m_loadError.clear();
        updateFooter();
    });
    connect(m_model, &LibraryModel::loadFailed, this, [this](const Error &failure) {
        // Never "no reports yet" for a project whose list cannot be read.
        m_loadError = failure.message;
        updateFooter();
        m_session.reportReadFailure(failure); // read on the listing's own connection
    });
    connect(m_model, &LibraryModel::dataChanged, this, &LibraryPanel::fillChoices);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LibraryPanel::updateFooter);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &LibraryPanel::updateFooter);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LibraryPanel::updateFooter);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &LibraryPanel::updateFooter);
    connect(&session, &ReviewSession::opened, this, &LibraryPanel::updateFooter);
    connect(&session, &ReviewSession::closed, this, &LibraryPanel::updateFooter);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_year);
    filters->addWidget(m_level);
    filters->addWidget(m_status);
    filters->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_filterEdit);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_footer);
    m_footer->setContentsMargins(4, 0, 4, 2);
    m_footer->setForegroundRole(QPalette::PlaceholderText);
    m_footer->setWordWrap(true);
    setFocusProxy(m_view);

    fillChoices();
    updateActions();
    updateFooter();
}

LibraryPanel::~LibraryPanel() = default;

QList<qint64> LibraryPanel::selectedReports() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows)) {
        ids.append(row.data(LibraryModel::ReportIdRole).toLongLong());
    }
    return ids;
}

void LibraryPanel::selectReports(const QList<qint64> &reportIds)
{
    QItemSelection selection;
    QModelIndex first;
    for (const qint64 id : reportIds) {
        const int sourceRow = m_model->rowOf(id);
        const QModelIndex index = sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow, 0));
        if (index.isValid()) {
            selection.select(index, index);
            if (!first.isValid()) {
                first = index;
            }
        }
    }
    QItemSelectionModel *model = m_view->selectionModel();
    if (first.isValid()) {
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    }
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    onSelectionChanged();
}

int LibraryPanel::preferredWidth() const
{
    const int frame = 2 * m_view->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const QMargins margins = contentsMargins() + (layout() ? layout()->contentsMargins() : QMargins());
    return m_columnsWidth + frame + margins.left() + margins.right();
}

void LibraryPanel::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void LibraryPanel::onSelectionChanged()
{
    updateActions();
    const QList<qint64> selected = selectedReports();
    if (selected != m_selected) {
        m_selected = selected;
        Q_EMIT selectedReportsChanged(m_selected);
    }
}

void LibraryPanel::onModelReset()
{
    fillChoices();
    // A reset forgets the selection silently: put back what the reviewer had chosen.
    const qint64 current = m_current;
    const QList<qint64> selected = m_selected;
    selectReports(selected);
    const int sourceRow = m_model->rowOf(current);
    if (sourceRow >= 0) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(index);
    }
}

void LibraryPanel::onActivated()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        Q_EMIT reportActivated(current.data(LibraryModel::ReportIdRole).toLongLong());
    }
}

void LibraryPanel::setReviewStatus(const QString &status)
{
    ReviewStore *store = m_session.store();
    if (!store) {
        return;
    }
    QStringList errors;
    for (const qint64 id : selectedReports()) {
        if (const auto done = store->setReviewStatus(id, status); !done) {
            errors.append(done.error());
        }
    }
    m_session.notifyReportsChanged();
    if (!errors.isEmpty()) {
        QMessageBox::warning(this, tr("Review Status"), errors.join(u'\n'));
    }
}

void LibraryPanel::showContextMenu(const QPoint &position)
{
    if (!m_view->indexAt(position).isValid()) {
        return;
    }
    QMenu menu(this);
    menu.addAction(m_open);
    menu.addAction(m_compare);
    menu.addAction(m_matrix);
    menu.addSeparator();
    menu.addActions(m_statusActions);
    menu.addSeparator();
    menu.addAction(m_editDetails);
    menu.addAction(m_remove);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void LibraryPanel::fillChoices()
{
    std::set<int, std::greater<>> years;
    std::set<QString> levels;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ReportSummary &summary = m_model->summary(row);
        if (summary.year > 0) {
            years.insert(summary.year);
        }
        if (!summary.level.isEmpty()) {
            levels.insert(summary.level);
        }
    }
    // Refilling must not look like a choice: the filter keeps what was chosen while it still exists.
    const QVariant year = m_year->currentData();
    const QVariant level = m_level->currentData();
    {
        const QSignalBlocker blockYear(m_year);
        const QSignalBlocker blockLevel(m_level);
        m_year->clear();
        m_year->addItem(tr("All years"), 0);
        for (const int y : years) {
            m_year->addItem(QString::number(y), y);
        }
        m_level->clear();
        m_level->addItem(tr("All levels"), QString());
        for (const QString &l : levels) {
            m_level->addItem(AdministrativeLevel::name(l), l);
        }
        selectData(m_year, year.isValid() ? year : QVariant(0));
        selectData(m_level, level.isValid() ? level : QVariant(QString()));
    }
    m_filter->setYear(m_year->currentData().toInt());
    m_filter->setLevel(m_level->currentData().toString());
}

void LibraryPanel::updateFooter()
{
    const int total = m_model->rowCount();
    if (!m_session.isOpen()) {
        m_footer->setText(tr("No project is open"));
    } else if (!m_loadError.isEmpty()) {
        m_footer->setText(tr("The reports cannot be listed: %1").arg(m_loadError));
    } else if (total == 0) {
        m_footer->setText(
            m_model->isLoading() ? tr("Loading reports…") : tr("No reports yet: import files or a folder"));
    } else {
        m_footer->setText(tr("%1 of %n report(s)", nullptr, total).arg(m_filter->rowCount()));
    }
}

void LibraryPanel::updateActions()
{
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    m_open->setEnabled(m_view->currentIndex().isValid());
    m_compare->setEnabled(selected >= MinCompared && selected <= MaxCompared);
    m_matrix->setEnabled(selected >= MinCompared);
    for (QAction *action : std::as_const(m_statusActions)) {
        action->setEnabled(selected > 0);
    }
    m_remove->setEnabled(selected > 0);
    m_editDetails->setEnabled(m_view->currentIndex().isValid());
}

void LibraryPanel::removeSelected()
{
    ReviewStore *store = m_session.store();
    const QList<qint64> ids = selectedReports();
    if (!store || ids.isEmpty()) {
        return;
    }
    const auto marks = store->marks(ids);
    if (!marks) {
        QMessageBox::warning(this, tr("Remove Reports"), marks.error());
        return;
    }
    const QString annotations = tr("%n annotation(s)", nullptr, marks.value().annotations);
    const QString decisions = tr("%n decision(s)", nullptr, marks.value().decisions);
    const QString question = ids.size() == 1
        ? tr("Remove %1 from the project? Its %2 and %3 go with it.")
              .arg(store->reportName(ids.first()).valueOr(QString()), annotations, decisions)
        : tr("Remove %1 reports from the project? Their %2 and %3 go with them.")
              .arg(ids.size())
              .arg(annotations, decisions);
    QMessageBox box(QMessageBox::Question, tr("Remove Reports"), question, QMessageBox::Cancel, this);
    box.setInformativeText(tr("Edit → Undo (Ctrl+Z) brings back the reports with all their marks."));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove) {
        return;
    }
    if (const auto removed = m_session.removeReports(ids); !removed) {
        QMessageBox::warning(this, tr("Remove Reports"), removed.error());
    }
}

void LibraryPanel::editDetails()
{
    ReviewStore *store = m_session.store();
    const QModelIndex current = m_view->currentIndex();
    if (!store || !current.isValid()) {
        return;
    }
    const qint64 id = current.data(LibraryModel::ReportIdRole).toLongLong();
    const auto document = store->report(id);
    if (!document) {
        QMessageBox::warning(this, tr("Report Details"), document.error());
        return;
    }
    QMap<QString, QString> values;
    QMap<QString, QString> parsed;
    for (const QString &key : ReviewStore::editableMetadata()) {
        values.insert(key, document.value().metadataValue(key.toLatin1().constData()));
        const auto automatic = store->automaticMetadata(id, key);
        if (!automatic) {
            QMessageBox::warning(this, tr("Report Details"), automatic.error());
            return;
        }
        parsed.insert(key, automatic.value());
    }
    const QString name = store->reportName(id).valueOr(QString());
    ReportDetailsDialog dialog(name, values, parsed, this);
    if (dialog.exec() != QDialog::Accepted || dialog.changes().isEmpty()) {
        return;
    }
    // One correction of several fields is one step to undo.
    QUndoStack *undo = m_session.undoStack();
    undo->beginMacro(tr("Correct details of %1").arg(name));
    QStringList errors;
    const QMap<QString, QString> changes = dialog.changes();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (const auto edited = m_session.editMetadata(id, it.key(), it.value(), dialog.comment()); !edited) {
            errors.append(edited.error());
        }
    }
    undo->endMacro();
    if (!errors.isEmpty()) {
        QMessageBox::warning(this, tr("Report Details"), errors.join(u'\n'));
    }
}

bool LibraryPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the filter box goes on into the list, as in a browser's address bar.
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Return) && m_filter->rowCount() > 0) {
            if (!m_view->currentIndex().isValid() || key->key() == Qt::Key_Return) {
                m_view->setCurrentIndex(m_filter->index(0, 0));
            }
            m_view->setFocus(Qt::TabFocusReason);
            if (key->key() == Qt::Key_Return) {
                onActivated();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Fazhi
