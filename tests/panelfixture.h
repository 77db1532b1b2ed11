// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A review project for the widget tests of the panels: the project of ProjectFixture, and how a
// reviewer types, chooses from a context menu and clicks in them.
#include "projectfixture.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QMenu>
#include <QTest>

class PanelFixture : public ProjectFixture
{
public:
    /** Types @p text into @p widget as an input method commits it: how Chinese is typed. */
    static void type(QWidget *widget, const QString &text)
    {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(widget->focusProxy() ? widget->focusProxy() : widget, &event);
    }

    /**
     * Chooses the entry @p actionName (object name) of the context menu open now, with the
     * keyboard: mouse clicks on a popup depend on where the platform thinks the cursor is.
     */
    static bool chooseFromMenu(const QString &actionName)
    {
        QMenu *menu = nullptr;
        if (!QTest::qWaitFor([&menu] { return (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())); })) {
            return false;
        }
        const QList<QAction *> actions = menu->actions();
        const auto action = std::find_if(actions.cbegin(), actions.cend(),
            [&actionName](const QAction *a) { return a->objectName() == actionName; });
        if (action == actions.cend() || !(*action)->isEnabled()) {
            return false;
        }
        for (int i = 0; i < actions.size() && menu->activeAction() != *action; ++i) {
            QTest::keyClick(menu, Qt::Key_Down);
        }
        if (menu->activeAction() != *action) {
            return false;
        }
        QTest::keyClick(menu, Qt::Key_Return);
        return true;
    }

    /** Clicks a radio button or check box on its indicator, wherever the layout stretched it. */
    static void clickButton(QWidget *button)
    {
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    }
};
