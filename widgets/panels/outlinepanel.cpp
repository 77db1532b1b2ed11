// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinepanel.h"

#include "carditemdelegate.h"
#include "categorypalette.h"
#include "colordot.h"
#include "messagestack.h"
#include "outlinenames.h"
#include "overruledialog.h"
#include "reviewsession.h"

#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

QString categoryName(const QString &id)
{
    const auto category = outlineCategoryFromId(id);
    return category ? outlineCategoryName(*category) : id;
}

// The opening words of a paragraph, on one line.
QString openingWords(const QString &text)
{
    constexpr int Length = 40;
    const QString opening = text.left(Length).simplified();
    return text.size() > Length ? opening + u'…' : opening;
}

} // namespace

OutlinePanel::OutlinePanel(ReviewSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tree(new QTreeWidget(this))
    , m_stack(new MessageStack(m_tree, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setIndentation(12);
    m_tree->setItemDelegate(new CardItemDelegate(m_tree));
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setAllColumnsShowFocus(true);

    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &OutlinePanel::onContextMenu);
    connect(m_tree, &QTreeWidget::itemActivated, this, &OutlinePanel::activate);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        // Styles that activate on a single click already sent itemActivated.
        if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_tree)) {
            activate(item);
        }
    });
    connect(&m_session, &ReviewSession::decisionsChanged, this, [this](qint64 reportId) {
        if (m_reportId != 0 && (reportId == 0 || reportId == m_reportId)) {
            refresh();
        }
    });
    // A re-import replaces the analysis; a closed project leaves nothing to show.
    connect(&m_session, &ReviewSession::reportsChanged, this, &OutlinePanel::reload);
    connect(&m_session, &ReviewSession::closed, this, [this] { setReport(0); });

    showMessage(tr("Open a report to see its outline."));
}

void OutlinePanel::setReport(qint64 reportId)
{
    m_reportId = reportId;
    reload();
}

void OutlinePanel::reload()
{
    m_document = {};
    m_headings.clear();
    m_paragraphs.clear();
    if (m_reportId == 0 || !m_session.store()) {
        m_reportId = 0;
        showMessage(tr("Open a report to see its outline."));
        return;
    }
    auto document = m_session.store()->report(m_reportId);
    if (!document) {
        showMessage(document.error());
        return;
    }
    m_document = std::move(document).value();
    for (const StoredPart &part : m_session.read(m_session.store()->parts(m_reportId))) {
        (part.heading ? m_headings : m_paragraphs).insert(part.start, part);
    }
    refresh();
}

void OutlinePanel::showMessage(const QString &message)
{
    m_tree->clear();
    m_stack->showMessage(message);
}

QString OutlinePanel::effectiveCategory(int start) const
{
    if (const auto heading = m_headings.constFind(start); heading != m_headings.cend()) {
        return m_decisions.category(*heading);
    }
    if (const auto paragraph = m_paragraphs.constFind(start); paragraph != m_paragraphs.cend()) {
        return m_decisions.category(*paragraph);
    }
    return {};
}

void OutlinePanel::refresh()
{
    if (m_reportId == 0 || !m_session.store()) {
        return;
    }
    if (m_document.sections.isEmpty()) {
        showMessage(tr("This report has no headings."));
        return;
    }
    m_decisions = ReportDecisions(m_session.read(m_session.store()->decisions(m_reportId)));

    // Rebuilt from scratch (a few dozen items), keeping what the reviewer had open and chosen.
    QSet<int> collapsed;
    int current = -1;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->childCount() > 0 && !(*it)->isExpanded()) {
            collapsed.insert((*it)->data(0, StartRole).toInt());
        }
    }
    if (m_tree->currentItem()) {
        current = m_tree->currentItem()->data(0, StartRole).toInt();
    }
    const int scroll = m_tree->verticalScrollBar()->value();

    m_tree->clear();
    for (const ReportSection &section : std::as_const(m_document.sections)) {
        addSection(nullptr, section);
    }
    m_tree->expandAll();
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const int start = (*it)->data(0, StartRole).toInt();
        if (collapsed.contains(start)) {
            (*it)->setExpanded(false);
        }
        if (start == current) {
            m_tree->setCurrentItem(*it);
        }
    }
    m_tree->verticalScrollBar()->setValue(scroll);
    m_stack->showContent();
}

