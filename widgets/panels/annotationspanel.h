// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "reviewtypes.h"

#include <QWidget>

class QAction;
class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace Fazhi {

class MessageStack;
class ReviewSession;

/**
 * The current report's annotations: tag, quote, comment, author, date and status, with those
 * whose text is gone from a newer version of the report first. Filters by tag and by status;
 * the context menu edits the comment, changes the tag, resolves or reopens, and deletes, all
 * through the session so every change can be undone.
 */
class AnnotationsPanel final : public QWidget
{
    Q_OBJECT

public:
    /** Data of each list item (column 0). */
    enum Role {
        AnnotationIdRole = Qt::UserRole, ///< qint64
        TagIdRole, ///< qint64
        ResolvedRole, ///< bool
        OrphanedRole, ///< bool
    };

    explicit AnnotationsPanel(ReviewSession &session, QWidget *parent = nullptr);

    /** Shows the annotations of report @p reportId; 0 shows none. */
    void setReport(qint64 reportId);
    qint64 report() const { return m_reportId; }
    /** The selected annotation's id, or 0. */
    qint64 currentAnnotation() const;

public Q_SLOTS:
    /** Selects annotation @p annotationId (clearing filters that hide it); 0 clears the selection. */
    void selectAnnotation(qint64 annotationId);

Q_SIGNALS:
    /** The reviewer opened an annotation (double-click or Enter), for the reader to show it. */
    void annotationActivated(qint64 annotationId);

private:
    void reload();
    void reloadTags();
    void applyFilter();
    void describe(QTreeWidgetItem *item, const Annotation &annotation);
    void onContextMenu(const QPoint &pos);
    void updateActions();
    void editComment();
    void toggleResolved();
    void removeCurrent();
    void changeTag(qint64 tagId);
    /** Shows what the store said when a change failed. */
    void showFailure(const Result<Done> &result);

    ReviewSession &m_session;
    qint64 m_reportId = 0;
    QList<Tag> m_tags;
    QComboBox *m_tagFilter;
    QComboBox *m_statusFilter;
    QTreeWidget *m_list;
    MessageStack *m_stack;
    QAction *m_editAction;
    QAction *m_resolveAction;
    QAction *m_deleteAction;
};

} // namespace Fazhi
