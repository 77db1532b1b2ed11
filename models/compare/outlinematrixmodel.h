// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outlinematrix.h"

#include <QAbstractTableModel>

namespace Fazhi {

/**
 * An OutlineMatrix as a table: a row per outline category and theme, a column per report, the
 * cell's text as display data and its figures through the roles below.
 */
class OutlineMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineMatrixModel)

public:
    enum Role {
        MissingRole = Qt::UserRole, ///< bool: the report has nothing for this row
        LengthRole, ///< int: characters of the cell's text
        IndicatorsRole, ///< QStringList: the figures as chips ("出庭应诉率 100%"), after the reviewer's mark
        ReportIdRole, ///< qint64: the column's report
        RangesRole, ///< QVariantList of QPoint(start, end): the parts, original offsets
        ThemeRole, ///< bool: the row is a theme rather than a category
    };

    explicit OutlineMatrixModel(QObject *parent = nullptr);

    void setMatrix(OutlineMatrix matrix);
    const OutlineMatrix &matrix() const { return m_matrix; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The chip text of @p indicator: its name and value with unit. */
    static QString chip(const IndicatorValue &indicator);
    /** The mark of a cell filled by the reviewer's tagged passages, first among its chips. */
    static QString taggedMark();

private:
    OutlineMatrix m_matrix;
};

} // namespace Fazhi
