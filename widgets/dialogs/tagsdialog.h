// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace Fazhi {

class ReviewSession;

/**
 * Edit → Tags: the project's tags with their colors and keys. Add, rename, recolor, merge one
 * into another, or remove one nobody uses; every change goes through the session, so it can be
 * undone. A tag in use is never removed: the dialog offers to merge it instead.
 */
class TagsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagsDialog)

public:
    explicit TagsDialog(ReviewSession &session, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    /** The tag selected in the list, 0 when none. */
    qint64 selectedTag() const;

    // The actions behind the buttons, with their inputs given: for tests and scripting.
    bool addTag(const QString &name, const QColor &color);
    bool renameSelected(const QString &name);
    bool recolorSelected(const QColor &color);
    bool mergeSelectedInto(qint64 targetTagId);
    bool removeSelected();

private:
    void reload();
    void updateButtons();
    bool report(const QString &error);
    void askAdd();
    void askRename();
    void askRecolor();
    void askMerge();

    ReviewSession &m_session;
    QListWidget *m_list = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_recolor = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Fazhi
