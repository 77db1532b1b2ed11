// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportprogress.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Fazhi {

class ReviewStore;

/** One sheet: a header row and rows of text; numeric columns are written as numbers in .xlsx. */
struct SheetTable
{
    QString id; ///< "annotations", "checklist", "indicators": the CSV file's name
    QString name; ///< the sheet's name, translated
    QStringList header;
    QList<QStringList> rows;
    QList<int> numericColumns;
    /** Columns of times as "yyyy-MM-dd HH:mm": date cells (with a date format) in .xlsx. */
    QList<int> dateColumns = {};
};

/**
 * The review in tables for Excel/WPS: every annotation, every checklist result (automatic and
 * in force after the reviewers' overrules), every indicator figure and each report's verdict
 * (grade, review status, overall comment), as CSV files (UTF-8 with
 * a byte order mark, so that Excel reads the Chinese) or as one .xlsx workbook written by
 * libxlsxwriter with a sheet each, the header row frozen and columns wide enough for Chinese.
 */
class SpreadsheetExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::SpreadsheetExporter)

public:
    /** Reads from @p store, which must outlive this (one store per thread). */
    explicit SpreadsheetExporter(ReviewStore &store);

    /** Reads the tables of @p reportIds (every report when empty); @p progress counts reports. */
    Result<Done> collect(const QList<qint64> &reportIds = {}, const ExportProgress &progress = {});
    const QList<SheetTable> &tables() const { return m_tables; }

    /** The tables as one .xlsx workbook, opened on the reports' sheet. */
    Result<QByteArray> xlsx() const;
    /** Writes "annotations.csv", "checklist.csv", "indicators.csv" and "reports.csv" into @p directory; the files. */
    Result<QStringList> writeCsv(const QString &directory) const;

    /** @p table as CSV: UTF-8 with BOM, CRLF line ends. */
    static QByteArray csv(const SheetTable &table);
    /** A report's review status ("new", "in_progress", "done") for people, translated. */
    static QString reviewStatusName(const QString &status);
    /** The width of @p text in Excel's character units: Chinese (wide) characters count two. */
    static int displayWidth(QStringView text);

private:
    ReviewStore &m_store;
    QList<SheetTable> m_tables;
};

} // namespace Fazhi
