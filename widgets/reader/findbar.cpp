// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "textnormalizer.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// Longer selections are passages being read, not words to find.
constexpr int MaximumSelectionAsQuery = 60;

QToolButton *toolButton(
    const QString &iconName, QStyle::StandardPixmap fallback, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(QIcon::fromTheme(iconName, parent->style()->standardIcon(fallback)));
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

FindBar::FindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_field(new QLineEdit(this))
    , m_previous(toolButton(u"go-up"_s, QStyle::SP_ArrowUp, tr("Previous match (Shift+Enter)"), this))
    , m_next(toolButton(u"go-down"_s, QStyle::SP_ArrowDown, tr("Next match (Enter)"), this))
    , m_count(new QLabel(this))
{
    setObjectName(u"findBar"_s);
    m_field->setObjectName(u"findField"_s);
    m_field->setPlaceholderText(tr("Find in report…"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_previous->setObjectName(u"findPrevious"_s);
    m_next->setObjectName(u"findNext"_s);
    m_count->setObjectName(u"findCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    // Room for "999 of 999" so the bar does not shift while typing.
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(999).arg(999)) + 8);
    auto *close = toolButton(u"dialog-close"_s, QStyle::SP_DialogCloseButton, tr("Close (Esc)"), this);
    close->setObjectName(u"findClose"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addSpacing(4);
    layout->addWidget(m_count);
    layout->addWidget(close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::refresh);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, &FindBar::dismiss);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_textChanged = true;
        if (isVisible()) {
            refresh();
        }
    });
    showCount();
}

QString FindBar::query() const
{
    return m_field->text();
}

void FindBar::setQuery(const QString &text)
{
    m_field->setText(text);
}

void FindBar::activate()
{
    const QTextCursor cursor = m_editor->textCursor();
    m_anchor = cursor.selectionStart();
    const QString selected = cursor.selectedText();
    // selectedText() marks a line break with U+2029: a selection over lines is no search word.
    if (!selected.isEmpty() && selected.size() <= MaximumSelectionAsQuery
        && !selected.contains(QChar::ParagraphSeparator)) {
        m_field->setText(selected);
    }
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::findNext()
{
    if (!m_matches.isEmpty()) {
        select(m_current < 0 ? 0 : int((m_current + 1) % m_matches.size()));
    }
}

void FindBar::findPrevious()
{
    if (!m_matches.isEmpty()) {
        select(m_current <= 0 ? int(m_matches.size() - 1) : m_current - 1);
    }
}

void FindBar::dismiss()
{
    hide();
    m_editor->setFocus(Qt::OtherFocusReason);
}

const NormalizedText &FindBar::normalizedText()
{
    if (m_textChanged) {
        m_normalized = TextNormalizer::normalize(m_editor->toPlainText());
        m_textChanged = false;
    }
    return m_normalized;
}

void FindBar::refresh()
{
    const QList<Match> before = m_matches;
    m_matches.clear();
    const QString words = TextNormalizer::normalize(m_field->text()).text();
    if (isVisible() && !words.trimmed().isEmpty()) {
        // Matched on the normalized text, shown at the editor's positions: toPlainText() has one
        // character per document position, so the normalized map gives editor positions.
        const NormalizedText &text = normalizedText();
        for (qsizetype at = text.text().indexOf(words, 0, Qt::CaseInsensitive); at >= 0;
            at = text.text().indexOf(words, at + words.size(), Qt::CaseInsensitive)) {
            m_matches.append({text.toOriginal(at), text.toOriginal(at + words.size())});
        }
    }
    if (m_matches != before) {
        Q_EMIT matchesChanged();
    }
    // Typing on keeps the match where the search started, as long as it still matches.
    int index = -1;
    if (!m_matches.isEmpty()) {
        const auto after = std::find_if(
            m_matches.cbegin(), m_matches.cend(), [this](const Match &match) { return match.first >= m_anchor; });
        index = after == m_matches.cend() ? 0 : int(after - m_matches.cbegin());
    }
    m_current = -1;
    select(index);
}

void FindBar::select(int index)
{
    const bool changed = index != m_current;
    m_current = index;
    if (index >= 0) {
        const auto [start, end] = m_matches.at(index);
        m_anchor = start;
        QTextCursor cursor(m_editor->document());
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        m_editor->setTextCursor(cursor);
        // A match out of sight is shown in the middle, with its context; one well in sight stays put.
        const int margin = m_editor->fontMetrics().height() * 2;
        if (!m_editor->viewport()->rect().adjusted(0, margin, 0, -margin).contains(m_editor->cursorRect())) {
            m_editor->centerCursor();
        }
        m_editor->ensureCursorVisible();
    }
    showCount();
    if (changed) {
        Q_EMIT currentMatchChanged(index);
    }
}

void FindBar::showCount()
{
    const bool notFound = m_matches.isEmpty() && !m_field->text().trimmed().isEmpty();
    if (m_matches.isEmpty()) {
        m_count->setText(notFound ? tr("No matches") : QString());
    } else {
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
    }
    m_previous->setEnabled(m_matches.size() > 0);
    m_next->setEnabled(m_matches.size() > 0);
    // A reddish field says "not found" before the label is read, as in Kate and browsers.
    QPalette palette = this->palette();
    if (notFound) {
        const QColor base = palette.color(QPalette::Base);
        const QColor red(0xda, 0x44, 0x53);
        const auto mix = [](float a, float b) {
            return a * 0.75f + b * 0.25f;
        };
        palette.setColor(QPalette::Base,
            QColor::fromRgbF(
                mix(base.redF(), red.redF()), mix(base.greenF(), red.greenF()), mix(base.blueF(), red.blueF())));
    }
    m_field->setPalette(palette);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Escape:
            dismiss();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & Qt::ShiftModifier) {
                findPrevious();
            } else {
                findNext();
            }
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A window coming back from the task bar is no new search.
    if (!event->spontaneous()) {
        refresh();
    }
}

void FindBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (event->spontaneous()) {
        return;
    }
    // The reader draws matches() while the bar is open: none once it is closed.
    refresh();
}

} // namespace Fazhi
