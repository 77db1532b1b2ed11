// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfigures.h"

#include "annotationexporter.h"
#include "datatext.h"
#include "outlinecategory.h"
#include "outlinenames.h"
#include "outlinestandard.h"
#include "reportdecisions.h"
#include "reviewstore.h"

#include <algorithm>

#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

QString percent(double share)
{
    return QString::number(share * 100, 'f', 1);
}

/** Below this many reports a second connection costs more than it saves. */
constexpr qsizetype ParallelReports = 64;

/**
 * The figures of @p reports, in their order. Many reports are measured on every core, each
 * worker with a read-only connection of its own (a ReviewStore serves one thread).
 */
Result<QList<DistrictFigures>> measureHere(ReviewStore &store, const QList<ReportSummary> &reports)
{
    QList<DistrictFigures> measured;
    for (const ReportSummary &report : reports) {
        auto figures = DashboardFigures::measure(store, report);
        if (!figures) {
            return figures.failure();
        }
        measured.append(std::move(figures).value());
    }
    return measured;
}

Result<QList<DistrictFigures>> measureAll(ReviewStore &store, const QList<ReportSummary> &reports)
{
    const int workers = std::max(1, QThread::idealThreadCount());
    if (reports.size() < ParallelReports || workers == 1) {
        return measureHere(store, reports);
    }
    QList<QList<ReportSummary>> chunks(workers);
    for (qsizetype i = 0; i < reports.size(); ++i) {
        chunks[i * workers / reports.size()].append(reports.at(i));
    }
    const QString path = store.path();
    const QList<std::optional<QList<DistrictFigures>>> parts
        = QtConcurrent::blockingMapped<QList<std::optional<QList<DistrictFigures>>>>(
            chunks, [&path](const QList<ReportSummary> &chunk) -> std::optional<QList<DistrictFigures>> {
                auto own = ReviewStore::open(path, ReviewStore::Access::ReadOnly, ReviewStore::Check::Deferred);
                if (!own) {
                    return std::nullopt;
                }
                auto measured = measureHere(*own.value(), chunk);
                if (!measured) {
                    return std::nullopt;
                }
                return std::move(measured).value();
            });
    QList<DistrictFigures> measured;
    for (qsizetype c = 0; c < chunks.size(); ++c) {
        if (parts.at(c)) {
            measured.append(*parts.at(c));
        } else {
            // No second connection (a locked or vanished file) or a failed read: measure here
            // instead, where a failure is reported.
            auto here = measureHere(store, chunks.at(c));
            if (!here) {
                return here.failure();
            }
            measured.append(std::move(here).value());
        }
    }
    return measured;
}

} // namespace

CategoryCoverage DistrictFigures::coverageOf(QStringView id) const
{
    for (const CategoryCoverage &entry : coverage) {
        if (entry.category == id) {
            return entry;
        }
    }
    return {id.toString(), 0, 0, {}};
}

double DistrictFigures::candour() const
{
    return coverageOf(u"problems").share + coverageOf(u"causes").share;
}

std::optional<IndicatorValue> DistrictFigures::indicator(QStringView id) const
{
    for (const IndicatorValue &value : indicators) {
        if (value.id == id) {
            return value;
        }
    }
    return std::nullopt;
}

QStringList DashboardFigures::requiredCategories()
{
    QStringList ids;
    for (const OutlineCategory category : allOutlineCategories()) {
        if (category != OutlineCategory::Other) {
            ids.append(outlineCategoryId(category));
        }
    }
    return ids;
}

