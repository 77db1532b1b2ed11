// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "workspacetab.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace Fazhi {

class MatrixCellDelegate;
class OutlineMatrixModel;
class ReviewSession;

/**
 * The outline matrix: what each report says for each outline category and theme, side by
 * side — "how does each district describe its problems?" in one row. Shows the reports chosen
 * in the library or all reports of a year; missing cells are marked; a double-click opens the
 * report there; the matrix exports as CSV.
 */
class OutlineMatrixView final : public QWidget, public WorkspaceTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineMatrixView)

public:
    explicit OutlineMatrixView(ReviewSession &session, QWidget *parent = nullptr);

    /** Shows the reports @p reportIds, in that order (offered again as "Selected reports"). */
    Result<Done> showReports(const QList<qint64> &reportIds);
    /** Shows every report of @p year (0: every report). */
    Result<Done> showYear(int year);
    /** Writes the matrix shown as CSV (UTF-8 with BOM) to @p path, whole or not at all. */
    Result<Done> exportCsv(const QString &path) const;

    QTableView *table() const { return m_table; }
    OutlineMatrixModel *model() const { return m_model; }
    QString title() const;
    /** The reports shown, in column order. */
    QList<qint64> shownReports() const;

    QString tabKey() const override { return makeKey(MatrixKind, shownReports()); }
    QList<qint64> tabReports() const override { return shownReports(); }

Q_SIGNALS:
    /** The reviewer wants to read report @p reportId at original [start, end). */
    void openRequested(qint64 reportId, int start, int end);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    Result<Done> display(const QList<qint64> &reportIds);
    void fillScopes();
    void onScopeChosen(int index);
    void onCurrentChanged(const QModelIndex &current, const QModelIndex &previous);
    void onDoubleClicked(const QModelIndex &index);
    void exportDialog();

    ReviewSession &m_session;
    QComboBox *m_scope = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    OutlineMatrixModel *m_model = nullptr;
    MatrixCellDelegate *m_delegate = nullptr;
    QList<qint64> m_selected;
};

} // namespace Fazhi
