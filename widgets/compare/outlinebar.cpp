// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinebar.h"

#include "categorypalette.h"
#include "colordot.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Fazhi {

OutlineBar::OutlineBar(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_themes(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(new QLabel(tr("Go to:"), this));
    m_themes->setText(tr("Themes"));
    m_themes->setToolTip(tr("Go to a theme of the statutory outline in every report"));
    m_themes->setPopupMode(QToolButton::InstantPopup);
    m_themes->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_themes->setMenu(new QMenu(m_themes));
    layout->addWidget(m_themes);
    layout->addStretch(1);
    m_group->setExclusive(true);
}

void OutlineBar::setRows(const QList<MatrixRow> &rows)
{
    m_rows = rows;
    for (QAbstractButton *button : std::as_const(m_buttons)) {
        delete button;
    }
    m_buttons.clear();
    m_themes->menu()->clear();
    auto *layout = qobject_cast<QHBoxLayout *>(this->layout());
    int position = 1; // after the "Go to:" label
    for (const MatrixRow &row : rows) {
        if (row.theme) {
            m_themes->menu()->addAction(row.name, this, [this, id = row.id] { choose(id); });
            continue;
        }
        auto *button = new QToolButton(this);
        button->setText(row.name);
        button->setToolTip(tr("Show the part \"%1\" of every report").arg(row.name));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(button, &QToolButton::clicked, this, [this, id = row.id] { choose(id); });
        m_group->addButton(button);
        m_buttons.insert(row.id, button);
        layout->insertWidget(position++, button);
    }
    m_themes->setEnabled(!m_themes->menu()->isEmpty());
    updateIcons();
}

void OutlineBar::choose(const QString &id)
{
    m_current = id;
    if (QAbstractButton *button = m_buttons.value(id)) {
        button->setChecked(true);
    } else if (QAbstractButton *checked = m_group->checkedButton()) {
        // A theme: no category button stays pressed.
        m_group->setExclusive(false);
        checked->setChecked(false);
        m_group->setExclusive(true);
    }
    Q_EMIT rowChosen(id);
}

void OutlineBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateIcons();
    }
}

void OutlineBar::updateIcons()
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        it.value()->setIcon(ColorDot::icon(CategoryPalette::color(it.key(), palette())));
    }
}

} // namespace Fazhi
