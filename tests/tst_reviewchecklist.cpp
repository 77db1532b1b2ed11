// SPDX-License-Identifier: GPL-3.0-or-later
// The review checklist on the real reports and on reports crafted to fail one item each.
#include "displayformat.h"
#include "reviewchecklist.h"
#include "seedreports.h"
#include "statuspalette.h"

#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Fazhi;

namespace {

OutlineClassifier makeClassifier()
{
    const Result<OutlineStandard> standard = OutlineStandard::bundled();
    if (!standard) {
        qFatal("%s", qPrintable(standard.error()));
    }
    return OutlineClassifier(standard.value());
}

const QString Title = u"某区2024年度法治政府建设情况报告\n市人民政府:\n"_s;
const QString Preamble = u"2024年,我区坚持以习近平法治思想为指导,全面推进依法行政。现将有关情况报告如下。\n"_s;
const QString Achievements = u"一、主要举措和成效\n"
                             u"(一)严格规范公正文明执法\n"
                             u"全年共办理行政处罚案件1520件,组织执法人员培训12场次,参训860人次,案卷优良率达96%。\n"
                             u"(二)深入开展普法宣传\n"
                             u"开展法治宣传活动320场次,受众5.2万人次,建成法治文化公园3个。\n"
                             u"(三)党政主要负责人履行推进法治建设第一责任人职责情况\n"
                             u"区委书记、区长带头履行第一责任人职责,主持召开专题会议4次,开展述法12人次。\n"_s;
const QString Problems
    = u"二、存在问题\n"
      u"我区法治政府建设虽然取得了一定成效,但仍存在一些不足:一是基层行政执法力量薄弱,执法人员专业素质参差不齐;"
      u"二是普法宣传针对性不强,法治宣传形式单一。\n"_s;
const QString Causes = u"三、原因分析\n"
                       u"究其原因,主要是基层编制紧张,执法经费保障不足,专业培训投入偏少。\n"_s;
const QString Plans
    = u"四、2025年工作计划\n"
      u"2025年,我区将持续深化行政执法改革,加强执法人员培训,提升行政执法质量;创新普法宣传形式,推进法治宣传教育。\n"_s;
const QString Closing = u"某区人民政府\n2025年2月20日\n"_s;

QString report(const QStringList &parts)
{
    return Title + Preamble + parts.join(QString()) + Closing;
}

} // namespace

class TestReviewChecklist : public QObject
{
    Q_OBJECT

private:
    OutlineClassifier m_classifier = makeClassifier();

    QList<ChecklistItem> check(const ReportDocument &document) const
    {
        return ReviewChecklist(m_classifier).evaluate(document, m_classifier.classify(document));
    }

    ChecklistItem item(const QString &text, const QString &id) const
    {
        for (const ChecklistItem &candidate : check(SeedReports::parse(text))) {
            if (candidate.id == id) {
                return candidate;
            }
        }
        return {};
    }

private Q_SLOTS:
    void completeReportPasses()
    {
        const QList<ChecklistItem> items = check(SeedReports::parse(report({Achievements, Problems, Causes, Plans})));
        QCOMPARE(items.size(), 8);
        QStringList ids;
        for (const ChecklistItem &checked : items) {
            ids.append(checked.id);
            QVERIFY2(!checked.explanation.isEmpty(), qPrintable(checked.id));
            if (checked.id != u"formalities") {
                QVERIFY2(
                    checked.status == ChecklistStatus::Pass, qPrintable(checked.id + u": "_s + checked.explanation));
            }
        }
        QCOMPARE(ids,
            (QStringList{u"requiredItems"_s, u"causes"_s, u"plansAnswerProblems"_s, u"candour"_s, u"evidence"_s,
                u"timeliness"_s, u"leadershipSection"_s, u"formalities"_s}));
    }

    void noProblemsFailsRequiredItems()
    {
        const ChecklistItem required = item(report({Achievements, Plans}), u"requiredItems"_s);
        QCOMPARE(required.status, ChecklistStatus::Fail);
        QCOMPARE(required.details, QStringList{u"problems"_s});
        QCOMPARE(item(report({Achievements, Plans}), u"causes"_s).status, ChecklistStatus::Fail);
    }

    void problemsWithoutCauses()
    {
        QCOMPARE(item(report({Achievements, Problems, Plans}), u"causes"_s).status, ChecklistStatus::Fail);
        // Cause-like wording inside the problems is a hint, not an analysis.
        const QString hinted
            = u"二、存在问题\n但仍存在一些不足:一是部分干部对法治建设重视程度不够,认识不够到位;二是执法力量薄弱。\n"_s;
        const ChecklistItem causes = item(report({Achievements, hinted, Plans}), u"causes"_s);
        QCOMPARE(causes.status, ChecklistStatus::Warn);
        QVERIFY(!causes.evidence.isEmpty());
        const ChecklistItem analysed = item(report({Achievements, Problems, Causes, Plans}), u"causes"_s);
        QCOMPARE(analysed.status, ChecklistStatus::Pass);
    }

