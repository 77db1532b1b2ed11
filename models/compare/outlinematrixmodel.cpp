// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinematrixmodel.h"

#include "outlinenames.h"

#include <QPoint>

using namespace Qt::StringLiterals;

namespace Fazhi {

OutlineMatrixModel::OutlineMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OutlineMatrixModel::setMatrix(OutlineMatrix matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    endResetModel();
}

int OutlineMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows().size());
}

int OutlineMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.reports().size());
}

QString OutlineMatrixModel::taggedMark()
{
    return tr("Tagged by the reviewer");
}

QString OutlineMatrixModel::chip(const IndicatorValue &indicator)
{
    return OutlineNames::name(indicator.name) + u' ' + OutlineNames::quantity(indicator.value, indicator.unit);
}

QVariant OutlineMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const MatrixCell cell = m_matrix.cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.missing() ? tr("missing") : cell.text;
    case Qt::ToolTipRole: {
        if (cell.missing()) {
            return tr("%1 says nothing for \"%2\".")
                .arg(m_matrix.columnTitle(index.column()), m_matrix.rows().at(index.row()).name);
        }
        QStringList lines{tr("%n character(s); double-click to read it in the report", nullptr, cell.length)};
        if (cell.tagged) {
            lines.prepend(taggedMark());
        }
        for (const IndicatorValue &indicator : cell.indicators) {
            lines.append(chip(indicator));
        }
        return lines.join(u'\n');
    }
    case MissingRole:
        return cell.missing();
    case LengthRole:
        return cell.length;
    case IndicatorsRole: {
        // The reviewer's passages, not the classifier's: said first, in the cell itself.
        QStringList chips;
        if (cell.tagged) {
            chips.append(taggedMark());
        }
        for (const IndicatorValue &indicator : cell.indicators) {
            chips.append(chip(indicator));
        }
        return chips;
    }
    case ReportIdRole:
        return m_matrix.reports().at(index.column()).id;
    case RangesRole: {
        QVariantList ranges;
        for (const TextRange &range : cell.ranges) {
            ranges.append(QPoint(range.start, range.end));
        }
        return ranges;
    }
    case ThemeRole:
        return m_matrix.rows().at(index.row()).theme;
    default:
        return {};
    }
}

QVariant OutlineMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole) {
        if (orientation == Qt::Horizontal && section >= 0 && section < m_matrix.reports().size()) {
            return m_matrix.columnTitle(section);
        }
        if (orientation == Qt::Vertical && section >= 0 && section < m_matrix.rows().size()) {
            return m_matrix.rows().at(section).name;
        }
    }
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section >= 0
        && section < m_matrix.reports().size()) {
        return m_matrix.reports().at(section).title;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Fazhi
