// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "categorypalette.h"
#include "colordot.h"
#include "colormix.h"
#include "highlightingrepository.h"
#include "reviewsession.h"
#include "scriptconverter.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <QContextMenuEvent>
#include <QHash>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// Wide enough to see the color of a part at a glance, narrow enough not to take text room.
constexpr int MarginWidth = 6;
constexpr int MarginGap = 4;
// Lines shown above a passage the reader is taken to, so that it is read in its context.
constexpr int ContextLines = 3;
constexpr int EditorGap = 4;

/** Puts the view back where it was when a change to the marks is done (the text itself never changes). */
class ViewKeeper final
{
public:
    explicit ViewKeeper(QAbstractScrollArea *area)
        : m_area(area)
        , m_vertical(area->verticalScrollBar()->value())
        , m_horizontal(area->horizontalScrollBar()->value())
    {
    }
    ~ViewKeeper()
    {
        m_area->verticalScrollBar()->setValue(m_vertical);
        m_area->horizontalScrollBar()->setValue(m_horizontal);
    }
    Q_DISABLE_COPY_MOVE(ViewKeeper)

private:
    QAbstractScrollArea *m_area;
    int m_vertical;
    int m_horizontal;
};

} // namespace

/** The strip left of the text showing each part's outline category. */
class ReaderView::Margin final : public QWidget
{
public:
    explicit Margin(ReaderView *reader)
        : QWidget(reader)
        , m_reader(reader)
    {
        setObjectName(u"readerMargin"_s);
    }

protected:
    void paintEvent(QPaintEvent *event) override { m_reader->paintMargin(event); }

private:
    ReaderView *m_reader;
};

ReaderView::ReaderView(ReviewSession &session, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_session(session)
    , m_margin(new Margin(this))
{
    setObjectName(u"readerView"_s);
    setReadOnly(true);
    // Read-only, but with a keyboard cursor: reviewers select with Shift+arrows and tag with 1–8.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setViewportMargins(MarginWidth + MarginGap, 0, 0, 0);
    document()->setDocumentMargin(12);

    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
    m_highlighter->setDefinition(HighlightingRepository::reportDefinition());
    applyTheme();

    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0) {
            m_margin->scroll(0, dy);
        } else {
            m_margin->update(0, rect.y(), m_margin->width(), rect.height());
        }
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &ReaderView::updateCurrentAnnotation);
    // The reviewer scrolled: a later resize no longer brings back the passage shown last.
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_reveal.reset(); });
    connect(this, &QPlainTextEdit::selectionChanged, this, &ReaderView::updateCurrentAnnotation);
    connect(&m_session, &ReviewSession::annotationsChanged, this, [this](qint64 reportId) {
        if (m_reportId != 0 && (reportId == 0 || reportId == m_reportId)) {
            reloadAnnotations();
        }
    });
    connect(&m_session, &ReviewSession::tagsChanged, this, &ReaderView::reloadAnnotations);
    connect(&m_session, &ReviewSession::decisionsChanged, this, [this](qint64 reportId) {
        if (reportId == m_reportId) {
            reloadCategories();
        }
    });
    connect(&m_session, &ReviewSession::closed, this, [this] { setReport(0); });
}

ReaderView::~ReaderView() = default;

void ReaderView::setReport(qint64 reportId)
{
    m_reportId = 0;
    m_originalText.clear();
    m_annotations.clear();
    m_parts.clear();
    m_marks.clear();
    m_currentAnnotation = 0;
    m_reveal.reset();
    if (m_commentEditor) {
        m_commentEditor->hide();
    }
    if (reportId != 0 && m_session.store()) {
        if (auto document = m_session.store()->report(reportId)) {
            m_reportId = reportId;
            m_originalText = document.value().text;
        }
    }
    setScript(m_script); // shows the text
    reloadCategories();
    reloadAnnotations();
    Q_EMIT reportChanged(m_reportId);
}

