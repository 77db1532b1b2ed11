// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicatorextractor.h"
#include "result.h"
#include "reviewtypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Fazhi {

class ReviewStore;

/** What one report says for one row of the matrix: its headings and paragraphs of that category or theme. */
struct MatrixCell
{
    /** The parts' original text, joined by "\n". */
    QString text;
    /** Characters of text, without the joining line breaks. */
    int length = 0;
    /** The parts (original offsets), in document order: where the reader opens. */
    QList<TextRange> ranges;
    /** The figures whose sentence lies inside one of the ranges. */
    QList<IndicatorValue> indicators;
    /** The text is the passages a reviewer tagged as this category: the classifier found none. */
    bool tagged = false;

    /** The report says nothing for this row: what reviewers look for. */
    bool missing() const { return ranges.isEmpty(); }
};

/** One row: an outline category (achievements … plans) or a theme of the standard. */
struct MatrixRow
{
    /** The category id ("problems") or the theme id. */
    QString id;
    /** The translated category name or the theme's name. */
    QString name;
    bool theme = false;
};

/**
 * The outline matrix: for each outline category and theme (rows), what each report (columns)
 * says about it, so that reviewers read "how does each district describe its problems?" in one
 * line. A reviewer's category decision on a paragraph overrules the automatic one, as in the
 * reader; where the classifier found no part of a category, the passages a reviewer tagged as it
 * (问题, 原因 …) fill the cell, marked as the reviewer's. Built once from the store; a snapshot, not a live view.
 */
class OutlineMatrix final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::OutlineMatrix)

public:
    /** The matrix of @p reportIds (in that order) against the categories and the bundled standard's themes. */
    static Result<OutlineMatrix> build(ReviewStore &store, const QList<qint64> &reportIds);
    /** The ids of the reports of @p year (0: every report), in the library's order. */
    static Result<QList<qint64>> reportsOfYear(ReviewStore &store, int year);

    const QList<MatrixRow> &rows() const { return m_rows; }
    /** The columns' reports. */
    const QList<ReportSummary> &reports() const { return m_reports; }
    /** The cell of @p row and @p column; an empty (missing) cell when out of range. */
    MatrixCell cell(int row, int column) const;
    /** The row with @p id, or -1. */
    int rowOf(const QString &id) const;
    /** A column's header: "region year" (the file name when the region is unknown). */
    QString columnTitle(int column) const;

    /** The matrix as CSV (UTF-8 with BOM, for Excel): row name, then each report's text or "missing". */
    QByteArray toCsv() const;

private:
    QList<MatrixRow> m_rows;
    QList<ReportSummary> m_reports;
    /** Row-major: m_cells[row * m_reports.size() + column]. */
    QList<MatrixCell> m_cells;
};

} // namespace Fazhi
