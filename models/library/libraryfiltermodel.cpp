// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryfiltermodel.h"

#include "librarymodel.h"

namespace Fazhi {

LibraryFilterModel::LibraryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LibraryModel::SortRole);
    // Regions sort as a Chinese reader expects, not by code point.
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void LibraryFilterModel::setFilterText(const QString &text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    // Normalized once here; the rows carry their normalized key, so a keystroke costs one
    // substring search per row.
    m_words = LibraryModel::filterKey(text).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void LibraryFilterModel::setYear(int year)
{
    if (year != m_year) {
        m_year = year;
        invalidateRowsFilter();
    }
}

void LibraryFilterModel::setLevel(const QString &level)
{
    if (level != m_level) {
        m_level = level;
        invalidateRowsFilter();
    }
}

void LibraryFilterModel::setStatus(const QString &status)
{
    if (status != m_status) {
        m_status = status;
        invalidateRowsFilter();
    }
}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_year != 0 && index.data(LibraryModel::YearRole).toInt() != m_year) {
        return false;
    }
    if (!m_level.isEmpty() && index.data(LibraryModel::LevelRole).toString() != m_level) {
        return false;
    }
    if (!m_status.isEmpty() && index.data(LibraryModel::StatusRole).toString() != m_status) {
        return false;
    }
    if (m_words.isEmpty()) {
        return true;
    }
    const QString key = index.data(LibraryModel::FilterKeyRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&key](const QString &word) { return key.contains(word); });
}

} // namespace Fazhi