const ScriptConverter *ReaderView::converter(ScriptConverter::Direction direction)
{
    auto &slot = direction == ScriptConverter::Direction::ToSimplified ? m_toSimplified : m_toTraditional;
    if (!slot) {
        slot = std::make_unique<ScriptConverter>(direction);
    }
    return slot.get();
}

void ReaderView::setScript(DisplayScript script)
{
    m_script = script;
    QString shown = m_originalText;
    const auto conversion = displayScriptConversion(script);
    if (conversion && !m_originalText.isEmpty()) {
        // Same length as the original, so every annotation stays on its characters.
        if (const auto converted = converter(*conversion)->convertKeepingOffsets(m_originalText)) {
            shown = converted.value();
        }
    }
    const int position = textCursor().position();
    const int scroll = verticalScrollBar()->value();
    const bool sameReport = document()->characterCount() - 1 == shown.size();
    setPlainText(shown);
    if (sameReport) {
        // Switching scripts keeps the reader's place.
        QTextCursor cursor = textCursor();
        cursor.setPosition(std::min(position, int(shown.size())));
        setTextCursor(cursor);
        verticalScrollBar()->setValue(scroll);
    }
    applyAnnotations();
}

void ReaderView::reloadCategories()
{
    m_parts.clear();
    if (m_reportId != 0 && m_session.store()) {
        // A reviewer's overrule of a part's category wins over the classifier.
        QHash<int, QString> overruled;
        for (const Decision &decision : m_session.read(m_session.store()->decisions(m_reportId))) {
            if (decision.target.startsWith(u"part:")) {
                overruled.insert(decision.target.mid(5).toInt(), decision.value);
            }
        }
        for (const StoredPart &part : m_session.read(m_session.store()->parts(m_reportId))) {
            m_parts.append({part.start, part.end, overruled.value(part.start, part.category)});
        }
        std::sort(
            m_parts.begin(), m_parts.end(), [](const PartSpan &a, const PartSpan &b) { return a.start < b.start; });
    }
    m_margin->update();
}

QString ReaderView::categoryAt(int position) const
{
    // The last part starting at or before the position, if it reaches that far.
    auto it = std::upper_bound(
        m_parts.cbegin(), m_parts.cend(), position, [](int p, const PartSpan &part) { return p < part.start; });
    if (it == m_parts.cbegin()) {
        return {};
    }
    --it;
    return position < it->end ? it->category : QString();
}

void ReaderView::reloadAnnotations()
{
    // A tag added, removed or undone anywhere changes only what is drawn: the view stays.
    const ViewKeeper keeper(this);
    if (m_reportId == 0 || !m_session.store()) {
        m_annotations.clear();
        m_tags.clear();
    } else {
        m_annotations = m_session.read(m_session.store()->annotations(m_reportId));
        m_tags = m_session.read(m_session.store()->tags());
    }
    applyAnnotations();
    updateCurrentAnnotation();
}

