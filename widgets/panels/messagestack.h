// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QLabel;

namespace Fazhi {

/**
 * A panel's content, or in its place a quiet centered sentence saying why there is nothing to
 * show ("Open a report to see its outline.") — the empty state every side panel needs.
 */
class MessageStack final : public QStackedWidget
{
    Q_OBJECT

public:
    /** Shows @p content (which it takes over) until showMessage(). */
    explicit MessageStack(QWidget *content, QWidget *parent = nullptr);

    void showMessage(const QString &message);
    void showContent();
    /** The sentence shown, empty while the content is. */
    QString message() const;

private:
    QLabel *m_message;
    QWidget *m_content;
};

} // namespace Fazhi
