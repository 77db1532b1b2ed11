// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardscope.h"
#include "indicatorextractor.h"
#include "result.h"
#include "reviewchecklist.h"
#include "reviewtypes.h"

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Fazhi {

class ReviewStore;

/** How much of one report's text an outline category takes, and where it starts. */
struct CategoryCoverage
{
    QString category; ///< category id: "achievements" … "other"
    int length = 0; ///< characters of the headings and paragraphs of this category
    double share = 0; ///< length / the report's classified length, 0–1
    /** The first part of the category (original offsets), where the reader opens; empty when missing. */
    TextRange first;
    /** The length is that of passages a reviewer tagged as the category: the classifier found none. */
    bool tagged = false;
    bool missing() const { return length == 0; }
};

/** The reviewer's verdicts on one report's checklist, after overrules. */
struct ChecklistCounts
{
    int pass = 0;
    int warn = 0;
    int fail = 0;
    int unknown = 0;
    /** The worst status: Fail if any item fails, else Warn, else Pass (Unknown when there is no checklist). */
    ChecklistStatus result = ChecklistStatus::Unknown;
    /** The first failing (else warning) item's first evidence, where the reader opens. */
    TextRange first;
};

/** Everything the dashboard shows about one report of one district. */
struct DistrictFigures
{
    ReportSummary report;
    /** The district's name on the charts: the region, or the file name when it is unknown. */
    QString label;
    /** The characters classified (every heading and paragraph). */
    int classifiedLength = 0;
    /** One entry per outline category, in the order of allOutlineCategories(). */
    QList<CategoryCoverage> coverage;
    ChecklistCounts checklist;
    /** The grade in force (reviewer's verdict: excellent, good, pass, fail), empty when not graded. */
    QString grade;
    /** Annotations per tag id. */
    QHash<qint64, int> tagCounts;
    /** The first value the report gives for each indicator, in text order. */
    QList<IndicatorValue> indicators;

    /** The coverage of category @p id (an empty, missing one when unknown). */
    CategoryCoverage coverageOf(QStringView id) const;
    /** Candour: the share of problems plus causes, 0–1. */
    double candour() const;
    /** The value of indicator @p id, if the report gives one. */
    std::optional<IndicatorValue> indicator(QStringView id) const;
};

/** One bar of the indicator comparison: a district and its value, or nothing ("not reported"). */
struct IndicatorPoint
{
    qint64 reportId = 0;
    QString label;
    /** The value and the sentence behind it; empty when the report does not give this indicator. */
    std::optional<IndicatorValue> value;
};

/**
 * The figures behind the dashboard for the reports of one scope: per district the outline
 * coverage and proportions, the candour, the indicators, the checklist and grade, the reviewer
 * tags. Reviewer decisions are applied (a part's category overruled, a checklist item
 * overruled, the grade). Computed from the store in one pass, without loading report texts, so
 * that it can run on a worker thread with its own ReviewStore. A snapshot, not a live view.
 */
class DashboardFigures final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::DashboardFigures)

public:
    /** The five categories every report must cover, in outline order (achievements … plans). */
    static QStringList requiredCategories();
    /** The figures of the reports of @p scope, in the library's order. */
    static Result<DashboardFigures> compute(ReviewStore &store, const DashboardScope &scope);
    /** The figures of one report (the year-over-year view measures each year the same way). */
    static Result<DistrictFigures> measure(ReviewStore &store, const ReportSummary &report);

    const DashboardScope &scope() const { return m_scope; }
    const QList<DistrictFigures> &districts() const { return m_districts; }
    /** The project's tags, in their order: the columns of the tag counts. */
    const QList<Tag> &tags() const { return m_tags; }
    /** The districts, most candid first (problems + causes share), as the proportions chart sorts them. */
    QList<DistrictFigures> byCandour() const;

    /** The indicators any district in scope reports, in the standard's order, as (id, name, unit). */
    struct IndicatorInfo
    {
        QString id;
        QString name;
        QString unit;
    };
    QList<IndicatorInfo> indicators() const { return m_indicators; }
    /** The indicators any of @p districts reports, in the bundled standard's order. */
    static Result<QList<IndicatorInfo>> indicatorsOf(const QList<DistrictFigures> &districts);
    /** Every district with its value of indicator @p id, or "not reported"; in district order. */
    QList<IndicatorPoint> indicatorComparison(const QString &id) const;

    // The data behind each chart, as CSV (UTF-8 with a byte order mark, for Excel).
    /** District, then per required category its share (%) or "missing", then the checklist result. */
    QByteArray coverageCsv() const;
    /** District, candour (%), then every category's share (%), most candid first. */
    QByteArray proportionsCsv() const;
    /** District, value, unit, sentence offsets; "not reported" where there is no value. */
    QByteArray indicatorCsv(const QString &id, ReviewStore *store = nullptr) const;
    /** District, grade, checklist pass/warn/fail/unknown counts. */
    QByteArray reviewCsv() const;
    /** District, then the count of each tag. */
    QByteArray tagsCsv() const;

    /** Lines of fields as CSV with the byte order mark Excel needs to read UTF-8. */
    static QByteArray csv(const QList<QStringList> &rows);

private:
    DashboardScope m_scope;
    QList<DistrictFigures> m_districts;
    QList<Tag> m_tags;
    QList<IndicatorInfo> m_indicators;
};

} // namespace Fazhi
