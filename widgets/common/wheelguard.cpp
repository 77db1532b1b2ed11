// SPDX-License-Identifier: GPL-3.0-or-later
#include "wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFocusEvent>
#include <QScrollBar>

namespace Fazhi {

void WheelGuard::install()
{
    auto *app = QCoreApplication::instance();
    if (!app || app->findChild<WheelGuard *>(Qt::FindDirectChildrenOnly)) {
        return;
    }
    app->installEventFilter(new WheelGuard(app));
}

bool WheelGuard::guards(const QWidget *widget)
{
    return qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || (qobject_cast<const QAbstractSlider *>(widget) && !qobject_cast<const QScrollBar *>(widget));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::Wheel && type != QEvent::Polish && type != QEvent::FocusIn
        && type != QEvent::MouseButtonPress) {
        return false;
    }
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget) {
        return false;
    }
    if (type == QEvent::MouseButtonPress) {
        // A click chooses the widget, even one that has the focus already; it lands on a part
        // of it (a spin box's line edit).
        if (QWidget *clicked = guardedAt(widget)) {
            m_chosen = clicked;
        }
        return false;
    }
    if (type == QEvent::FocusIn) {
        // Chosen by the reviewer (a click, Tab, a mnemonic) — not the first widget of a window
        // that got the focus when the window opened. A combo's popup or another window taking
        // the focus for a while changes nothing; anything else the reviewer moves to does.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::PopupFocusReason || reason == Qt::ActiveWindowFocusReason
            || widget->window()->windowType() == Qt::Popup) {
            return false;
        }
        const bool choice = reason == Qt::MouseFocusReason || reason == Qt::TabFocusReason
            || reason == Qt::BacktabFocusReason || reason == Qt::ShortcutFocusReason;
        if (QWidget *focused = guardedAt(widget); focused && choice) {
            m_chosen = focused;
        } else if (focused != m_chosen) {
            m_chosen.clear();
        }
        return false;
    }
    if (!guards(widget)) {
        return false;
    }
    if (type == QEvent::Polish) {
        // Qt gives wheel focus before anyone sees the event: without this the wheel would
        // focus the combo it passes over and then change it.
        if (widget->focusPolicy() == Qt::WheelFocus) {
            widget->setFocusPolicy(Qt::StrongFocus);
        }
        return false;
    }
    if (widget->hasFocus() && m_chosen == widget) {
        return false;
    }
    // Ignored and filtered out: QApplication passes a spontaneous wheel on to the parent,
    // up to the scroll area that holds the widget.
    event->ignore();
    return true;
}

QWidget *WheelGuard::guardedAt(QWidget *widget)
{
    for (; widget; widget = widget->parentWidget()) {
        if (guards(widget)) {
            return widget;
        }
        if (widget->isWindow()) {
            break;
        }
    }
    return nullptr;
}

} // namespace Fazhi
