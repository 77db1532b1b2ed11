// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixcelldelegate.h"

#include "categorypalette.h"
#include "outlinematrixmodel.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPersistentModelIndex>
#include <QPlainTextEdit>
#include <QPoint>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

constexpr int Padding = 4;
constexpr int ChipSpacing = 3;
constexpr char IndexProperty[] = "fazhiMatrixIndex";

QColor missingColor(const QPalette &palette)
{
    return CategoryPalette::isDark(palette) ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb3, 0x54, 0x00);
}

QStringList chipsOf(const QModelIndex &index)
{
    QStringList chips{
        OutlineMatrixModel::tr("%n char(s)", nullptr, index.data(OutlineMatrixModel::LengthRole).toInt())};
    chips += index.data(OutlineMatrixModel::IndicatorsRole).toStringList();
    return chips;
}

} // namespace

MatrixCellDelegate::MatrixCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QList<MatrixCellDelegate::Chip> MatrixCellDelegate::layoutChips(
    const QStyleOptionViewItem &option, const QStringList &chips, const QRect &cell) const
{
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics metrics(small);
    const int height = metrics.height() + 2;
    const int maxWidth = cell.width() - 2 * Padding;
    const auto widthOf = [&](const QString &chip) {
        return std::min(metrics.horizontalAdvance(chip) + 14, maxWidth);
    };
    QList<Chip> laidOut;
    int x = cell.left() + Padding;
    int y = cell.top() + Padding;
    for (qsizetype i = 0; i < chips.size(); ++i) {
        int width = widthOf(chips.at(i));
        if (x > cell.left() + Padding && x + width > cell.right() - Padding) {
            if (y + height + ChipSpacing > cell.top() + Padding + (MaxChipRows - 1) * (height + ChipSpacing)) {
                // Out of rows: the rest is counted, and listed in full in the tooltip.
                const QString more = tr("+%1").arg(chips.size() - i);
                width = widthOf(more);
                if (x + width > cell.right() - Padding && !laidOut.isEmpty()) {
                    laidOut.removeLast();
                    x = laidOut.isEmpty() ? cell.left() + Padding : laidOut.last().rect.right() + ChipSpacing + 1;
                    laidOut.append({QRect(x, y, widthOf(tr("+%1").arg(chips.size() - i + 1)), height),
                        tr("+%1").arg(chips.size() - i + 1)});
                } else {
                    laidOut.append({QRect(x, y, width, height), more});
                }
                return laidOut;
            }
            x = cell.left() + Padding;
            y += height + ChipSpacing;
        }
        laidOut.append({QRect(x, y, width, height), chips.at(i)});
        x += width + ChipSpacing;
    }
    return laidOut;
}

int MatrixCellDelegate::textTop(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QList<Chip> chips = layoutChips(option, chipsOf(index), option.rect);
    return chips.isEmpty() ? option.rect.top() + Padding : chips.last().rect.bottom() + ChipSpacing + 1;
}

void MatrixCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QPalette &palette = opt.palette;
    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->fillRect(opt.rect,
        selected ? palette.color(QPalette::Highlight).lighter(CategoryPalette::isDark(palette) ? 60 : 185)
                 : palette.color(QPalette::Base));
    if (index.data(OutlineMatrixModel::MissingRole).toBool()) {
        // Hatched, with the word: an empty cell must never look like a short one.
        const QColor color = missingColor(palette);
        QColor hatch = color;
        hatch.setAlpha(60);
        painter->fillRect(opt.rect.adjusted(1, 1, -1, -1), QBrush(hatch, Qt::BDiagPattern));
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(color);
        painter->drawText(opt.rect, Qt::AlignCenter, index.data().toString());
        painter->restore();
        return;
    }
    const QList<Chip> chips = layoutChips(opt, chipsOf(index), opt.rect);
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->setFont(small);
    painter->setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < chips.size(); ++i) {
        const Chip &chip = chips.at(i);
        const QColor fill = i == 0 ? palette.color(QPalette::AlternateBase)
                                   : CategoryPalette::highlight(palette.color(QPalette::Link), palette);
        QPainterPath pill;
        pill.addRoundedRect(QRectF(chip.rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->fillPath(pill, fill);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(chip.rect.adjusted(5, 0, -5, 0), Qt::AlignCenter,
            QFontMetrics(small).elidedText(chip.text, Qt::ElideRight, chip.rect.width() - 8));
    }
    painter->setFont(opt.font);
    painter->setPen(palette.color(selected ? QPalette::Text : QPalette::Text));
    const QRect text(opt.rect.left() + Padding, textTop(opt, index), opt.rect.width() - 2 * Padding,
        opt.rect.bottom() - textTop(opt, index) - Padding);
    painter->setClipRect(text);
    painter->drawText(text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, index.data().toString());
    painter->restore();
}

QSize MatrixCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    // Room for the chips and about seven lines: enough to judge a cell, the rest scrolls.
    return {metrics.averageCharWidth() * 40, metrics.lineSpacing() * 9 + 2 * Padding};
}

QWidget *MatrixCellDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(option)
    if (index.data(OutlineMatrixModel::MissingRole).toBool()) {
        return nullptr;
    }
    auto *editor = new QPlainTextEdit(parent);
    editor->setReadOnly(true);
    editor->setFrameShape(QFrame::NoFrame);
    editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    editor->setProperty(IndexProperty, QVariant::fromValue(QPersistentModelIndex(index)));
    editor->viewport()->installEventFilter(const_cast<MatrixCellDelegate *>(this));
    return editor;
}

void MatrixCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor); text && text->toPlainText() != index.data().toString()) {
        text->setPlainText(index.data().toString());
    }
}

void MatrixCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    // Read-only: the matrix shows the reports, it never edits them.
    Q_UNUSED(editor)
    Q_UNUSED(model)
    Q_UNUSED(index)
}

void MatrixCellDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int top = textTop(option, index);
    editor->setGeometry(option.rect.left() + 1, top, option.rect.width() - 2, option.rect.bottom() - top);
}

int MatrixCellDelegate::originalOffset(const QModelIndex &index, int position)
{
    const QVariantList ranges = index.data(OutlineMatrixModel::RangesRole).toList();
    int consumed = 0;
    for (const QVariant &value : ranges) {
        const QPoint range = value.toPoint();
        const int length = range.y() - range.x();
        if (position <= consumed + length) {
            return range.x() + std::max(0, position - consumed);
        }
        consumed += length + 1; // the line break joining the parts
    }
    return ranges.isEmpty() ? 0 : ranges.constLast().toPoint().y();
}

bool MatrixCellDelegate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonDblClick) {
        auto *editor = qobject_cast<QPlainTextEdit *>(watched->parent());
        if (editor) {
            const auto index = editor->property(IndexProperty).value<QPersistentModelIndex>();
            const int position
                = editor->cursorForPosition(static_cast<QMouseEvent *>(event)->position().toPoint()).position();
            if (index.isValid()) {
                Q_EMIT openRequested(index, originalOffset(index, position));
                return true;
            }
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace Fazhi