    void unansweredProblemThemesAreListed()
    {
        const QString enforcementOnly = u"四、2025年工作计划\n2025年,我区将持续深化行政执法改革,提升行政执法质量。\n"_s;
        const ChecklistItem answered
            = item(report({Achievements, Problems, Causes, enforcementOnly}), u"plansAnswerProblems"_s);
        QCOMPARE(answered.status, ChecklistStatus::Warn);
        QCOMPARE(answered.details, QStringList{u"publicity"_s});
        QVERIFY(answered.explanation.contains(u"法治宣传教育"));
        QCOMPARE(answered.evidence.size(), 1);
        const QString none = u"四、2025年工作计划\n2025年,我区将进一步优化营商环境。\n"_s;
        QCOMPARE(item(report({Achievements, Problems, Causes, none}), u"plansAnswerProblems"_s).status,
            ChecklistStatus::Fail);
    }

    void candourThresholds()
    {
        QString longAchievements = Achievements;
        for (int i = 0; i < 40; ++i) {
            longAchievements
                += u"深化“放管服”改革,全年共办理政务服务事项12万件,网上可办率达98%,企业开办时间压缩至1个工作日,群众满意率达99%。\n"_s;
        }
        const QString brief = u"二、存在问题\n但仍存在一些不足:执法力量薄弱。\n"_s;
        const ChecklistItem candour = item(report({longAchievements, brief, Plans}), u"candour"_s);
        QCOMPARE(candour.status, ChecklistStatus::Fail);
        QVERIFY(candour.measure && *candour.measure < 0.02);
        QCOMPARE(item(report({Achievements, Problems, Causes, Plans}), u"candour"_s).status, ChecklistStatus::Pass);
    }

    void evidenceCountsFigures()
    {
        const QString adjectives
            = u"一、主要举措和成效\n全面推进依法行政,法治政府建设取得明显成效,群众获得感显著增强,营商环境持续优化,执法水平不断提升。\n"_s;
        const ChecklistItem thin = item(report({adjectives, Problems, Plans}), u"evidence"_s);
        QCOMPARE(thin.status, ChecklistStatus::Fail);
        const ChecklistItem rich = item(report({Achievements, Problems, Plans}), u"evidence"_s);
        QCOMPARE(rich.status, ChecklistStatus::Pass);
        QVERIFY(rich.evidence.size() >= 8);
    }

    void timeliness()
    {
        QCOMPARE(item(report({Achievements, Problems, Plans}), u"timeliness"_s).status, ChecklistStatus::Pass);
        QString late = report({Achievements, Problems, Plans});
        late.replace(u"2025年2月20日"_s, u"2025年4月15日"_s);
        const ChecklistItem lateItem = item(late, u"timeliness"_s);
        QCOMPARE(lateItem.status, ChecklistStatus::Fail);
        QVERIFY2(
            lateItem.explanation.contains(DisplayFormat::date(QDate(2025, 4, 1))), qPrintable(lateItem.explanation));
        QCOMPARE(lateItem.arguments, (QStringList{u"dated"_s, u"2025-04-15"_s, u"2025-04-01"_s}));
        QString undated = report({Achievements, Problems, Plans});
        undated.remove(u"2025年2月20日\n"_s);
        QCOMPARE(item(undated, u"timeliness"_s).status, ChecklistStatus::Unknown);
    }

    void leadershipSectionOrScattered()
    {
        QCOMPARE(item(report({Achievements, Problems, Plans}), u"leadershipSection"_s).status, ChecklistStatus::Pass);
        const QString scattered
            = u"一、主要举措和成效\n全年共办理行政处罚案件1520件。区委书记带头履行推进法治建设第一责任人职责,开展述法12人次。\n"_s;
        QCOMPARE(item(report({scattered, Problems, Plans}), u"leadershipSection"_s).status, ChecklistStatus::Warn);
        const QString none = u"一、主要举措和成效\n全年共办理行政处罚案件1520件。\n"_s;
        QCOMPARE(item(report({none, Problems, Plans}), u"leadershipSection"_s).status, ChecklistStatus::Fail);
        QCOMPARE(item(report({none, Problems, Plans}), u"requiredItems"_s).status, ChecklistStatus::Warn);
    }

