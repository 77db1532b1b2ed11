// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportprogress.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPicture>
#include <QSizeF>
#include <QString>

namespace Fazhi {

class ReviewStore;

/** A chart for the digest, drawn by the caller (the dashboard) into a picture of @p size points. */
struct DigestChart
{
    QString title;
    QPicture picture;
    QSizeF size;
};

/**
 * The digest that goes to the office's leadership for several reports (e.g. all of a year): a
 * summary table (district, grade, checklist results after overrules, open issues), the
 * dashboard's charts when the caller passes them, then per district its problems and plans
 * as written, with the reviewers' comments on them and the summary verdict.
 */
class DigestPdfExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::DigestPdfExporter)

public:
    /** Reads from @p store, which must outlive this (one store per thread). */
    explicit DigestPdfExporter(ReviewStore &store);

    /** Charts to print after the summary table; none: the section is left out. */
    void setCharts(QList<DigestChart> charts) { m_charts = std::move(charts); }
    /** The digest's title; empty: "Rule-of-law government reports: review digest". */
    void setTitle(const QString &title) { m_title = title; }

    /** The digest of @p reportIds, in that order. @p progress counts reports, then pages. */
    Result<QByteArray> exportDigest(const QList<qint64> &reportIds, const ExportProgress &progress = {});

    /** Pages of the last digest made. */
    int pageCount() const { return m_pageCount; }

private:
    ReviewStore &m_store;
    QList<DigestChart> m_charts;
    QString m_title;
    int m_pageCount = 0;
};

} // namespace Fazhi
