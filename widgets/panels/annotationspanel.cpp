// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationspanel.h"

#include "carditemdelegate.h"
#include "colordot.h"
#include "displayformat.h"
#include "messagestack.h"
#include "reviewsession.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

enum class StatusFilter { All, Open, Resolved };

constexpr int TooltipQuoteLength = 300;

QString elided(const QString &text, int length)
{
    return text.size() > length ? text.left(length) + u'…' : text;
}

} // namespace

AnnotationsPanel::AnnotationsPanel(ReviewSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tagFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_list(new QTreeWidget(this))
    , m_stack(new MessageStack(m_list, this))
    , m_editAction(new QAction(tr("&Edit Comment…"), this))
    , m_resolveAction(new QAction(tr("&Resolve"), this))
    , m_deleteAction(new QAction(tr("&Delete"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(2, 2, 2, 0);
    m_tagFilter->setToolTip(tr("Show the annotations with this tag"));
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tagFilter->setMinimumContentsLength(6);
    m_statusFilter->setToolTip(tr("Show open or resolved annotations"));
    m_statusFilter->addItem(tr("Any status"), int(StatusFilter::All));
    m_statusFilter->addItem(tr("Open"), int(StatusFilter::Open));
    m_statusFilter->addItem(tr("Resolved"), int(StatusFilter::Resolved));
    filters->addWidget(m_tagFilter, 1);
    filters->addWidget(m_statusFilter, 1);
    layout->addLayout(filters);
    layout->addWidget(m_stack);

    m_list->setHeaderHidden(true);
    m_list->setColumnCount(1);
    m_list->setRootIsDecorated(false);
    m_list->setItemDelegate(new CardItemDelegate(m_list));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_editAction->setObjectName(u"editComment"_s);
    m_resolveAction->setObjectName(u"toggleResolved"_s);
    m_deleteAction->setObjectName(u"deleteAnnotation"_s);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_deleteAction);
    connect(m_editAction, &QAction::triggered, this, &AnnotationsPanel::editComment);
    connect(m_resolveAction, &QAction::triggered, this, &AnnotationsPanel::toggleResolved);
    connect(m_deleteAction, &QAction::triggered, this, &AnnotationsPanel::removeCurrent);

    connect(m_list, &QTreeWidget::customContextMenuRequested, this, &AnnotationsPanel::onContextMenu);
    connect(m_list, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { Q_EMIT annotationActivated(item->data(0, AnnotationIdRole).toLongLong()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AnnotationsPanel::updateActions);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, &AnnotationsPanel::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &AnnotationsPanel::applyFilter);
    connect(&m_session, &ReviewSession::annotationsChanged, this, [this](qint64 reportId) {
        if (m_reportId != 0 && (reportId == 0 || reportId == m_reportId)) {
            reload();
        }
    });
    connect(&m_session, &ReviewSession::tagsChanged, this, [this] {
        reloadTags();
        reload();
    });
    connect(&m_session, &ReviewSession::reportsChanged, this, &AnnotationsPanel::reload);
    connect(&m_session, &ReviewSession::opened, this, &AnnotationsPanel::reloadTags);
    connect(&m_session, &ReviewSession::closed, this, [this] { setReport(0); });

    reloadTags();
    reload();
}

void AnnotationsPanel::setReport(qint64 reportId)
{
    m_reportId = reportId;
    reload();
}

qint64 AnnotationsPanel::currentAnnotation() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(0, AnnotationIdRole).toLongLong() : 0;
}

void AnnotationsPanel::reloadTags()
{
    m_tags = m_session.store() ? m_session.read(m_session.store()->tags()) : QList<Tag>();
    const qint64 chosen = m_tagFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), qint64(0));
    for (const Tag &tag : std::as_const(m_tags)) {
        m_tagFilter->addItem(ColorDot::icon(tag.color), ReviewStore::displayName(tag), tag.id);
    }
    m_tagFilter->setCurrentIndex(qMax(0, m_tagFilter->findData(chosen)));
}