    void explanationsFollowTheUiLanguage()
    {
        // Checked under English (no catalogue), as fazhi-cli under C.UTF-8 did.
        const ChecklistItem causes = item(report({Achievements, Problems, Plans}), u"causes"_s);
        QCOMPARE(causes.reason, u"none"_s);
        const QString english = u"The problems are listed without any cause."_s;
        QCOMPARE(ReviewChecklist::explanation(causes), english);
        QTranslator chinese;
        QVERIFY(chinese.load(u"fazhi_zh_CN"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&chinese);
        const QString shown = ReviewChecklist::explanation(causes);
        const QString expected = QCoreApplication::translate("Fazhi::ReviewChecklist", qPrintable(english));
        QCoreApplication::removeTranslator(&chinese);
        QVERIFY(expected != english);
        QCOMPARE(shown, expected);
    }

    void missingFormalitiesAreNamedNotKeyed()
    {
        QString unsigned_ = report({Achievements, Problems, Causes, Plans});
        unsigned_.remove(Closing);
        const ChecklistItem formalities = item(unsigned_, u"formalities"_s);
        QVERIFY(formalities.details.contains(u"issuers"_s));
        QCOMPARE(formalities.arguments, formalities.details);
        const QString shown = ReviewChecklist::explanation(formalities);
        QVERIFY2(!shown.contains(u"issuers"_s), qPrintable(shown));
        QVERIFY2(shown.contains(ReviewChecklist::formalityName(u"issuers"_s)), qPrintable(shown));
    }

    void statusColorsReadOnScreenAndOnPaper()
    {
        QSet<QRgb> dots;
        QSet<QRgb> cells;
        for (const ChecklistStatus status :
            {ChecklistStatus::Pass, ChecklistStatus::Warn, ChecklistStatus::Fail, ChecklistStatus::Unknown}) {
            const QColor dot = StatusPalette::color(status);
            const QColor cell = StatusPalette::background(status);
            // A white mark on the dot (checklist panel), black text on the cell (PDF exports).
            QVERIFY2(dot.lightnessF() < 0.6, qPrintable(dot.name()));
            QVERIFY2(cell.lightnessF() > 0.85, qPrintable(cell.name()));
            dots.insert(dot.rgb());
            cells.insert(cell.rgb());
        }
        QCOMPARE(dots.size(), 4);
        QCOMPARE(cells.size(), 4);
        // A report's review status speaks the same language: done is a pass.
        QCOMPARE(StatusPalette::reviewColor(u"done"), StatusPalette::color(ChecklistStatus::Pass));
        QCOMPARE(StatusPalette::reviewColor(u"in_progress"), StatusPalette::color(ChecklistStatus::Warn));
        QCOMPARE(StatusPalette::reviewColor(u"unreviewed"), StatusPalette::color(ChecklistStatus::Unknown));
    }

    void seeds_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QStringList>("expected"); // status of the eight items, in order
        QTest::newRow("000") << u"000"_s
                             << QStringList{u"pass"_s, u"fail"_s, u"fail"_s, u"pass"_s, u"pass"_s, u"pass"_s, u"warn"_s,
                                    u"pass"_s};
        QTest::newRow("001") << u"001"_s
                             << QStringList{u"pass"_s, u"fail"_s, u"pass"_s, u"warn"_s, u"pass"_s, u"pass"_s, u"pass"_s,
                                    u"pass"_s};
        QTest::newRow("002") << u"002"_s
                             << QStringList{u"pass"_s, u"warn"_s, u"warn"_s, u"pass"_s, u"pass"_s, u"pass"_s, u"warn"_s,
                                    u"warn"_s};
        QTest::newRow("003") << u"003"_s
                             << QStringList{u"pass"_s, u"warn"_s, u"pass"_s, u"pass"_s, u"pass"_s, u"unknown"_s,
                                    u"warn"_s, u"fail"_s};
        QTest::newRow("004") << u"004"_s
                             << QStringList{u"pass"_s, u"fail"_s, u"warn"_s, u"pass"_s, u"pass"_s, u"unknown"_s,
                                    u"pass"_s, u"fail"_s};
    }

    void seeds()
    {
        QFETCH(QString, seed);
        QFETCH(QStringList, expected);
        const ReportDocument document = SeedReports::document(seed);
        QStringList statuses;
        for (const ChecklistItem &checked : check(document)) {
            statuses.append(checklistStatusId(checked.status));
            for (const TextRange &range : checked.evidence) {
                QVERIFY(range.start >= 0 && range.end <= document.text.size() && range.start < range.end);
            }
        }
        QCOMPARE(statuses, expected);
    }
};

QTEST_GUILESS_MAIN(TestReviewChecklist)
#include "tst_reviewchecklist.moc"
