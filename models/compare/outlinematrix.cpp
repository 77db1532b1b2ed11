// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinematrix.h"

#include "annotationexporter.h"
#include "outlinecategory.h"
#include "outlinenames.h"
#include "outlinestandard.h"
#include "reportdecisions.h"
#include "reviewstore.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

/** The bundled standard, read once: its themes are the same for every matrix. */
const Result<OutlineStandard> &bundledStandard()
{
    static const Result<OutlineStandard> standard = OutlineStandard::bundled();
    return standard;
}

} // namespace

Result<QList<qint64>> OutlineMatrix::reportsOfYear(ReviewStore &store, int year)
{
    const auto reports = store.reports();
    if (!reports) {
        return reports.failure();
    }
    QList<qint64> ids;
    for (const ReportSummary &summary : reports.value()) {
        if (year == 0 || summary.year == year) {
            ids.append(summary.id);
        }
    }
    return ids;
}

Result<OutlineMatrix> OutlineMatrix::build(ReviewStore &store, const QList<qint64> &reportIds)
{
    const Result<OutlineStandard> &standard = bundledStandard();
    if (!standard) {
        return standard.failure();
    }
    OutlineMatrix matrix;
    QHash<QString, int> categoryRows;
    QHash<QString, int> themeRows;
    for (const OutlineCategory category : allOutlineCategories()) {
        // "other" (preamble, closing words) is not something districts are compared on.
        if (category == OutlineCategory::Other) {
            continue;
        }
        categoryRows.insert(outlineCategoryId(category), int(matrix.m_rows.size()));
        matrix.m_rows.append({outlineCategoryId(category), outlineCategoryName(category), false});
    }
    for (const OutlineTheme &theme : standard.value().themes()) {
        themeRows.insert(theme.id, int(matrix.m_rows.size()));
        matrix.m_rows.append({theme.id, OutlineNames::name(theme.name), true});
    }

    const auto reports = store.reports();
    if (!reports) {
        return reports.failure();
    }
    QHash<qint64, ReportSummary> summaries;
    for (const ReportSummary &summary : reports.value()) {
        summaries.insert(summary.id, summary);
    }
    const qsizetype columns = reportIds.size();
    matrix.m_cells.resize(matrix.m_rows.size() * columns);
    for (qsizetype column = 0; column < columns; ++column) {
        const qint64 id = reportIds.at(column);
        if (!summaries.contains(id)) {
            return Error{tr("There is no report %1 in the project.").arg(id)};
        }
        matrix.m_reports.append(summaries.value(id));
        const Result<ReportDocument> document = store.report(id);
        if (!document) {
            return document.failure();
        }
        const auto loaded = ReportDecisions::load(store, id);
        if (!loaded) {
            return loaded.failure();
        }
        const ReportDecisions &decisions = loaded.value();
        const auto parts = store.parts(id);
        if (!parts) {
            return parts.failure();
        }
        const auto indicators = store.indicators(id);
        if (!indicators) {
            return indicators.failure();
        }
        const auto cellAt = [&](int row) -> MatrixCell & {
            return matrix.m_cells[row * columns + column];
        };
        // Headings too: a run-in heading such as "(三)严格落实党政主要负责人…责任。" says what the
        // paragraph after it is about, and a reader of the cell needs it.
        const auto add = [&](int row, const TextRange &range) {
            MatrixCell &cell = cellAt(row);
            if (!cell.ranges.isEmpty()) {
                cell.text += u'\n';
            }
            cell.text += document.value().textAt(range);
            cell.length += range.length();
            cell.ranges.append(range);
        };
        for (const StoredPart &part : parts.value()) {
            const TextRange range{part.start, part.end};
            if (const auto row = categoryRows.constFind(decisions.category(part)); row != categoryRows.cend()) {
                add(*row, range);
            }
            for (const QString &theme : part.themes) {
                if (const auto row = themeRows.constFind(theme); row != themeRows.cend()) {
                    add(*row, range);
                }
            }
        }
        for (auto row = categoryRows.cbegin(); row != categoryRows.cend(); ++row) {
            if (!cellAt(*row).missing()) {
                continue;
            }
            for (const TextRange &range : decisions.tagged(row.key())) {
                add(*row, range);
                cellAt(*row).tagged = true;
            }
        }
        for (int row = 0; row < matrix.m_rows.size(); ++row) {
            MatrixCell &cell = cellAt(row);
            for (const IndicatorValue &indicator : indicators.value()) {
                for (const TextRange &range : std::as_const(cell.ranges)) {
                    if (indicator.sentence.start >= range.start && indicator.sentence.end <= range.end) {
                        cell.indicators.append(indicator);
                        break;
                    }
                }
            }
        }
    }
    return matrix;
}

MatrixCell OutlineMatrix::cell(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_reports.size()) {
        return {};
    }
    return m_cells.at(row * m_reports.size() + column);
}

int OutlineMatrix::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

QString OutlineMatrix::columnTitle(int column) const
{
    const ReportSummary &report = m_reports.at(column);
    const QString name = report.region.isEmpty() ? report.fileName : report.region;
    return report.year > 0 ? u"%1 %2"_s.arg(name).arg(report.year) : name;
}

QByteArray OutlineMatrix::toCsv() const
{
    QStringList header{AnnotationExporter::csvField(tr("Outline"))};
    for (int column = 0; column < m_reports.size(); ++column) {
        header.append(AnnotationExporter::csvField(columnTitle(column)));
    }
    QString csv = header.join(u',') + u"\r\n"_s;
    for (int row = 0; row < m_rows.size(); ++row) {
        QStringList fields{AnnotationExporter::csvField(m_rows.at(row).name)};
        for (int column = 0; column < m_reports.size(); ++column) {
            const MatrixCell &cell = m_cells.at(row * m_reports.size() + column);
            fields.append(AnnotationExporter::csvField(cell.missing() ? tr("missing") : cell.text));
        }
        csv += fields.join(u',') + u"\r\n"_s;
    }
    // The byte order mark makes Excel read the Chinese as UTF-8.
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace Fazhi
