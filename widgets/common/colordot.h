// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>

class QPainter;
class QRectF;

namespace Fazhi {

/**
 * A small filled circle in a category, tag or status color, optionally with a white mark in
 * it, so that a status never depends on telling red from green alone.
 */
class ColorDot final
{
public:
    enum class Mark { None, Check, Cross, Exclamation, Question };

    /** Paints the dot into @p rect (centered, as large as fits). */
    static void paint(QPainter *painter, const QRectF &rect, const QColor &color, Mark mark = Mark::None);
    /** An icon of the dot, sharp at the usual small icon sizes. */
    static QIcon icon(const QColor &color, Mark mark = Mark::None);
};

} // namespace Fazhi
