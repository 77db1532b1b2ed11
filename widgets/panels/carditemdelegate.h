// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QStyledItemDelegate>

namespace Fazhi {

/** A short label drawn as a rounded chip under an item's text: a category, a theme, a tag. */
struct ItemBadge
{
    QString text;
    QColor color;
    /** Filled with a light tint of the color (the item's main badge), or only outlined. */
    bool filled = true;
};

/**
 * Draws an item of a narrow side panel as a small card: a colored dot and the text on the first
 * line (elided, the full text belongs in the tooltip), a row of badges, a note, and further
 * lines in a quieter color, with a hairline between items. Long Chinese headings and quotes stay readable in a 300 px
 * dock without wrapping guesswork.
 */
class CardItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role {
        DotColorRole = Qt::UserRole + 200, ///< QColor: the dot before the text; none when invalid
        BadgesRole, ///< QList<ItemBadge>
        NoteRole, ///< QString: a line in the text color under the badges (a reviewer's comment)
        DetailsRole, ///< QStringList: further lines, quieter
    };

    explicit CardItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /** Sets the badges of an item (for QTreeWidgetItem::setData). */
    static QVariant badges(const QList<ItemBadge> &badges);

private:
    static QFont badgeFont(const QFont &font);
};

} // namespace Fazhi

Q_DECLARE_METATYPE(Fazhi::ItemBadge)
