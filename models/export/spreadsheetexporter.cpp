// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheetexporter.h"

#include "annotationexporter.h"
#include "exportfile.h"
#include "outlinenames.h"
#include "reportdecisions.h"
#include "reviewchecklist.h"
#include "reviewstore.h"

#include <xlsxwriter.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

bool isWide(char32_t c)
{
    // East Asian wide and full-width ranges: CJK, kana, hangul, full-width forms and punctuation.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

/** The format of times in the tables, read back for the workbook's date cells. */
const QString TimeFormat = u"yyyy-MM-dd HH:mm"_s;

} // namespace

SpreadsheetExporter::SpreadsheetExporter(ReviewStore &store)
    : m_store(store)
{
}

int SpreadsheetExporter::displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

Result<Done> SpreadsheetExporter::collect(const QList<qint64> &reportIds, const ExportProgress &progress)
{
    QList<ReportSummary> reports;
    const auto readReports = m_store.reports();
    if (!readReports) {
        return readReports.failure();
    }
    for (const ReportSummary &report : readReports.value()) {
        if (reportIds.isEmpty() || reportIds.contains(report.id)) {
            reports.append(report);
        }
    }
    QHash<qint64, QString> tagNames;
    const auto readTags = m_store.tags();
    if (!readTags) {
        return readTags.failure();
    }
    for (const Tag &tag : readTags.value()) {
        tagNames.insert(tag.id, ReviewStore::displayName(tag));
    }
    SheetTable annotations{u"annotations"_s, tr("Annotations"),
        {tr("Report"), tr("Region"), tr("Year"), tr("Tag"), tr("Passage"), tr("Comment"), tr("Author"), tr("Status"),
            tr("Created"), tr("Changed")},
        {}, {2}, {8, 9}};
    SheetTable checklist{u"checklist"_s, tr("Checklist"),
        {tr("Report"), tr("Region"), tr("Year"), tr("Item"), tr("Automatic"), tr("In force"), tr("Overruled by"),
            tr("Reviewer's note"), tr("Why")},
        {}, {2}};
    SheetTable indicators{u"indicators"_s, tr("Indicators"),
        {tr("Report"), tr("Region"), tr("Year"), tr("Indicator"), tr("Value"), tr("Unit"), tr("As written")}, {},
        {2, 4}};
    SheetTable verdicts{u"reports"_s, tr("Reports"),
        {tr("Report"), tr("Region"), tr("Year"), tr("Grade"), tr("Graded by"), tr("Review status"),
            tr("Overall comment"), tr("Imported")},
        {}, {2}, {7}};
    for (qsizetype i = 0; i < reports.size(); ++i) {
        if (progress && !progress(int(i), int(reports.size()))) {
            return Error{tr("The export was cancelled.")};
        }
        const ReportSummary &report = reports.at(i);
        const QString title = report.title.isEmpty() ? report.fileName : report.title;
        const QString year = report.year > 0 ? QString::number(report.year) : QString();
        const auto readAnnotations = m_store.annotations(report.id);
        if (!readAnnotations) {
            return readAnnotations.failure();
        }
        for (const Annotation &annotation : readAnnotations.value()) {
            annotations.rows.append({title, report.region, year, tagNames.value(annotation.tagId), annotation.quote,
                annotation.comment, annotation.author,
                annotation.orphaned       ? tr("Text gone")
                    : annotation.resolved ? tr("Resolved")
                                          : tr("Open"),
                annotation.created.toString(TimeFormat), annotation.updated.toString(TimeFormat)});
        }
        const auto loaded = ReportDecisions::load(m_store, report.id);
        if (!loaded) {
            return loaded.failure();
        }
        const ReportDecisions &decisions = loaded.value();
        const std::optional<Decision> grade = decisions.inForce(ReportDecisions::gradeTarget());
        verdicts.rows.append({title, report.region, year,
            grade && !grade->value.isEmpty() ? ReviewChecklist::gradeName(grade->value) : tr("Not graded"),
            grade ? grade->author : QString(), reviewStatusName(report.reviewStatus),
            decisions.value(ReportDecisions::summaryTarget(), {}), report.imported.toString(TimeFormat)});
        const auto readChecklist = m_store.checklist(report.id);
        if (!readChecklist) {
            return readChecklist.failure();
        }
        for (const ChecklistItem &item : readChecklist.value()) {
            const std::optional<Decision> overrule = decisions.inForce(ReportDecisions::checklistTarget(item.id));
            const QString name = ReviewChecklist::itemTitle(item.id);
            checklist.rows.append({title, report.region, year, name.isEmpty() ? item.title : name,
                ReviewChecklist::statusName(item.status), ReviewChecklist::statusName(decisions.status(item)),
                overrule ? overrule->author : QString(), overrule ? overrule->comment : QString(),
                ReviewChecklist::explanation(item)});
        }
        const auto document = m_store.report(report.id);
        const auto readIndicators = m_store.indicators(report.id);
        if (!readIndicators) {
            return readIndicators.failure();
        }
        for (const IndicatorValue &value : readIndicators.value()) {
            indicators.rows.append(
                {title, report.region, year, OutlineNames::name(value.name), QString::number(value.value, 'g', 12),
                    OutlineNames::unit(value.unit), document ? document.value().textAt(value.match) : QString()});
        }
    }
    if (progress) {
        progress(int(reports.size()), int(reports.size()));
    }
    m_tables = {annotations, checklist, indicators, verdicts};
    return Done{};
}

