// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "displayscript.h"
#include "result.h"
#include "reviewtypes.h"

#include <memory>
#include <optional>

#include <QPlainTextEdit>

class QLineEdit;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Fazhi {

class ReviewSession;

/**
 * The report text where reviewers work: read-only, highlighted by the project's
 * KSyntaxHighlighting definition, with the annotations drawn over it in their tag colors and
 * the outline category of each part in a narrow colored margin. Select text and press 1–8 to
 * tag it; Enter (or a double-click) edits the comment of the annotation under the cursor in
 * place; Delete removes it. Every change goes through the ReviewSession, so it can be undone.
 * The text can be shown in its original script, 简体 or 繁體 without moving any annotation.
 */
class ReaderView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    /** A passage marked by a view around the reader (shared wording in a compare): an underline. */
    struct Mark
    {
        int start = 0;
        int end = 0;
        QColor color;
        /** Drawn faint (a dotted line) rather than wavy: set phrases, shown for context. */
        bool muted = false;
    };

    explicit ReaderView(ReviewSession &session, QWidget *parent = nullptr);
    ~ReaderView() override;

    /** Shows the report @p reportId (0: none). */
    void setReport(qint64 reportId);
    qint64 reportId() const { return m_reportId; }

    void setScript(DisplayScript script);
    DisplayScript script() const { return m_script; }

    /** Tags the selected text with the tag whose shortcut is @p shortcut (1–9). */
    Result<Annotation> tagSelection(int shortcut);
    /** Tags the selected text with @p tagId. */
    Result<Annotation> tagSelectionWith(qint64 tagId);
    /** The annotation at the cursor (or selected), 0 when none. */
    qint64 currentAnnotation() const { return m_currentAnnotation; }
    /** Opens the in-place comment editor on @p annotationId. */
    void editComment(qint64 annotationId);
    /** The in-place comment editor while it is open, for tests and accessibility. */
    QLineEdit *commentEditor() const { return m_commentEditor; }

    /** The outline category id shown in the margin at original offset @p position. */
    QString categoryAt(int position) const;
    /** Underlines @p marks (original offsets) beneath the annotations; replaces the previous marks. */
    void setMarks(const QList<Mark> &marks);
    const QList<Mark> &marks() const { return m_marks; }
    /** The original offset of the first character at the top of the viewport. */
    int topOffset() const;
    /** Scrolls so that the line holding original offset @p offset is the first one shown. */
    void scrollToOffset(int offset);
    /** The annotations of the report as loaded, in text order. */
    const QList<Annotation> &annotations() const { return m_annotations; }

public Q_SLOTS:
    /**
     * Selects original[start, end) and scrolls so that it is in view whole (its first line if
     * it is longer than the view) with a few lines of context above it.
     */
    void showRange(int start, int end);
    void selectAnnotation(qint64 annotationId);

Q_SIGNALS:
    /** The cursor entered (or left: 0) an annotation. */
    void annotationSelected(qint64 annotationId);
    void reportChanged(qint64 reportId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Margin;
    struct PartSpan
    {
        int start = 0;
        int end = 0;
        QString category;
    };

    void reloadAnnotations();
    /** Scrolls to the range of the last showRange() (if the reviewer has not moved since). */
    void reveal();
    void reloadCategories();
    void applyAnnotations();
    void applyTheme();
    void updateCurrentAnnotation();
    qint64 annotationAt(int position) const;
    void commitComment();
    void paintMargin(QPaintEvent *event);
    const ScriptConverter *converter(ScriptConverter::Direction direction);

    ReviewSession &m_session;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    Margin *m_margin = nullptr;
    QLineEdit *m_commentEditor = nullptr;
    qint64 m_commentAnnotation = 0;
    qint64 m_reportId = 0;
    QString m_originalText;
    DisplayScript m_script = DisplayScript::Original;
    QList<Annotation> m_annotations;
    QList<Tag> m_tags;
    QList<PartSpan> m_parts;
    QList<Mark> m_marks;
    qint64 m_currentAnnotation = 0;
    std::optional<std::pair<int, int>> m_reveal;
    std::unique_ptr<ScriptConverter> m_toSimplified;
    std::unique_ptr<ScriptConverter> m_toTraditional;
};

} // namespace Fazhi
