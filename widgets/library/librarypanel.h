// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace Fazhi {

class LibraryFilterModel;
class LibraryModel;
class ReviewSession;

/**
 * The Library: every report of the project in a sortable table, narrowed by a filter box that
 * understands either script and by year, level and review status. Opens a report on
 * double-click or Enter, offers Compare for 2–4 selected reports, sets review statuses,
 * corrects a report's details and removes reports (Delete; after a confirmation that says what
 * goes with them; undoable).
 */
class LibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPanel)

public:
    explicit LibraryPanel(ReviewSession &session, QWidget *parent = nullptr);
    ~LibraryPanel() override;

    /** The ids of the selected reports, in the order shown. */
    QList<qint64> selectedReports() const;
    /** Selects the reports @p reportIds that are shown, the first of them current. */
    void selectReports(const QList<qint64> &reportIds);

    /** The width that shows every column in this language without a horizontal scroll bar. */
    int preferredWidth() const;

    /** Puts the cursor in the filter box, its text selected (also Ctrl+L). */
    void focusFilter();
    /** The Ctrl+L action, for menus and the shortcut list. */
    QAction *focusFilterAction() const { return m_focusFilter; }
    /** Remove the selected reports (Delete), for menus and the shortcut list. */
    QAction *removeAction() const { return m_remove; }
    /** Correct the current report's details, for menus. */
    QAction *editDetailsAction() const { return m_editDetails; }

    /** Asks to confirm, saying how many annotations and decisions go with them, then removes the selected reports. */
    void removeSelected();
    /** Opens the details of the current report to correct them. */
    void editDetails();

    LibraryModel *model() const { return m_model; }
    LibraryFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    /** The reviewer wants to read @p reportId (double-click, Enter, Open). */
    void reportActivated(qint64 reportId);
    /** The reviewer wants 2–4 reports side by side. */
    void compareRequested(const QList<qint64> &reportIds);
    /** The reviewer wants the outline matrix of the selected reports. */
    void matrixRequested(const QList<qint64> &reportIds);
    void selectedReportsChanged(const QList<qint64> &reportIds);

private:
    void onSelectionChanged();
    void onModelReset();
    void onActivated();
    void setReviewStatus(const QString &status);
    void showContextMenu(const QPoint &position);
    void fillChoices();
    void updateFooter();
    void updateActions();
    bool eventFilter(QObject *watched, QEvent *event) override;

    ReviewSession &m_session;
    LibraryModel *m_model;
    LibraryFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QComboBox *m_year;
    QComboBox *m_level;
    QComboBox *m_status;
    QTreeView *m_view;
    QLabel *m_footer;
    /** Why the list of reports could not be read, until it can. */
    QString m_loadError;
    QAction *m_focusFilter;
    QAction *m_open;
    QAction *m_compare;
    QAction *m_matrix;
    QAction *m_remove;
    QAction *m_editDetails;
    QList<QAction *> m_statusActions;
    /** The selection as last announced; kept across a model reset to put it back. */
    QList<qint64> m_selected;
    qint64 m_current = 0;
    /** The columns' widths for the translated headers and longest values, summed. */
    int m_columnsWidth = 0;
};

} // namespace Fazhi
