// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Fazhi {

/**
 * The library's rows that match what the reviewer typed and chose: words found in the region,
 * title or file name in either script (鎮江 finds 镇江市), and a year, level and review status.
 * Sorts numbers as numbers. Works on a LibraryModel's roles.
 */
class LibraryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryFilterModel)

public:
    explicit LibraryFilterModel(QObject *parent = nullptr);

    /** Rows whose region, title or file name contain every word of @p text; empty for all. */
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    /** Only reports of @p year; 0 for all. */
    void setYear(int year);
    int year() const { return m_year; }
    /** Only reports of @p level (市, 区, …); empty for all. */
    void setLevel(const QString &level);
    QString level() const { return m_level; }
    /** Only reports with review status @p status ("done", …); empty for all. */
    void setStatus(const QString &status);
    QString status() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words; // normalized like the rows' keys
    int m_year = 0;
    QString m_level;
    QString m_status;
};

} // namespace Fazhi
