// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSize>
#include <QString>

class QWidget;

namespace Fazhi {

/** Renders a top-level window as it would appear on screen and writes it as a PNG. */
class WindowScreenshot final
{
public:
    /** Parses "1600x1000"; an Error explains a malformed or unreasonable size. */
    static Result<QSize> parseSize(const QString &text);

    /** Shows @p window at @p size, lets it lay out and paint, and saves it to @p fileName. */
    static Result<Done> write(QWidget &window, const QSize &size, const QString &fileName);
};

} // namespace Fazhi
