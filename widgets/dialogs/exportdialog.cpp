// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "annotatedpdfexporter.h"
#include "appsettings.h"
#include "dashboardrenderer.h"
#include "digestpdfexporter.h"
#include "exportfile.h"
#include "outlinematrix.h"
#include "reviewsession.h"
#include "reviewstore.h"
#include "spreadsheetexporter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Fazhi {

ExportDialog::ExportDialog(ReviewSession &session, AppSettings &settings, qint64 currentReport,
    const QList<qint64> &selectedReports, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_settings(settings)
    , m_currentReport(currentReport)
    , m_selectedReports(selectedReports)
    , m_kind(new QComboBox(this))
    , m_options(new QStackedWidget(this))
    , m_current(new QRadioButton(this))
    , m_selected(new QRadioButton(this))
    , m_all(new QRadioButton(this))
    , m_script(new QComboBox(this))
    , m_resolved(new QCheckBox(tr("Include &resolved annotations"), this))
    , m_commentsOnly(new QCheckBox(tr("C&omments only (a clean copy without highlights)"), this))
    , m_year(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_output(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_exportButton(new QPushButton(tr("&Export"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Export"));
    m_kind->addItem(tr("Annotated report PDF"), int(Kind::AnnotatedPdf));
    m_kind->addItem(tr("Review digest PDF"), int(Kind::Digest));
    m_kind->addItem(tr("Spreadsheet (annotations, checklist, indicators)"), int(Kind::Spreadsheet));

    const int total = m_session.store() ? m_session.read(m_session.store()->reportCount()) : 0;
    m_current->setText(tr("The report &open in the reader"));
    m_selected->setText(tr("The &selected reports (%n)", nullptr, int(selectedReports.size())));
    m_all->setText(tr("&All reports of the project (%n)", nullptr, total));
    m_current->setEnabled(currentReport > 0);
    m_selected->setEnabled(!selectedReports.isEmpty());
    (currentReport > 0 ? m_current : !selectedReports.isEmpty() ? m_selected : m_all)->setChecked(true);
    auto *scopes = new QButtonGroup(this);
    for (QRadioButton *button : {m_current, m_selected, m_all}) {
        scopes->addButton(button);
    }
    m_script->setObjectName(u"script"_s);
    m_script->addItem(tr("As written"), int(DisplayScript::Original));
    m_script->addItem(tr("Simplified (简体)"), int(DisplayScript::Simplified));
    m_script->addItem(tr("Traditional (繁體)"), int(DisplayScript::Traditional));
    m_resolved->setChecked(true);

    auto *pdfPage = new QWidget(m_options);
    auto *pdfLayout = new QFormLayout(pdfPage);
    auto *scopeBox = new QVBoxLayout;
    for (QRadioButton *button : {m_current, m_selected, m_all}) {
        scopeBox->addWidget(button);
    }
    pdfLayout->addRow(tr("Reports:"), scopeBox);
    pdfLayout->addRow(tr("&Script:"), m_script);
    pdfLayout->addRow(QString(), m_resolved);
    pdfLayout->addRow(QString(), m_commentsOnly);
    m_options->addWidget(pdfPage);

    auto *digestPage = new QWidget(m_options);
    auto *digestLayout = new QFormLayout(digestPage);
    m_year->addItem(tr("Every year"), 0);
    if (m_session.store()) {
        for (const int year : m_session.read(m_session.store()->years())) {
            m_year->addItem(QString::number(year), year);
        }
    }
    if (m_year->count() > 1) {
        m_year->setCurrentIndex(1); // the newest year: what goes to the leadership
    }
    digestLayout->addRow(tr("&Year reported on:"), m_year);
    m_options->addWidget(digestPage);

    auto *sheetPage = new QWidget(m_options);
    auto *sheetLayout = new QFormLayout(sheetPage);
    m_format->addItem(tr("One Excel workbook (.xlsx)"));
    m_format->addItem(tr("CSV files in a folder (UTF-8 for Excel)"));
    sheetLayout->addRow(tr("&Format:"), m_format);
    m_options->addWidget(sheetPage);

    auto *form = new QFormLayout;
    form->addRow(tr("&What:"), m_kind);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(m_browse);
    m_output->setObjectName(u"output"_s);

    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportButton->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_exportButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_options);
    auto *outputForm = new QFormLayout;
    auto *outputLabel = new QLabel(tr("&Save to:"), this);
    outputLabel->setBuddy(m_output);
    outputForm->addRow(outputLabel, outputRow);
    layout->addLayout(outputForm);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);

    // Only the page shown takes room: the digest's one line needs no space for the PDF options.
    connect(m_options, &QStackedWidget::currentChanged, this, [this](int index) {
        for (int i = 0; i < m_options->count(); ++i) {
            m_options->widget(i)->setSizePolicy(
                QSizePolicy::Preferred, i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        }
        m_options->adjustSize();
    });
    for (QComboBox *combo : {m_kind, m_format, m_script, m_year}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportDialog::onOptionChanged);
    }
    for (QCheckBox *box : {m_resolved, m_commentsOnly}) {
        connect(box, &QCheckBox::toggled, this, &ExportDialog::onOptionChanged);
    }
    connect(scopes, &QButtonGroup::buttonToggled, this, &ExportDialog::onOptionChanged);
    connect(m_output, &QLineEdit::textChanged, this, &ExportDialog::onOptionChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::onFinished);
    onOptionChanged();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

ExportDialog::~ExportDialog()
{
    cancel();
    m_watcher.waitForFinished();
}

ExportDialog::Kind ExportDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void ExportDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

ExportDialog::Scope ExportDialog::scope() const
{
    return m_current->isChecked() ? Scope::Current : m_selected->isChecked() ? Scope::Selected : Scope::All;
}

void ExportDialog::setScope(Scope scope)
{
    (scope == Scope::Current ? m_current : scope == Scope::Selected ? m_selected : m_all)->setChecked(true);
}

QString ExportDialog::outputPath() const
{
    return m_output->text().trimmed();
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_output->setText(path);
}

bool ExportDialog::isRunning() const
{
    return m_watcher.isRunning();
}

QList<qint64> ExportDialog::reportsInScope() const
{
    switch (scope()) {
    case Scope::Current:
        return {m_currentReport};
    case Scope::Selected:
        return m_selectedReports;
    case Scope::All:
        break;
    }
    return {};
}

bool ExportDialog::writesFolder() const
{
    switch (kind()) {
    case Kind::AnnotatedPdf:
        return scope() != Scope::Current && !(scope() == Scope::Selected && m_selectedReports.size() == 1);
    case Kind::Digest:
        return false;
    case Kind::Spreadsheet:
        return m_format->currentIndex() == 1;
    }
    return false;
}

QString ExportDialog::destinationKind() const
{
    switch (kind()) {
    case Kind::AnnotatedPdf:
        return writesFolder() ? u"pdf-folder"_s : u"pdf"_s;
    case Kind::Digest:
        return u"digest"_s;
    case Kind::Spreadsheet:
        return writesFolder() ? u"csv-folder"_s : u"xlsx"_s;
    }
    return {};
}

QString ExportDialog::proposedDestination(const QString &kind) const
{
    const QString remembered = m_settings.exportDestination(kind);
    const QFileInfo project(m_session.path());
    const QString base = project.completeBaseName();
    if (kind == u"pdf") {
        // One report's PDF is named after the report, in the folder used last.
        QString name = base;
        const qint64 report = scope() == Scope::Current ? m_currentReport : m_selectedReports.value(0);
        if (m_session.store() && report > 0) {
            if (const auto document = m_session.store()->report(report)) {
                name = QFileInfo(document.value().fileName).completeBaseName();
            }
        }
        const QString folder = remembered.isEmpty() ? project.absolutePath() : QFileInfo(remembered).absolutePath();
        return QDir(folder).filePath(tr("%1 (annotated).pdf", "file name").arg(name));
    }
    if (!remembered.isEmpty()) {
        return remembered;
    }
    const QDir folder = project.absoluteDir();
    if (kind == u"pdf-folder") {
        return folder.filePath(tr("%1 annotated PDFs", "folder name").arg(base));
    }
    if (kind == u"digest") {
        return folder.filePath(tr("%1 review digest.pdf", "file name").arg(base));
    }
    if (kind == u"csv-folder") {
        return folder.filePath(tr("%1 tables (CSV)", "folder name").arg(base));
    }
    return folder.filePath(base + u".xlsx"_s);
}

QString ExportDialog::destinationProblem(const QString &kind) const
{
    const QFileInfo output(outputPath());
    if (kind.endsWith(u"-folder")) {
        return output.exists() && !output.isDir()
            ? tr("%1 is a file: name a folder to write the files into.").arg(QDir::toNativeSeparators(outputPath()))
            : QString();
    }
    return output.isDir() ? tr("%1 is a folder: name the file to write.").arg(QDir::toNativeSeparators(outputPath()))
                          : QString();
}

void ExportDialog::onOptionChanged()
{
    if (isRunning()) {
        return;
    }
    // What the last export said belongs to the options it ran with.
    m_status->clear();
    m_progress->setValue(0);
    const QString destination = destinationKind();
    if (destination != m_destinationKind) {
        // A file where a folder goes (or the reverse) would fail at the end: each kind keeps its own path.
        if (!m_destinationKind.isEmpty()) {
            m_destinations.insert(m_destinationKind, outputPath());
        }
        m_destinationKind = destination;
        const QString path = m_destinations.value(destination);
        const QSignalBlocker blocker(m_output);
        m_output->setText(path.isEmpty() ? proposedDestination(destination) : path);
    }
    updateControls();
}

void ExportDialog::updateControls()
{
    m_options->setCurrentIndex(m_kind->currentIndex());
    m_output->setPlaceholderText(writesFolder() ? tr("A folder") : tr("A file"));
    const bool running = isRunning();
    for (QWidget *widget : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_options),
             static_cast<QWidget *>(m_output), static_cast<QWidget *>(m_browse)}) {
        widget->setEnabled(!running);
    }
    m_exportButton->setEnabled(!running && !outputPath().isEmpty() && m_session.store());
    m_closeButton->setText(running ? tr("Cancel") : tr("Close"));
}

void ExportDialog::browse()
{
    QString path;
    if (writesFolder()) {
        path = QFileDialog::getExistingDirectory(this, tr("Export to a Folder"), outputPath());
    } else if (kind() == Kind::Spreadsheet) {
        path = QFileDialog::getSaveFileName(this, tr("Export"), outputPath(), tr("Excel workbook (*.xlsx)"));
    } else {
        path = QFileDialog::getSaveFileName(this, tr("Export"), outputPath(), tr("PDF (*.pdf)"));
    }
    if (!path.isEmpty()) {
        m_output->setText(path);
    }
}

void ExportDialog::startExport()
{
    if (isRunning() || !m_session.store() || outputPath().isEmpty()) {
        return;
    }
    if (const QString problem = destinationProblem(destinationKind()); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    const QString project = m_session.store()->path();
    const QString author = m_session.store()->author();
    const Kind chosen = kind();
    const QString output = outputPath();
    const bool folder = writesFolder();
    QList<qint64> ids = reportsInScope();
    if (chosen == Kind::AnnotatedPdf && scope() == Scope::All) {
        for (const ReportSummary &report : m_session.read(m_session.store()->reports())) {
            ids.append(report.id);
        }
    }
    AnnotatedPdfOptions options;
    options.script = DisplayScript(m_script->currentData().toInt());
    options.includeResolved = m_resolved->isChecked();
    options.commentsOnly = m_commentsOnly->isChecked();
    const int year = m_year->currentData().toInt();
    // Qt Charts draw on this thread only: the digest's charts are drawn here, the PDF on the worker.
    QList<DigestChart> charts;
    if (chosen == Kind::Digest) {
        DashboardScope chartScope;
        chartScope.year = year;
        if (const auto drawn = DashboardRenderer::digestCharts(*m_session.store(), chartScope)) {
            charts = drawn.value();
        } else {
            m_status->setText(drawn.error());
        }
    }

    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancel;
    m_progress->setValue(0);
    m_status->setText(tr("Exporting…"));
    m_runningKind = destinationKind();
    m_message.clear();
    // The worker has its own connection to the project (one store per thread); it reports
    // progress to this dialog, which outlives it (the destructor waits).
    const ExportProgress progress = [this, cancelled](int done, int total) {
        QMetaObject::invokeMethod(this, [this, done, total] { onProgress(done, total); }, Qt::QueuedConnection);
        return !cancelled->load();
    };
    m_watcher.setFuture(QtConcurrent::run([=]() -> Outcome {
        auto store = ReviewStore::open(project, ReviewStore::Access::ReadOnly, ReviewStore::Check::Deferred);
        if (!store) {
            return {false, store.error()};
        }
        store.value()->setAuthor(author);
        switch (chosen) {
        case Kind::AnnotatedPdf: {
            AnnotatedPdfExporter exporter(*store.value(), options);
            if (folder) {
                const auto written = exporter.exportReports(ids, output, progress);
                return written ? Outcome{true,
                                     tr("Wrote %n PDF(s) to %1.", nullptr, int(written.value().size()))
                                         .arg(QDir::toNativeSeparators(output))}
                               : Outcome{false, written.error()};
            }
            const auto pdf = exporter.exportReport(ids.value(0), progress);
            if (!pdf) {
                return {false, pdf.error()};
            }
            const auto saved = saveExportFile(output, pdf.value());
            return saved
                ? Outcome{true,
                      tr("Wrote %1 (%n page(s)).", nullptr, exporter.pageCount()).arg(QDir::toNativeSeparators(output))}
                : Outcome{false, saved.error()};
        }
        case Kind::Digest: {
            DigestPdfExporter exporter(*store.value());
            exporter.setCharts(charts);
            if (year > 0) {
                exporter.setTitle(tr("Rule-of-law government reports on %1: review digest").arg(year));
            }
            const auto reports = OutlineMatrix::reportsOfYear(*store.value(), year);
            if (!reports) {
                return {false, reports.error()};
            }
            const auto pdf = exporter.exportDigest(reports.value(), progress);
            if (!pdf) {
                return {false, pdf.error()};
            }
            const auto saved = saveExportFile(output, pdf.value());
            return saved ? Outcome{true,
                               tr("Wrote %1: %2, %3.")
                                   .arg(QDir::toNativeSeparators(output),
                                       tr("%n report(s)", nullptr, int(reports.value().size())),
                                       tr("%n page(s)", nullptr, exporter.pageCount()))}
                         : Outcome{false, saved.error()};
        }
        case Kind::Spreadsheet: {
            SpreadsheetExporter exporter(*store.value());
            if (const auto collected = exporter.collect({}, progress); !collected) {
                return {false, collected.error()};
            }
            if (folder) {
                const auto files = exporter.writeCsv(output);
                return files ? Outcome{true,
                                   tr("Wrote %n file(s) to %1.", nullptr, int(files.value().size()))
                                       .arg(QDir::toNativeSeparators(output))}
                             : Outcome{false, files.error()};
            }
            const auto workbook = exporter.xlsx();
            if (!workbook) {
                return {false, workbook.error()};
            }
            const auto saved = saveExportFile(output, workbook.value());
            return saved ? Outcome{true, tr("Wrote %1.").arg(QDir::toNativeSeparators(output))}
                         : Outcome{false, saved.error()};
        }
        }
        return {false, QString()};
    }));
    updateControls();
}

void ExportDialog::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
}

void ExportDialog::reject()
{
    if (isRunning()) {
        cancel();
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void ExportDialog::onProgress(int done, int total)
{
    if (isRunning() && total > 0) {
        m_progress->setValue(100 * done / total);
    }
}

void ExportDialog::onFinished()
{
    const Outcome outcome = m_watcher.result();
    m_message = outcome.message;
    if (outcome.ok) {
        m_progress->setValue(100);
        m_settings.setExportDestination(m_runningKind, outputPath());
    }
    m_status->setText(outcome.message);
    updateControls();
    Q_EMIT exportFinished(outcome.ok);
}

} // namespace Fazhi
