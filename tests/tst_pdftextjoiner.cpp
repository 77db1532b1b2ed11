// SPDX-License-Identifier: GPL-3.0-or-later
// The lines of a PDF's pages back into paragraphs: running headers, footers and page numbers
// dropped, wrapped lines joined (across pages too), the gaps layout sets between scripts taken out.
#include "pdftextjoiner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Fazhi::PdfTextJoiner;

namespace {

/** @p paragraph as a typesetter breaks it: lines of @p width characters, the last one shorter. */
QStringList wrapped(const QString &paragraph, qsizetype width)
{
    QStringList lines;
    for (qsizetype at = 0; at < paragraph.size(); at += width) {
        lines.append(paragraph.mid(at, width));
    }
    return lines;
}

// Real paragraphs of 镇江市's 2024 report, long enough to fill several lines.
const QString Study
    = u"市政府常务会议“第一议题”学习习近平法治思想,市政府领导班子带头学习、政府系统跟进学习习近平总书记重要讲话"
      u"重要指示。市政府常务会议专题学法6次,听取和研究法治建设工作8次。"_s;
const QString Publicity
    = u"深入推进法治示范校“一校一品”建设,打造了一批叫得响、有特色、受欢迎的普法宣传品牌,8所学校入选首批江苏省"
      u"依法治校示范校,全市各中小学配有法治副校长。"_s;
const QString Heading = u"(二)深化行政执法体制改革"_s;

} // namespace