void OutlinePanel::addSection(QTreeWidgetItem *parent, const ReportSection &section)
{
    const StoredPart heading = m_headings.value(section.headingRange.start);
    QTreeWidgetItem *item = addItem(parent, section.heading, section.headingRange, heading);

    // Paragraphs directly under this heading (not under a subheading) that belong elsewhere in
    // the outline, or that a reviewer decided on, are listed in document order among the
    // subsections: they are where a section of achievements turns to problems.
    const auto insideChild = [&section](int start) {
        return std::any_of(section.children.cbegin(), section.children.cend(),
            [start](const ReportSection &child) { return start >= child.range.start && start < child.range.end; });
    };
    QList<const StoredPart *> paragraphs;
    for (const ReportParagraph &paragraph : m_document.paragraphs) {
        const int start = paragraph.range.start;
        if (start <= section.headingRange.start || start >= section.range.end || insideChild(start)
            || m_headings.contains(start)) {
            continue;
        }
        const auto part = m_paragraphs.constFind(start);
        if (part == m_paragraphs.cend()) {
            continue;
        }
        const bool decided = m_decisions.inForce(ReportDecisions::partTarget(start)).has_value();
        if (decided || (!part->category.isEmpty() && part->category != heading.category)) {
            paragraphs.append(&*part);
        }
    }

    auto paragraph = paragraphs.cbegin();
    const auto addParagraphsBefore = [&](int end) {
        for (; paragraph != paragraphs.cend() && (*paragraph)->start < end; ++paragraph) {
            const TextRange range{(*paragraph)->start, (*paragraph)->end};
            addItem(item, u"¶ "_s + openingWords(m_document.textAt(range)), range, **paragraph);
        }
    };
    for (const ReportSection &child : section.children) {
        addParagraphsBefore(child.range.start);
        addSection(item, child);
    }
    addParagraphsBefore(std::numeric_limits<int>::max());
}

QTreeWidgetItem *OutlinePanel::addItem(
    QTreeWidgetItem *parent, const QString &text, const TextRange &range, const StoredPart &part)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, text);
    item->setData(0, StartRole, range.start);
    item->setData(0, EndRole, range.end);
    describe(item, part);
    return item;
}

void OutlinePanel::describe(QTreeWidgetItem *item, const StoredPart &part)
{
    const QString target = ReportDecisions::partTarget(item->data(0, StartRole).toInt());
    const std::optional<Decision> decision = m_decisions.inForce(target);
    const QString automatic = part.category;
    const QString category = decision ? decision->value : automatic;
    const bool overruled = decision && decision->value != automatic;
    item->setData(0, CategoryRole, category);
    item->setData(0, AutomaticCategoryRole, automatic);
    item->setData(0, OverruledRole, overruled);

    QList<ItemBadge> badges;
    if (!category.isEmpty()) {
        const QColor color = CategoryPalette::color(category, palette());
        item->setData(0, CardItemDelegate::DotColorRole, color);
        // ✎ marks the reviewer's category, ✓ one a reviewer confirmed.
        const QString mark = overruled ? u" ✎"_s : decision ? u" ✓"_s : QString();
        badges.append({categoryName(category) + mark, color, true});
    }
    QStringList themes;
    for (const QString &theme : part.themes) {
        themes.append(OutlineNames::theme(theme));
        badges.append({themes.last(), {}, false});
    }
    item->setData(0, CardItemDelegate::BadgesRole, CardItemDelegate::badges(badges));

    const QString automaticText = automatic.isEmpty()
        ? tr("automatic: not classified")
        : tr("automatic: %1, %2, %3")
              .arg(categoryName(automatic), QString::number(part.confidence, 'f', 2), part.reason);
    QStringList tip{u"<b>"_s + item->text(0).toHtmlEscaped() + u"</b>"_s};
    if (overruled) {
        tip.append(tr("Category: %1, chosen by %2").arg(categoryName(category), decision->author).toHtmlEscaped());
        if (!decision->comment.isEmpty()) {
            tip.append(u"<i>"_s + decision->comment.toHtmlEscaped() + u"</i>"_s);
        }
        tip.append(automaticText.toHtmlEscaped());
    } else {
        tip.append(automaticText.toHtmlEscaped());
        if (decision) {
            tip.append(tr("Confirmed by %1").arg(decision->author).toHtmlEscaped());
        }
    }
    for (const Decision &other : m_decisions.conflicts(target)) {
        tip.append(
            tr("Conflicting decision: %1 chose %2").arg(other.author, categoryName(other.value)).toHtmlEscaped());
    }
    if (!themes.isEmpty()) {
        tip.append(tr("Themes: %1").arg(themes.join(tr(", "))).toHtmlEscaped());
    }
    item->setToolTip(0, tip.join(u"<br>"_s));
}