void ReaderView::applyAnnotations()
{
    QHash<qint64, QColor> colors;
    for (const Tag &tag : std::as_const(m_tags)) {
        colors.insert(tag.id, tag.color);
    }
    const QPalette &p = palette();
    const int length = document()->characterCount() - 1;
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_marks.size() + m_annotations.size());
    // Marks first: an annotation's own underline (current, commented) wins where both are.
    for (const Mark &mark : std::as_const(m_marks)) {
        if (mark.end > length || mark.start >= mark.end) {
            continue;
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(mark.start);
        selection.cursor.setPosition(mark.end, QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(mark.muted ? QTextCharFormat::DotLine : QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(mark.color);
        selections.append(selection);
    }
    for (const Annotation &annotation : std::as_const(m_annotations)) {
        if (annotation.orphaned || annotation.end > length || annotation.start >= annotation.end) {
            continue; // its text is gone: listed in the Annotations panel, not drawn
        }
        const QColor color = colors.value(annotation.tagId, p.color(QPalette::Highlight));
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(annotation.start);
        selection.cursor.setPosition(annotation.end, QTextCursor::KeepAnchor);
        QColor background = CategoryPalette::highlight(color, p);
        if (annotation.resolved) {
            background = mixColors(background, p.color(QPalette::Base), 0.55);
        }
        if (annotation.id == m_currentAnnotation) {
            background = mixColors(background, color, 0.35);
            selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            selection.format.setUnderlineColor(color);
        } else if (!annotation.comment.isEmpty()) {
            // A comment is waiting here: a dotted line in the tag color says so.
            selection.format.setUnderlineStyle(QTextCharFormat::DotLine);
            selection.format.setUnderlineColor(color);
        }
        selection.format.setBackground(background);
        selection.format.setProperty(QTextFormat::UserProperty, annotation.id);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

qint64 ReaderView::annotationAt(int position) const
{
    // The shortest annotation around the position: the innermost when they nest.
    qint64 found = 0;
    int shortest = std::numeric_limits<int>::max();
    for (const Annotation &annotation : m_annotations) {
        if (!annotation.orphaned && annotation.start <= position && position < annotation.end
            && annotation.end - annotation.start < shortest) {
            found = annotation.id;
            shortest = annotation.end - annotation.start;
        }
    }
    return found;
}

void ReaderView::updateCurrentAnnotation()
{
    const QTextCursor cursor = textCursor();
    const qint64 current = annotationAt(cursor.hasSelection() ? cursor.selectionStart() : cursor.position());
    if (current != m_currentAnnotation) {
        m_currentAnnotation = current;
        applyAnnotations();
        Q_EMIT annotationSelected(current);
    }
}

Result<Annotation> ReaderView::tagSelection(int shortcut)
{
    const QList<Tag> tags = m_session.store() ? m_session.read(m_session.store()->tags()) : QList<Tag>();
    for (const Tag &tag : tags) {
        if (tag.shortcut == shortcut) {
            return tagSelectionWith(tag.id);
        }
    }
    return Error{tr("No tag has the shortcut %1.").arg(shortcut)};
}

Result<Annotation> ReaderView::tagSelectionWith(qint64 tagId)
{
    const QTextCursor cursor = textCursor();
    if (m_reportId == 0 || !cursor.hasSelection()) {
        return Error{tr("Select the passage to tag first.")};
    }
    // Spaces and line ends at the edges of a selection are not part of the passage.
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    while (start < end && m_originalText.at(start).isSpace()) {
        ++start;
    }
    while (end > start && m_originalText.at(end - 1).isSpace()) {
        --end;
    }
    const ViewKeeper keeper(this);
    const auto added = m_session.addAnnotation(m_reportId, start, end, tagId);
    if (added) {
        // The new annotation becomes current, where it is: the reviewer is looking at it.
        QTextCursor selected(document());
        selected.setPosition(start);
        selected.setPosition(end, QTextCursor::KeepAnchor);
        setTextCursor(selected);
    }
    return added;
}

void ReaderView::showRange(int start, int end)
{
    const int length = document()->characterCount() - 1;
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(start, 0, length));
    cursor.setPosition(std::clamp(end, 0, length), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    m_reveal = std::pair(cursor.selectionStart(), cursor.selectionEnd());
    reveal();
}

void ReaderView::reveal()
{
    if (!m_reveal) {
        return;
    }
    const auto [start, end] = *m_reveal;
    // QPlainTextEdit scrolls by layout lines, and lays blocks out lazily: every block walked
    // through is laid out first (blockBoundingRect does) so that line numbers are real.
    const auto lineOf = [this](int position) {
        const QTextBlock block = document()->findBlock(position);
        (void)blockBoundingRect(block);
        const QTextLine line = block.layout()->lineForTextPosition(position - block.position());
        return std::pair(block, line.isValid() ? line.lineNumber() : 0);
    };
    auto [block, line] = lineOf(start);
    const auto [endBlock, endLine] = lineOf(std::max(start, end - 1));
    const int lineHeight = std::max(1, fontMetrics().lineSpacing());
    const int visibleLines = std::max(1, viewport()->height() / lineHeight);
    int matchLines = 1 + endLine - line;
    for (QTextBlock b = block; b.isValid() && b != endBlock && matchLines < visibleLines; b = b.next()) {
        (void)blockBoundingRect(b);
        matchLines += b.lineCount();
    }
    // Context above the passage, as much as leaves the whole passage in view.
    int context = std::clamp(visibleLines - matchLines - 1, 0, ContextLines);
    while (context > 0) {
        if (line > 0) {
            --line;
            --context;
            continue;
        }
        const QTextBlock previous = block.previous();
        if (!previous.isValid()) {
            break;
        }
        block = previous;
        (void)blockBoundingRect(block);
        line = block.lineCount();
    }
    verticalScrollBar()->setValue(block.firstLineNumber() + line);
}

void ReaderView::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    applyAnnotations();
}

int ReaderView::topOffset() const
{
    return cursorForPosition(QPoint(0, 0)).block().position();
}

void ReaderView::scrollToOffset(int offset)
{
    m_reveal.reset();
    const QTextBlock block = document()->findBlock(std::clamp(offset, 0, document()->characterCount() - 1));
    QTextCursor cursor(block);
    setTextCursor(cursor);
    // QPlainTextEdit scrolls by layout lines: the block's first line at the top of the viewport.
    verticalScrollBar()->setValue(block.firstLineNumber());
}

void ReaderView::selectAnnotation(qint64 annotationId)
{
    for (const Annotation &annotation : std::as_const(m_annotations)) {
        if (annotation.id == annotationId && !annotation.orphaned) {
            showRange(annotation.start, annotation.end);
            return;
        }
    }
}

void ReaderView::editComment(qint64 annotationId)
{
    const auto found = std::find_if(m_annotations.cbegin(), m_annotations.cend(),
        [annotationId](const Annotation &a) { return a.id == annotationId; });
    if (found == m_annotations.cend()) {
        return;
    }
    if (!m_commentEditor) {
        m_commentEditor = new QLineEdit(viewport());
        m_commentEditor->setObjectName(u"commentEditor"_s);
        m_commentEditor->setPlaceholderText(tr("Comment (Enter to save, Esc to cancel)"));
        m_commentEditor->installEventFilter(this);
        connect(m_commentEditor, &QLineEdit::editingFinished, this, &ReaderView::commitComment);
    }
    m_commentAnnotation = annotationId;
    m_commentEditor->setText(found->comment);
    const auto rectAt = [this](int position) {
        QTextCursor cursor(document());
        cursor.setPosition(position);
        return cursorRect(cursor);
    };
    const int height = m_commentEditor->sizeHint().height();
    if (rectAt(found->end).top() < 0 || rectAt(found->start).bottom() > viewport()->height()) {
        showRange(found->start, found->end); // scrolled away from the passage: back to it first
    }
    // Just under the passage, or above it when that is below the view; as wide as is
    // comfortable to type in.
    const QRect end = rectAt(found->end);
    const QRect start = rectAt(found->start);
    int y = end.bottom() + EditorGap;
    if (y + height > viewport()->height()) {
        y = start.top() - EditorGap - height;
    }
    y = std::clamp(y, 0, std::max(0, viewport()->height() - height));
    const int width = std::min(viewport()->width() - 24, std::max(320, viewport()->width() * 2 / 3));
    const int x = std::clamp(end.left() - width / 3, 8, std::max(8, viewport()->width() - width - 8));
    m_commentEditor->setGeometry(x, y, width, height);
    m_commentEditor->show();
    m_commentEditor->setFocus();
    m_commentEditor->selectAll();
}

void ReaderView::commitComment()
{
    if (!m_commentEditor || m_commentAnnotation == 0) {
        return;
    }
    const qint64 id = m_commentAnnotation;
    m_commentAnnotation = 0; // editingFinished comes again when the editor loses focus
    m_commentEditor->hide();
    setFocus();
    const QString text = m_commentEditor->text().trimmed();
    const auto found
        = std::find_if(m_annotations.cbegin(), m_annotations.cend(), [id](const Annotation &a) { return a.id == id; });
    if (found != m_annotations.cend() && found->comment != text) {
        (void)m_session.setAnnotationComment(id, text);
    }
}

void ReaderView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && key >= Qt::Key_1 && key <= Qt::Key_9 && textCursor().hasSelection()) {
        (void)tagSelection(key - Qt::Key_0);
        return;
    }
    if (plain && (key == Qt::Key_Return || key == Qt::Key_Enter) && m_currentAnnotation != 0) {
        editComment(m_currentAnnotation);
        return;
    }
    if (plain && (key == Qt::Key_Delete || key == Qt::Key_Backspace) && m_currentAnnotation != 0) {
        const ViewKeeper keeper(this);
        (void)m_session.removeAnnotation(m_currentAnnotation);
        return;
    }
    m_reveal.reset(); // the reviewer moves on from the passage shown last
    QPlainTextEdit::keyPressEvent(event);
}

void ReaderView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const qint64 annotation = annotationAt(cursorForPosition(event->position().toPoint()).position());
    if (annotation != 0) {
        editComment(annotation);
        return;
    }
    QPlainTextEdit::mouseDoubleClickEvent(event);
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    const bool selection = textCursor().hasSelection();
    if (m_reportId != 0 && m_session.store()) {
        menu->addSeparator();
        QMenu *tagMenu = menu->addMenu(tr("Tag as"));
        tagMenu->setEnabled(selection);
        for (const Tag &tag : m_session.read(m_session.store()->tags())) {
            QAction *action = tagMenu->addAction(ColorDot::icon(tag.color), ReviewStore::displayName(tag));
            if (tag.shortcut > 0) {
                action->setShortcut(QKeySequence(Qt::Key_0 + tag.shortcut));
            }
            const qint64 id = tag.id;
            connect(action, &QAction::triggered, this, [this, id] { (void)tagSelectionWith(id); });
        }
        const qint64 current = m_currentAnnotation;
        if (current != 0) {
            const auto found = std::find_if(m_annotations.cbegin(), m_annotations.cend(),
                [current](const Annotation &a) { return a.id == current; });
            menu->addAction(tr("Edit Comment…"), this, [this, current] { editComment(current); });
            const bool resolved = found != m_annotations.cend() && found->resolved;
            menu->addAction(resolved ? tr("Reopen") : tr("Mark Resolved"), this,
                [this, current, resolved] { (void)m_session.setAnnotationResolved(current, !resolved); });
            menu->addAction(
                tr("Remove Annotation"), this, [this, current] { (void)m_session.removeAnnotation(current); });
        }
    }
    menu->exec(event->globalPos());
}

