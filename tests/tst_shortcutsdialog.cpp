// SPDX-License-Identifier: GPL-3.0-or-later
// Help → Keyboard shortcuts: every shortcut listed under its menu, and the filter.
#include "shortcutsdialog.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private:
    /** The visible rows as "group/action=keys". */
    static QStringList visibleRows(const ShortcutsDialog &dialog)
    {
        const auto *tree = dialog.findChild<QTreeWidget *>(u"shortcuts"_s);
        QStringList rows;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *group = tree->topLevelItem(i);
            for (int j = 0; j < group->childCount(); ++j) {
                const QTreeWidgetItem *row = group->child(j);
                if (!group->isHidden() && !row->isHidden()) {
                    rows.append(group->text(0) + u'/' + row->text(0) + u'=' + row->text(1));
                }
            }
        }
        return rows;
    }

    static QAction *addAction(QMenu &menu, const QString &text, const QString &keys)
    {
        QAction *action = menu.addAction(text);
        action->setShortcut(QKeySequence::fromString(keys));
        return action;
    }

private Q_SLOTS:
    void listsShortcutsByMenu()
    {
        QMenu file(u"&File"_s);
        QAction *save = addAction(file, u"Save Project &As…"_s, u"Ctrl+Shift+S"_s);
        QAction *open = addAction(file, u"&Open Project…"_s, u"Ctrl+O"_s);
        QAction *quiet = file.addAction(u"Recent"_s); // no shortcut: not listed
        QMenu edit(u"&Edit"_s);
        QAction *undo = edit.addAction(u"&Undo"_s);
        undo->setShortcuts({QKeySequence::fromString(u"Ctrl+Z"_s), QKeySequence::fromString(u"Alt+Backspace"_s)});

        ShortcutsDialog dialog({save, open, quiet, undo});
        dialog.addRow(u"Tag the selection"_s, u"1–8"_s);
        dialog.addRow(u"Comment"_s, u"Enter"_s);

        const QString ctrlO = QKeySequence::fromString(u"Ctrl+O"_s).toString(QKeySequence::NativeText);
        const QString ctrlShiftS = QKeySequence::fromString(u"Ctrl+Shift+S"_s).toString(QKeySequence::NativeText);
        const QString undoKeys = QKeySequence::fromString(u"Ctrl+Z"_s).toString(QKeySequence::NativeText) + u", "_s
            + QKeySequence::fromString(u"Alt+Backspace"_s).toString(QKeySequence::NativeText);
        // Grouped by menu in the order given, the reader's keys last.
        QCOMPARE(visibleRows(dialog),
            (QStringList{u"File/Save Project As="_s + ctrlShiftS, u"File/Open Project="_s + ctrlO,
                u"Edit/Undo="_s + undoKeys, u"Reader/Tag the selection=1–8"_s, u"Reader/Comment=Enter"_s}));
    }

    void filters()
    {
        QMenu edit(u"&Edit"_s);
        QAction *undo = addAction(edit, u"&Undo"_s, u"Ctrl+Z"_s);
        QAction *redo = addAction(edit, u"&Redo"_s, u"Ctrl+Shift+Z"_s);
        ShortcutsDialog dialog({undo, redo});
        dialog.addRow(u"Tag the selection"_s, u"1–8"_s);
        dialog.show();

        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"filter"_s), u"UND"_s);
        QCOMPARE(visibleRows(dialog).size(), 1);
        QVERIFY(visibleRows(dialog).first().startsWith(u"Edit/Undo="_s));
        dialog.setFilter(u"1–8"_s);
        QCOMPARE(visibleRows(dialog), QStringList{u"Reader/Tag the selection=1–8"_s});
        dialog.setFilter(u"nothing like it"_s);
        QVERIFY(visibleRows(dialog).isEmpty());
        dialog.setFilter(QString());
        QCOMPARE(visibleRows(dialog).size(), 3);
    }

    void actionsNameThemselves()
    {
        QMenu edit(u"&Edit"_s);
        QAction *redo = addAction(edit, u"&Redo Delete annotation"_s, u"Ctrl+Shift+Z"_s);
        redo->setIconText(u"Redo"_s); // the name without what it would redo
        QAction *find = addAction(edit, u"&Find in Report…"_s, u"Ctrl+F"_s);
        QCOMPARE(ShortcutsDialog::nameOf(redo), u"Redo"_s);
        QCOMPARE(ShortcutsDialog::nameOf(find), u"Find in Report"_s);
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plain");
        QTest::newRow("mnemonic") << u"&Open Project…"_s << u"Open Project"_s;
        QTest::newRow("ampersand") << u"Save && Close"_s << u"Save & Close"_s;
        QTest::newRow("chinese") << u"打开项目(&O)..."_s << u"打开项目"_s;
        QTest::newRow("full-width brackets") << u"撤销（&U）"_s << u"撤销"_s;
        QTest::newRow("plain brackets stay") << u"Tag (selection)"_s << u"Tag (selection)"_s;
    }

    void plainText()
    {
        QFETCH(QString, text);
        QFETCH(QString, plain);
        QCOMPARE(ShortcutsDialog::plainText(text), plain);
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
