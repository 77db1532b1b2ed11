// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "importworker.h"
#include "reviewsession.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// Often enough that the library fills while the reviewer watches, rarely enough that reading
// the listing again does not compete with the import.
constexpr int NotifyIntervalMs = 700;

/** The reason without the file name the importers put in front of it (it has its own column). */
QString reasonOf(const FileImportResult &result)
{
    const QString prefix = QFileInfo(result.path).fileName() + u": "_s;
    return result.message.startsWith(prefix) ? result.message.mid(prefix.size()) : result.message;
}

} // namespace

ImportDialog::ImportDialog(ReviewSession &session, const QStringList &paths, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_worker(new ImportWorker(this))
    , m_heading(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Import Reports"));
    setSizeGripEnabled(true);

    m_heading->setText(tr("Looking for report files…"));
    m_heading->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("%v / %m"));
    m_progress->setTextVisible(true);

    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("File"), tr("Result"), tr("Details")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setStretchLastSection(true);
    const QFontMetrics metrics(font());
    m_list->header()->resizeSection(FileColumn, metrics.horizontalAdvance(u'字') * 22);
    m_list->header()->resizeSection(ResultColumn, metrics.horizontalAdvance(u'字') * 6 + 32);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setToolTip(tr("Stop after the reports being written; what was imported stays"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_progress);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(metrics.horizontalAdvance(u'字') * 60, metrics.height() * 28);

    m_notify.setSingleShot(true);
    m_notify.setInterval(NotifyIntervalMs);
    connect(&m_notify, &QTimer::timeout, &m_session, &ReviewSession::notifyReportsChanged);

    connect(m_worker, &ImportWorker::filesCollected, this, &ImportDialog::onFilesCollected);
    connect(m_worker, &ImportWorker::fileImported, this, &ImportDialog::onFileImported);
    connect(m_worker, &ImportWorker::finished, this, &ImportDialog::onFinished);
    connect(m_worker, &ImportWorker::failed, this, &ImportDialog::onFailed);
    if (!session.isOpen()) {
        onFailed(tr("No project is open."));
        return;
    }
    m_worker->start(session.path(), paths, session.author());
}

ImportDialog::~ImportDialog()
{
    // Before the members go: the worker's thread still delivers to this dialog until it ends.
    m_worker->cancel();
    m_worker->wait();
}

QString ImportDialog::summary() const
{
    return m_summary->text();
}

void ImportDialog::cancel()
{
    if (m_finished || m_cancelling) {
        return;
    }
    m_cancelling = true;
    m_worker->cancel();
    m_cancel->setEnabled(false);
    m_heading->setText(tr("Cancelling: finishing the reports being written…"));
}

void ImportDialog::reject()
{
    if (m_finished) {
        QDialog::reject();
        return;
    }
    // Closing must not leave a report half-written: stop first, close when the worker is done.
    m_closeWhenDone = true;
    cancel();
}

QString ImportDialog::statusName(FileImportResult::Status status)
{
    switch (status) {
    case FileImportResult::Status::Imported:
        return tr("Imported");
    case FileImportResult::Status::Updated:
        return tr("Updated");
    case FileImportResult::Status::Unchanged:
        return tr("Unchanged");
    case FileImportResult::Status::Failed:
        return tr("Failed");
    case FileImportResult::Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

void ImportDialog::onFilesCollected(int total, const QStringList &missing)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(0);
    if (!m_cancelling) {
        const QString project = QFileInfo(m_session.path()).completeBaseName();
        m_heading->setText(total == 1 ? tr("Importing 1 file into %1…").arg(project)
                                      : tr("Importing %1 files into %2…").arg(total).arg(project));
    }
    m_missing = int(missing.size());
    for (const QString &path : missing) {
        FileImportResult result;
        result.path = path;
        result.status = FileImportResult::Status::Failed;
        result.message = tr("%1: the file does not exist").arg(QFileInfo(path).fileName());
        m_results.append(result);
        addRow(result);
    }
    updateSummary();
}

void ImportDialog::onFileImported(const FileImportResult &result, int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_results.append(result);
    addRow(result);
    updateSummary();
    if ((result.status == FileImportResult::Status::Imported || result.status == FileImportResult::Status::Updated)
        && !m_notify.isActive()) {
        m_notify.start();
    }
}

void ImportDialog::onFinished(const QList<FileImportResult> &results)
{
    // Files reported along the way are shown already; the ones after them were cancelled.
    for (qsizetype i = m_results.size() - m_missing; i < results.size(); ++i) {
        m_results.append(results.at(i));
        addRow(results.at(i));
    }
    finish();
}

void ImportDialog::onFailed(const QString &message)
{
    m_error = message;
    finish();
}

void ImportDialog::addRow(const FileImportResult &result)
{
    QScrollBar *scroll = m_list->verticalScrollBar();
    const bool atEnd = scroll->value() == scroll->maximum();
    auto *item = new QTreeWidgetItem(m_list);
    const QString name = QFileInfo(result.path).fileName();
    item->setText(FileColumn, name);
    item->setToolTip(FileColumn, QDir::toNativeSeparators(result.path));
    item->setText(ResultColumn, statusName(result.status));
    switch (result.status) {
    case FileImportResult::Status::Failed:
        item->setText(DetailsColumn, reasonOf(result));
        item->setToolTip(DetailsColumn, result.message);
        item->setIcon(FileColumn, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        for (int column = 0; column < ColumnCount; ++column) {
            item->setForeground(column, QColor(0xc6, 0x28, 0x28));
        }
        break;
    case FileImportResult::Status::Updated: {
        const ReanchorResult &moved = result.reanchored;
        if (moved.kept + moved.moved + moved.orphaned > 0) {
            item->setText(DetailsColumn,
                tr("Annotations: %1 kept, %2 moved, %3 orphaned").arg(moved.kept).arg(moved.moved).arg(moved.orphaned));
        } else {
            item->setText(DetailsColumn, tr("A new version replaced the old one"));
        }
        break;
    }
    case FileImportResult::Status::Unchanged:
        item->setText(DetailsColumn, tr("Already in the project"));
        item->setForeground(ResultColumn, palette().color(QPalette::PlaceholderText));
        break;
    case FileImportResult::Status::Cancelled:
        item->setForeground(ResultColumn, palette().color(QPalette::PlaceholderText));
        break;
    case FileImportResult::Status::Imported:
        break;
    }
    if (item->icon(FileColumn).isNull()) {
        // Every row gets an icon so that the names line up with the failed ones.
        item->setIcon(FileColumn,
            style()->standardIcon(result.status == FileImportResult::Status::Cancelled ? QStyle::SP_DialogCancelButton
                                                                                       : QStyle::SP_DialogApplyButton));
    }
    if (atEnd) {
        m_list->scrollToBottom();
    }
}

void ImportDialog::finish()
{
    m_finished = true;
    m_notify.stop();
    if (m_session.isOpen()) {
        m_session.notifyReportsChanged();
    }
    m_list->resizeColumnToContents(FileColumn);
    m_list->resizeColumnToContents(ResultColumn);
    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
    m_close->setFocus();
    updateSummary();
    Q_EMIT importFinished();
    if (m_closeWhenDone) {
        QDialog::reject();
    }
}

void ImportDialog::updateSummary()
{
    int counts[int(FileImportResult::Status::Cancelled) + 1] = {};
    for (const FileImportResult &result : std::as_const(m_results)) {
        ++counts[int(result.status)];
    }
    const std::pair<FileImportResult::Status, QString> parts[] = {
        {FileImportResult::Status::Imported,
            tr("%n imported", nullptr, counts[int(FileImportResult::Status::Imported)])},
        {FileImportResult::Status::Updated, tr("%n updated", nullptr, counts[int(FileImportResult::Status::Updated)])},
        {FileImportResult::Status::Unchanged,
            tr("%n unchanged", nullptr, counts[int(FileImportResult::Status::Unchanged)])},
        {FileImportResult::Status::Failed, tr("%n failed", nullptr, counts[int(FileImportResult::Status::Failed)])},
        {FileImportResult::Status::Cancelled,
            tr("%n cancelled", nullptr, counts[int(FileImportResult::Status::Cancelled)])},
    };
    QStringList shown;
    for (const auto &[status, text] : parts) {
        if (counts[int(status)] > 0) {
            shown.append(text);
        }
    }
    //: Separates the counts in "3 imported, 2 failed"
    QString line = shown.join(tr(", "));
    if (!m_error.isEmpty()) {
        line = tr("The import could not start: %1").arg(m_error);
    }
    m_summary->setText(line);
    if (m_finished) {
        m_heading->setText(m_error.isEmpty() ? (m_cancelling ? tr("Import cancelled.") : tr("Import finished."))
                                             : tr("Import failed."));
    }
}

} // namespace Fazhi
