// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "displayscript.h"
#include "exportprogress.h"
#include "result.h"
#include "reviewtypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace Fazhi {

class ReviewStore;
struct FlowBlock;

/** What an annotated report PDF shows. */
struct AnnotatedPdfOptions
{
    DisplayScript script = DisplayScript::Original;
    /** Print annotations the reviewers marked resolved. */
    bool includeResolved = true;
    /** A clean copy: no highlights, only the numbered comments. */
    bool commentsOnly = false;
    /** The reviewer named on the cover; empty: the store's author. */
    QString reviewer;
};

/**
 * A report as it goes back to its district: an A4 PDF with a cover (title, region, year,
 * issuing bodies, dates, reviewer, export date, the checklist with the reviewers' overrules,
 * the grade and summary, a legend of tag colours), then the report text with its headings,
 * each annotated passage highlighted in its tag colour, a numbered marker at each comment and
 * the comments in the margin beside their passage (at the page foot when the margin is full),
 * the outline category in the margin where it changes, and "region · year · page N of M" on
 * every page. Fonts (Noto CJK) are embedded and the text is searchable.
 */
class AnnotatedPdfExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::AnnotatedPdfExporter)

public:
    /** Reads from @p store, which must outlive this (one store per thread). */
    explicit AnnotatedPdfExporter(ReviewStore &store, AnnotatedPdfOptions options = {});

    /** The PDF of one report. @p progress counts pages. */
    Result<QByteArray> exportReport(qint64 reportId, const ExportProgress &progress = {});

    /**
     * Each report to its own PDF in @p directory ("region-year-id.pdf"); @p progress counts
     * reports. A report that fails is named in the error after the others are written.
     * Returns the files written.
     */
    Result<QStringList> exportReports(
        const QList<qint64> &reportIds, const QString &directory, const ExportProgress &progress = {});

    /** Pages of the last PDF made. */
    int pageCount() const { return m_pageCount; }

    /** The file name a report's PDF gets in a batch. */
    static QString fileName(const ReportSummary &report);

private:
    Result<QList<FlowBlock>> cover(qint64 reportId, const ReportSummary &summary, const QString &title,
        const QMap<QString, QString> &metadata, const QList<Tag> &tags);

    ReviewStore &m_store;
    AnnotatedPdfOptions m_options;
    int m_pageCount = 0;
};

} // namespace Fazhi
