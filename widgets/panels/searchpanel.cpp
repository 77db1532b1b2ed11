// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include "categorypalette.h"
#include "outlinecategory.h"
#include "reviewsession.h"

#include <algorithm>
#include <cmath>

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

enum Role {
    HitIndexRole = Qt::UserRole, ///< index into SearchPanel::hits()
    HeadingRole, ///< "region · year"
    TitleRole,
    CategoryRole, ///< outline category id
    SnippetHtmlRole, ///< the passage as HTML, the words in bold
};

/**
 * Draws a result in two parts: a line naming the report and the part's category, and under it
 * the passage, wrapped, with the words in bold.
 */
class SearchHitDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dim = text;
        dim.setAlphaF(selected ? 0.85 : 0.6);

        const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
        painter->save();
        painter->setClipRect(option.rect);

        // Category at the right: a colored dot and its name.
        const QString categoryId = index.data(CategoryRole).toString();
        const auto category = outlineCategoryFromId(categoryId);
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        const QFontMetrics smallMetrics(small);
        int right = area.right();
        if (category) {
            const QString name = outlineCategoryName(*category);
            const int nameWidth = smallMetrics.horizontalAdvance(name);
            painter->setFont(small);
            painter->setPen(dim);
            painter->drawText(QRect(right - nameWidth, area.top(), nameWidth, smallMetrics.height()),
                Qt::AlignRight | Qt::AlignVCenter, name);
            const int dot = smallMetrics.height() / 2;
            const QRect dotRect(right - nameWidth - dot - 4, area.top() + (smallMetrics.height() - dot) / 2, dot, dot);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(CategoryPalette::color(categoryId, option.palette));
            painter->drawEllipse(dotRect);
            right = dotRect.left() - 8;
        }

        // Report: region and year in bold, then as much of the title as fits.
        QFont bold = small;
        bold.setBold(true);
        const QString heading = index.data(HeadingRole).toString();
        const int headingWidth = std::min(QFontMetrics(bold).horizontalAdvance(heading), right - area.left());
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(QRect(area.left(), area.top(), headingWidth, smallMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, heading);
        const int titleLeft = area.left() + headingWidth + smallMetrics.horizontalAdvance(u' ') * 2;
        if (right > titleLeft) {
            painter->setFont(small);
            painter->setPen(dim);
            painter->drawText(QRect(titleLeft, area.top(), right - titleLeft, smallMetrics.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                smallMetrics.elidedText(index.data(TitleRole).toString(), Qt::ElideRight, right - titleLeft));
        }

        // The passage.
        QTextDocument document;
        layOut(document, index, option.font, area.width());
        painter->translate(area.left(), area.top() + smallMetrics.height() + Spacing);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        context.palette.setColor(QPalette::Text, text);
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
        const int width = (view ? view->viewport()->width() : option.rect.width()) - 2 * Margin;
        QTextDocument document;
        layOut(document, index, option.font, std::max(width, 80));
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        const int height = QFontMetrics(small).height() + Spacing + int(std::ceil(document.size().height()));
        return {width, height + 2 * Margin};
    }

private:
    static constexpr int Margin = 6;
    static constexpr int Spacing = 2;

    static void layOut(QTextDocument &document, const QModelIndex &index, const QFont &font, int width)
    {
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        document.setHtml(index.data(SnippetHtmlRole).toString());
        document.setTextWidth(width);
    }
};

} // namespace

