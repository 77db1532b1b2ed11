// SPDX-License-Identifier: GPL-3.0-or-later
#include "carditemdelegate.h"

#include "categorypalette.h"
#include "colordot.h"

#include <QApplication>
#include <QPainter>

namespace Fazhi {

namespace {

constexpr int Padding = 5;
constexpr int BadgeSpacing = 4;
constexpr int BadgeInner = 5; // left and right inside a badge

QList<ItemBadge> badgesOf(const QModelIndex &index)
{
    return index.data(CardItemDelegate::BadgesRole).value<QList<ItemBadge>>();
}

} // namespace

CardItemDelegate::CardItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QVariant CardItemDelegate::badges(const QList<ItemBadge> &badges)
{
    return QVariant::fromValue(badges);
}

QFont CardItemDelegate::badgeFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.88 : 8);
    return small;
}

QSize CardItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    int height = Padding + metrics.height();
    if (!badgesOf(index).isEmpty()) {
        height += BadgeSpacing + QFontMetrics(badgeFont(option.font)).height() + 2;
    }
    const int lines = int(index.data(DetailsRole).toStringList().size()) + (index.data(NoteRole).isNull() ? 0 : 1);
    height += lines * metrics.height();
    return {metrics.averageCharWidth() * 20, height + Padding};
}

void CardItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and hover as the style draws them; the contents are ours.
    opt.text.clear();
    opt.icon = {};
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = textColor;
    quiet.setAlphaF(0.68f);

    const QFontMetrics metrics(opt.font);
    QRect line = opt.rect.adjusted(Padding, Padding, -Padding, 0);
    line.setHeight(metrics.height());

    painter->save();
    painter->setFont(opt.font);
    const QColor dot = index.data(DotColorRole).value<QColor>();
    if (dot.isValid()) {
        const int size = metrics.height() * 3 / 5;
        ColorDot::paint(painter, QRectF(line.left(), line.center().y() - size / 2.0 + 0.5, size, size), dot);
        line.setLeft(line.left() + size + Padding + 2);
    }
    painter->setPen(textColor);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, line.width()));
    line.moveTop(line.bottom() + 1);

    const QList<ItemBadge> badges = badgesOf(index);
    if (!badges.isEmpty()) {
        const QFont small = badgeFont(opt.font);
        const QFontMetrics smallMetrics(small);
        painter->setFont(small);
        painter->setRenderHint(QPainter::Antialiasing);
        QRect badge(line.left(), line.top() + BadgeSpacing, 0, smallMetrics.height() + 2);
        for (const ItemBadge &item : badges) {
            const int room = line.right() - badge.left();
            QString text = item.text;
            int width = smallMetrics.horizontalAdvance(text) + 2 * BadgeInner;
            if (width > room) {
                // The first badge says the most: shorten it rather than drop it; later ones go.
                if (badge.left() != line.left() || room < 3 * BadgeInner) {
                    break;
                }
                text = smallMetrics.elidedText(text, Qt::ElideRight, room - 2 * BadgeInner);
                width = room;
            }
            badge.setWidth(width);
            const QColor color = item.color.isValid() ? item.color : quiet;
            if (item.filled) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(CategoryPalette::highlight(color, opt.palette));
            } else {
                painter->setPen(QPen(color, 1));
                painter->setBrush(Qt::NoBrush);
            }
            painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            // Text on a tint of its own color is always the view's text color: readable in both themes.
            painter->setPen(item.filled ? opt.palette.color(group, QPalette::Text) : textColor);
            painter->drawText(badge, Qt::AlignCenter, text);
            badge.moveLeft(badge.right() + 1 + BadgeSpacing);
        }
        line.moveTop(badge.bottom() + 1);
        painter->setFont(opt.font);
    }

    if (const QString note = index.data(NoteRole).toString(); !note.isEmpty()) {
        painter->setPen(textColor);
        painter->drawText(
            line, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(note, Qt::ElideRight, line.width()));
        line.moveTop(line.bottom() + 1);
    }
    painter->setPen(quiet);
    for (const QString &detail : index.data(DetailsRole).toStringList()) {
        painter->drawText(
            line, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(detail, Qt::ElideRight, line.width()));
        line.moveTop(line.bottom() + 1);
    }
    // Cards of several lines need a boundary; the view's own grid would cross the indentation.
    painter->setPen(opt.palette.color(QPalette::Midlight));
    painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
    painter->restore();
}

} // namespace Fazhi
