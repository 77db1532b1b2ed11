// SPDX-License-Identifier: GPL-3.0-or-later
// The cleaner and parser on the five real reports: headings, paragraphs, front and back matter,
// and offsets that point at the right characters of the original text (the metadata read from
// them: tst_metadataextractor).
#include "reportjson.h"
#include "reportparser.h"
#include "seedreports.h"
#include "textcleaner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fazhi;

namespace {

ReportDocument parseText(const QString &text)
{
    return SeedReports::parse(text);
}

ReportDocument parseSeed(const QString &prefix)
{
    return SeedReports::document(prefix);
}

// "heading:children" for every top-level section.
QStringList outline(const ReportDocument &document)
{
    QStringList result;
    for (const ReportSection &section : document.sections) {
        result.append(section.heading + u':' + QString::number(section.children.size()));
    }
    return result;
}

void checkOffsets(const ReportDocument &document, const QList<ReportSection> &sections)
{
    for (const ReportSection &section : sections) {
        QCOMPARE(document.textAt(section.headingRange), section.heading);
        QVERIFY(section.range.start == section.headingRange.start);
        QVERIFY(section.range.end >= section.headingRange.end && section.range.end <= document.text.size());
        checkOffsets(document, section.children);
    }
}

} // namespace

class TestReportParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedOutline_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("000") << u"000"_s
                             << QStringList{u"一、深入学习贯彻习近平法治思想,强化党对法治政府建设的领导:2"_s,
                                    u"二、加快构建更高水平的法治化营商环境,护航经济社会高质量发展:4"_s,
                                    u"三、持续深化依法行政,推进政府治理规范化程序化法治化:3"_s,
                                    u"四、深化社会治理工作体系建设,着力提升基层治理法治化水平:3"_s,
                                    u"五、强化行政权力制约监督,促进行政权力规范透明运行:3"_s};
        QTest::newRow("001") << u"001"_s << QStringList{u"一、主要做法及成效:7"_s, u"二、存在問題及下階段工作計劃:5"_s};
        QTest::newRow("002") << u"002"_s
                             << QStringList{u"一、2024年法治政府建設主要舉措及成效:5"_s, u"二、存在問題:0"_s,
                                    u"三、2025年法治政府建設工作思路:0"_s};
        QTest::newRow("003") << u"003"_s
                             << QStringList{
                                    u"一、主要举措和成效:5"_s, u"二、存在不足和原因:0"_s, u"三、2025年工作计划:0"_s};
        QTest::newRow("004") << u"004"_s
                             << QStringList{u"一、坚持党的领导,统筹推进法治政府建设:3"_s,
                                    u"二、推进法治政府建设的主要举措和成效:5"_s, u"三、主要存在问题:0"_s,
                                    u"四、2025年工作计划:4"_s};
    }

    void seedOutline()
    {
        QFETCH(QString, seed);
        QFETCH(QStringList, expected);
        const ReportDocument document = parseSeed(seed);
        QVERIFY2(!document.text.isEmpty(), "seed not found");
        QCOMPARE(outline(document), expected);
        checkOffsets(document, document.sections);
    }

    void seedTextIsClean()
    {
        for (const QString &seed : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
            const ReportDocument document = parseSeed(seed);
            QVERIFY2(!document.text.contains(u'|'), qPrintable(seed));
            QVERIFY2(!document.text.contains(u"相关新闻"), qPrintable(seed));
            QVERIFY2(!document.text.contains(u">>"), qPrintable(seed));
        }
    }

    void flattenedPageIsSplit()
    {
        const ReportDocument document = parseSeed(u"002"_s);
        // Each 一是… of the flattened page is a paragraph of its own.
        QVERIFY(document.paragraphs.size() > 20);
        const QString first = document.textAt(document.sections.first().children.first().headingRange);
        QCOMPARE(first, u"(一)聚焦政治引領“根本點”,法治統籌全面推進"_s);
    }

    void brokenTitleIsJoined()
    {
        const ReportDocument document = parseSeed(u"000"_s);
        QVERIFY(document.text.startsWith(u"江门市江海区关于2024年度法治政府建设情况的报告\n"));
    }

    void inlineHeadingSplitsFromItsParagraph()
    {
        const ReportDocument document = parseSeed(u"004"_s);
        const ReportSection &leadership = document.sections.first().children.at(2);
        QCOMPARE(leadership.heading, u"(三)严格落实党政主要负责人法治政府建设责任"_s);
        const int bodyStart = leadership.headingRange.end + 1; // after 。
        const auto paragraph = std::find_if(document.paragraphs.cbegin(), document.paragraphs.cend(),
            [&](const ReportParagraph &p) { return p.range.start == bodyStart; });
        QVERIFY(paragraph != document.paragraphs.cend());
        QVERIFY(document.textAt(paragraph->range).startsWith(u"及时召开镇党委会议"));
    }

    void enumeratedPointsAreItems()
    {
        const ReportDocument document = parseSeed(u"000"_s);
        // "…但仍存在一些短板:一是…,二是…" holds its points as items.
        const auto problems = std::find_if(document.paragraphs.cbegin(), document.paragraphs.cend(),
            [&](const ReportParagraph &p) { return document.textAt(p.range).contains(u"仍存在一些短板"); });
        QVERIFY(problems != document.paragraphs.cend());
        QVERIFY(problems->items.size() >= 2);
        QVERIFY(document.textAt(problems->items.first()).startsWith(u"一是"));
        QVERIFY(document.textAt(problems->items.at(1)).startsWith(u"二是"));
    }

    void backMatterIsNotBody()
    {
        const ReportDocument document = parseSeed(u"001"_s);
        for (const ReportParagraph &paragraph : document.paragraphs) {
            const QString text = document.textAt(paragraph.range);
            QVERIFY2(!text.startsWith(u"特此報告") && !text.contains(u"聯系人")
                    && !text.startsWith(u"佛山市高明區人民政府\n"),
                qPrintable(text));
        }
        QCOMPARE(document.script, Script::Traditional);
    }

    void numeralInsideSentenceIsNotHeading()
    {
        const ReportDocument document = parseText(u"某区2024年度法治政府建设情况报告\n"
                                                  u"2024年,我区全面推进依法行政,取得明显成效。现报告如下。\n"
                                                  u"一、主要成效\n"
                                                  u"全区办理案件3、4月份共12件,完成率达1.5倍,二、三季度持续推进。\n"
                                                  u"2.5万人次参加学法考试。\n"
                                                  u"二、存在问题\n"
                                                  u"一是认识不够到位。二是队伍建设有待加强。\n"_s);
        QCOMPARE(outline(document), (QStringList{u"一、主要成效:0"_s, u"二、存在问题:0"_s}));
    }

    void jsonHasTheContract()
    {
        const ReportDocument document = parseSeed(u"001"_s);
        const QJsonObject json = ReportJson::toJson(document);
        for (const auto key :
            {u"file", u"encoding", u"script", u"metadata", u"text", u"sections", u"paragraphs", u"warnings"}) {
            QVERIFY2(json.contains(QString(key)), qPrintable(QString(key)));
        }
        QCOMPARE(json.value(u"script"_s).toString(), u"traditional"_s);
        const QJsonObject title = json.value(u"metadata"_s).toObject().value(u"title"_s).toObject();
        QCOMPARE(title.value(u"original"_s).toString(), u"佛山市高明區人民政府關于2019年度法治政府建設工作的報告"_s);
        const QJsonObject first = json.value(u"sections"_s).toArray().first().toObject();
        const QString text = json.value(u"text"_s).toString();
        QCOMPARE(text.mid(first.value(u"headingStart"_s).toInt(),
                     first.value(u"headingEnd"_s).toInt() - first.value(u"headingStart"_s).toInt()),
            u"一、主要做法及成效"_s);
    }
};

QTEST_GUILESS_MAIN(TestReportParser)
#include "tst_reportparser.moc"