SearchPanel::SearchPanel(ReviewSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_query(new QLineEdit(this))
    , m_year(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_results(new QTreeWidget(this))
    , m_more(new QPushButton(tr("More…"), this))
{
    setObjectName(u"searchPanel"_s);

    m_query->setObjectName(u"searchQuery"_s);
    m_query->setPlaceholderText(tr("Search all reports…"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);

    m_year->setObjectName(u"searchYear"_s);
    m_year->setToolTip(tr("Only reports of this year"));
    m_category->setObjectName(u"searchCategory"_s);
    m_category->setToolTip(tr("Only parts of the outline of this kind"));
    m_category->addItem(tr("All parts"), QString());
    for (const OutlineCategory category : allOutlineCategories()) {
        m_category->addItem(outlineCategoryName(category), outlineCategoryId(category));
    }

    m_status->setObjectName(u"searchStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_results->setObjectName(u"searchResults"_s);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setColumnCount(1);
    m_results->setItemDelegate(new SearchHitDelegate(m_results));
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->installEventFilter(this);
    m_results->viewport()->installEventFilter(this);

    m_more->setObjectName(u"searchMore"_s);
    m_more->setVisible(false);
    m_more->setFlat(true);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMilliseconds);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_year, 1);
    filters->addWidget(m_category, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_more);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addLayout(filters);
    layout->addWidget(m_results, 1);
    layout->addLayout(footer);

    connect(m_query, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::searchNow);
    // A filter is one deliberate click: no pause needed.
    connect(m_year, &QComboBox::activated, this, &SearchPanel::searchNow);
    connect(m_category, &QComboBox::activated, this, &SearchPanel::searchNow);
    connect(&m_debounce, &QTimer::timeout, this, [this] { runSearch(false); });
    connect(m_more, &QPushButton::clicked, this, &SearchPanel::showMore);
    connect(m_results, &QTreeWidget::itemClicked, this, &SearchPanel::onResultClicked);
    connect(&m_session, &ReviewSession::opened, this, &SearchPanel::onSessionChanged);
    connect(&m_session, &ReviewSession::closed, this, &SearchPanel::onSessionChanged);
    connect(&m_session, &ReviewSession::reportsChanged, this, &SearchPanel::refreshYears);

    onSessionChanged();
}

QString SearchPanel::query() const
{
    return m_query->text();
}

void SearchPanel::setQuery(const QString &text)
{
    m_query->setText(text);
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::searchNow()
{
    m_debounce.stop();
    runSearch(false);
}

void SearchPanel::showMore()
{
    runSearch(true);
}

void SearchPanel::runSearch(bool nextPage)
{
    ReviewStore *store = m_session.store();
    if (!nextPage) {
        m_results->clear();
        m_hits.clear();
        m_hasMore = false;
        m_request = SearchQuery{};
        m_request.text = m_query->text().trimmed();
        m_request.year = m_year->currentData().toInt();
        m_request.category = m_category->currentData().toString();
    }
    if (store == nullptr || m_request.text.isEmpty()) {
        showStatus();
        Q_EMIT resultsChanged();
        return;
    }
    // One more than a page tells whether there is a next page without counting every match.
    m_request.offset = int(m_hits.size());
    m_request.limit = PageSize + 1;
    const auto found = store->search(m_request);
    if (!found) {
        showStatus(found.error());
        Q_EMIT resultsChanged();
        return;
    }
    QList<SearchHit> page = found.value();
    m_hasMore = page.size() > PageSize;
    page = page.mid(0, PageSize);
    QList<QTreeWidgetItem *> items;
    for (const SearchHit &hit : std::as_const(page)) {
        items.append(itemFor(hit, int(m_hits.size())));
        m_hits.append(hit);
    }
    m_results->addTopLevelItems(items);
    showStatus();
    Q_EMIT resultsChanged();
}

QTreeWidgetItem *SearchPanel::itemFor(const SearchHit &hit, int index)
{
    auto *item = new QTreeWidgetItem;
    const QString heading = hit.year > 0 ? tr("%1 · %2").arg(hit.region, QString::number(hit.year)) : hit.region;
    const auto category = outlineCategoryFromId(hit.category);
    // The plain text is what screen readers and tooltips use; the delegate draws the rest.
    item->setText(0, heading + u' ' + hit.reportTitle + u'\n' + hit.snippet);
    item->setToolTip(0, hit.reportTitle + (category ? u" — "_s + outlineCategoryName(*category) : QString()));
    item->setData(0, HitIndexRole, index);
    item->setData(0, HeadingRole, heading.isEmpty() ? hit.reportTitle : heading);
    item->setData(0, TitleRole, heading.isEmpty() ? QString() : hit.reportTitle);
    item->setData(0, CategoryRole, hit.category);
    item->setData(0, SnippetHtmlRole, hit.markedSnippet(Qt::RichText));
    return item;
}

void SearchPanel::showStatus(const QString &error)
{
    m_more->setVisible(m_hasMore);
    if (!error.isEmpty()) {
        m_status->setForegroundRole(QPalette::Text);
        m_status->setText(tr("Search failed: %1").arg(error));
        return;
    }
    m_status->setForegroundRole(QPalette::PlaceholderText);
    if (m_session.store() == nullptr) {
        m_status->setText(tr("No project is open."));
    } else if (m_request.text.isEmpty()) {
        m_status->clear();
    } else if (m_hasMore) {
        m_status->setText(tr("First %n result(s)", nullptr, int(m_hits.size())));
    } else if (m_hits.isEmpty()) {
        m_status->setText(tr("No results"));
    } else {
        m_status->setText(tr("%n result(s)", nullptr, int(m_hits.size())));
    }
}

void SearchPanel::refreshYears()
{
    const int chosen = m_year->currentData().toInt();
    const QList<int> years = m_session.store() ? m_session.read(m_session.store()->years()) : QList<int>();
    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    for (const int year : std::as_const(years)) {
        m_year->addItem(QString::number(year), year);
    }
    m_year->setCurrentIndex(std::max(0, m_year->findData(chosen)));
}

void SearchPanel::onSessionChanged()
{
    const bool open = m_session.store() != nullptr;
    m_query->setEnabled(open);
    m_year->setEnabled(open);
    m_category->setEnabled(open);
    refreshYears();
    searchNow();
}

void SearchPanel::onResultClicked(QTreeWidgetItem *item)
{
    const int index = item ? item->data(0, HitIndexRole).toInt() : -1;
    if (index < 0 || index >= m_hits.size()) {
        return;
    }
    const SearchHit &hit = m_hits.at(index);
    Q_EMIT hitActivated(hit.reportId, hit.matchStart, hit.matchEnd);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_query && key->key() == Qt::Key_Down && m_results->topLevelItemCount() > 0) {
            // From the words straight into the results, as in a browser's address bar.
            m_results->setFocus(Qt::TabFocusReason);
            if (m_results->currentItem() == nullptr) {
                m_results->setCurrentItem(m_results->topLevelItem(0));
            }
            return true;
        }
        if (watched == m_results && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            onResultClicked(m_results->currentItem());
            return true;
        }
    } else if (event->type() == QEvent::Resize && watched == m_results->viewport()) {
        // The passages wrap to the width, so their heights change with it (and only with it).
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width()) {
            m_results->doItemsLayout();
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Fazhi
