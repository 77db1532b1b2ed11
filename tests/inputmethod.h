// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Typing Chinese in tests: QTest::keyClicks only knows ASCII keys.
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QWidget>

namespace InputMethod {

/** Types @p text into @p widget a character at a time, as an input method commits it. */
inline void type(QWidget *widget, const QString &text)
{
    QWidget *target = widget->focusProxy() ? widget->focusProxy() : widget;
    for (const QChar c : text) {
        QInputMethodEvent commit;
        commit.setCommitString(c);
        QCoreApplication::sendEvent(target, &commit);
    }
}

} // namespace InputMethod