Result<DistrictFigures> DashboardFigures::measure(ReviewStore &store, const ReportSummary &report)
{
    DistrictFigures figures;
    figures.report = report;
    figures.label = report.region.isEmpty() ? report.fileName : DataText::show(report.region);
    const auto loaded = ReportDecisions::load(store, report.id);
    if (!loaded) {
        return loaded.failure();
    }
    const ReportDecisions &decisions = loaded.value();
    const auto parts = store.parts(report.id);
    const auto checklist = store.checklist(report.id);
    const auto annotations = store.annotations(report.id);
    const auto indicators = store.indicators(report.id);
    for (const Error &failed : {parts.failure(), checklist.failure(), annotations.failure(), indicators.failure()}) {
        if (!failed.message.isEmpty()) {
            return failed;
        }
    }

    for (const OutlineCategory category : allOutlineCategories()) {
        figures.coverage.append({outlineCategoryId(category), 0, 0, {}});
    }
    for (const StoredPart &part : parts.value()) {
        const QString category = decisions.category(part);
        const auto entry = std::find_if(figures.coverage.begin(), figures.coverage.end(),
            [&category](const CategoryCoverage &c) { return c.category == category; });
        if (entry == figures.coverage.end()) {
            continue; // stored unclassified: not counted rather than guessed
        }
        if (entry->missing()) {
            entry->first = {part.start, part.end};
        }
        entry->length += part.end - part.start;
        figures.classifiedLength += part.end - part.start;
    }
    for (CategoryCoverage &entry : figures.coverage) {
        // Where the classifier found nothing, the passages a reviewer tagged as the category count.
        if (entry.missing()) {
            for (const TextRange &range : decisions.tagged(entry.category)) {
                if (entry.missing()) {
                    entry.first = range;
                }
                entry.length += range.length();
                entry.tagged = true;
            }
        }
    }
    for (CategoryCoverage &entry : figures.coverage) {
        entry.share = figures.classifiedLength > 0 ? double(entry.length) / figures.classifiedLength : 0;
    }

    ChecklistCounts &counts = figures.checklist;
    TextRange firstWarn;
    for (const ChecklistItem &item : checklist.value()) {
        const ChecklistStatus status = decisions.status(item);
        const TextRange evidence = item.evidence.value(0);
        switch (status) {
        case ChecklistStatus::Pass:
            ++counts.pass;
            break;
        case ChecklistStatus::Warn:
            if (counts.warn++ == 0) {
                firstWarn = evidence;
            }
            break;
        case ChecklistStatus::Fail:
            if (counts.fail++ == 0) {
                counts.first = evidence;
            }
            break;
        case ChecklistStatus::Unknown:
            ++counts.unknown;
            break;
        }
    }
    counts.result = counts.fail > 0 ? ChecklistStatus::Fail
        : counts.warn > 0           ? ChecklistStatus::Warn
        : counts.pass > 0           ? ChecklistStatus::Pass
                                    : ChecklistStatus::Unknown;
    if (counts.fail == 0) {
        counts.first = firstWarn;
    }
    figures.grade = decisions.value(ReportDecisions::gradeTarget(), {});

    for (const Annotation &annotation : annotations.value()) {
        ++figures.tagCounts[annotation.tagId];
    }
    QSet<QString> seen;
    for (const IndicatorValue &value : indicators.value()) {
        // The first mention is the headline figure; later ones are usually parts of it.
        if (!seen.contains(value.id)) {
            seen.insert(value.id);
            figures.indicators.append(value);
        }
    }
    std::sort(figures.indicators.begin(), figures.indicators.end(),
        [](const IndicatorValue &a, const IndicatorValue &b) { return a.sentence.start < b.sentence.start; });
    return figures;
}

Result<DashboardFigures> DashboardFigures::compute(ReviewStore &store, const DashboardScope &scope)
{
    DashboardFigures figures;
    figures.m_scope = scope;
    auto tags = store.tags();
    if (!tags) {
        return tags.failure();
    }
    const auto all = store.reports();
    if (!all) {
        return all.failure();
    }
    figures.m_tags = std::move(tags).value();
    const QList<ReportSummary> reports = scope.select(all.value());
    auto districts = measureAll(store, reports);
    if (!districts) {
        return districts.failure();
    }
    figures.m_districts = std::move(districts).value();
    // Duplicate names (two reports of one district) would merge on a chart axis.
    QHash<QString, int> names;
    for (const DistrictFigures &district : std::as_const(figures.m_districts)) {
        ++names[district.label];
    }
    for (DistrictFigures &district : figures.m_districts) {
        if (names.value(district.label) > 1) {
            district.label = u"%1 (%2)"_s.arg(district.label, district.report.fileName);
        }
    }

    const auto indicators = indicatorsOf(figures.m_districts);
    if (!indicators) {
        return indicators.failure();
    }
    figures.m_indicators = indicators.value();
    return figures;
}

Result<QList<DashboardFigures::IndicatorInfo>> DashboardFigures::indicatorsOf(const QList<DistrictFigures> &districts)
{
    QSet<QString> reported;
    for (const DistrictFigures &district : districts) {
        for (const IndicatorValue &value : district.indicators) {
            reported.insert(value.id);
        }
    }
    static const Result<OutlineStandard> standard = OutlineStandard::bundled();
    if (!standard) {
        return standard.failure();
    }
    QList<IndicatorInfo> infos;
    for (const IndicatorDefinition &definition : standard.value().indicators()) {
        if (reported.contains(definition.id)) {
            infos.append({definition.id, OutlineNames::name(definition.name), OutlineNames::unit(definition.unit)});
        }
    }
    return infos;
}

