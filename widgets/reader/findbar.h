// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "normalizedtext.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Fazhi {

/**
 * Find in report (Ctrl+F): a bar under the reader that finds words in any script ("報告" finds
 * "报告" and the other way round) and with full- or half-width digits and punctuation alike. The
 * current match is selected in the editor; all matches are offered to the reader through
 * matches(), which draws them itself (its extra selections hold the annotations).
 */
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    /** A match as [start, end) positions in the editor's text. */
    using Match = std::pair<int, int>;

    /** Finds in @p editor's text, which may change (another report, another script) while the bar is open. */
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    QString query() const;
    /** Sets the words and finds them, from where the search started. */
    void setQuery(const QString &text);

    /** Every match while the bar is shown, in text order; empty while it is hidden. */
    const QList<Match> &matches() const { return m_matches; }
    /** The selected match's index in matches(), or -1. */
    int currentIndex() const { return m_current; }

    /**
     * Shows the bar with the focus in its field (Ctrl+F). A short selection in the editor
     * becomes the words; the search starts where the editor's cursor is.
     */
    void activate();
    /** Selects the next match, after the last one the first (Enter, F3). */
    void findNext();
    /** Selects the previous match, before the first one the last (Shift+Enter, Shift+F3). */
    void findPrevious();
    /** Hides the bar and gives the focus back to the editor (Esc). */
    void dismiss();

Q_SIGNALS:
    /** matches() changed: the words, the text or the bar's visibility did. */
    void matchesChanged();
    /** Another match is selected (-1: none). */
    void currentMatchChanged(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void select(int index);
    void showCount();
    const NormalizedText &normalizedText();

    QPlainTextEdit *m_editor;
    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_count;
    QList<Match> m_matches;
    int m_current = -1;
    /** Where the search starts: matches before it come last. */
    int m_anchor = 0;
    NormalizedText m_normalized;
    bool m_textChanged = true;
};

} // namespace Fazhi