QString SpreadsheetExporter::reviewStatusName(const QString &status)
{
    if (status == u"in_progress") {
        return tr("In progress");
    }
    return status == u"done" ? tr("Done") : tr("Unreviewed");
}

QByteArray SpreadsheetExporter::csv(const SheetTable &table)
{
    const auto line = [](const QStringList &values) {
        QStringList fields;
        for (const QString &value : values) {
            fields.append(AnnotationExporter::csvField(value));
        }
        return fields.join(u',') + u"\r\n"_s;
    };
    QString text = line(table.header);
    for (const QStringList &row : table.rows) {
        text += line(row);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Result<QStringList> SpreadsheetExporter::writeCsv(const QString &directory) const
{
    if (!QDir().mkpath(directory)) {
        return Error{tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory))};
    }
    QStringList files;
    for (const SheetTable &table : m_tables) {
        const QString path = QDir(directory).filePath(table.id + u".csv"_s);
        if (const auto saved = saveExportFile(path, csv(table)); !saved) {
            return saved.failure();
        }
        files.append(path);
    }
    return files;
}

Result<QByteArray> SpreadsheetExporter::xlsx() const
{
    // libxlsxwriter writes to a file; a private folder keeps half-written workbooks out of sight.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return Error{tr("Cannot create a temporary folder: %1").arg(scratch.errorString())};
    }
    const QByteArray path = QFile::encodeName(scratch.filePath(u"export.xlsx"_s));
    lxw_workbook *workbook = workbook_new(path.constData());
    if (!workbook) {
        return Error{tr("Cannot start the workbook.")};
    }
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xE8EAED);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format *wrapped = workbook_add_format(workbook);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *time = workbook_add_format(workbook);
    format_set_num_format(time, "yyyy-mm-dd hh:mm");
    format_set_align(time, LXW_ALIGN_VERTICAL_TOP);
    for (const SheetTable &table : m_tables) {
        // Excel refuses these characters in sheet names and more than 31 characters.
        QString name = table.name;
        name.replace(QRegularExpression(u"[\\[\\]:*?/\\\\]"_s), u"_"_s);
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.left(31).toUtf8().constData());
        if (!sheet) {
            workbook_close(workbook);
            return Error{tr("Cannot add the sheet %1.").arg(name)};
        }
        QList<int> widths(table.header.size(), 0);
        for (qsizetype c = 0; c < table.header.size(); ++c) {
            worksheet_write_string(sheet, 0, lxw_col_t(c), table.header.at(c).toUtf8().constData(), header);
            widths[c] = displayWidth(table.header.at(c));
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QStringList &row = table.rows.at(r);
            for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c) {
                const QString &value = row.at(c);
                bool number = false;
                const double figure = table.numericColumns.contains(int(c)) ? value.toDouble(&number) : 0;
                const QDateTime at
                    = table.dateColumns.contains(int(c)) ? QDateTime::fromString(value, TimeFormat) : QDateTime();
                if (at.isValid()) {
                    lxw_datetime cell{};
                    cell.year = at.date().year();
                    cell.month = at.date().month();
                    cell.day = at.date().day();
                    cell.hour = at.time().hour();
                    cell.min = at.time().minute();
                    worksheet_write_datetime(sheet, lxw_row_t(r + 1), lxw_col_t(c), &cell, time);
                } else if (number) {
                    worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), figure, nullptr);
                } else {
                    worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), value.toUtf8().constData(), wrapped);
                }
                widths[c] = std::max(widths.at(c), displayWidth(value));
            }
        }
        for (qsizetype c = 0; c < widths.size(); ++c) {
            // Room for the widest value, within reason: long passages wrap instead.
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(widths.at(c) + 2, 8, 60), nullptr);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        if (table.id == u"reports") {
            worksheet_activate(sheet); // the overview is what a reader opens first
        }
        if (!table.rows.isEmpty()) {
            worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(table.header.size() - 1));
        }
    }
    if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR) {
        return Error{tr("Cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(error)))};
    }
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("Cannot read the workbook back: %1").arg(file.errorString())};
    }
    return file.readAll();
}

} // namespace Fazhi
