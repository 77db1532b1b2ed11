// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewernamedialog.h"

#include "appsettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fazhi {

ReviewerNameDialog::ReviewerNameDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Welcome to Fazhi Review"));
    setObjectName(u"reviewerNameDialog"_s);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/fazhi/icons/fazhi-review.svg"_s).pixmap(48, 48));
    auto *heading = new QLabel(u"<b>%1</b>"_s.arg(tr("Who is reviewing?").toHtmlEscaped()), this);
    auto *explanation = new QLabel(tr("Your name signs every annotation and decision you make, so that colleagues "
                                      "and merged projects show who reviewed what. You can change it later in "
                                      "Settings."),
        this);
    explanation->setWordWrap(true);

    m_name->setObjectName(u"reviewerName"_s);
    m_name->setPlaceholderText(tr("Your name, as colleagues should see it"));

    auto *text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(explanation);
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(text, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ReviewerNameDialog::updateOkButton);
    updateOkButton();
    setMinimumWidth(420);
}

QString ReviewerNameDialog::name() const
{
    return m_name->text().simplified();
}

void ReviewerNameDialog::setName(const QString &name)
{
    m_name->setText(name);
}

bool ReviewerNameDialog::ensureReviewerName(AppSettings &settings, QWidget *parent)
{
    if (!settings.reviewerName().isEmpty()) {
        return true;
    }
    ReviewerNameDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted || dialog.name().isEmpty()) {
        return false;
    }
    settings.setReviewerName(dialog.name());
    settings.sync();
    return true;
}

void ReviewerNameDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty());
}

} // namespace Fazhi