bool ReaderView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_commentEditor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape) {
            m_commentAnnotation = 0; // cancelled: editingFinished must not save
            m_commentEditor->hide();
            setFocus();
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Handled here: QLineEdit would pass the key on to the reader, which would open
            // the editor again.
            commitComment();
            return true;
        }
    }
    return QPlainTextEdit::eventFilter(watched, event);
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_margin->setGeometry(contents.left(), contents.top(), MarginWidth, contents.height());
    // A reader opened to show a passage gets its size after showRange(): show it again.
    reveal();
}

void ReaderView::mousePressEvent(QMouseEvent *event)
{
    m_reveal.reset();
    QPlainTextEdit::mousePressEvent(event);
}

void ReaderView::wheelEvent(QWheelEvent *event)
{
    m_reveal.reset();
    QPlainTextEdit::wheelEvent(event);
}

void ReaderView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        applyAnnotations();
        m_margin->update();
    }
}

void ReaderView::applyTheme()
{
    m_highlighter->setTheme(HighlightingRepository::themeForPalette(palette()));
    m_highlighter->rehighlight();
}

void ReaderView::paintMargin(QPaintEvent *event)
{
    QPainter painter(m_margin);
    painter.fillRect(event->rect(), palette().color(QPalette::Base));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const QString category = categoryAt(block.position());
            if (!category.isEmpty() && category != u"other") {
                painter.fillRect(0, top, MarginWidth, height, CategoryPalette::color(category, palette()));
            }
        }
        top += height;
        block = block.next();
    }
}

} // namespace Fazhi
