// SPDX-License-Identifier: GPL-3.0-or-later
#include "setphrasesdialog.h"

#include "exportfile.h"
#include "reviewsession.h"
#include "reviewstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

enum Column { ReportsColumn, PhraseColumn };
constexpr int PhraseRole = Qt::UserRole;

} // namespace

SetPhrasesDialog::SetPhrasesDialog(ReviewSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_year(new QComboBox(this))
    , m_countButton(new QPushButton(tr("Count"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_exportButton(new QPushButton(tr("Export CSV…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Set Phrases of the Year"));
    resize(760, 560);
    const QList<int> years = m_session.store() ? m_session.read(m_session.store()->years()) : QList<int>();
    for (const int year : years) {
        m_year->addItem(tr("Reports of %1").arg(year), year);
    }
    m_year->addItem(tr("All reports"), 0);
    m_list->setHeaderLabels({tr("Reports"), tr("Phrase")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setToolTip(tr("Double-click a phrase to read it in a report that uses it"));
    m_cancelButton->hide();
    m_progress->hide();
    m_exportButton->setEnabled(false);
    m_status->setWordWrap(true);
    m_status->setText(tr("Wording that at least a fifth of the reports (and never fewer than 3) share word for "
                         "word. Shared wording that is one of these is muted in the compare view."));

    auto *top = new QHBoxLayout;
    top->addWidget(m_year, 1);
    top->addWidget(m_countButton);
    top->addWidget(m_cancelButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_countButton, &QPushButton::clicked, this, [this] { count(m_year->currentData().toInt()); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancel) {
            *m_cancel = true;
        }
    });
    connect(m_exportButton, &QPushButton::clicked, this, &SetPhrasesDialog::exportCsv);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SetPhrasesDialog::onFinished);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QList<SetPhrase> found = phrases();
        const int index = item->data(ReportsColumn, PhraseRole).toInt();
        if (index >= 0 && index < found.size()) {
            const SetPhrase &phrase = found.at(index);
            Q_EMIT openRequested(phrase.exampleReport, phrase.exampleRange.start, phrase.exampleRange.end);
        }
    });
}

SetPhrasesDialog::~SetPhrasesDialog()
{
    if (m_cancel) {
        *m_cancel = true;
    }
    m_watcher.waitForFinished();
}

void SetPhrasesDialog::count(int year)
{
    if (m_watcher.isRunning() || m_session.path().isEmpty()) {
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_list->clear();
    m_report.reset();
    m_exportButton->setEnabled(false);
    m_countButton->setEnabled(false);
    m_cancelButton->show();
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Reading the reports…"));
    BoilerplateReport::Options options;
    options.year = year;
    m_watcher.setFuture(QtConcurrent::run(
        [path = m_session.path(), options, cancel = m_cancel](QPromise<Result<BoilerplateReport>> &promise) {
            promise.setProgressRange(0, 1);
            promise.addResult(BoilerplateReport::build(
                path, options,
                [&promise](int done, int total) {
                    promise.setProgressRange(0, total);
                    promise.setProgressValue(done);
                },
                cancel.get()));
        }));
}

QList<SetPhrase> SetPhrasesDialog::phrases() const
{
    return m_report ? m_report->phrases() : QList<SetPhrase>();
}

void SetPhrasesDialog::onFinished()
{
    m_countButton->setEnabled(true);
    m_cancelButton->hide();
    m_progress->hide();
    const auto result = m_watcher.future().resultCount() > 0
        ? m_watcher.result()
        : Result<BoilerplateReport>(Error{tr("Nothing was counted.")});
    if (!result) {
        m_status->setText(result.error());
        Q_EMIT counted(result.error());
        return;
    }
    m_report = result.value();
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < m_report->phrases().size(); ++i) {
        const SetPhrase &phrase = m_report->phrases().at(i);
        auto *item = new QTreeWidgetItem({QString::number(phrase.reports), phrase.text});
        item->setData(ReportsColumn, PhraseRole, i);
        item->setTextAlignment(ReportsColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(PhraseColumn, phrase.text);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    m_list->resizeColumnToContents(ReportsColumn);
    m_exportButton->setEnabled(!items.isEmpty());
    const QString message
        = tr("%n set phrase(s) in %1 reports (each in at least %2 of them)", nullptr, int(items.size()))
              .arg(m_report->reportCount())
              .arg(m_report->threshold());
    m_status->setText(message);
    Q_EMIT counted(QString());
}

void SetPhrasesDialog::exportCsv()
{
    if (!m_report) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Set Phrases"), tr("set-phrases.csv"), tr("CSV spreadsheets (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (const auto saved = saveExportFile(path, m_report->toCsv()); !saved) {
        QMessageBox::warning(this, windowTitle(), saved.error());
    }
}

} // namespace Fazhi
