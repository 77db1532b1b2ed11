// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "importworker.h"
#include "reviewsession.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
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
    , m_choices(new QWidget(this))
    , m_choicesLabel(new QLabel(m_choices))
    , m_replaceAll(new QPushButton(tr("Replace All Old Versions"), m_choices))
    , m_keepAll(new QPushButton(tr("Keep All Versions"), m_choices))
    , m_importAllAnyway(new QPushButton(tr("Import All Anyway"), m_choices))
{
    setWindowTitle(tr("Import Reports"));
    setSizeGripEnabled(true);

    m_heading->setText(tr("Looking for report files…"));
    m_heading->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("%v / %m"));
    m_progress->setTextVisible(true);

    m_list->setColumnCount(ColumnCount);
    //: Column header: what the reviewer can choose for a file (replace, keep both, import anyway)
    m_list->setHeaderLabels({tr("File"), tr("Result"), tr("Details"), tr("Choice")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(DetailsColumn, QHeaderView::Stretch);
    const QFontMetrics metrics(font());
    m_list->header()->resizeSection(FileColumn, metrics.horizontalAdvance(u'字') * 22);
    m_list->header()->resizeSection(ResultColumn, metrics.horizontalAdvance(u'字') * 6 + 32);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_choicesLabel->setWordWrap(true);
    m_replaceAll->setToolTip(tr("Each old version is replaced by its new file; annotations move to the new text"));
    m_keepAll->setToolTip(tr("Each new version is imported beside the old one"));
    m_importAllAnyway->setToolTip(tr("Import the files that do not look like reports as they are"));
    for (QPushButton *button : {m_replaceAll, m_keepAll, m_importAllAnyway}) {
        button->setAutoDefault(false);
    }
    connect(m_replaceAll, &QPushButton::clicked, this, [this] { chooseForAllVersions(true); });
    connect(m_keepAll, &QPushButton::clicked, this, [this] { chooseForAllVersions(false); });
    connect(m_importAllAnyway, &QPushButton::clicked, this, &ImportDialog::importAllAnyway);
    auto *choices = new QHBoxLayout(m_choices);
    choices->setContentsMargins(0, 0, 0, 0);
    choices->addWidget(m_choicesLabel, 1);
    choices->addWidget(m_replaceAll);
    choices->addWidget(m_keepAll);
    choices->addWidget(m_importAllAnyway);
    m_choices->hide();

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
    layout->addWidget(m_choices);
    layout->addWidget(buttons);
    resize(metrics.horizontalAdvance(u'字') * 72, metrics.height() * 28);

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
    m_chosen.clear();
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
        //: An import result: the file replaced an older version of its report
        return tr("Replaced");
    case FileImportResult::Status::Unchanged:
        return tr("Unchanged");
    case FileImportResult::Status::Copy:
        //: An import result: the same text is in the project already
        return tr("Copy");
    case FileImportResult::Status::OtherVersion:
        return tr("Other version");
    case FileImportResult::Status::NotAReport:
        return tr("Not a report?");
    case FileImportResult::Status::Failed:
        return tr("Failed");
    case FileImportResult::Status::Cancelled:
        return tr("Cancelled");
    case FileImportResult::Status::NotAttempted:
        //: An import result: the import stopped (a full disk) before this file
        return tr("Not attempted");
    }
    return {};
}

int ImportDialog::pendingChoices() const
{
    // A line waits while it offers its choice; choosing takes the buttons away.
    int pending = 0;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        pending += m_list->itemWidget(m_list->topLevelItem(row), ChoiceColumn) != nullptr;
    }
    return pending;
}

void ImportDialog::replaceVersion(int row)
{
    choose(row, {DuplicatePolicy::Replace, true});
}

void ImportDialog::keepBoth(int row)
{
    choose(row, {DuplicatePolicy::Keep, true});
}

void ImportDialog::importAnyway(int row)
{
    // Still checked for copies and versions: those come back with their own choice.
    choose(row, {DuplicatePolicy::Skip, true});
}

void ImportDialog::chooseForAllVersions(bool replace)
{
    for (int row = 0; row < m_results.size(); ++row) {
        if (m_results.at(row).status == FileImportResult::Status::OtherVersion) {
            replace ? replaceVersion(row) : keepBoth(row);
        }
    }
}