void AnnotationsPanel::reload()
{
    const qint64 current = currentAnnotation();
    const int scroll = m_list->verticalScrollBar()->value();
    m_list->clear();
    if (m_reportId == 0 || !m_session.store()) {
        m_reportId = 0;
        m_stack->showMessage(tr("Open a report to see its annotations."));
        updateActions();
        return;
    }
    QList<Annotation> annotations = m_session.read(m_session.store()->annotations(m_reportId));
    // Those whose text is gone need the reviewer first; the rest in document order.
    std::stable_partition(
        annotations.begin(), annotations.end(), [](const Annotation &annotation) { return annotation.orphaned; });
    for (const Annotation &annotation : std::as_const(annotations)) {
        auto *item = new QTreeWidgetItem(m_list);
        describe(item, annotation);
        if (annotation.id == current) {
            m_list->setCurrentItem(item);
        }
    }
    applyFilter();
    m_list->verticalScrollBar()->setValue(scroll);
}

void AnnotationsPanel::describe(QTreeWidgetItem *item, const Annotation &annotation)
{
    const auto tag = std::find_if(
        m_tags.cbegin(), m_tags.cend(), [&annotation](const Tag &t) { return t.id == annotation.tagId; });
    const QString tagName = tag != m_tags.cend() ? ReviewStore::displayName(*tag) : tr("(no tag)");
    const QColor tagColor = tag != m_tags.cend() ? tag->color : QColor();

    item->setText(0, annotation.quote.simplified());
    item->setData(0, AnnotationIdRole, annotation.id);
    item->setData(0, TagIdRole, annotation.tagId);
    item->setData(0, ResolvedRole, annotation.resolved);
    item->setData(0, OrphanedRole, annotation.orphaned);
    item->setData(0, CardItemDelegate::DotColorRole, tagColor);

    QList<ItemBadge> badges{{tagName, tagColor, true}};
    if (annotation.orphaned) {
        badges.append({tr("Text no longer found"), QColor(0xd3, 0x2f, 0x2f), false});
    }
    badges.append(annotation.resolved ? ItemBadge{tr("Resolved"), QColor(0x2e, 0x7d, 0x32), false}
                                      : ItemBadge{tr("Open"), {}, false});
    item->setData(0, CardItemDelegate::BadgesRole, CardItemDelegate::badges(badges));

    const QDateTime when = annotation.updated.isValid() ? annotation.updated : annotation.created;
    const QString signature = QStringList{annotation.author, DisplayFormat::dateTime(when)}.join(u" · "_s);
    item->setData(
        0, CardItemDelegate::NoteRole, annotation.comment.isEmpty() ? QVariant() : annotation.comment.simplified());
    item->setData(0, CardItemDelegate::DetailsRole, QStringList{signature});

    QStringList tip;
    if (annotation.orphaned) {
        tip.append(u"<b>"_s
            + tr("The text of this annotation is no longer found in the current version of the report.").toHtmlEscaped()
            + u"</b>"_s);
    }
    tip.append(u"<b>"_s + tagName.toHtmlEscaped() + u"</b>: "_s
        + elided(annotation.quote, TooltipQuoteLength).toHtmlEscaped());
    if (!annotation.comment.isEmpty()) {
        tip.append(u"<i>"_s + annotation.comment.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</i>"_s);
    }
    tip.append(signature.toHtmlEscaped());
    item->setToolTip(0, tip.join(u"<br>"_s));
}

void AnnotationsPanel::applyFilter()
{
    if (m_reportId == 0) {
        return;
    }
    const qint64 tagId = m_tagFilter->currentData().toLongLong();
    const auto status = StatusFilter(m_statusFilter->currentData().toInt());
    int shown = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const bool resolved = item->data(0, ResolvedRole).toBool();
        const bool visible = (tagId == 0 || item->data(0, TagIdRole).toLongLong() == tagId)
            && (status == StatusFilter::All || resolved == (status == StatusFilter::Resolved));
        item->setHidden(!visible);
        shown += visible ? 1 : 0;
    }
    if (shown > 0) {
        m_stack->showContent();
    } else {
        m_stack->showMessage(m_list->topLevelItemCount() == 0
                ? tr("No annotations yet. Select text in the reader and press a tag's number (1–8).")
                : tr("No annotation matches the filter."));
    }
    updateActions();
}

