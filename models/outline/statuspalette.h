// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewchecklist.h"

#include <QColor>
#include <QStringView>

namespace Fazhi {

/**
 * The colours of checklist verdicts and of a report's review status, one table for every view
 * and export: green passes, amber warns, red fails, gray is not judged. Saturated, so that a dot
 * with a white mark reads on light and dark backgrounds alike; background() is the same colour
 * for a table cell behind black text.
 */
class StatusPalette final
{
public:
    /** The verdict's colour. */
    static QColor color(ChecklistStatus status);
    /**
     * The colour of review status @p status ("unreviewed", "in_progress", "done"): done as a pass,
     * in progress as a warning, unreviewed (and anything else) as not judged.
     */
    static QColor reviewColor(QStringView status);
    /** The verdict's colour lightened into a background for black text (table cells of the PDF exports). */
    static QColor background(ChecklistStatus status);
};

} // namespace Fazhi
