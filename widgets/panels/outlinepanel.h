// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdecisions.h"
#include "reportdocument.h"

#include <QHash>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace Fazhi {

class MessageStack;
class ReviewSession;

/**
 * The current report's section tree with each part's outline category (the reviewer's where
 * one overruled the classifier), its themes and, as tooltip, why the classifier decided.
 * Unheaded paragraphs whose category differs from their section's (the problems at the end of
 * a section of achievements) are listed under it. Reviewers change or confirm a category from
 * the context menu; every change goes through the session and can be undone.
 */
class OutlinePanel final : public QWidget
{
    Q_OBJECT

public:
    /** Data of each tree item (column 0). */
    enum Role {
        StartRole = Qt::UserRole, ///< int: where the heading (or paragraph) starts, original offset
        EndRole, ///< int: where it ends
        CategoryRole, ///< QString: category id in force
        AutomaticCategoryRole, ///< QString: the classifier's category id
        OverruledRole, ///< bool: a reviewer chose a different category
    };

    explicit OutlinePanel(ReviewSession &session, QWidget *parent = nullptr);

    /** Shows the report @p reportId; 0 shows none. */
    void setReport(qint64 reportId);
    qint64 report() const { return m_reportId; }

    /** The category in force for the part starting at @p start (reviewer's over automatic); empty if none. */
    QString effectiveCategory(int start) const;

Q_SIGNALS:
    /** The reviewer chose a heading or paragraph: original offsets, for the reader to show. */
    void rangeActivated(int start, int end);

private:
    void reload();
    void refresh();
    void showMessage(const QString &message);
    void addSection(QTreeWidgetItem *parent, const ReportSection &section);
    QTreeWidgetItem *addItem(
        QTreeWidgetItem *parent, const QString &text, const TextRange &range, const StoredPart &part);
    void describe(QTreeWidgetItem *item, const StoredPart &part);
    void onContextMenu(const QPoint &pos);
    void changeCategory(QTreeWidgetItem *item);
    void confirmCategory(QTreeWidgetItem *item);
    void decide(QTreeWidgetItem *item, const QString &value, const QString &comment);
    void activate(QTreeWidgetItem *item);
    QTreeWidgetItem *itemAt(int start) const;

    ReviewSession &m_session;
    qint64 m_reportId = 0;
    ReportDocument m_document;
    QHash<int, StoredPart> m_headings; ///< by start
    QHash<int, StoredPart> m_paragraphs; ///< by start
    ReportDecisions m_decisions;
    QTreeWidget *m_tree;
    MessageStack *m_stack;
};

} // namespace Fazhi
