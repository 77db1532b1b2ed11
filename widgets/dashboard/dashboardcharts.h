// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfigures.h"
#include "districthistory.h"

#include <QCoreApplication>

class QChart;
class QColor;
class QPalette;

namespace Fazhi {

/**
 * Builds the dashboard's Qt Charts from the figures, in the colors of CategoryPalette and the
 * tags, for a light or dark @p palette, each with a legend. The view shows them in QChartViews
 * and DashboardRenderer paints the same charts into pictures, so screen and export agree.
 * Charts belong to the caller.
 */
class DashboardCharts final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::DashboardCharts)

public:
    /** Stacked bars: how each district's text splits across the categories; most candid first if @p byCandour. */
    static QChart *proportions(const DashboardFigures &figures, bool byCandour, const QPalette &palette);
    /**
     * Bars of indicator @p id per district, largest at the top. Districts that do not report it
     * are listed above them as "not reported" and get no bar: the bar set holds only the
     * districts of indicatorOrder(), in that order.
     */
    static QChart *indicator(const DashboardFigures &figures, const QString &id, const QPalette &palette);
    /** The reporting districts of indicator @p id in the order of the bar set (index 0, the bottom bar, is the
     * smallest). */
    static QList<IndicatorPoint> indicatorOrder(const DashboardFigures &figures, const QString &id);
    /** Checklist pass/warn/fail/unknown counts per district, the grade beside the name. */
    static QChart *review(const DashboardFigures &figures, const QPalette &palette);
    /** Annotations per tag and district, in the tags' colors. */
    static QChart *tags(const DashboardFigures &figures, const QPalette &palette);
    /** One district's proportions year by year, with how many problems repeat last year's. */
    static QChart *history(const DistrictHistory &history, const QPalette &palette);

    /** A checklist status's StatusPalette color (pass green, warning amber, fail red), adjusted to @p palette. */
    static QColor statusColor(ChecklistStatus status, const QPalette &palette);
    /** How many entries @p chart's legend lists (the bar sets of its series). */
    static qsizetype legendEntries(const QChart *chart);

    /** The name on a district's axis label when it does not report an indicator. */
    static QString notReportedLabel(const QString &district);

    /** Gives @p chart the palette's colors and readable fonts, without animation (export draws at once). */
    static void style(QChart *chart, const QPalette &palette);
};

} // namespace Fazhi
