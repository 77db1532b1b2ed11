// SPDX-License-Identifier: GPL-3.0-or-later
// The figures behind the dashboard: shares, missing items, indicators, decisions, CSV, history.
#include "dashboardfigures.h"
#include "districthistory.h"
#include "projectfixture.h"
#include "reportdecisions.h"
#include "scriptconverter.h"
#include "storereads.h"

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestDashboardFigures : public QObject
{
    Q_OBJECT

private:
    ProjectFixture m_fixture;
    QHash<QString, qint64> m_seeds; // "000" → report id

    DashboardFigures figures(const DashboardScope &scope = {})
    {
        const auto computed = DashboardFigures::compute(*m_fixture.session.store(), scope);
        if (!computed) {
            qWarning("%s", qPrintable(computed.error()));
            return {};
        }
        return computed.value();
    }

    static std::optional<DistrictFigures> district(const DashboardFigures &figures, qint64 reportId)
    {
        for (const DistrictFigures &d : figures.districts()) {
            if (d.report.id == reportId) {
                return d;
            }
        }
        return std::nullopt;
    }

    static QStringList csvLines(const QByteArray &csv)
    {
        return QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.open());
        for (const QString &prefix : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
            m_seeds.insert(prefix, m_fixture.importSeed(prefix));
            QVERIFY(m_seeds.value(prefix) != 0);
        }
    }

    void scopeSelectsByYearCityAndLevel()
    {
        QCOMPARE(DashboardScope::parentCity(u"江门市江海区"_s), u"江门市"_s);
        QCOMPARE(DashboardScope::parentCity(u"江门市"_s), QString());
        QCOMPARE(DashboardScope::parentCity(QString()), QString());
        const QList<ReportSummary> reports = READ_OK(m_fixture.session.store()->reports());
        QCOMPARE(figures().districts().size(), reports.size());
        const int year = reports.first().year;
        QVERIFY(year > 0);
        const DashboardFigures ofYear = figures({year, {}, {}});
        QVERIFY(!ofYear.districts().isEmpty());
        for (const DistrictFigures &d : ofYear.districts()) {
            QCOMPARE(d.report.year, year);
        }
        QVERIFY(figures({1990, {}, {}}).districts().isEmpty());
        const DashboardFigures jiangmen = figures({0, u"江门市"_s, {}});
        QVERIFY(!jiangmen.districts().isEmpty());
        for (const DistrictFigures &d : jiangmen.districts()) {
            QVERIFY2(d.report.region.startsWith(u"江门市"_s), qPrintable(d.report.region));
        }
        QVERIFY(jiangmen.districts().size() < reports.size());
    }

    void sharesSumToTheWholeText()
    {
        const DashboardFigures all = figures();
        QCOMPARE(all.districts().size(), 5);
        for (const DistrictFigures &d : all.districts()) {
            QVERIFY2(d.classifiedLength > 1000, qPrintable(d.label));
            QCOMPARE(d.coverage.size(), 6);
            double sum = 0;
            int length = 0;
            for (const CategoryCoverage &c : d.coverage) {
                QVERIFY(c.share >= 0 && c.share <= 1);
                QCOMPARE(c.missing(), c.length == 0);
                QCOMPARE(c.first.length() > 0, !c.missing());
                sum += c.share;
                length += c.length;
            }
            QVERIFY2(qAbs(sum - 1) < 1e-9, qPrintable(d.label));
            QCOMPARE(length, d.classifiedLength);
            // Every report praises itself most.
            QVERIFY2(d.coverageOf(u"achievements").share > 0.4, qPrintable(d.label));
            QCOMPARE(d.candour(), d.coverageOf(u"problems").share + d.coverageOf(u"causes").share);
        }
        const QList<DistrictFigures> sorted = all.byCandour();
        for (qsizetype i = 1; i < sorted.size(); ++i) {
            QVERIFY(sorted.at(i - 1).candour() >= sorted.at(i).candour());
        }
    }

    void aReportWithoutLeadershipIsMarkedMissing()
    {
        // 镇江市 mentions its leaders' duty in one paragraph of the achievements; a reviewer who
        // finds that this is no account of the duty overrules it, and the item is missing.
        const qint64 id = m_seeds.value(u"003"_s);
        const DistrictFigures before = *district(figures(), id);
        QVERIFY(!before.coverageOf(u"leadership").missing());
        QVERIFY(before.coverageOf(u"leadership").share < 0.1);
        int overruled = 0;
        for (const StoredPart &part : READ_OK(m_fixture.session.store()->parts(id))) {
            if (part.category == u"leadership") {
                QVERIFY(m_fixture.session.decide(
                    id, ReportDecisions::partTarget(part.start), part.category, u"achievements"_s));
                ++overruled;
            }
        }
        QVERIFY(overruled > 0);
        const DashboardFigures all = figures();
        const DistrictFigures after = *district(all, id);
        QVERIFY(after.coverageOf(u"leadership").missing());
        QCOMPARE(after.coverageOf(u"leadership").share, 0.0);
        QCOMPARE(after.coverageOf(u"leadership").first, TextRange());
        QCOMPARE(after.coverageOf(u"achievements").length,
            before.coverageOf(u"achievements").length + before.coverageOf(u"leadership").length);
        // The others still have theirs.
        for (const DistrictFigures &d : all.districts()) {
            QCOMPARE(d.coverageOf(u"leadership").missing(), d.report.id == id);
        }
        const QStringList lines = csvLines(all.coverageCsv());
        const auto row = std::find_if(lines.cbegin(), lines.cend(),
            [&after](const QString &line) { return line.startsWith(after.label + u','); });
        QVERIFY(row != lines.cend());
        // district, id, achievements, problems, causes, leadership, plans, checklist
        QCOMPARE(row->split(u',').at(5), u"missing"_s);
        QCOMPARE(row->split(u',').at(3), QString::number(after.coverageOf(u"problems").share * 100, 'f', 1));
        for (int i = 0; i < overruled; ++i) {
            m_fixture.session.undoStack()->undo();
        }
        QVERIFY(!district(figures(), id)->coverageOf(u"leadership").missing());
    }

    void anIndicatorNotReportedIsNotZero()
    {
        const DashboardFigures all = figures();
        QVERIFY(!all.indicators().isEmpty());
        // An indicator some districts report and others do not.
        QString partial;
        for (const DashboardFigures::IndicatorInfo &info : all.indicators()) {
            const QList<IndicatorPoint> points = all.indicatorComparison(info.id);
            const auto reporting
                = std::count_if(points.cbegin(), points.cend(), [](const auto &p) { return p.value.has_value(); });
            if (reporting > 0 && reporting < points.size()) {
                partial = info.id;
                break;
            }
        }
        QVERIFY(!partial.isEmpty());
        const QList<IndicatorPoint> points = all.indicatorComparison(partial);
        QCOMPARE(points.size(), 5);
        int notReported = 0;
        for (const IndicatorPoint &point : points) {
            const auto d = district(all, point.reportId);
            QVERIFY(d);
            const QList<IndicatorValue> stored = READ_OK(m_fixture.session.store()->indicators(point.reportId));
            const bool inReport = std::any_of(
                stored.cbegin(), stored.cend(), [&partial](const IndicatorValue &v) { return v.id == partial; });
            QCOMPARE(point.value.has_value(), inReport);
            if (point.value) {
                QVERIFY(point.value->sentence.length() > 0);
                QVERIFY(point.value->sentence.start <= point.value->match.start);
            } else {
                ++notReported;
            }
        }
        QVERIFY(notReported > 0);
        const QStringList lines = csvLines(all.indicatorCsv(partial, m_fixture.session.store()));
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.filter(u",not reported,"_s).size(), notReported);
        for (const IndicatorPoint &point : points) {
            if (point.value) {
                // The sentence behind the value is in the CSV, read from the report.
                const auto document = m_fixture.session.store()->report(point.reportId);
                const QString sentence = document.value().textAt(point.value->sentence);
                QVERIFY(!lines.filter(sentence.left(10)).isEmpty());
            }
        }
    }

    void decisionsChangeTheFigures()
    {
        const qint64 id = m_seeds.value(u"002"_s);
        const DistrictFigures before = *district(figures(), id);
        // A paragraph the classifier called achievements, overruled to leadership.
        QList<StoredPart> parts = READ_OK(m_fixture.session.store()->parts(id));
        const auto part = std::find_if(parts.cbegin(), parts.cend(),
            [](const StoredPart &p) { return !p.heading && p.category == u"achievements"; });
        QVERIFY(part != parts.cend());
        QVERIFY(
            m_fixture.session.decide(id, ReportDecisions::partTarget(part->start), part->category, u"leadership"_s));
        // A checklist item overruled to fail, and a grade.
        const ChecklistItem item = READ_OK(m_fixture.session.store()->checklist(id)).first();
        QVERIFY(item.status != ChecklistStatus::Fail);
        QVERIFY(m_fixture.session.decide(
            id, ReportDecisions::checklistTarget(item.id), checklistStatusId(item.status), u"fail"_s));
        QVERIFY(m_fixture.session.decide(id, ReportDecisions::gradeTarget(), {}, u"good"_s));

        const DistrictFigures after = *district(figures(), id);
        const int moved = part->end - part->start;
        QCOMPARE(after.coverageOf(u"achievements").length, before.coverageOf(u"achievements").length - moved);
        QCOMPARE(after.coverageOf(u"leadership").length, before.coverageOf(u"leadership").length + moved);
        QCOMPARE(after.classifiedLength, before.classifiedLength);
        QCOMPARE(after.checklist.fail, before.checklist.fail + 1);
        QCOMPARE(after.checklist.result, ChecklistStatus::Fail);
        QCOMPARE(before.grade, QString());
        QCOMPARE(after.grade, u"good"_s);
        const QStringList review = csvLines(figures().reviewCsv());
        QVERIFY(!review.filter(after.label + u","_s + ReviewChecklist::gradeName(u"good"_s)).isEmpty());

        m_fixture.session.undoStack()->undo();
        m_fixture.session.undoStack()->undo();
        m_fixture.session.undoStack()->undo();
        QCOMPARE(district(figures(), id)->coverageOf(u"leadership").length, before.coverageOf(u"leadership").length);
    }

    void tagsAreCounted()
    {
        const qint64 id = m_seeds.value(u"001"_s);
        const qint64 highlight = m_fixture.tagNamed(u"亮点"_s);
        QVERIFY(highlight != 0);
        QVERIFY(m_fixture.session.addAnnotation(id, 100, 120, highlight));
        QVERIFY(m_fixture.session.addAnnotation(id, 300, 320, highlight));
        const DashboardFigures all = figures();
        QCOMPARE(district(all, id)->tagCounts.value(highlight), 2);
        QCOMPARE(district(all, m_seeds.value(u"000"_s))->tagCounts.value(highlight), 0);
        const QStringList lines = csvLines(all.tagsCsv());
        QCOMPARE(lines.size(), 6);
        const int column = int(lines.first().split(u',').indexOf(u"亮点"_s));
        QVERIFY(column > 0);
        const auto row = std::find_if(lines.cbegin(), lines.cend(),
            [&](const QString &line) { return line.startsWith(district(all, id)->label + u','); });
        QVERIFY(row != lines.cend());
        QCOMPARE(row->split(u',').at(column), u"2"_s);
    }

    void csvHasByteOrderMarkAndOneRowPerDistrict()
    {
        const DashboardFigures all = figures();
        for (const QByteArray &csv : {all.coverageCsv(), all.proportionsCsv(), all.reviewCsv(), all.tagsCsv(),
                 all.indicatorCsv(all.indicators().first().id)}) {
            QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
            const QStringList lines = csvLines(csv);
            QCOMPARE(lines.size(), 6); // header + five districts
        }
        const QStringList proportions = csvLines(all.proportionsCsv());
        QVERIFY(proportions.at(1).startsWith(all.byCandour().first().label + u','));
    }

    void historyFindsProblemsRepeatedFromLastYear()
    {
        // The same district a year earlier, in traditional script and with the same problems.
        const QString region = district(figures(), m_seeds.value(u"000"_s))->report.region;
        QVERIFY(!region.isEmpty());
        QString earlierText = SeedReports::text(u"000"_s);
        earlierText.replace(u"2024"_s, u"2023"_s).replace(u"2025"_s, u"2024"_s);
        const ScriptConverter toTraditional(ScriptConverter::Direction::ToTraditional);
        const auto traditional = toTraditional.convert(earlierText);
        QVERIFY(traditional);
        QVERIFY(traditional.value() != earlierText);
        const qint64 earlier = m_fixture.import(SeedReports::parse(traditional.value(), u"000-2023.txt"_s));
        QVERIFY(earlier != 0);
        QVERIFY(DistrictHistory::regionsWithHistory(READ_OK(m_fixture.session.store()->reports())).contains(region));
        const auto history = DistrictHistory::build(*m_fixture.session.store(), region);
        QVERIFY(history);
        QCOMPARE(history.value().years().size(), 2);
        QCOMPARE(history.value().years().first().report.year, 2023);
        QCOMPARE(history.value().years().last().report.year, 2024);
        QVERIFY(!history.value().repeatedProblems().isEmpty());
        for (const RepeatedProblem &repeat : history.value().repeatedProblems()) {
            QCOMPARE(repeat.year, 2024);
            QCOMPARE(repeat.earlierReportId, earlier);
            QVERIFY(repeat.text.size() >= DistrictHistory::MinRepeatLength);
            QCOMPARE(district(figures(), repeat.reportId)->coverageOf(u"problems").length > 0, true);
        }
        const QStringList years = csvLines(history.value().yearsCsv());
        QCOMPARE(years.size(), 3);
        QVERIFY(years.at(1).startsWith(u"2023,"_s));
        QCOMPARE(csvLines(history.value().repeatedCsv()).size(), history.value().repeatedProblems().size() + 1);
    }
};

QTEST_MAIN(TestDashboardFigures)
#include "tst_dashboardfigures.moc"
