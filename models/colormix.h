// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace Fazhi {

/** @p a blended towards @p b by @p share (0: a, 1: b): tag colours lightened for highlights. */
inline QColor mixColors(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
        float(a.greenF() * (1 - share) + b.greenF() * share), float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace Fazhi