class TestPdfTextJoiner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runningHeadersFootersAndPageNumbersGo()
    {
        // Three pages, each with the header of the web page it was printed from and its number;
        // the second paragraph runs on from page 2 to page 3.
        const QString header = u"镇江市人民政府 政府信息公开"_s;
        const QStringList study = wrapped(Study, 24);
        const QStringList publicity = wrapped(Publicity, 24);
        const QList<QStringList> pages{
            QStringList{header} + study + QStringList{u"- 1 -"_s},
            QStringList{header, Heading} + publicity.mid(0, 2) + QStringList{u"- 2 -"_s},
            QStringList{header} + publicity.mid(2) + QStringList{u"- 3 -"_s},
        };
        qsizetype removed = -1;
        const QStringList paragraphs = PdfTextJoiner::paragraphs(pages, &removed);
        QCOMPARE(paragraphs, (QStringList{Study, Heading, Publicity}));
        QCOMPARE(removed, 6);
    }

    void aRecurringLineNeedsThreePages()
    {
        // On two pages a line that opens both may be the report's: only page numbers go.
        const QString line = u"政府信息公开"_s;
        qsizetype removed = -1;
        const QStringList paragraphs = PdfTextJoiner::paragraphs(
            {{line, u"全面落实法治政府建设责任制。"_s, u"第1页"_s}, {line, u"强化行政权力制约监督。"_s, u"第2页"_s}},
            &removed);
        QCOMPARE(paragraphs, (QStringList{line, u"全面落实法治政府建设责任制。"_s, line, u"强化行政权力制约监督。"_s}));
        QCOMPARE(removed, 2);
    }

    void wrappedLinesJoin()
    {
        // A full line that does not end a sentence goes on in the next; Chinese joins without a
        // space, Latin words wrapped at a line end get theirs back.
        QCOMPARE(PdfTextJoiner::paragraphs({wrapped(Study, 20)}), QStringList{Study});
        QCOMPARE(PdfTextJoiner::paragraphs({{u"The district publishes its open government"_s, u"data every month."_s}}),
            QStringList{u"The district publishes its open government data every month."_s});
        // A sentence that ends at the end of a full line ends the paragraph: the text layer
        // cannot tell it from a paragraph's end.
        const QStringList ending{u"全市办理行政复议案件一百二十八件。"_s, u"行政机关负责人出庭应诉率百分之百。"_s};
        QCOMPARE(PdfTextJoiner::paragraphs({ending}), ending);
        // Nor does a heading marker continue the line before it.
        const QStringList heading{
            u"全面推进严格规范公正文明执法持续深化行政"_s, u"（二）深化行政执法体制改革持续推进"_s};
        QCOMPARE(PdfTextJoiner::paragraphs({heading}), heading);
    }

    void linesRunTogetherAreCutAtHeadings()
    {
        // PDFium sometimes gives two printed lines as one, with a space between them. Full lines
        // around them, as on a real page, tell how wide a line is.
        const QStringList page{u"市政府常务会议专题学法6次,听取和研究法治建设工作8次。"_s,
            u"打造了一批叫得响、有特色、受欢迎的普法宣传品牌。"_s, u"全市各中小学配有法治副校长,实现全覆盖。"_s,
            u"审议通过了《镇江市人民政府2024年立法计划(草案)》等事项。"_s};
        QCOMPARE(PdfTextJoiner::paragraphs({page + QStringList{u"确保了机构改革各项任务的顺利完成。 二、存在问题"_s}}),
            page + QStringList({u"确保了机构改革各项任务的顺利完成。"_s, u"二、存在问题"_s}));
        QCOMPARE(PdfTextJoiner::paragraphs({page + QStringList{u"（四）严格依法行政 一是健全制度。"_s}}),
            page + QStringList({u"（四）严格依法行政"_s, u"一是健全制度。"_s}));
    }

    void nothingToJoin()
    {
        qsizetype removed = -1;
        QVERIFY(PdfTextJoiner::paragraphs({}, &removed).isEmpty());
        QCOMPARE(removed, 0);
        QVERIFY(PdfTextJoiner::paragraphs({{}, {}, {}}).isEmpty());
        // A page that holds only its number.
        QCOMPARE(
            PdfTextJoiner::paragraphs({{u"一、主要做法"_s}, {u"- 2 -"_s}}, &removed), QStringList{u"一、主要做法"_s});
        QCOMPARE(removed, 1);
    }

    void surrogatePairsStayWhole()
    {
        const QString name = u"𠮷野家园社区推进法治建设持续深化行政执法体制改革持续推进"_s;
        const QStringList paragraphs = PdfTextJoiner::paragraphs({{name, u"𠮷"_s + name + u"。"_s}});
        QCOMPARE(paragraphs, QStringList{name + u"𠮷"_s + name + u"。"_s});
        QCOMPARE(PdfTextJoiner::withoutScriptGaps(u"𠮷野 5G 基站"_s), u"𠮷野5G基站"_s);
    }

    void scriptGapsAreLayout()
    {
        // What PDFium reads from LibreOffice's PDFs: the gap set between Chinese and Latin runs.
        const QStringList paragraphs = PdfTextJoiner::paragraphs({{u"三、2025 年工作计划"_s,
            u"全年办理行政复议案件 128 件，同比增长 5% 以上，A 级占比 90%。"_s, u"（二）推进 5G 政务专网建设"_s}});
        QCOMPARE(paragraphs,
            QStringList({u"三、2025年工作计划"_s, u"全年办理行政复议案件128件，同比增长5%以上，A级占比90%。"_s,
                u"（二）推进5G政务专网建设"_s}));
        // Spaces between Latin words are text; so is a space on one side of a number only, the
        // other touching a Chinese character: a heading run into its paragraph.
        QCOMPARE(
            PdfTextJoiner::withoutScriptGaps(u"依据 Open Government Data 规范"_s), u"依据Open Government Data规范"_s);
        QCOMPARE(PdfTextJoiner::withoutScriptGaps(u"三、2025年工作思路 2025年，全区将……"_s),
            u"三、2025年工作思路 2025年，全区将……"_s);
        QCOMPARE(PdfTextJoiner::withoutScriptGaps(u"共新增减税 8.18 亿元"_s), u"共新增减税8.18亿元"_s);
        QCOMPARE(PdfTextJoiner::withoutScriptGaps(u"执法事项执法部门 100%全参与"_s), u"执法事项执法部门100%全参与"_s);
    }

    void recurringLinesWithoutPagesAreKept()
    {
        // One page (a text without page structure): lines that recur are the report's own.
        QStringList page;
        for (int i = 0; i < 40; ++i) {
            page.append(u"一、坚持党的领导"_s);
            page.append(u"全面落实法治政府建设责任制。"_s);
        }
        qsizetype removed = -1;
        const QStringList paragraphs = PdfTextJoiner::paragraphs({page}, &removed);
        QCOMPARE(paragraphs, page);
        QCOMPARE(removed, 0);
    }

    void pageNumbers_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("isPageNumber");
        for (const QString &line : {u"- 3 -"_s, u"—3—"_s, u"－ 12 －"_s, u"3"_s, u"3/12"_s, u"3 / 12"_s, u"第3页"_s,
                 u"第 3 页 共 12 页"_s, u"第3頁"_s, u"Page 3 of 12"_s, u"  7  "_s}) {
            QTest::newRow(qPrintable(line)) << line << true;
        }
        for (const QString &line : {QString(), u"   "_s, u"2024年"_s, u"12345"_s, u"第3条"_s, u"三、"_s, u"3.加强"_s,
                 u"全年办理行政复议案件128件"_s}) {
            QTest::newRow(qPrintable(u"not "_s + line)) << line << false;
        }
    }

    void pageNumbers()
    {
        QFETCH(QString, line);
        QFETCH(bool, isPageNumber);
        QCOMPARE(PdfTextJoiner::isPageNumber(line), isPageNumber);
    }

    void headingMarkers()
    {
        for (const QString &line : {u"一、主要做法"_s, u"（一）坚持党的领导"_s, u"(三)严格执法"_s, u"1.加强"_s,
                 u"(1)健全"_s, u"第一章 总则"_s, u"①规范"_s, u"附件"_s, u"  二、存在问题"_s}) {
            QVERIFY2(PdfTextJoiner::startsWithHeadingMarker(line), qPrintable(line));
        }
        for (const QString &line : {QString(), u"1.5万人次"_s, u"2024年"_s, u"一是强化"_s, u"全面推进"_s}) {
            QVERIFY2(!PdfTextJoiner::startsWithHeadingMarker(line), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestPdfTextJoiner)
#include "tst_pdftextjoiner.moc"
