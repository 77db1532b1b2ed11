// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

namespace Fazhi {

/**
 * Keeps the mouse wheel from changing a value the reviewer did not pick: a combo box, spin
 * box or slider only takes the wheel once the reviewer gave it the keyboard focus (a click,
 * Tab or its mnemonic);
 * before that the wheel goes on to what holds it, so a panel scrolls past its combos instead
 * of rewriting a grade. Installed once on the application, it covers every panel and dialog.
 */
class WheelGuard final : public QObject
{
    Q_OBJECT

public:
    /** Installs the guard on the running application (once; later calls do nothing). */
    static void install();

    /** Whether @p widget holds a value the wheel would change (scroll bars do not: they scroll). */
    static bool guards(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    /** @p widget or the value widget it is part of (a spin box's line edit), if any. */
    static QWidget *guardedAt(QWidget *widget);

    /** The value widget the reviewer chose last, while it keeps the focus. */
    QPointer<QWidget> m_chosen;
};

} // namespace Fazhi
