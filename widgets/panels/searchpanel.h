// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewstore.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Fazhi {

class ReviewSession;

/**
 * Edit → Search all reports (Ctrl+Shift+F): words in any script, narrowed by year and outline
 * category; each result names its report and shows the passage with the words in bold.
 * Searching starts once typing pauses, one query per pause, a page at a time.
 */
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    /** Results fetched per page ("More…" fetches the next). */
    static constexpr int PageSize = 50;
    /** How long typing must pause before the search runs, in milliseconds. */
    static constexpr int DebounceMilliseconds = 250;

    explicit SearchPanel(ReviewSession &session, QWidget *parent = nullptr);

    QString query() const;
    /** Sets the words and searches after the usual pause. */
    void setQuery(const QString &text);
    /** Puts the focus in the words field with its text selected (for Ctrl+Shift+F). */
    void focusQuery();
    /** Searches at once instead of after the pause. */
    void searchNow();

    /** The results shown, in order. */
    const QList<SearchHit> &hits() const { return m_hits; }
    /** Whether "More…" would fetch further results. */
    bool hasMore() const { return m_hasMore; }

Q_SIGNALS:
    /** A result was clicked or chosen with Enter: show original[start, end) of the report, its first match. */
    void hitActivated(qint64 reportId, int start, int end);
    /** A search ran (a new one or the next page) and its results are shown. */
    void resultsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch(bool nextPage);
    void showMore();
    void showStatus(const QString &error = {});
    void refreshYears();
    void onSessionChanged();
    void onResultClicked(QTreeWidgetItem *item);
    QTreeWidgetItem *itemFor(const SearchHit &hit, int index);

    ReviewSession &m_session;
    QLineEdit *m_query;
    QComboBox *m_year;
    QComboBox *m_category;
    QLabel *m_status;
    QTreeWidget *m_results;
    QPushButton *m_more;
    QTimer m_debounce;
    SearchQuery m_request;
    QList<SearchHit> m_hits;
    bool m_hasMore = false;
};

} // namespace Fazhi