void ImportDialog::importAllAnyway()
{
    for (int row = 0; row < m_results.size(); ++row) {
        if (m_results.at(row).status == FileImportResult::Status::NotAReport) {
            importAnyway(row);
        }
    }
}

void ImportDialog::choose(int row, BatchImportOptions options)
{
    if (row < 0 || row >= m_results.size() || m_cancelling || m_runRows.contains(row)
        || std::any_of(m_chosen.cbegin(), m_chosen.cend(), [row](const auto &choice) { return choice.first == row; })) {
        return;
    }
    m_chosen.append({row, options});
    // The line says what happens next; its buttons go, so a choice is made once.
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    m_list->removeItemWidget(item, ChoiceColumn);
    item->setText(ChoiceColumn,
        options.onDuplicate == DuplicatePolicy::Replace    ? tr("Replace")
            : options.onDuplicate == DuplicatePolicy::Keep ? tr("Keep both")
                                                           : tr("Import anyway"));
    updateChoices();
    if (m_finished) {
        startChosen();
    }
}

void ImportDialog::startChosen()
{
    if (m_chosen.isEmpty() || !m_session.isOpen()) {
        return;
    }
    // One run per way of importing; the others wait for the next.
    const BatchImportOptions options = m_chosen.first().second;
    QStringList paths;
    m_runRows.clear();
    for (auto it = m_chosen.begin(); it != m_chosen.end();) {
        if (it->second == options) {
            m_runRows.append(it->first);
            paths.append(m_results.at(it->first).path);
            it = m_chosen.erase(it);
        } else {
            ++it;
        }
    }
    m_finished = false;
    m_firstRun = false;
    m_runReported = 0;
    m_error.clear();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_close->hide();
    m_progress->setRange(0, 0);
    m_heading->setText(tr("Importing the files you chose…"));
    m_worker->start(m_session.path(), paths, m_session.author(), options);
}

void ImportDialog::onFilesCollected(int total, const QStringList &missing, const QStringList &emptyFolders)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(0);
    if (!m_firstRun) {
        // A file chosen a moment ago may be gone since: its line says so, the others go on.
        for (const QString &path : missing) {
            for (qsizetype i = 0; i < m_runRows.size(); ++i) {
                if (m_results.at(m_runRows.at(i)).path == path) {
                    FileImportResult &result = m_results[m_runRows.at(i)];
                    result.status = FileImportResult::Status::Failed;
                    result.message = tr("%1: the file does not exist").arg(QFileInfo(path).fileName());
                    showRow(m_runRows.at(i));
                    m_runRows.removeAt(i);
                    break;
                }
            }
        }
        updateSummary();
        return;
    }
    if (!m_cancelling) {
        const QString project = QFileInfo(m_session.path()).completeBaseName();
        m_heading->setText(tr("Importing %n file(s) into %1…", nullptr, total).arg(project));
    }
    m_missing = int(missing.size() + emptyFolders.size());
    for (const QString &path : missing) {
        FileImportResult result;
        result.path = path;
        result.status = FileImportResult::Status::Failed;
        result.message = tr("%1: the file does not exist").arg(QFileInfo(path).fileName());
        m_results.append(result);
        showRow(int(m_results.size()) - 1);
    }
    for (const QString &folder : emptyFolders) {
        FileImportResult result;
        result.path = folder;
        result.status = FileImportResult::Status::Failed;
        result.message = BatchImporter::emptyFolderMessage(folder);
        m_results.append(result);
        showRow(int(m_results.size()) - 1);
    }
    updateSummary();
}

void ImportDialog::onFileImported(const FileImportResult &result, int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    applyResult(m_runReported++, result);
    updateSummary();
    if ((result.status == FileImportResult::Status::Imported || result.status == FileImportResult::Status::Updated)
        && !m_notify.isActive()) {
        m_notify.start();
    }
}

void ImportDialog::onFinished(const QList<FileImportResult> &results)
{
    // Files reported along the way are shown already; the ones after them were cancelled.
    for (qsizetype i = m_runReported; i < results.size(); ++i) {
        applyResult(i, results.at(i));
    }
    m_runReported = results.size();
    finish();
}

void ImportDialog::onFailed(const QString &message)
{
    m_error = message;
    finish();
}

