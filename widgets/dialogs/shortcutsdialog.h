// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QMainWindow;
class QTreeWidget;
class QTreeWidgetItem;

namespace Fazhi {

/**
 * Help → Keyboard shortcuts: every action that has a shortcut, grouped by the menu it is in and
 * in the menu's order (or by the panel it belongs to), plus keys that are no menu action (the reader's 1–8 to tag),
 * with a filter box.
 */
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    enum Column { ActionColumn, KeysColumn, ColumnCount };

    /** Lists the @p actions that have a shortcut, in the order given (pass them in menu order). */
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    /**
     * Every action of @p window, in the order of its menus (submenus included), then every other
     * action in it, a panel's for instance: the list the dialog is made from, so that no shortcut
     * is left out.
     */
    static QList<QAction *> actionsOf(const QMainWindow &window);

    /**
     * The name an action is listed under: its text without mnemonic and ellipsis, or its icon
     * text when that is set apart (an action whose text changes, as Undo's "撤销 删除批注",
     * names itself "撤销" so).
     */
    static QString nameOf(const QAction *action);

    /**
     * Adds a row for keys that are not an action's shortcut: @p description ("Tag the
     * selection"), @p keys as the user types them ("1–8"), under @p group (the reader's keys
     * when empty).
     */
    void addRow(const QString &description, const QString &keys, const QString &group = {});

    /** Shows only rows whose description or keys contain @p text (any case). */
    void setFilter(const QString &text);

    /**
     * The action text as shown: without the '&' that marks the mnemonic (and the bracketed
     * "(&F)" Chinese menus put it in), and without a trailing ellipsis.
     */
    static QString plainText(const QString &actionText);

private:
    QTreeWidgetItem *groupItem(const QString &group);
    void applyFilter();

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace Fazhi
