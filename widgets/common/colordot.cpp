// SPDX-License-Identifier: GPL-3.0-or-later
#include "colordot.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Fazhi {

void ColorDot::paint(QPainter *painter, const QRectF &rect, const QColor &color, Mark mark)
{
    const qreal size = qMin(rect.width(), rect.height());
    const QRectF circle(rect.center().x() - size / 2, rect.center().y() - size / 2, size, size);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(circle.adjusted(0.5, 0.5, -0.5, -0.5));
    // Marks are drawn as strokes rather than glyphs: no font has to provide ✓ or ✕.
    QPen pen(Qt::white, qMax(1.5, size / 8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const auto at = [&](qreal x, qreal y) {
        return QPointF(circle.left() + x * size, circle.top() + y * size);
    };
    switch (mark) {
    case Mark::None:
        break;
    case Mark::Check: {
        QPainterPath path(at(0.28, 0.52));
        path.lineTo(at(0.44, 0.68));
        path.lineTo(at(0.72, 0.36));
        painter->drawPath(path);
        break;
    }
    case Mark::Cross:
        painter->drawLine(at(0.33, 0.33), at(0.67, 0.67));
        painter->drawLine(at(0.67, 0.33), at(0.33, 0.67));
        break;
    case Mark::Exclamation:
        painter->drawLine(at(0.5, 0.25), at(0.5, 0.56));
        painter->drawPoint(at(0.5, 0.74));
        break;
    case Mark::Question: {
        QPainterPath path(at(0.36, 0.38));
        path.cubicTo(at(0.36, 0.18), at(0.66, 0.18), at(0.64, 0.38));
        path.cubicTo(at(0.62, 0.50), at(0.50, 0.48), at(0.50, 0.60));
        painter->drawPath(path);
        painter->drawPoint(at(0.5, 0.76));
        break;
    }
    }
    painter->restore();
}

QIcon ColorDot::icon(const QColor &color, Mark mark)
{
    QIcon icon;
    for (const int size : {12, 16, 20, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRectF(0, 0, size, size), color, mark);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Fazhi
