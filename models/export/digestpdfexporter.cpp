// SPDX-License-Identifier: GPL-3.0-or-later
#include "digestpdfexporter.h"

#include "displayformat.h"
#include "outlinecategory.h"
#include "outlinematrix.h"
#include "pagedflow.h"
#include "reportdecisions.h"
#include "reviewchecklist.h"
#include "reviewstore.h"
#include "statuspalette.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

FlowBlock heading(const QString &text, qreal size, qreal spaceBefore)
{
    FlowBlock block = FlowBlock::paragraph(text, PagedFlow::serifFont(size, true), spaceBefore, 6);
    block.keepWithNext = true;
    return block;
}

} // namespace

DigestPdfExporter::DigestPdfExporter(ReviewStore &store)
    : m_store(store)
{
}

Result<QByteArray> DigestPdfExporter::exportDigest(const QList<qint64> &reportIds, const ExportProgress &progress)
{
    if (reportIds.isEmpty()) {
        return Error{tr("There are no reports to put in the digest.")};
    }
    const auto matrix = OutlineMatrix::build(m_store, reportIds);
    if (!matrix) {
        return matrix.failure();
    }
    const QList<ReportSummary> &reports = matrix.value().reports();
    const int steps = int(reports.size()) + 100;
    const QString title = m_title.isEmpty() ? tr("Rule-of-law government reports: review digest") : m_title;

    PagedFlow::Options options;
    options.title = title;
    options.creator = QCoreApplication::applicationName();
    options.headerLeft = title;
    options.headerRight = DisplayFormat::date(QDate::currentDate());
    options.footer = [](int page, int pages) {
        return tr("page %1 of %2").arg(page).arg(pages);
    };
    PagedFlow flow(options);
    flow.append(FlowBlock::paragraph(title, PagedFlow::serifFont(18, true), 10, 4));
    const QString exported = DisplayFormat::date(QDate::currentDate());
    const int count = int(reports.size());
    FlowBlock subtitle = FlowBlock::paragraph(m_store.author().isEmpty()
            ? tr("%n report(s), exported %1", nullptr, count).arg(exported)
            : tr("%n report(s), reviewed by %1, exported %2", nullptr, count).arg(m_store.author(), exported),
        PagedFlow::sansFont(9.5), 0, 14);
    subtitle.color = QColor(0x60, 0x64, 0x6b);
    flow.append(subtitle);

    // The summary table.
    flow.append(heading(tr("Summary"), 13, 4));
    const QList<qreal> columns{3, 1.2, 1, 1, 1, 1.3};
    FlowBlock header;
    header.kind = FlowBlock::Kind::Row;
    header.font = PagedFlow::sansFont(8.5);
    header.headerRow = true;
    header.columns = columns;
    header.cells = {{tr("District"), {}, {}}, {tr("Grade"), {}, {}}, {tr("Pass", "checklist status"), {}, {}},
        {tr("Warning", "checklist status"), {}, {}}, {tr("Fail", "checklist status"), {}, {}},
        {tr("Open comments"), {}, {}}};
    flow.append(header);
    QList<ReportDecisions> decisions;
    for (qsizetype i = 0; i < reports.size(); ++i) {
        if (progress && !progress(int(i), steps)) {
            return Error{tr("The export was cancelled.")};
        }
        const ReportSummary &report = reports.at(i);
        auto loaded = ReportDecisions::load(m_store, report.id);
        if (!loaded) {
            return loaded.failure();
        }
        decisions.append(std::move(loaded).value());
        int counts[3] = {0, 0, 0};
        const auto readChecklist = m_store.checklist(report.id);
        if (!readChecklist) {
            return readChecklist.failure();
        }
        for (const ChecklistItem &item : readChecklist.value()) {
            switch (decisions.last().status(item)) {
            case ChecklistStatus::Pass:
                ++counts[0];
                break;
            case ChecklistStatus::Warn:
                ++counts[1];
                break;
            case ChecklistStatus::Fail:
                ++counts[2];
                break;
            case ChecklistStatus::Unknown:
                break;
            }
        }
        const QString grade = decisions.last().value(ReportDecisions::gradeTarget(), {});
        FlowBlock row = header;
        row.headerRow = false;
        row.cells = {{matrix.value().columnTitle(int(i)), {}, {}},
            {grade.isEmpty() ? tr("Not graded") : ReviewChecklist::gradeName(grade), {}, {}},
            {QString::number(counts[0]), {}, {}},
            {QString::number(counts[1]), counts[1] ? StatusPalette::background(ChecklistStatus::Warn) : QColor(), {}},
            {QString::number(counts[2]), counts[2] ? StatusPalette::background(ChecklistStatus::Fail) : QColor(), {}},
            {QString::number(report.openAnnotations), {}, {}}};
        flow.append(row);
    }

    if (!m_charts.isEmpty()) {
        flow.append(heading(tr("Charts"), 13, 16));
        for (const DigestChart &chart : std::as_const(m_charts)) {
            FlowBlock picture;
            picture.kind = FlowBlock::Kind::Picture;
            picture.picture = chart.picture;
            picture.size = chart.size;
            picture.caption = chart.title;
            picture.spaceBefore = 6;
            picture.spaceAfter = 10;
            flow.append(picture);
        }
    }

    // Per district: the problems and the plans as written, with the reviewers' comments on them.
    QHash<qint64, QString> tagNames;
    const auto readTags = m_store.tags();
    if (!readTags) {
        return readTags.failure();
    }
    for (const Tag &tag : readTags.value()) {
        tagNames.insert(tag.id, ReviewStore::displayName(tag));
    }
    const QList<QString> categories{u"problems"_s, u"causes"_s, u"plans"_s};
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const ReportSummary &report = reports.at(i);
        FlowBlock pageBreak;
        pageBreak.kind = FlowBlock::Kind::PageBreak;
        flow.append(pageBreak);
        flow.append(heading(matrix.value().columnTitle(int(i)), 15, 0));
        flow.append(FlowBlock::paragraph(report.title, PagedFlow::sansFont(9.5), 0, 8));
        const QString grade = decisions.at(i).value(ReportDecisions::gradeTarget(), {});
        const QString summary = decisions.at(i).value(ReportDecisions::summaryTarget(), {});
        if (!grade.isEmpty() || !summary.isEmpty()) {
            FlowBlock verdict = FlowBlock::paragraph(
                tr("Verdict: %1").arg(grade.isEmpty() ? tr("Not graded") : ReviewChecklist::gradeName(grade))
                    + (summary.isEmpty() ? QString() : u"\n"_s + summary),
                PagedFlow::sansFont(9.5), 0, 8);
            verdict.color = QColor(0x1f, 0x3a, 0x68);
            flow.append(verdict);
        }
        const auto readAnnotations = m_store.annotations(report.id);
        if (!readAnnotations) {
            return readAnnotations.failure();
        }
        const QList<Annotation> &annotations = readAnnotations.value();
        for (const QString &category : categories) {
            const MatrixCell cell = matrix.value().cell(matrix.value().rowOf(category), int(i));
            const auto known = outlineCategoryFromId(category);
            if (cell.missing()) {
                if (category != u"causes") {
                    FlowBlock missing = FlowBlock::paragraph(
                        tr("%1: the report says nothing.").arg(known ? outlineCategoryName(*known) : category),
                        PagedFlow::sansFont(9.5, true), 6, 6);
                    missing.color = QColor(0xa3, 0x2b, 0x22);
                    flow.append(missing);
                }
                continue;
            }
            flow.append(heading(known ? outlineCategoryName(*known) : category, 11.5, 8));
            for (const QString &text : cell.text.split(u'\n', Qt::SkipEmptyParts)) {
                flow.append(FlowBlock::paragraph(text, PagedFlow::serifFont(10), 0, 4));
            }
            for (const Annotation &annotation : annotations) {
                const bool inside
                    = std::any_of(cell.ranges.cbegin(), cell.ranges.cend(), [&annotation](const TextRange &range) {
                          return annotation.start < range.end && annotation.end > range.start;
                      });
                if (!inside || annotation.comment.trimmed().isEmpty()) {
                    continue;
                }
                FlowBlock comment = FlowBlock::paragraph(
                    u"%1 · %2: “%3” — %4"_s.arg(annotation.author.isEmpty() ? tr("Reviewer") : annotation.author,
                        tagNames.value(annotation.tagId), annotation.quote.left(60), annotation.comment.trimmed()),
                    PagedFlow::sansFont(8.5), 0, 4);
                comment.indent = 14;
                comment.color = QColor(0x5a, 0x3e, 0x00);
                flow.append(comment);
            }
        }
    }
    const auto pdf = flow.render([&progress, steps, count = int(reports.size())](
                                     int percent) { return !progress || progress(count + percent, steps); });
    m_pageCount = flow.pageCount();
    if (pdf && progress) {
        progress(steps, steps);
    }
    return pdf;
}

} // namespace Fazhi