void AnnotationsPanel::selectAnnotation(qint64 annotationId)
{
    if (annotationId == 0) {
        m_list->setCurrentItem(nullptr);
        return;
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, AnnotationIdRole).toLongLong() != annotationId) {
            continue;
        }
        if (item->isHidden()) {
            // The reviewer pointed at it in the text: show it rather than keep the filter.
            const QSignalBlocker tagBlocker(m_tagFilter);
            const QSignalBlocker statusBlocker(m_statusFilter);
            m_tagFilter->setCurrentIndex(0);
            m_statusFilter->setCurrentIndex(0);
            applyFilter();
        }
        m_list->setCurrentItem(item);
        m_list->scrollToItem(item);
        return;
    }
}

void AnnotationsPanel::updateActions()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool any = currentAnnotation() != 0;
    m_editAction->setEnabled(any);
    m_resolveAction->setEnabled(any);
    m_deleteAction->setEnabled(any);
    m_resolveAction->setText(item && item->data(0, ResolvedRole).toBool() ? tr("Re&open") : tr("&Resolve"));
}

void AnnotationsPanel::onContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_list->itemAt(pos);
    if (!item) {
        return;
    }
    m_list->setCurrentItem(item);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_editAction);
    QMenu *tags = menu->addMenu(tr("Change &Tag"));
    tags->setObjectName(u"changeTag"_s);
    const qint64 currentTag = item->data(0, TagIdRole).toLongLong();
    for (const Tag &tag : std::as_const(m_tags)) {
        QAction *action = tags->addAction(
            ColorDot::icon(tag.color), ReviewStore::displayName(tag), this, [this, id = tag.id] { changeTag(id); });
        action->setCheckable(true);
        action->setChecked(tag.id == currentTag);
    }
    menu->addAction(m_resolveAction);
    menu->addSeparator();
    menu->addAction(m_deleteAction);
    // Not exec(): no nested event loop while the list may be rebuilt underneath.
    menu->popup(m_list->viewport()->mapToGlobal(pos));
}

void AnnotationsPanel::editComment()
{
    const qint64 id = currentAnnotation();
    if (id == 0) {
        return;
    }
    const auto annotation = m_session.store()->annotation(id);
    if (!annotation) {
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit Comment"));
    dialog->setLabelText(tr("Comment on “%1”:").arg(elided(annotation.value().quote.simplified(), 40)));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setTextValue(annotation.value().comment);
    connect(dialog, &QInputDialog::textValueSelected, this,
        [this, id](const QString &comment) { showFailure(m_session.setAnnotationComment(id, comment.trimmed())); });
    dialog->open();
}

void AnnotationsPanel::toggleResolved()
{
    if (const QTreeWidgetItem *item = m_list->currentItem(); item && currentAnnotation() != 0) {
        showFailure(m_session.setAnnotationResolved(currentAnnotation(), !item->data(0, ResolvedRole).toBool()));
    }
}

void AnnotationsPanel::removeCurrent()
{
    if (const qint64 id = currentAnnotation(); id != 0) {
        showFailure(m_session.removeAnnotation(id));
    }
}

void AnnotationsPanel::changeTag(qint64 tagId)
{
    if (const qint64 id = currentAnnotation(); id != 0) {
        showFailure(m_session.setAnnotationTag(id, tagId));
    }
}

void AnnotationsPanel::showFailure(const Result<Done> &result)
{
    if (!result) {
        QMessageBox::warning(this, tr("Annotations"), result.error());
    }
}

} // namespace Fazhi
