// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerpane.h"

#include "colordot.h"
#include "findbar.h"
#include "reviewsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fazhi {

ReaderPane::ReaderPane(ReviewSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tagBar(new QToolBar(this))
    , m_script(new QComboBox(this))
    , m_reader(new ReaderView(session, this))
{
    setObjectName(u"readerPane"_s);
    m_tagBar->setObjectName(u"tagBar"_s);
    m_tagBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_tagBar->setIconSize(QSize(14, 14));

    m_script->addItem(tr("Original script"), int(DisplayScript::Original));
    m_script->addItem(tr("Simplified (简体)"), int(DisplayScript::Simplified));
    m_script->addItem(tr("Traditional (繁體)"), int(DisplayScript::Traditional));
    m_script->setToolTip(tr("Show the report in another script; annotations stay on their characters."));
    connect(m_script, &QComboBox::activated, this, [this] {
        const auto script = DisplayScript(m_script->currentData().toInt());
        m_reader->setScript(script);
        Q_EMIT scriptChanged(script);
    });

    m_findBar = new FindBar(m_reader, this);
    m_findBar->hide();

    // The script switch sits beside the tag bar, not in it: a narrow reader overflows tag
    // buttons into the bar's menu, and never pushes the switch out of reach.
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 4, 0);
    bar->setSpacing(4);
    bar->addWidget(m_tagBar, 1);
    bar->addWidget(m_script);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_reader, 1);
    layout->addWidget(m_findBar);

    rebuildTagBar();
    connect(&m_session, &ReviewSession::tagsChanged, this, &ReaderPane::rebuildTagBar);
    connect(&m_session, &ReviewSession::opened, this, &ReaderPane::rebuildTagBar);
    // A tag button only makes sense while text is selected.
    connect(m_reader, &QPlainTextEdit::selectionChanged, this, [this] {
        const bool selected = m_reader->textCursor().hasSelection();
        for (QAction *action : m_tagBar->actions()) {
            if (action->data().isValid()) {
                action->setEnabled(selected);
            }
        }
    });
}

void ReaderPane::rebuildTagBar()
{
    m_tagBar->clear();
    auto *label = new QLabel(tr("Tag:"), m_tagBar);
    label->setContentsMargins(6, 0, 4, 0);
    m_tagBar->addWidget(label);
    const bool selected = m_reader->textCursor().hasSelection();
    if (m_session.store()) {
        for (const Tag &tag : m_session.read(m_session.store()->tags())) {
            const QString name = ReviewStore::displayName(tag);
            const QString text = tag.shortcut > 0 ? u"%1 %2"_s.arg(tag.shortcut).arg(name) : name;
            QAction *action = m_tagBar->addAction(ColorDot::icon(tag.color), text);
            action->setData(tag.id);
            action->setEnabled(selected);
            action->setToolTip(tag.shortcut > 0 ? tr("Tag the selected text as %1 (key %2)").arg(name).arg(tag.shortcut)
                                                : tr("Tag the selected text as %1").arg(name));
            const qint64 id = tag.id;
            connect(action, &QAction::triggered, this, [this, id] { (void)m_reader->tagSelectionWith(id); });
        }
    }
}

void ReaderPane::setScript(DisplayScript script)
{
    m_script->setCurrentIndex(m_script->findData(int(script)));
    m_reader->setScript(script);
}

void ReaderPane::find()
{
    m_findBar->activate();
}

} // namespace Fazhi
