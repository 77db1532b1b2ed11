// SPDX-License-Identifier: GPL-3.0-or-later
#include "overruledialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Fazhi {

OverruleDialog::OverruleDialog(const QString &title, const QString &prompt, const QList<OverruleChoice> &choices,
    const QString &automatic, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_choices(choices)
    , m_group(new QButtonGroup(this))
    , m_comment(new QPlainTextEdit(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *promptLabel = new QLabel(prompt, this);
    promptLabel->setWordWrap(true);
    layout->addWidget(promptLabel);

    for (int i = 0; i < choices.size(); ++i) {
        const OverruleChoice &choice = choices.at(i);
        QString label = choice.label;
        if (choice.id == automatic) {
            label = tr("%1 (automatic)").arg(label);
        }
        auto *button = new QRadioButton(label, this);
        button->setObjectName(choice.id);
        button->setIcon(choice.icon);
        m_group->addButton(button, i);
        layout->addWidget(button);
    }
    setValue(current.isEmpty() ? automatic : current);

    auto *commentLabel = new QLabel(tr("&Comment (why):"), this);
    commentLabel->setBuddy(m_comment);
    layout->addWidget(commentLabel);
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(fontMetrics().height() * 5);
    // Wide enough that a quoted heading rarely needs more than two lines.
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    layout->addWidget(m_comment);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Nothing to save until a value is chosen.
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_group->checkedId() >= 0);
    connect(m_group, &QButtonGroup::idToggled, ok, [this, ok] { ok->setEnabled(m_group->checkedId() >= 0); });
}

QString OverruleDialog::value() const
{
    const int checked = m_group->checkedId();
    return checked >= 0 ? m_choices.at(checked).id : QString();
}

void OverruleDialog::setValue(const QString &id)
{
    for (int i = 0; i < m_choices.size(); ++i) {
        if (m_choices.at(i).id == id) {
            m_group->button(i)->setChecked(true);
        }
    }
}

QString OverruleDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void OverruleDialog::setComment(const QString &comment)
{
    m_comment->setPlainText(comment);
}

OverruleDialog *OverruleDialog::ask(QWidget *parent, const QString &title, const QString &prompt,
    const QList<OverruleChoice> &choices, const QString &automatic, const QString &current,
    std::function<void(const QString &, const QString &)> accepted)
{
    auto *dialog = new OverruleDialog(title, prompt, choices, automatic, current, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, parent,
        [dialog, accepted = std::move(accepted)] { accepted(dialog->value(), dialog->comment()); });
    dialog->open();
    return dialog;
}

} // namespace Fazhi
