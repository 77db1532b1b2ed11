// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// The first menu that holds @p action names the group ("File", "Edit"); else the panel it belongs to.
QString groupOf(const QAction *action)
{
    for (const QObject *object : action->associatedObjects()) {
        if (const auto *menu = qobject_cast<const QMenu *>(object)) {
            return ShortcutsDialog::plainText(menu->title());
        }
    }
    for (const QObject *object = action->parent(); object; object = object->parent()) {
        if (const auto *dock = qobject_cast<const QDockWidget *>(object)) {
            return ShortcutsDialog::plainText(dock->windowTitle());
        }
    }
    return {};
}

void addMenuActions(const QMenu *menu, QList<QAction *> &actions)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenuActions(action->menu(), actions);
        } else if (!actions.contains(action)) {
            actions.append(action);
        }
    }
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &shortcut : action->shortcuts()) {
        keys.append(shortcut.toString(QKeySequence::NativeText));
    }
    return keys.join(u", ");
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(u"shortcutsDialog"_s);

    m_filter->setObjectName(u"filter"_s);
    m_filter->setPlaceholderText(tr("Filter shortcuts…"));
    m_filter->setClearButtonEnabled(true);

    m_tree->setObjectName(u"shortcuts"_s);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(KeysColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    for (const QAction *action : actions) {
        if (action == nullptr || action->isSeparator() || action->shortcuts().isEmpty()) {
            continue;
        }
        const QString group = groupOf(action);
        addRow(nameOf(action), keysOf(action), group.isEmpty() ? tr("General") : group);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(520, 560);
    m_filter->setFocus();
}

QList<QAction *> ShortcutsDialog::actionsOf(const QMainWindow &window)
{
    QList<QAction *> actions;
    for (const QAction *menu : window.menuBar()->actions()) {
        if (menu->menu()) {
            addMenuActions(menu->menu(), actions);
        }
    }
    for (QAction *action : window.findChildren<QAction *>()) {
        if (!action->menu() && !actions.contains(action)) {
            actions.append(action);
        }
    }
    return actions;
}

QString ShortcutsDialog::nameOf(const QAction *action)
{
    // Unless set, the icon text is the text without its '&'s and "...".
    QString stripped = action->text();
    stripped.remove(u'&').remove(u"..."_s);
    const QString icon = action->iconText();
    return plainText(icon.isEmpty() || icon == stripped.trimmed() ? action->text() : icon);
}

void ShortcutsDialog::addRow(const QString &description, const QString &keys, const QString &group)
{
    // Kept in the order given (the menus' order), which is the order the user knows them in.
    groupItem(group.isEmpty() ? tr("Reader") : group)->addChild(new QTreeWidgetItem({description, keys}));
    applyFilter();
}

void ShortcutsDialog::setFilter(const QString &text)
{
    m_filter->setText(text);
}

QString ShortcutsDialog::plainText(const QString &actionText)
{
    QString text;
    text.reserve(actionText.size());
    for (qsizetype i = 0; i < actionText.size(); ++i) {
        // "&&" is a literal ampersand; a lone '&' only marks the mnemonic.
        if (actionText.at(i) == u'&') {
            if (i + 1 < actionText.size() && actionText.at(i + 1) == u'&') {
                text.append(u'&');
                ++i;
            }
            continue;
        }
        text.append(actionText.at(i));
    }
    // Chinese menus put the mnemonic in brackets after the text: "文件(&F)" becomes "文件".
    static const QRegularExpression mnemonic(u"\\s*[(（][A-Za-z0-9][)）]"_s);
    if (actionText.contains(u'&')) {
        text.remove(mnemonic);
    }
    if (text.endsWith(u"…")) {
        text.chop(1);
    } else if (text.endsWith(u"...")) {
        text.chop(3);
    }
    return text.trimmed();
}

QTreeWidgetItem *ShortcutsDialog::groupItem(const QString &group)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->text(ActionColumn) == group) {
            return m_tree->topLevelItem(i);
        }
    }
    auto *item = new QTreeWidgetItem(m_tree, {group});
    item->setFirstColumnSpanned(true);
    item->setFlags(Qt::ItemIsEnabled);
    QFont font = item->font(ActionColumn);
    font.setBold(true);
    item->setFont(ActionColumn, font);
    item->setExpanded(true);
    return item;
}

void ShortcutsDialog::applyFilter()
{
    const QString filter = m_filter->text().trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        bool any = false;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *row = group->child(j);
            const bool shown = filter.isEmpty() || row->text(ActionColumn).contains(filter, Qt::CaseInsensitive)
                || row->text(KeysColumn).contains(filter, Qt::CaseInsensitive)
                || group->text(ActionColumn).contains(filter, Qt::CaseInsensitive);
            row->setHidden(!shown);
            any = any || shown;
        }
        group->setHidden(!any);
    }
}

} // namespace Fazhi
