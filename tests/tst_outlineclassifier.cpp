// SPDX-License-Identifier: GPL-3.0-or-later
// The outline classifier: every section and paragraph of the five real reports labelled by hand,
// the hard cases (merged sections, unheaded closing paragraphs, buried leadership duty,
// traditional script), and headings and paragraphs in the styles reports use, with the measured
// accuracy printed.
#include "outlineclassifier.h"
#include "scriptconverter.h"
#include "seedreports.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fazhi;

namespace {

struct Labelled
{
    QString text;
    QString category;
};

// Headings as reports write them, with the category a reviewer gives them.
const QList<Labelled> Headings = {
    {u"主要做法和成效"_s, u"achievements"_s},
    {u"工作开展情况"_s, u"achievements"_s},
    {u"一、2024年法治政府建设工作情况"_s, u"achievements"_s},
    {u"一、2024年度推进法治政府建设的主要举措和成效"_s, u"achievements"_s},
    {u"一、主要工作举措及成效"_s, u"achievements"_s},
    {u"(一)主要工作成效"_s, u"achievements"_s},
    {u"一、基本情况"_s, u"achievements"_s},
    {u"一、法治政府建设工作开展情况"_s, u"achievements"_s},
    {u"一、2023年法治政府建设工作总结"_s, u"achievements"_s},
    {u"取得的主要成绩"_s, u"achievements"_s},
    {u"工作亮点"_s, u"achievements"_s},
    {u"(二)坚持依法全面履行政府职能"_s, u"achievements"_s},
    {u"(三)健全依法行政制度体系"_s, u"achievements"_s},
    {u"(四)严格规范公正文明执法"_s, u"achievements"_s},
    {u"1.深化“放管服”改革,优化法治化营商环境"_s, u"achievements"_s},
    {u"(五)强化行政权力制约和监督"_s, u"achievements"_s},
    {u"(六)依法有效化解社会矛盾纠纷"_s, u"achievements"_s},
    {u"(七)加强法治宣传教育"_s, u"achievements"_s},
    {u"推进重大行政决策科学化民主化法治化"_s, u"achievements"_s},
    {u"着力解决群众急难愁盼问题"_s, u"achievements"_s},
    {u"一、主要做法及成效"_s, u"achievements"_s},
    {u"一、2024年工作完成情况"_s, u"achievements"_s},
    {u"存在的问题和不足"_s, u"problems"_s},
    {u"二、存在的主要问题"_s, u"problems"_s},
    {u"二、存在问题"_s, u"problems"_s},
    {u"三、主要存在问题"_s, u"problems"_s},
    {u"存在的不足"_s, u"problems"_s},
    {u"二、当前存在的困难和问题"_s, u"problems"_s},
    {u"工作中存在的短板和弱项"_s, u"problems"_s},
    {u"问题与不足"_s, u"problems"_s},
    {u"二、存在的薄弱环节"_s, u"problems"_s},
    {u"二、存在的问题及原因分析"_s, u"problems"_s},
    {u"二、存在不足和原因"_s, u"problems"_s},
    {u"(二)存在的主要问题及原因"_s, u"problems"_s},
    {u"原因分析"_s, u"causes"_s},
    {u"(二)问题产生的原因"_s, u"causes"_s},
    {u"存在问题的主要原因"_s, u"causes"_s},
    {u"三、下一步工作打算"_s, u"plans"_s},
    {u"2025年工作思路"_s, u"plans"_s},
    {u"2024年工作思路"_s, u"plans"_s},
    {u"三、2025年工作计划"_s, u"plans"_s},
    {u"四、2025年法治政府建设工作安排"_s, u"plans"_s},
    {u"下一年度工作计划"_s, u"plans"_s},
    {u"三、下步工作计划"_s, u"plans"_s},
    {u"三、明年工作打算"_s, u"plans"_s},
    {u"四、今后工作思路"_s, u"plans"_s},
    {u"三、下一步工作措施"_s, u"plans"_s},
    {u"三、下一年度推进法治政府建设的主要安排"_s, u"plans"_s},
    {u"三、存在问题及下一步工作打算"_s, u"problems"_s},
    {u"二、存在问题及下阶段工作计划"_s, u"problems"_s},
    {u"四、改进措施和努力方向"_s, u"plans"_s},
    {u"党政主要负责人履行推进法治建设第一责任人职责情况"_s, u"leadership"_s},
    {u"三、党政主要负责人履行推进法治建设第一责任人职责情况"_s, u"leadership"_s},
    {u"(三)严格落实党政主要负责人法治建设责任"_s, u"leadership"_s},
    {u"(八)落实第一责任人职责"_s, u"leadership"_s},
    {u"深入开展述法工作"_s, u"leadership"_s},
    {u"压实党政主要负责人法治建设第一责任人责任"_s, u"leadership"_s},
    {u"其他需要报告的情况"_s, u"other"_s},
    {u"五、其他需要报告的情况"_s, u"other"_s},
    {u"四、其他事项"_s, u"other"_s},
    {u"一、主要做法及成效"_s, u"achievements"_s},
    {u"二、存在問題及下階段工作計劃"_s, u"problems"_s},
    {u"三、2025年法治政府建設工作思路"_s, u"plans"_s},
    {u"一、2024年法治政府建設主要舉措及成效"_s, u"achievements"_s},
    {u"二、存在的問題和不足"_s, u"problems"_s},
    {u"三、下一步工作打算"_s, u"plans"_s},
    {u"黨政主要負責人履行推進法治建設第一責任人職責情況"_s, u"leadership"_s},
    {u"五、其他需要報告的情況"_s, u"other"_s},
    {u"(二)存在問題的主要原因"_s, u"causes"_s},
    {u"(一)堅持依法全面履行政府職能"_s, u"achievements"_s},
    {u"四、2025年工作計劃"_s, u"plans"_s},
};

// Paragraphs as reports write them, each judged on its own (no heading to inherit from).
const QList<Labelled> Paragraphs = {
    {u"2024年,我区坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面推进法治政府建设,现将有关情况报告如下。"_s,
        u"other"_s},
    {u"现将我局2024年度法治政府建设工作情况报告如下。"_s, u"other"_s},
    {u"特此报告。"_s, u"other"_s},
    {u"以上是我县2024年法治政府建设情况,不妥之处请批评指正。"_s, u"other"_s},
    {u"全年共办理行政复议案件128件,办结121件,纠错率12.3%,行政机关负责人出庭应诉率达100%。"_s, u"achievements"_s},
    {u"严格落实重大行政决策程序,全年共对23项重大行政决策事项进行合法性审查,未发生因决策违法引发的重大群体性事件。"_s,
        u"achievements"_s},
    {u"深化“放管服”改革,全面推行“一网通办”,政务服务事项网上可办率达98.5%,企业开办时间压缩至1个工作日。"_s,
        u"achievements"_s},
    {u"组织开展行政执法案卷评查,共抽查案卷320宗,优良率达95%,对发现的问题督促整改到位。"_s, u"achievements"_s},
    {u"扎实推进“八五”普法,开展各类普法活动1200余场次,受众12万人次。"_s, u"achievements"_s},
    {u"建立健全行政执法协调监督工作体系,印发了《行政执法监督工作办法》,实现市县乡三级全覆盖。"_s, u"achievements"_s},
    {u"积极化解矛盾纠纷,全区各级人民调解组织共调解纠纷3567件,调解成功率98.2%。"_s, u"achievements"_s},
    {u"依托12345政务服务便民热线,受理群众诉求8.6万件,按时办结率99.1%,群众满意度显著提升。"_s, u"achievements"_s},
    {u"推进数字政府建设,上线“一网统管”平台,整合数据资源1.2亿条。"_s, u"achievements"_s},
    {u"自觉接受人大监督和民主监督,办理人大代表建议156件、政协提案203件,办复率100%。"_s, u"achievements"_s},
    {u"区委书记、区长认真履行推进法治建设第一责任人职责,带头开展述法,亲自研究部署法治政府建设重点任务。"_s,
        u"leadership"_s},
    {u"党政主要负责人切实履行推进法治建设第一责任人职责,全年主持召开区委全面依法治区委员会会议3次,听取法治政府建设工作汇报。"_s,
        u"leadership"_s},
    {u"将党政主要负责人履行推进法治建设第一责任人职责情况纳入年终述职内容,全区45个部门主要负责人开展现场述法。"_s,
        u"leadership"_s},
    {u"我区法治政府建设虽然取得了一定成效,但仍存在一些问题和不足:一是部分干部法治意识有待增强;二是基层执法力量薄弱。"_s,
        u"problems"_s},
    {u"对照法治政府建设要求,我区还存在一些薄弱环节,主要表现在:行政执法规范化水平有待提高,法治宣传教育针对性不强。"_s,
        u"problems"_s},
    {u"一是运用法治思维和法治方式解决问题的能力有待提升。"_s, u"problems"_s},
    {u"二是基层行政执法队伍专业化水平不高,执法人员法律素养参差不齐。"_s, u"problems"_s},
    {u"三是行政复议应诉工作力量不足,案件办理质效有待进一步提高。"_s, u"problems"_s},
    {u"与人民群众的期待相比,我市法治政府建设仍有差距,重大行政决策公众参与度不够,政务公开的深度和广度还需拓展。"_s,
        u"problems"_s},
    {u"在看到成绩的同时,我们也清醒地认识到,法治政府建设还存在不少短板。"_s, u"problems"_s},
    {u"究其原因,主要是部分领导干部对法治政府建设重要性认识不足,抓法治建设的主动性不强。"_s, u"causes"_s},
    {u"产生上述问题的主要原因:一是思想认识不够到位;二是工作机制不够健全;三是人员力量保障不足。"_s, u"causes"_s},
    {u"分析原因,既有客观上基层人员编制紧张的因素,也有主观上学习不够、重视不够的问题。"_s, u"causes"_s},
    {u"下一步,我区将继续深入学习贯彻习近平法治思想,全面推进依法行政,加快建设法治政府。"_s, u"plans"_s},
    {u"2025年,我市将坚持以习近平新时代中国特色社会主义思想为指导,深入推进法治政府建设,重点抓好以下工作。"_s,
        u"plans"_s},
    {u"下阶段,我局将紧紧围绕法治政府建设目标任务,进一步完善依法行政制度体系。"_s, u"plans"_s},
    {u"明年,我们将着力提升行政执法质量,持续深化“大综合一体化”行政执法改革。"_s, u"plans"_s},
    {u"今后,我县将进一步加强法治宣传教育,推动普法工作提质增效。"_s, u"plans"_s},
    {u"新的一年,全区将以更高标准推进法治政府建设,力争创成省级法治政府建设示范区。"_s, u"plans"_s},
    {u"我们将继续加强行政复议规范化建设,充分发挥行政复议化解行政争议主渠道作用。"_s, u"plans"_s},
    {u"2024年以来,我区累计办理法律援助案件856件,为受援人挽回经济损失2300余万元。"_s, u"achievements"_s},
    {u"2024年,全市共审查行政规范性文件56件,备案审查率达100%。"_s, u"achievements"_s},
    {u"2024年法治政府建設取得明顯成效,全區共辦理行政復議案件96件,調撤率達45%。"_s, u"achievements"_s},
    {u"下一步,我區將繼續深化法治政府建設,推動各項工作再上新台階。"_s, u"plans"_s},
    {u"但仍存在一些問題和不足:一是部分單位依法行政意識不強;二是執法隊伍建設有待加強。"_s, u"problems"_s},
    {u"區委書記帶頭履行推進法治建設第一責任人職責,主持召開專題會議研究部署法治政府建設工作。"_s, u"leadership"_s},
    {u"現將2024年度法治政府建設工作情況報告如下。"_s, u"other"_s},
    {u"其他需要报告的情况:我区无其他需要报告的事项。"_s, u"other"_s},
};

// Hand labels for one seed: parts whose text starts with a prefix, and their category; every
// other section and paragraph is achievements.
struct SeedLabels
{
    QString seed;
    QList<Labelled> sections;
    QList<Labelled> paragraphs;
};

const QList<SeedLabels> Seeds = {
    {u"000"_s, {},
        {{u"2024年,江海区坚持"_s, u"other"_s}, {u"坚持将法治政府建设与经济社会发展"_s, u"leadership"_s},
            {u"江海区法治政府建设取得了一定的成绩"_s, u"problems"_s}, {u"2025年,江海区将"_s, u"plans"_s}}},
    {u"001"_s,
        {{u"1.加強黨的領導"_s, u"leadership"_s}, {u"二、存在問題及下階段工作計劃"_s, u"problems"_s},
            {u"(一)加強組織領導"_s, u"plans"_s}, {u"(二)依法全面履行政府職能,完善"_s, u"plans"_s},
            {u"(三)嚴格規范公正文明執法,維護"_s, u"plans"_s}, {u"(四)強化對行政權力的制約和監督,讓"_s, u"plans"_s},
            {u"(五)加強法治政府建設督察"_s, u"plans"_s}},
        {{u"2019年,我區認真"_s, u"other"_s}, {u"切實落實區委全面依法治區委員會"_s, u"leadership"_s},
            {u"過去的一年"_s, u"problems"_s}, {u"下階段,我區將"_s, u"plans"_s},
            {u"切實嚴格落實上級文件要求"_s, u"plans"_s}, {u"加強對政府規范性文件和重大決策"_s, u"plans"_s},
            {u"全面落實行政執法責任制"_s, u"plans"_s}, {u"主動接受人大政協監督"_s, u"plans"_s},
            {u"認真落實做好法治政府建設專項督察"_s, u"plans"_s}}},
    {u"002"_s, {{u"二、存在問題"_s, u"problems"_s}, {u"三、2025年"_s, u"plans"_s}},
        {{u"2024年,在區委"_s, u"other"_s}, {u"一是思想引領強根基"_s, u"leadership"_s},
            {u"法治政府建設工作在取得成績的同時"_s, u"problems"_s}, {u"一是思想認識不夠到位"_s, u"problems"_s},
            {u"二是依法決策仍需完善"_s, u"problems"_s}, {u"三是行政執法有待規范"_s, u"problems"_s},
            {u"2025年,全區將"_s, u"plans"_s}, {u"一是優化法治化營商環境。全面深化"_s, u"plans"_s},
            {u"二是強化涉企法治化服務"_s, u"plans"_s}, {u"三是構建預防式法治體系"_s, u"plans"_s},
            {u"四是規范依法決策程序"_s, u"plans"_s}, {u"五是強化法律服務效能"_s, u"plans"_s},
            {u"六是提升爭議化解質效"_s, u"plans"_s}}},
    {u"003"_s, {{u"二、存在不足和原因"_s, u"problems"_s}, {u"三、2025年工作计划"_s, u"plans"_s}},
        {{u"2024年,在省委"_s, u"other"_s}, {u"二是强化统筹推进"_s, u"leadership"_s},
            {u"我市法治政府建设虽然取得了一定成效"_s, u"problems"_s}, {u"一是着力推进法治一体建设"_s, u"plans"_s},
            {u"二是着力护航经济社会发展"_s, u"plans"_s}, {u"三是着力推进依法行政"_s, u"plans"_s}}},
    {u"004"_s,
        {{u"(三)严格落实党政主要负责人"_s, u"leadership"_s}, {u"三、主要存在问题"_s, u"problems"_s},
            {u"四、2025年工作计划"_s, u"plans"_s}, {u"(一)加强理论学习"_s, u"plans"_s},
            {u"(二)增强政务服务效能"_s, u"plans"_s}, {u"(三)推动“两委融合”"_s, u"plans"_s},
            {u"(四)提升普法实效"_s, u"plans"_s}},
        {{u"2024年,在市委"_s, u"other"_s}, {u"及时召开镇党委会议"_s, u"leadership"_s},
            {u"一年来,洪梅镇"_s, u"problems"_s}, {u"2025年,针对法治政府建设存在问题"_s, u"plans"_s},
            {u"充分发挥“关键少数”引领作用,坚持政治引领"_s, u"plans"_s}, {u"充分发挥政府职能"_s, u"plans"_s},
            {u"研究制定推动“两委融合”"_s, u"plans"_s}, {u"完善领导干部学法用法制度"_s, u"plans"_s}}},
};

QString expectedFor(const QString &text, const QList<Labelled> &labels)
{
    for (const Labelled &label : labels) {
        if (text.startsWith(label.text)) {
            return label.category;
        }
    }
    return u"achievements"_s;
}

OutlineClassifier makeClassifier()
{
    const Result<OutlineStandard> standard = OutlineStandard::bundled();
    if (!standard) {
        qFatal("%s", qPrintable(standard.error()));
    }
    return OutlineClassifier(standard.value());
}

// The share of @p labelled the classifier gets right; prints the misses.
double accuracy(const QList<Labelled> &labelled, const std::function<PartClassification(const QString &)> &classify)
{
    int right = 0;
    for (const Labelled &item : labelled) {
        const PartClassification result = classify(item.text);
        if (outlineCategoryId(result.category) == item.category) {
            ++right;
        } else {
            qInfo().noquote() << u"miss: %1 -> %2 (%3), expected %4"_s.arg(
                item.text, outlineCategoryId(result.category), result.reason, item.category);
        }
    }
    return double(right) / double(labelled.size());
}

QStringList categories(const QList<PartClassification> &parts)
{
    QStringList ids;
    for (const PartClassification &part : parts) {
        ids.append(outlineCategoryId(part.category));
    }
    return ids;
}

} // namespace

