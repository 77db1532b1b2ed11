// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotatedpdfexporter.h"

#include "colormix.h"
#include "displayformat.h"
#include "exportfile.h"
#include "outlinecategory.h"
#include "pagedflow.h"
#include "reportdecisions.h"
#include "reviewchecklist.h"
#include "reviewstore.h"
#include "scriptconverter.h"
#include "statuspalette.h"

#include <QDate>
#include <QDir>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

constexpr qreal BodySize = 10.5;
/** Characters of a comment beyond which the margin gets its beginning and the end of the document all of it. */
constexpr qsizetype LongComment = 400;

FlowBlock row(const QList<FlowCell> &cells, const QList<qreal> &columns, bool header = false)
{
    FlowBlock block;
    block.kind = FlowBlock::Kind::Row;
    block.font = PagedFlow::sansFont(8.5);
    block.cells = cells;
    block.columns = columns;
    block.headerRow = header;
    return block;
}

/** "■ 成效  ■ 问题 …" with each square in its tag's colour. */
FlowBlock legend(const QString &caption, const QList<Tag> &tags)
{
    FlowBlock block = FlowBlock::paragraph(caption + u"  "_s, PagedFlow::sansFont(8.5), 10, 10);
    for (const Tag &tag : tags) {
        QTextLayout::FormatRange square;
        square.start = int(block.text.size());
        square.length = 1;
        square.format.setForeground(tag.color);
        block.formats.append(square);
        block.text += u"■ "_s + tag.name + u"    "_s;
    }
    return block;
}

} // namespace

AnnotatedPdfExporter::AnnotatedPdfExporter(ReviewStore &store, AnnotatedPdfOptions options)
    : m_store(store)
    , m_options(std::move(options))
{
}

QString AnnotatedPdfExporter::fileName(const ReportSummary &report)
{
    QString name = (report.region.isEmpty() ? report.fileName.section(u'.', 0, 0) : report.region);
    if (report.year > 0) {
        name += u'-' + QString::number(report.year);
    }
    name += u'-' + QString::number(report.id) + u".pdf"_s;
    // Names come from reports: keep them to characters every file system takes.
    static const QString forbidden = u"/\\:*?\"<>|"_s;
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.unicode() < 0x20) {
            c = u'_';
        }
    }
    return name;
}

Result<QList<FlowBlock>> AnnotatedPdfExporter::cover(qint64 reportId, const ReportSummary &summary,
    const QString &title, const QMap<QString, QString> &metadata, const QList<Tag> &tags)
{
    QList<FlowBlock> blocks;
    blocks.append(FlowBlock::paragraph(title, PagedFlow::serifFont(18, true), 12, 6));
    blocks.append(
        FlowBlock::paragraph(tr("Review copy with the reviewers' marks and comments"), PagedFlow::sansFont(10), 0, 18));
    blocks.last().color = QColor(0x60, 0x64, 0x6b);

    const QList<qreal> keyValue{1, 5};
    const auto field = [&](const QString &key, const QString &value) {
        if (!value.isEmpty()) {
            blocks.append(row({{key, QColor(0xf1, 0xf3, 0xf5), {}}, {value, {}, {}}}, keyValue));
        }
    };
    field(tr("Region"), summary.region);
    field(tr("Year reported on"), summary.year > 0 ? QString::number(summary.year) : QString());
    field(tr("Issued by"), metadata.value(QString::fromLatin1(MetadataKey::Issuers)));
    field(tr("Addressed to"), metadata.value(QString::fromLatin1(MetadataKey::Addressee)));
    // Dates are stored as ISO text; the cover writes them as the UI language does.
    const auto date = [&](const char *key) {
        const QString stored = metadata.value(QString::fromLatin1(key));
        const QDate parsed = QDate::fromString(stored, Qt::ISODate);
        return parsed.isValid() ? DisplayFormat::date(parsed) : stored;
    };
    field(tr("Report date"), date(MetadataKey::ReportDate));
    field(tr("Published"), date(MetadataKey::PublishDate));
    field(tr("Reviewer"), m_options.reviewer.isEmpty() ? m_store.author() : m_options.reviewer);
    field(tr("Exported"), DisplayFormat::date(QDate::currentDate()));

    const auto loaded = ReportDecisions::load(m_store, reportId);
    if (!loaded) {
        return loaded.failure();
    }
    const ReportDecisions &decisions = loaded.value();
    blocks.append(FlowBlock::paragraph(tr("Verdict"), PagedFlow::serifFont(13, true), 16, 6));
    const QString grade = decisions.value(ReportDecisions::gradeTarget(), {});
    field(tr("Grade"), grade.isEmpty() ? tr("Not graded") : ReviewChecklist::gradeName(grade));
    field(tr("Summary"), decisions.value(ReportDecisions::summaryTarget(), {}));

    blocks.append(FlowBlock::paragraph(tr("Checklist"), PagedFlow::serifFont(13, true), 16, 6));
    const QList<qreal> columns{2.4, 0.9, 1.1, 4};
    blocks.append(row({{tr("Item"), {}, {}}, {tr("Automatic"), {}, {}}, {tr("In force"), {}, {}},
                          {tr("Why / reviewer's note"), {}, {}}},
        columns, true));
    const auto readChecklist = m_store.checklist(reportId);
    if (!readChecklist) {
        return readChecklist.failure();
    }
    for (const ChecklistItem &item : readChecklist.value()) {
        const std::optional<Decision> overrule = decisions.inForce(ReportDecisions::checklistTarget(item.id));
        const ChecklistStatus status = decisions.status(item);
        QString why = ReviewChecklist::explanation(item);
        QString inForce = ReviewChecklist::statusName(status);
        if (overrule) {
            inForce += u" ✎"_s;
            why = tr("Overruled by %1: %2")
                      .arg(overrule->author, overrule->comment.isEmpty() ? why : overrule->comment);
        }
        const QString name = ReviewChecklist::itemTitle(item.id);
        blocks.append(row({{name.isEmpty() ? item.title : name, {}, {}},
                              {ReviewChecklist::statusName(item.status), StatusPalette::background(item.status), {}},
                              {inForce, StatusPalette::background(status), {}}, {why, {}, {}}},
            columns));
    }
    if (!tags.isEmpty()) {
        blocks.append(legend(tr("Tag colours:"), tags));
    }
    for (FlowBlock &block : blocks) {
        block.fullWidth = true; // the cover has no margin notes
    }
    return blocks;
}

