// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "reviewtypes.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QTimer>

namespace Fazhi {

class ReviewSession;

/**
 * The reports of the open project, one row each, as the library lists them. The listing is read
 * on a worker thread with its own connection (10,000 summaries take about 400 ms in SQLite) and
 * swapped in when ready, so the UI never waits for it; it is read again whenever the session
 * says reports, annotations or decisions changed. Report texts are never loaded.
 */
class LibraryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryModel)

public:
    enum Column { Region, Level, Year, Length, Status, Grade, OpenAnnotations, ChecklistFailures, ColumnCount };

    enum Role {
        ReportIdRole = Qt::UserRole, ///< qint64
        SortRole, ///< the column's value as a number where it is one, for sorting
        FilterKeyRole, ///< region, title and file name normalized (simplified, half-width, folded case)
        YearRole, ///< int, 0 when unknown
        LevelRole, ///< 省, 市, 区, …
        StatusRole, ///< "unreviewed", "in_progress" or "done"
    };

    explicit LibraryModel(ReviewSession &session, QObject *parent = nullptr);
    ~LibraryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The summary shown in @p row. */
    const ReportSummary &summary(int row) const { return m_rows.at(row).summary; }
    /** The row of report @p reportId, or -1. */
    int rowOf(qint64 reportId) const { return m_rowOfId.value(reportId, -1); }

    /** Whether a listing is being read (the rows shown may be out of date). */
    bool isLoading() const { return m_loading.isRunning() || m_reloadTimer.isActive(); }

    /** Reads the listing again (soon, coalescing bursts of changes). */
    void reload();

    /** The review statuses in their order, as stored. */
    static QStringList statuses();
    /** A status as the user reads it ("Unreviewed", …). */
    static QString statusName(const QString &status);

    /** What @p text looks like to the filter: simplified script, half-width, case folded. */
    static QString filterKey(const QString &text);

Q_SIGNALS:
    /** A new listing has been swapped in. */
    void loaded();
    /** The listing could not be read. */
    void loadFailed(const Fazhi::Error &failure);

private:
    struct Row
    {
        ReportSummary summary;
        QString filterKey;
    };
    struct Listing
    {
        QList<Row> rows;
        /** Why the reports could not be read; an empty message when they could. */
        Error error;
    };

    static Listing readListing(const QString &path);
    void startLoading();
    void onLoadingFinished();
    void clear();

    ReviewSession &m_session;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfId;
    QFutureWatcher<Listing> m_loading;
    QTimer m_reloadTimer;
    bool m_reloadPending = false;
    /** Bumped when the project closes, so that a listing read from it is thrown away. */
    int m_generation = 0;
    int m_loadingGeneration = 0;
};

} // namespace Fazhi
