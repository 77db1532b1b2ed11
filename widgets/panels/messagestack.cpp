// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagestack.h"

#include <QLabel>

namespace Fazhi {

MessageStack::MessageStack(QWidget *content, QWidget *parent)
    : QStackedWidget(parent)
    , m_message(new QLabel(this))
    , m_content(content)
{
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(12);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    addWidget(m_message);
    addWidget(m_content);
    setCurrentWidget(m_content);
}

void MessageStack::showMessage(const QString &message)
{
    m_message->setText(message);
    setCurrentWidget(m_message);
}

void MessageStack::showContent()
{
    setCurrentWidget(m_content);
}

QString MessageStack::message() const
{
    return currentWidget() == m_message ? m_message->text() : QString();
}

} // namespace Fazhi