Result<QByteArray> AnnotatedPdfExporter::exportReport(qint64 reportId, const ExportProgress &progress)
{
    auto document = m_store.report(reportId);
    if (!document) {
        return document.failure();
    }
    ReportSummary summary;
    const auto readReports = m_store.reports();
    if (!readReports) {
        return readReports.failure();
    }
    for (const ReportSummary &report : readReports.value()) {
        if (report.id == reportId) {
            summary = report;
        }
    }
    QMap<QString, QString> metadata;
    for (auto it = document.value().metadata.cbegin(); it != document.value().metadata.cend(); ++it) {
        metadata.insert(it.key(), it.value().value);
    }
    QString text = document.value().text;
    QString title = summary.title.isEmpty() ? document.value().fileName : summary.title;
    if (const auto conversion = displayScriptConversion(m_options.script)) {
        const ScriptConverter converter(*conversion);
        const auto converted = converter.convertKeepingOffsets(text);
        if (!converted) {
            return converted.failure();
        }
        text = converted.value();
        // The cover's names in the same script as the text.
        for (QString *name : {&title, &summary.region}) {
            if (const auto convertedName = converter.convert(*name)) {
                *name = convertedName.value();
            }
        }
        for (auto it = metadata.begin(); it != metadata.end(); ++it) {
            if (const auto convertedValue = converter.convert(it.value())) {
                it.value() = convertedValue.value();
            }
        }
    }

    // The annotations printed, in text order, and the tags they use.
    QHash<qint64, Tag> tagById;
    const auto readTags = m_store.tags();
    if (!readTags) {
        return readTags.failure();
    }
    for (Tag tag : readTags.value()) {
        tag.name = ReviewStore::displayName(tag); // as the reviewer sees it, in the document's language
        tagById.insert(tag.id, tag);
    }
    QList<Annotation> annotations;
    QList<Annotation> orphaned;
    const auto readAnnotations = m_store.annotations(reportId);
    if (!readAnnotations) {
        return readAnnotations.failure();
    }
    for (const Annotation &annotation : readAnnotations.value()) {
        if (annotation.resolved && !m_options.includeResolved) {
            continue;
        }
        if (m_options.commentsOnly && annotation.comment.trimmed().isEmpty()) {
            continue;
        }
        if (annotation.orphaned || annotation.end > text.size() || annotation.start >= annotation.end) {
            orphaned.append(annotation);
        } else {
            annotations.append(annotation);
        }
    }
    std::sort(annotations.begin(), annotations.end(),
        [](const Annotation &a, const Annotation &b) { return std::tie(a.end, a.start) < std::tie(b.end, b.start); });
    QList<Tag> usedTags;
    for (const Annotation &annotation : std::as_const(annotations)) {
        const Tag tag = tagById.value(annotation.tagId);
        if (!std::any_of(usedTags.cbegin(), usedTags.cend(), [&tag](const Tag &t) { return t.id == tag.id; })) {
            usedTags.append(tag);
        }
    }
    std::sort(usedTags.begin(), usedTags.end(), [](const Tag &a, const Tag &b) { return a.position < b.position; });
    QHash<qint64, int> markers; // annotation id -> comment number
    for (const Annotation &annotation : std::as_const(annotations)) {
        if (!annotation.comment.trimmed().isEmpty()) {
            markers.insert(annotation.id, int(markers.size()) + 1);
        }
    }

    PagedFlow::Options options;
    options.marginColumn = true;
    options.title = title;
    options.creator = QCoreApplication::applicationName();
    options.headerLeft = title;
    const QString place = QStringList{summary.region, summary.year > 0 ? QString::number(summary.year) : QString()}
                              .filter(QRegularExpression(u"."_s))
                              .join(u" · "_s);
    options.footer = [place](int page, int pages) {
        return (place.isEmpty() ? QString() : place + u" · "_s) + tr("page %1 of %2").arg(page).arg(pages);
    };
    PagedFlow flow(options);
    const auto coverBlocks = cover(reportId, summary, title, metadata, usedTags);
    if (!coverBlocks) {
        return coverBlocks.failure();
    }
    flow.append(coverBlocks.value());
    FlowBlock pageBreak;
    pageBreak.kind = FlowBlock::Kind::PageBreak;
    flow.append(pageBreak);

    // Headings by the start of their line; categories where the text's parts start.
    auto decided = m_store.decisions(reportId);
    if (!decided) {
        return decided.failure();
    }
    const auto storedParts = m_store.parts(reportId);
    if (!storedParts) {
        return storedParts.failure();
    }
    const ReportDecisions decisions(std::move(decided).value());
    const QList<StoredPart> &parts = storedParts.value();
    qsizetype partIndex = 0;
    QString shownCategory;
    const QFont bodyFont = PagedFlow::serifFont(BodySize);
    qsizetype annotationIndex = 0;
    QList<std::tuple<int, QString, QString>> longComments; // number, tag, comment
    for (qsizetype lineStart = 0; lineStart < text.size();) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = text.size();
        }
        const int from = int(lineStart);
        const int to = int(lineEnd);
        lineStart = lineEnd + 1;
        if (QStringView(text).mid(from, to - from).trimmed().isEmpty()) {
            continue;
        }
        FlowBlock block = FlowBlock::paragraph(QString(), bodyFont, 0, 5);
        int level = 0;
        QString category;
        for (; partIndex < parts.size() && parts.at(partIndex).start < to; ++partIndex) {
            const StoredPart &part = parts.at(partIndex);
            if (part.start >= from && category.isEmpty()) {
                category = decisions.category(part);
                if (part.heading) {
                    level = std::max(1, part.level);
                }
            }
        }
        if (!category.isEmpty() && category != shownCategory) {
            if (const auto known = outlineCategoryFromId(category)) {
                block.marginLabel = outlineCategoryName(*known);
                block.marginColor = QColor(0x3b, 0x5b, 0x8c);
            }
            shownCategory = category;
        }
        if (level > 0) {
            block.font = PagedFlow::serifFont(level == 1 ? 13 : level == 2 ? 11.5 : BodySize, true);
            block.spaceBefore = level == 1 ? 10 : 5;
            block.keepWithNext = true;
        }

        // The line's text with a marker "[n]" after each commented passage that ends in it.
        QList<std::pair<int, int>> inserted; // original offset, marker length so far
        // Where an original offset is in the line as printed: after the markers before it (and
        // those at it, for a start; not for an end, whose own marker follows it).
        const auto displayPos = [&inserted, from](int offset, bool atStart) {
            int shift = 0;
            for (const auto &[at, length] : inserted) {
                if (at < offset || (atStart && at == offset)) {
                    shift = length;
                }
            }
            return offset - from + shift;
        };
        // Annotations ending in this line get markers; every annotation overlapping it gets a highlight.
        QList<const Annotation *> ending;
        while (annotationIndex < annotations.size() && annotations.at(annotationIndex).end <= to) {
            ending.append(&annotations.at(annotationIndex));
            ++annotationIndex;
        }
        QString display;
        int copied = from;
        int totalInserted = 0;
        QList<std::pair<int, const Annotation *>> markerAt; // display position, annotation
        for (const Annotation *annotation : std::as_const(ending)) {
            if (!markers.contains(annotation->id)) {
                continue;
            }
            const int end = std::max(annotation->end, from);
            display += QStringView(text).mid(copied, end - copied);
            copied = end;
            const QString marker = u"[%1]"_s.arg(markers.value(annotation->id));
            markerAt.append({int(display.size()), annotation});
            display += marker;
            totalInserted += int(marker.size());
            inserted.append({end, totalInserted});
        }
        display += QStringView(text).mid(copied, to - copied);
        block.text = display;
        for (qsizetype a = 0; a < annotations.size() && !m_options.commentsOnly; ++a) {
            const Annotation &annotation = annotations.at(a);
            if (annotation.end <= from || annotation.start >= to) {
                continue;
            }
            const int start = displayPos(std::max(annotation.start, from), true);
            const int end = annotation.end > to ? int(display.size()) : displayPos(annotation.end, false);
            QTextLayout::FormatRange range;
            range.start = start;
            range.length = std::max(0, end - start);
            range.format.setBackground(mixColors(tagById.value(annotation.tagId).color, Qt::white, 0.62));
            block.formats.append(range);
        }
        for (const auto &[position, annotation] : std::as_const(markerAt)) {
            const Tag tag = tagById.value(annotation->tagId);
            QTextLayout::FormatRange range;
            range.start = position;
            range.length = int(u"[%1]"_s.arg(markers.value(annotation->id)).size());
            range.format.setFont(PagedFlow::sansFont(7, true));
            range.format.setForeground(mixColors(tag.color, Qt::black, 0.35));
            block.formats.append(range);
            QString comment = annotation->comment.trimmed();
            if (comment.size() > LongComment) {
                // Too long for the margin or a page foot: the beginning here, the whole at the end.
                longComments.append({markers.value(annotation->id), tag.name, comment});
                comment = comment.left(LongComment / 4) + u"… "_s + tr("(in full at the end)");
            }
            QString note = u"[%1] %2: %3"_s.arg(markers.value(annotation->id)).arg(tag.name, comment);
            if (annotation->resolved) {
                note += u" "_s + tr("(resolved)");
            }
            // The number and tag in the tag's colour, as the marker in the text.
            QTextLayout::FormatRange prefix;
            prefix.start = 0;
            prefix.length = int(u"[%1] %2:"_s.arg(markers.value(annotation->id)).arg(tag.name).size());
            prefix.format.setForeground(range.format.foreground());
            prefix.format.setFontWeight(QFont::Bold);
            block.notes.append({position, note, QColor(0x22, 0x22, 0x22), {prefix}});
        }
        flow.append(block);
    }
    if (!longComments.isEmpty()) {
        // On pages of their own, so that no margin note of the text interrupts them.
        flow.append(pageBreak);
        flow.append(FlowBlock::paragraph(tr("Comments in full"), PagedFlow::serifFont(13, true), 16, 6));
        for (const auto &[number, tag, comment] : std::as_const(longComments)) {
            flow.append(FlowBlock::paragraph(u"[%1] %2: %3"_s.arg(number).arg(tag, comment), PagedFlow::sansFont(9)));
        }
    }
    if (!orphaned.isEmpty()) {
        flow.append(FlowBlock::paragraph(
            tr("Annotations whose text is no longer in the report"), PagedFlow::serifFont(13, true), 16, 6));
        for (const Annotation &annotation : std::as_const(orphaned)) {
            const QString comment = annotation.comment.trimmed();
            flow.append(FlowBlock::paragraph(u"%1: “%2”%3"_s.arg(tagById.value(annotation.tagId).name, annotation.quote,
                                                 comment.isEmpty() ? QString() : u" — "_s + comment),
                PagedFlow::sansFont(9)));
        }
    }
    const auto pdf = flow.render([&progress](int percent) { return !progress || progress(percent, 100); });
    m_pageCount = flow.pageCount();
    return pdf;
}