void ImportDialog::applyResult(qsizetype index, const FileImportResult &result)
{
    if (result.replaced && m_session.isOpen()) {
        // Done on the worker's connection; undo puts the old version back.
        m_session.recordReplacement(result.reportId, *result.replaced);
    }
    if (m_firstRun) {
        m_results.append(result);
        showRow(int(m_results.size()) - 1);
        return;
    }
    if (index < m_runRows.size()) {
        m_results[m_runRows.at(index)] = result;
        showRow(m_runRows.at(index));
    }
}

void ImportDialog::showRow(int row)
{
    const FileImportResult &result = m_results.at(row);
    QScrollBar *scroll = m_list->verticalScrollBar();
    const bool atEnd = scroll->value() == scroll->maximum();
    const bool added = row >= m_list->topLevelItemCount();
    QTreeWidgetItem *item = added ? new QTreeWidgetItem(m_list) : m_list->topLevelItem(row);
    m_list->removeItemWidget(item, ChoiceColumn);
    for (int column = 0; column < ColumnCount; ++column) {
        item->setText(column, {});
        item->setToolTip(column, {});
        item->setData(column, Qt::ForegroundRole, {});
    }
    item->setIcon(FileColumn, {});
    const QString name = QFileInfo(result.path).fileName();
    item->setText(FileColumn, name);
    item->setToolTip(FileColumn, QDir::toNativeSeparators(result.path));
    item->setText(ResultColumn, statusName(result.status));
    const QColor muted = palette().color(QPalette::PlaceholderText);
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
        QString details
            = tr("Replaced report %1 (%2)").arg(QString::number(result.matchedReportId), result.matchedName);
        if (moved.kept + moved.moved + moved.orphaned > 0) {
            details += tr("; annotations: %1 kept, %2 moved, %3 could not be placed")
                           .arg(moved.kept)
                           .arg(moved.moved)
                           .arg(moved.orphaned);
        }
        if (!moved.orphanedQuotes.isEmpty()) {
            // Kept and marked in the report; listed here so that the reviewer knows which.
            QStringList quotes;
            for (const QString &quote : moved.orphanedQuotes) {
                quotes.append(tr("“%1”").arg(quote.left(40)));
            }
            details += tr(": %1").arg(quotes.join(tr(", ")));
            item->setToolTip(
                DetailsColumn, tr("Kept, marked as not found in the new text:\n%1").arg(quotes.join(u'\n')));
        }
        item->setText(DetailsColumn, details);
        break;
    }
    case FileImportResult::Status::Unchanged:
        item->setText(DetailsColumn, tr("Already in the project"));
        item->setForeground(ResultColumn, muted);
        break;
    case FileImportResult::Status::Copy:
        item->setText(DetailsColumn, reasonOf(result));
        item->setToolTip(DetailsColumn, result.message);
        item->setForeground(ResultColumn, muted);
        break;
    case FileImportResult::Status::OtherVersion:
    case FileImportResult::Status::NotAReport: {
        item->setText(DetailsColumn, reasonOf(result));
        item->setToolTip(DetailsColumn, result.message);
        item->setIcon(FileColumn, style()->standardIcon(QStyle::SP_MessageBoxQuestion));
        auto *buttons = new QWidget;
        auto *layout = new QHBoxLayout(buttons);
        layout->setContentsMargins(2, 0, 2, 0);
        const auto addButton
            = [this, layout, row](const QString &text, const QString &tip, void (ImportDialog::*chosen)(int)) {
                  auto *button = new QPushButton(text);
                  button->setToolTip(tip);
                  button->setAutoDefault(false);
                  connect(button, &QPushButton::clicked, this, [this, row, chosen] { (this->*chosen)(row); });
                  layout->addWidget(button);
              };
        if (result.status == FileImportResult::Status::OtherVersion) {
            addButton(tr("Replace"),
                tr("Replace report %1 by this file; its annotations move to the new text").arg(result.matchedReportId),
                &ImportDialog::replaceVersion);
            addButton(tr("Keep Both"), tr("Import this file beside report %1").arg(result.matchedReportId),
                &ImportDialog::keepBoth);
        } else {
            addButton(tr("Import Anyway"), tr("Import this file as it is"), &ImportDialog::importAnyway);
        }
        m_list->setItemWidget(item, ChoiceColumn, buttons);
        break;
    }
    case FileImportResult::Status::Cancelled:
    case FileImportResult::Status::NotAttempted:
        item->setForeground(ResultColumn, muted);
        break;
    case FileImportResult::Status::Imported:
        break;
    }
    const bool written
        = result.status == FileImportResult::Status::Imported || result.status == FileImportResult::Status::Updated;
    if (written && !result.warnings.isEmpty()) {
        // Imported, but the text may not be all the file holds: the reviewer should look.
        const QString details = item->text(DetailsColumn);
        item->setText(DetailsColumn, (details.isEmpty() ? QString() : details + tr("; ")) + result.warnings.join(u' '));
        item->setToolTip(DetailsColumn, result.warnings.join(u'\n'));
        item->setIcon(FileColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    if (item->icon(FileColumn).isNull()) {
        // Every row gets an icon so that the names line up with the failed ones.
        item->setIcon(FileColumn,
            style()->standardIcon(result.status == FileImportResult::Status::Cancelled ? QStyle::SP_DialogCancelButton
                                                                                       : QStyle::SP_DialogApplyButton));
    }
    if (added && atEnd) {
        m_list->scrollToBottom();
    }
}

void ImportDialog::finish()
{
    m_finished = true;
    m_runRows.clear();
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
    updateChoices();
    Q_EMIT importFinished();
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    // Choices made while this run went on come next.
    startChosen();
}

void ImportDialog::updateSummary()
{
    QMap<FileImportResult::Status, int> counts;
    for (const FileImportResult &result : std::as_const(m_results)) {
        ++counts[result.status];
    }
    using Status = FileImportResult::Status;
    const std::pair<Status, QString> parts[] = {
        {Status::Imported, tr("%n imported", nullptr, counts.value(Status::Imported))},
        {Status::Updated, tr("%n replaced", nullptr, counts.value(Status::Updated))},
        {Status::Unchanged, tr("%n unchanged", nullptr, counts.value(Status::Unchanged))},
        {Status::Copy, tr("%n copies not imported", nullptr, counts.value(Status::Copy))},
        {Status::OtherVersion, tr("%n other versions", nullptr, counts.value(Status::OtherVersion))},
        {Status::NotAReport, tr("%n not like a report", nullptr, counts.value(Status::NotAReport))},
        {Status::Failed, tr("%n failed", nullptr, counts.value(Status::Failed))},
        {Status::Cancelled, tr("%n cancelled", nullptr, counts.value(Status::Cancelled))},
        {Status::NotAttempted, tr("%n not attempted", nullptr, counts.value(Status::NotAttempted))},
    };
    QStringList shown;
    for (const auto &[status, text] : parts) {
        if (counts.value(status) > 0) {
            shown.append(text);
        }
    }
    const auto withWarnings = std::count_if(m_results.cbegin(), m_results.cend(), [](const FileImportResult &result) {
        return (result.status == Status::Imported || result.status == Status::Updated) && !result.warnings.isEmpty();
    });
    if (withWarnings > 0) {
        //: Files imported whose text may be incomplete or was repaired; the rows say why
        shown.append(tr("%n with warnings", nullptr, int(withWarnings)));
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

void ImportDialog::updateChoices()
{
    int versions = 0;
    int unlikely = 0;
    for (int row = 0; row < m_results.size(); ++row) {
        // A line whose choice is made (its buttons gone) waits no more.
        if (!m_list->itemWidget(m_list->topLevelItem(row), ChoiceColumn)) {
            continue;
        }
        versions += m_results.at(row).status == FileImportResult::Status::OtherVersion;
        unlikely += m_results.at(row).status == FileImportResult::Status::NotAReport;
    }
    m_choices->setVisible(versions + unlikely > 0 && !m_cancelling);
    m_replaceAll->setVisible(versions > 1);
    m_keepAll->setVisible(versions > 1);
    m_importAllAnyway->setVisible(unlikely > 1);
    m_choicesLabel->setText(
        tr("%n file(s) not imported yet: choose on their lines, or for all. Closing imports none of them.", nullptr,
            versions + unlikely));
    if (m_finished && versions + unlikely > 0) {
        m_list->resizeColumnToContents(ChoiceColumn);
    }
}

} // namespace Fazhi