QTreeWidgetItem *OutlinePanel::itemAt(int start) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, StartRole).toInt() == start) {
            return *it;
        }
    }
    return nullptr;
}

void OutlinePanel::activate(QTreeWidgetItem *item)
{
    if (item) {
        Q_EMIT rangeActivated(item->data(0, StartRole).toInt(), item->data(0, EndRole).toInt());
    }
}

void OutlinePanel::onContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    if (!item) {
        return;
    }
    m_tree->setCurrentItem(item);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // The tree may be rebuilt while the menu is open: the actions find their item again.
    const int start = item->data(0, StartRole).toInt();
    QAction *change = menu->addAction(tr("Change category…"), this, [this, start] {
        if (QTreeWidgetItem *found = itemAt(start)) {
            changeCategory(found);
        }
    });
    change->setObjectName(u"changeCategory"_s);
    QAction *confirm = menu->addAction(tr("Confirm category"), this, [this, start] {
        if (QTreeWidgetItem *found = itemAt(start)) {
            confirmCategory(found);
        }
    });
    confirm->setObjectName(u"confirmCategory"_s);
    confirm->setEnabled(!item->data(0, CategoryRole).toString().isEmpty());
    // Not exec(): the menu must not hold a nested event loop while the tree may be rebuilt.
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

void OutlinePanel::changeCategory(QTreeWidgetItem *item)
{
    QList<OverruleChoice> choices;
    for (const OutlineCategory category : allOutlineCategories()) {
        choices.append({outlineCategoryId(category), outlineCategoryName(category),
            ColorDot::icon(CategoryPalette::color(category, palette()))});
    }
    const int start = item->data(0, StartRole).toInt();
    OverruleDialog::ask(this, tr("Change category"), tr("The outline category of “%1”:").arg(item->text(0)), choices,
        item->data(0, AutomaticCategoryRole).toString(), item->data(0, CategoryRole).toString(),
        [this, start](const QString &value, const QString &comment) {
            // The tree may have been rebuilt while the dialog was open: find the item again.
            if (QTreeWidgetItem *found = itemAt(start)) {
                decide(found, value, comment);
            }
        });
}

void OutlinePanel::confirmCategory(QTreeWidgetItem *item)
{
    decide(item, item->data(0, CategoryRole).toString(), {});
}

void OutlinePanel::decide(QTreeWidgetItem *item, const QString &value, const QString &comment)
{
    const auto decided = m_session.decide(m_reportId, ReportDecisions::partTarget(item->data(0, StartRole).toInt()),
        item->data(0, AutomaticCategoryRole).toString(), value, comment);
    if (!decided) {
        QMessageBox::warning(this, tr("Change category"), decided.error());
    }
}

} // namespace Fazhi
