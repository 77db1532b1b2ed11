// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinematrixview.h"

#include "exportfile.h"
#include "matrixcelldelegate.h"
#include "outlinematrixmodel.h"
#include "reviewsession.h"
#include "reviewstore.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

constexpr int SelectedScope = -1;

} // namespace

OutlineMatrixView::OutlineMatrixView(ReviewSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_scope(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new OutlineMatrixModel(this))
    , m_delegate(new MatrixCellDelegate(this))
{
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->horizontalHeader()->setDefaultSectionSize(m_delegate->sizeHint(QStyleOptionViewItem(), {}).width());
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QStyleOptionViewItem option;
    option.initFrom(m_table);
    m_table->verticalHeader()->setDefaultSectionSize(m_delegate->sizeHint(option, {}).height());

    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setToolTip(tr("Save the matrix as a spreadsheet (CSV, UTF-8)"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Reports:"), this));
    bar->addWidget(m_scope);
    bar->addWidget(m_summary, 1);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_scope, &QComboBox::activated, this, &OutlineMatrixView::onScopeChosen);
    connect(exportButton, &QPushButton::clicked, this, &OutlineMatrixView::exportDialog);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &OutlineMatrixView::onCurrentChanged);
    // Not QAbstractItemView::doubleClicked: the view swallows it on a cell with an open editor.
    m_table->viewport()->installEventFilter(this);
    connect(m_delegate, &MatrixCellDelegate::openRequested, this, [this](const QModelIndex &index, int offset) {
        Q_EMIT openRequested(index.data(OutlineMatrixModel::ReportIdRole).toLongLong(), offset, offset);
    });
    // A category overrule moves a paragraph to another row; a passage tagged 原因 fills the causes.
    const auto redisplay = [this] {
        if (const auto shown = display(shownReports()); !shown) {
            m_summary->setText(shown.error());
        }
    };
    connect(&m_session, &ReviewSession::decisionsChanged, this, redisplay);
    connect(&m_session, &ReviewSession::annotationsChanged, this, redisplay);
}

Result<Done> OutlineMatrixView::showReports(const QList<qint64> &reportIds)
{
    m_selected = reportIds;
    fillScopes();
    m_scope->setCurrentIndex(m_scope->findData(SelectedScope));
    return display(reportIds);
}

Result<Done> OutlineMatrixView::showYear(int year)
{
    fillScopes();
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(year)));
    ReviewStore *store = m_session.store();
    if (!store) {
        return Error{tr("No project is open.")};
    }
    const auto ids = OutlineMatrix::reportsOfYear(*store, year);
    if (!ids) {
        return ids.failure();
    }
    return display(ids.value());
}

Result<Done> OutlineMatrixView::display(const QList<qint64> &reportIds)
{
    ReviewStore *store = m_session.store();
    if (!store) {
        return Error{tr("No project is open.")};
    }
    auto matrix = OutlineMatrix::build(*store, reportIds);
    if (!matrix) {
        return matrix.failure();
    }
    const QModelIndex current = m_table->currentIndex();
    m_model->setMatrix(std::move(matrix.value()));
    int missing = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            missing += m_model->matrix().cell(row, column).missing() ? 1 : 0;
        }
    }
    m_summary->setText(
        tr("%n report(s)", nullptr, m_model->columnCount()) + u" · "_s + tr("%n missing cell(s)", nullptr, missing));
    if (current.isValid() && current.row() < m_model->rowCount() && current.column() < m_model->columnCount()) {
        m_table->setCurrentIndex(m_model->index(current.row(), current.column()));
    }
    return Done{};
}

void OutlineMatrixView::fitColumns()
{
    // A few reports share the width; many keep their readable width and scroll.
    QHeaderView *header = m_table->horizontalHeader();
    const bool fits = m_model->columnCount() * header->defaultSectionSize() <= m_table->viewport()->width();
    header->setSectionResizeMode(fits ? QHeaderView::Stretch : QHeaderView::Interactive);
}

void OutlineMatrixView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

QList<qint64> OutlineMatrixView::shownReports() const
{
    QList<qint64> ids;
    for (const ReportSummary &summary : m_model->matrix().reports()) {
        ids.append(summary.id);
    }
    return ids;
}

QString OutlineMatrixView::title() const
{
    return tr("Outline matrix") + u" · "_s + m_scope->currentText();
}

void OutlineMatrixView::fillScopes()
{
    m_scope->clear();
    if (!m_selected.isEmpty()) {
        m_scope->addItem(tr("Selected reports (%1)").arg(m_selected.size()), SelectedScope);
    }
    const QList<int> years = m_session.store() ? m_session.read(m_session.store()->years()) : QList<int>();
    for (const int year : years) {
        m_scope->addItem(tr("All reports of %1").arg(year), year);
    }
    m_scope->addItem(tr("All reports"), 0);
}

void OutlineMatrixView::onScopeChosen(int index)
{
    const int scope = m_scope->itemData(index).toInt();
    const auto shown = scope == SelectedScope ? display(m_selected) : showYear(scope);
    if (!shown) {
        QMessageBox::warning(this, tr("Outline matrix"), shown.error());
    }
}

void OutlineMatrixView::onCurrentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    // Only the current cell carries a scrollable editor: a thousand text widgets would not open fast.
    if (previous.isValid()) {
        m_table->closePersistentEditor(previous);
    }
    if (current.isValid() && !current.data(OutlineMatrixModel::MissingRole).toBool()) {
        m_table->openPersistentEditor(current);
    }
}

bool OutlineMatrixView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::MouseButtonDblClick) {
        const QModelIndex index = m_table->indexAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        if (index.isValid()) {
            onDoubleClicked(index);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OutlineMatrixView::onDoubleClicked(const QModelIndex &index)
{
    const QVariantList ranges = index.data(OutlineMatrixModel::RangesRole).toList();
    if (ranges.isEmpty()) {
        return;
    }
    const QPoint range = ranges.constFirst().toPoint();
    Q_EMIT openRequested(index.data(OutlineMatrixModel::ReportIdRole).toLongLong(), range.x(), range.y());
}

Result<Done> OutlineMatrixView::exportCsv(const QString &path) const
{
    return saveExportFile(path, m_model->matrix().toCsv());
}

void OutlineMatrixView::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Outline Matrix"), tr("outline-matrix.csv"), tr("CSV spreadsheets (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (const auto written = exportCsv(path); !written) {
        QMessageBox::warning(this, tr("Export the Outline Matrix"), written.error());
    }
}

} // namespace Fazhi