QList<DistrictFigures> DashboardFigures::byCandour() const
{
    QList<DistrictFigures> sorted = m_districts;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const DistrictFigures &a, const DistrictFigures &b) { return a.candour() > b.candour(); });
    return sorted;
}

QList<IndicatorPoint> DashboardFigures::indicatorComparison(const QString &id) const
{
    QList<IndicatorPoint> points;
    for (const DistrictFigures &district : m_districts) {
        points.append({district.report.id, district.label, district.indicator(id)});
    }
    return points;
}

QByteArray DashboardFigures::csv(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &field : row) {
            fields.append(AnnotationExporter::csvField(field));
        }
        text += fields.join(u',') + u"\r\n"_s;
    }
    // The byte order mark makes Excel read the Chinese as UTF-8.
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray DashboardFigures::coverageCsv() const
{
    QStringList header{tr("District"), tr("Report id")};
    for (const QString &id : requiredCategories()) {
        header.append(tr("%1 (%)").arg(outlineCategoryName(*outlineCategoryFromId(id))));
    }
    header.append(tr("Checklist"));
    QList<QStringList> rows{header};
    for (const DistrictFigures &district : m_districts) {
        QStringList row{district.label, QString::number(district.report.id)};
        for (const QString &id : requiredCategories()) {
            const CategoryCoverage coverage = district.coverageOf(id);
            row.append(coverage.missing() ? tr("missing") : percent(coverage.share));
        }
        row.append(ReviewChecklist::statusName(district.checklist.result));
        rows.append(row);
    }
    return csv(rows);
}

QByteArray DashboardFigures::proportionsCsv() const
{
    QStringList header{tr("District"), tr("Candour (%)")};
    for (const OutlineCategory category : allOutlineCategories()) {
        header.append(tr("%1 (%)").arg(outlineCategoryName(category)));
    }
    QList<QStringList> rows{header};
    for (const DistrictFigures &district : byCandour()) {
        QStringList row{district.label, percent(district.candour())};
        for (const CategoryCoverage &coverage : district.coverage) {
            row.append(percent(coverage.share));
        }
        rows.append(row);
    }
    return csv(rows);
}

QByteArray DashboardFigures::indicatorCsv(const QString &id, ReviewStore *store) const
{
    const auto info = std::find_if(
        m_indicators.cbegin(), m_indicators.cend(), [&id](const IndicatorInfo &i) { return i.id == id; });
    const QString name = info == m_indicators.cend() ? id : info->name;
    QList<QStringList> rows{{tr("District"), tr("Indicator"), tr("Value"), tr("Unit"), tr("Sentence start"),
        tr("Sentence end"), tr("Sentence")}};
    for (const IndicatorPoint &point : indicatorComparison(id)) {
        if (!point.value) {
            rows.append({point.label, name, tr("not reported"), {}, {}, {}, {}});
            continue;
        }
        QString sentence;
        if (store) {
            if (const auto document = store->report(point.reportId)) {
                sentence = document.value().textAt(point.value->sentence);
            }
        }
        rows.append(
            {point.label, name, QString::number(point.value->value, 'g', 12), OutlineNames::unit(point.value->unit),
                QString::number(point.value->sentence.start), QString::number(point.value->sentence.end), sentence});
    }
    return csv(rows);
}

QByteArray DashboardFigures::reviewCsv() const
{
    QList<QStringList> rows{
        {tr("District"), tr("Grade"), tr("Checklist"), tr("Pass"), tr("Warning"), tr("Fail"), tr("Unknown")}};
    for (const DistrictFigures &district : m_districts) {
        const ChecklistCounts &c = district.checklist;
        rows.append({district.label, ReviewChecklist::gradeName(district.grade), ReviewChecklist::statusName(c.result),
            QString::number(c.pass), QString::number(c.warn), QString::number(c.fail), QString::number(c.unknown)});
    }
    return csv(rows);
}

QByteArray DashboardFigures::tagsCsv() const
{
    QStringList header{tr("District")};
    for (const Tag &tag : m_tags) {
        header.append(ReviewStore::displayName(tag));
    }
    QList<QStringList> rows{header};
    for (const DistrictFigures &district : m_districts) {
        QStringList row{district.label};
        for (const Tag &tag : m_tags) {
            row.append(QString::number(district.tagCounts.value(tag.id)));
        }
        rows.append(row);
    }
    return csv(rows);
}

} // namespace Fazhi
