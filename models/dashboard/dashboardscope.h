// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewtypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Fazhi {

/**
 * Which reports a dashboard compares: those of one year, optionally only the districts of one
 * parent city ("江门市" for 江门市江海区) and of one level ("区", "县", "街道", "部门", as the
 * metadata extractor names them). Empty city or level means any.
 */
struct DashboardScope
{
    int year = 0;
    QString city;
    QString level;

    /** The city a region belongs to: "江门市" for "江门市江海区"; empty when the region is itself a city or unknown. */
    static QString parentCity(const QString &region);
    /** Whether @p report is compared in this scope. */
    bool contains(const ReportSummary &report) const;
    /** The reports of @p reports in this scope, in their order. */
    QList<ReportSummary> select(const QList<ReportSummary> &reports) const;
    /** The parent cities of @p reports' regions, sorted, each once (for the scope selector). */
    static QStringList cities(const QList<ReportSummary> &reports);
    /** The levels of @p reports, sorted, each once. */
    static QStringList levels(const QList<ReportSummary> &reports);
    /** The years of @p reports, newest first, each once. */
    static QList<int> years(const QList<ReportSummary> &reports);

    bool operator==(const DashboardScope &) const = default;
};

} // namespace Fazhi