class TestOutlineClassifier : public QObject
{
    Q_OBJECT

private:
    OutlineClassifier m_classifier = makeClassifier();

private Q_SLOTS:
    void seedsAsLabelled_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < Seeds.size(); ++i) {
            QTest::newRow(qPrintable(Seeds.at(i).seed)) << i;
        }
    }

    void seedsAsLabelled()
    {
        QFETCH(int, index);
        const SeedLabels &labels = Seeds.at(index);
        const ReportDocument document = SeedReports::document(labels.seed);
        QVERIFY2(!document.paragraphs.isEmpty(), "seed not found");
        const OutlineResult outline = m_classifier.classify(document);
        QCOMPARE(outline.paragraphs.size(), document.paragraphs.size());
        int checked = 0;
        for (const PartClassification &section : outline.sections) {
            const QString heading = document.textAt(section.headingRange);
            QVERIFY2(outlineCategoryId(section.category) == expectedFor(heading, labels.sections),
                qPrintable(u"%1 -> %2 (%3)"_s.arg(heading, outlineCategoryId(section.category), section.reason)));
            QVERIFY(section.confidence > 0 && section.confidence <= 1);
            QVERIFY(!section.reason.isEmpty());
            ++checked;
        }
        for (const PartClassification &paragraph : outline.paragraphs) {
            const QString text = document.textAt(paragraph.range);
            QVERIFY2(outlineCategoryId(paragraph.category) == expectedFor(text, labels.paragraphs),
                qPrintable(
                    u"%1 -> %2 (%3)"_s.arg(text.left(30), outlineCategoryId(paragraph.category), paragraph.reason)));
            QVERIFY(!paragraph.reason.isEmpty());
            ++checked;
        }
        // Every hand label was used: a label that matches nothing is a typo, not a pass.
        for (const Labelled &label : labels.sections + labels.paragraphs) {
            const bool used = std::any_of(outline.sections.cbegin(), outline.sections.cend(),
                                  [&](const PartClassification &p) {
                                      return document.textAt(p.headingRange).startsWith(label.text);
                                  })
                || std::any_of(outline.paragraphs.cbegin(), outline.paragraphs.cend(),
                    [&](const PartClassification &p) { return document.textAt(p.range).startsWith(label.text); });
            QVERIFY2(used, qPrintable(label.text));
        }
        qInfo("seed %s: %d sections and paragraphs, all as labelled", qPrintable(labels.seed), checked);
    }

    void mergedSectionSplitsByParagraph()
    {
        const ReportDocument document = SeedReports::document(u"001"_s);
        const OutlineResult outline = m_classifier.classify(document);
        const auto merged = std::find_if(outline.sections.cbegin(), outline.sections.cend(),
            [&](const PartClassification &p) { return document.textAt(p.headingRange).startsWith(u"二、"); });
        QVERIFY(merged != outline.sections.cend());
        QCOMPARE(merged->category, OutlineCategory::Problems);
        QCOMPARE(merged->secondary, OutlineCategory::Plans);
        QVERIFY(merged->covers(OutlineCategory::Plans));
        const auto plans = std::find_if(outline.paragraphs.cbegin(), outline.paragraphs.cend(),
            [&](const PartClassification &p) { return document.textAt(p.range).startsWith(u"下階段"); });
        QCOMPARE(plans->category, OutlineCategory::Plans);
        QVERIFY2(plans->reason.contains(u"下一步"), qPrintable(plans->reason));
        // The plans under it inherit, and say so.
        const auto child = std::find_if(outline.sections.cbegin(), outline.sections.cend(),
            [&](const PartClassification &p) { return document.textAt(p.headingRange).startsWith(u"(一)加強組織"); });
        QCOMPARE(child->category, OutlineCategory::Plans);
        QVERIFY2(child->reason.contains(u"follows the plans"), qPrintable(child->reason));
    }

    void unheadedClosingParagraphs()
    {
        const ReportDocument document = SeedReports::document(u"000"_s);
        const OutlineResult outline = m_classifier.classify(document);
        const QList<PartClassification> &paragraphs = outline.paragraphs;
        QCOMPARE(paragraphs.first().category, OutlineCategory::Other);
        QCOMPARE(paragraphs.at(paragraphs.size() - 2).category, OutlineCategory::Problems);
        QCOMPARE(paragraphs.last().category, OutlineCategory::Plans);
        QVERIFY2(paragraphs.last().reason.contains(u"2025年…将"), qPrintable(paragraphs.last().reason));
        QVERIFY(paragraphs.last().confidence >= 0.5);
    }

    void buriedLeadershipDuty()
    {
        const ReportDocument document = SeedReports::document(u"004"_s);
        const OutlineResult outline = m_classifier.classify(document);
        const QList<PartClassification> leadership = outline.partsOf(OutlineCategory::Leadership);
        QCOMPARE(leadership.size(), 2); // the heading (三) and its paragraph
        QCOMPARE(document.textAt(leadership.first().headingRange), u"(三)严格落实党政主要负责人法治政府建设责任"_s);
        QVERIFY(leadership.first().reason.contains(u"主要负责人"));
        QVERIFY(leadership.last().reason.contains(u"inherits from heading (三)"));
        // A plan to keep the duty is a plan: "我镇将严格落实党政主要负责人…第一责任人职责要求".
        const auto plan = std::find_if(outline.paragraphs.cbegin(), outline.paragraphs.cend(),
            [&](const PartClassification &p) { return document.textAt(p.range).startsWith(u"2025年"); });
        QCOMPARE(plan->category, OutlineCategory::Plans);
    }

    void traditionalClassifiesLikeSimplified_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::newRow("001") << u"001"_s;
        QTest::newRow("002") << u"002"_s;
    }

    void traditionalClassifiesLikeSimplified()
    {
        QFETCH(QString, seed);
        const ScriptConverter toSimplified(ScriptConverter::Direction::ToSimplified);
        QVERIFY(toSimplified.isValid());
        const QString traditional = SeedReports::text(seed);
        const Result<QString> simplified = toSimplified.convert(traditional);
        QVERIFY(simplified.ok());
        const OutlineResult a = m_classifier.classify(SeedReports::parse(traditional));
        const OutlineResult b = m_classifier.classify(SeedReports::parse(simplified.value()));
        QCOMPARE(categories(a.sections), categories(b.sections));
        QCOMPARE(categories(a.paragraphs), categories(b.paragraphs));
        for (qsizetype i = 0; i < a.paragraphs.size(); ++i) {
            QCOMPARE(a.paragraphs.at(i).themes, b.paragraphs.at(i).themes);
        }
    }

    void themesOfAchievements()
    {
        const ReportDocument document = SeedReports::document(u"003"_s);
        const OutlineResult outline = m_classifier.classify(document);
        const auto themesOf = [&](const QString &heading) {
            for (const PartClassification &section : outline.sections) {
                if (document.textAt(section.headingRange).startsWith(heading)) {
                    return section.themes;
                }
            }
            return QStringList{u"heading not found"_s};
        };
        QVERIFY(themesOf(u"(三)加强立法制规"_s).contains(u"rules"));
        QVERIFY(themesOf(u"(四)严格依法行政,提升行政执法"_s).contains(u"enforcement"));
        const QStringList both = m_classifier.themes(u"深化放管服改革,优化营商环境,推进数字政府建设和大数据应用"_s);
        QCOMPARE(both.size(), 2);
        QVERIFY(both.contains(u"functions") && both.contains(u"digital"));
        QVERIFY(m_classifier.themes(u"行政复议案件和人民调解"_s).contains(u"disputes"));
        QVERIFY(m_classifier.themes(u"今天天气很好"_s).isEmpty());
    }

    void yearArithmetic()
    {
        const QString text = u"2025年,我们将持续深化行政执法改革。"_s;
        QCOMPARE(m_classifier.classifyParagraph(text, 2024).category, OutlineCategory::Plans);
        QCOMPARE(m_classifier.classifyParagraph(u"2024年以来,全区共办理行政复议案件52件。"_s, 2024).category,
            OutlineCategory::Achievements);
        QVERIFY(m_classifier.classifyParagraph(u"2024年以来,全区共办理行政复议案件52件。"_s, 2024)
                .reason.contains(u"2024年以来"));
        QCOMPARE(m_classifier.classifyHeading(u"三、2025年重点工作"_s, 2024).category, OutlineCategory::Plans);
        QCOMPARE(m_classifier.classifyHeading(u"一、2024年重点工作完成情况"_s, 2024).category,
            OutlineCategory::Achievements);
        // A year inside a document's title or a range is not next year's plan.
        QCOMPARE(m_classifier
                     .classifyParagraph(u"深入落实《法治政府建设实施纲要(2021—2025年)》,全年共办理案件12件。"_s, 2024)
                     .category,
            OutlineCategory::Achievements);
    }

    void headingAccuracy()
    {
        const double share
            = accuracy(Headings, [&](const QString &text) { return m_classifier.classifyHeading(text); });
        qInfo("headings: %.1f%% of %lld right", share * 100, qlonglong(Headings.size()));
        QVERIFY(Headings.size() >= 60);
        QVERIFY(share >= 0.97);
    }

    void paragraphAccuracy()
    {
        for (const int year : {0, 2024}) {
            const double share
                = accuracy(Paragraphs, [&](const QString &text) { return m_classifier.classifyParagraph(text, year); });
            qInfo(
                "paragraphs (year reported %d): %.1f%% of %lld right", year, share * 100, qlonglong(Paragraphs.size()));
            QVERIFY(Paragraphs.size() >= 40);
            QVERIFY(share >= 0.90);
        }
    }

    void reasonsNameTheCue()
    {
        QVERIFY(m_classifier.classifyHeading(u"二、存在的主要问题"_s).reason.contains(u"存在…问题"));
        QVERIFY(m_classifier.classifyParagraph(u"我区将严格落实党政主要负责人履行推进法治建设第一责任人职责。"_s)
                .reason.contains(u"将"));
        const PartClassification leadership
            = m_classifier.classifyParagraph(u"区委书记认真履行推进法治建设第一责任人职责。"_s);
        QCOMPARE(leadership.category, OutlineCategory::Leadership);
        QVERIFY(leadership.reason.contains(u"第一责任人"));
    }
};

QTEST_GUILESS_MAIN(TestOutlineClassifier)
#include "tst_outlineclassifier.moc"