Result<QStringList> AnnotatedPdfExporter::exportReports(
    const QList<qint64> &reportIds, const QString &directory, const ExportProgress &progress)
{
    if (!QDir().mkpath(directory)) {
        return Error{tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory))};
    }
    QHash<qint64, ReportSummary> summaries;
    const auto readReports = m_store.reports();
    if (!readReports) {
        return readReports.failure();
    }
    for (const ReportSummary &report : readReports.value()) {
        summaries.insert(report.id, report);
    }
    QStringList written;
    QStringList failures;
    for (qsizetype i = 0; i < reportIds.size(); ++i) {
        if (progress && !progress(int(i), int(reportIds.size()))) {
            return Error{tr("The export was cancelled after %n report(s).", nullptr, int(i))};
        }
        const qint64 id = reportIds.at(i);
        const auto pdf = exportReport(id);
        const QString path = QDir(directory).filePath(fileName(summaries.value(id)));
        if (!pdf) {
            failures.append(tr("Report %1: %2").arg(id).arg(pdf.error()));
            continue;
        }
        if (const auto saved = saveExportFile(path, pdf.value()); !saved) {
            failures.append(saved.error());
            continue;
        }
        written.append(path);
    }
    if (progress) {
        progress(int(reportIds.size()), int(reportIds.size()));
    }
    if (!failures.isEmpty()) {
        return Error{failures.join(u'\n')};
    }
    return written;
}

} // namespace Fazhi
