// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Fazhi {

/**
 * Draws a cell of the outline matrix: its length and indicator figures as chips above the text,
 * or a hatched "missing" when the report says nothing for the row. The current cell gets a
 * read-only text editor over its text, so a long cell scrolls in place; a double-click there
 * asks to open the report at the clicked character.
 */
class MatrixCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixCellDelegate)

public:
    explicit MatrixCellDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /** The original offset of character @p position of @p index's text (parts joined by line breaks). */
    static int originalOffset(const QModelIndex &index, int position);

Q_SIGNALS:
    /** A double-click in the text of @p index at original offset @p offset. */
    void openRequested(const QModelIndex &index, int offset);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Chip
    {
        QRect rect;
        QString text;
    };
    /** At most two rows of chips can take a cell's room from its text. */
    static constexpr int MaxChipRows = 2;

    /** The chips laid out in rows inside @p cell, the overflow as one "+N"; the text goes below the last. */
    QList<Chip> layoutChips(const QStyleOptionViewItem &option, const QStringList &chips, const QRect &cell) const;
    int textTop(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace Fazhi
