// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotatedpdfexporter.h"
#include "datatext.h"
#include "displayformat.h"
#include "exportfixture.h"
#include "reportdecisions.h"
#include "storereads.h"

#include <QScopeGuard>

using namespace Fazhi;
using namespace Qt::StringLiterals;

class TestAnnotatedPdfExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textAndCommentsAreSearchable();
    void fontsAreEmbedded();
    void pagesFollowTheLength();
    void commentOnTheLastLineOfAPageIsPrinted();
    void everyNoteIsPrintedWhenTheMarginOverflows();
    void pagesAreNotBlank();
    void scriptOption();
    void resolvedAndCommentsOnly();
    void progressAndCancel();
    void tagNamesInTheUiScript();

private:
    /** The first page after the cover (whose checklist has coloured cells of its own). */
    static int firstBodyPage(const QString &pdf);
    QString exportPdf(qint64 reportId, const QString &name, AnnotatedPdfOptions options = {});

    ExportFixture m_fixture;
    qint64 m_report = 0;
    QString m_pdf;
};

const QString FirstComment = u"问题表述过于笼统，请补充具体案例和原因分析。"_s;
const QString SecondComment = u"请说明复议纠错率的计算口径。"_s;

QString TestAnnotatedPdfExporter::exportPdf(qint64 reportId, const QString &name, AnnotatedPdfOptions options)
{
    AnnotatedPdfExporter exporter(*m_fixture.store, options);
    const auto pdf = exporter.exportReport(reportId);
    if (!pdf) {
        qWarning("%s", qPrintable(pdf.error()));
        return {};
    }
    return m_fixture.write(name, pdf.value());
}

int TestAnnotatedPdfExporter::firstBodyPage(const QString &pdf)
{
    int page = 2;
    while (
        page < ExportFixture::pageCount(pdf) && !ExportFixture::pdfText(pdf, page, page).contains(u"一、深入学习"_s)) {
        ++page;
    }
    return page;
}

void TestAnnotatedPdfExporter::initTestCase()
{
    QVERIFY(m_fixture.open());
    m_report = m_fixture.importSeed(u"000"_s);
    QVERIFY(m_report > 0);
    // Three tags, two comments.
    QVERIFY(m_fixture.annotate(m_report, u"调整优化12个区级重点领域机构设置和职能配置"_s, m_fixture.tag(0)));
    QVERIFY(m_fixture.annotate(m_report, u"江海区法治政府建设取得了一定的成绩"_s, m_fixture.tag(1), FirstComment));
    QVERIFY(m_fixture.annotate(
        m_report, u"建立行政复议与行政诉讼、信访工作的信息通报机制"_s, m_fixture.tag(2), SecondComment));
    // The reviewer's verdict and an overruled checklist item, for the cover.
    QVERIFY(m_fixture.store->decide(m_report, ReportDecisions::gradeTarget(), {}, u"good"_s));
    QVERIFY(
        m_fixture.store->decide(m_report, ReportDecisions::summaryTarget(), {}, u"成效部分扎实，问题部分偏简略。"_s));
    QVERIFY(m_fixture.store->decide(
        m_report, ReportDecisions::checklistTarget(u"causes"), u"fail"_s, u"pass"_s, u"原因分析见第三部分第二段。"_s));
    m_pdf = exportPdf(m_report, u"annotated.pdf"_s);
    QVERIFY(!m_pdf.isEmpty());
}

void TestAnnotatedPdfExporter::textAndCommentsAreSearchable()
{
    // Each note reads on in drawing order (-raw), the text column in poppler's reading order too.
    const QString raw = ExportFixture::pdfText(m_pdf, 0, 0, true);
    QVERIFY2(raw.contains(FirstComment), qPrintable(raw.left(400)));
    QVERIFY(raw.contains(SecondComment));
    const QString text = ExportFixture::pdfText(m_pdf);
    QVERIFY(text.contains(u"调整优化12个区级重点领域机构设置和职能配置"_s));
    QVERIFY(text.contains(u"江海区法治政府建设取得了一定的成绩"_s));
    // 一 and 人 come back as themselves, not as the Kangxi radicals that share their glyphs.
    QVERIFY(text.contains(u"一、深入学习贯彻习近平法治思想"_s));
    QVERIFY(!text.contains(QChar(0x2F00)));
    // Reading order: the headings in the order of the report.
    const qsizetype first = text.indexOf(u"(一)持续推进习近平法治思想学习走深走实"_s);
    const qsizetype second = text.indexOf(u"(二)加强党对法治政府建设的全面领导"_s);
    const qsizetype later = text.indexOf(u"(二)持续深化“放管服”改革"_s);
    QVERIFY(first > 0);
    QVERIFY(second > first);
    QVERIFY(later > second);
    // The cover: region, year, reviewer, checklist.
    const QString cover = ExportFixture::pdfText(m_pdf, 1, 1);
    QVERIFY(cover.contains(u"江海区"_s));
    QVERIFY(cover.contains(u"2024"_s));
    QVERIFY(cover.contains(u"李审阅"_s));
    QVERIFY(cover.contains(u"成效部分扎实，问题部分偏简略。"_s));
    QVERIFY(cover.contains(u"原因分析见第三部分第二段。"_s));
    QVERIFY(cover.contains(ExportFixture::squeezed(ReviewChecklist::itemTitle(u"causes"_s))));
    // Dates as the UI language writes them (stored as ISO text), not 2024-12-24.
    QVERIFY2(cover.contains(ExportFixture::squeezed(DisplayFormat::date(QDate(2024, 12, 24)))), qPrintable(cover));
    QVERIFY(cover.contains(ExportFixture::squeezed(DisplayFormat::date(QDate::currentDate()))));
    QVERIFY(!cover.contains(u"2024-12-24"_s));
}

void TestAnnotatedPdfExporter::fontsAreEmbedded()
{
    // The rewritten ToUnicode maps leave a well-formed file.
    QProcess check;
    check.start(u"qpdf"_s, {u"--check"_s, m_pdf});
    QVERIFY(check.waitForFinished(60000));
    QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().constData());

    const QString fonts = ExportFixture::run(u"pdffonts"_s, {m_pdf});
    const QStringList cjk = fonts.split(u'\n').filter(u"CJK"_s);
    QVERIFY2(!cjk.isEmpty(), qPrintable(fonts));
    for (const QString &line : cjk) {
        QVERIFY2(line.contains(u" yes "_s), qPrintable(line)); // emb
    }
}

void TestAnnotatedPdfExporter::pagesFollowTheLength()
{
    const int pages = ExportFixture::pageCount(m_pdf);
    const auto document = m_fixture.store->report(m_report);
    QVERIFY(document);
    const int characters = int(document.value().text.size());
    // A cover, then between ~700 and ~1600 characters a page in a 10.5 pt column beside the notes.
    QVERIFY2(pages >= 1 + characters / 1600 && pages <= 2 + characters / 700,
        qPrintable(u"%1 pages for %2 characters"_s.arg(pages).arg(characters)));

    const QString text = SeedReports::text(u"000"_s);
    const qint64 longer = m_fixture.import(SeedReports::parse(text + u'\n' + text + u'\n' + text, u"long.txt"_s));
    QVERIFY(longer > 0);
    const QString longPdf = exportPdf(longer, u"long.pdf"_s);
    QVERIFY(ExportFixture::pageCount(longPdf) >= 2 * pages);
}

void TestAnnotatedPdfExporter::commentOnTheLastLineOfAPageIsPrinted()
{
    // The last body line of the first body page as printed, found again in the report.
    const QString page = QString::number(firstBodyPage(m_pdf));
    const QStringList lines
        = ExportFixture::run(u"pdftotext"_s, {u"-raw"_s, u"-f"_s, page, u"-l"_s, page, m_pdf, u"-"_s})
              .split(u'\n', Qt::SkipEmptyParts);
    const auto document = m_fixture.store->report(m_report);
    QString quote;
    for (qsizetype i = lines.size() - 1; i >= 0 && quote.isEmpty(); --i) {
        const QString line = ExportFixture::squeezed(lines.at(i));
        // Body lines are long; take their last characters (the footer and notes are not in the text).
        const QString tail = line.right(8);
        if (line.size() >= 12 && document.value().text.contains(tail)) {
            quote = tail;
        }
    }
    QVERIFY2(!quote.isEmpty(), qPrintable(lines.join(u'\n')));
    const QString comment = u"本页末行的批注：请核实该数据并补充来源说明，以便后续比对各区情况。"_s;
    QVERIFY(m_fixture.annotate(m_report, quote, m_fixture.tag(1), comment));
    const QString pdf = exportPdf(m_report, u"lastline.pdf"_s);
    QVERIFY(ExportFixture::pdfText(pdf, 0, 0, true).contains(comment));
}

void TestAnnotatedPdfExporter::everyNoteIsPrintedWhenTheMarginOverflows()
{
    // A long comment on every line of one page: the margin cannot hold them all.
    const qint64 report = m_fixture.import(SeedReports::parse(SeedReports::text(u"002"_s), u"crowded.txt"_s));
    QVERIFY(report > 0);
    const auto document = m_fixture.store->report(report);
    QStringList comments;
    const QString text = document.value().text;
    int position = 0;
    for (int i = 0; i < 40; ++i) {
        const qsizetype start = text.indexOf(u'\n', position) + 1;
        if (start <= 0 || start + 6 >= text.size()) {
            break;
        }
        position = int(start) + 20;
        const QString comment
            = u"第%1条意见：此处表述需要补充具体数据、时间节点和责任单位，并与上一年度报告所列问题逐项对应。"_s.arg(
                i + 1);
        QVERIFY(m_fixture.store->addAnnotation(report, int(start), int(start + 4), m_fixture.tag(i % 3), comment));
        comments.append(comment);
    }
    // A comment longer than a page foot holds.
    QString essay;
    for (int i = 1; essay.size() < 3000; ++i) {
        essay += u"第%1点：该部分对行政复议、行政应诉的数据说明不足，应补充案件数量、纠错率和败诉原因分析。"_s.arg(i);
    }
    QVERIFY(m_fixture.store->addAnnotation(report, position, position + 6, m_fixture.tag(1), essay));
    comments.append(essay);
    const QString pdf = exportPdf(report, u"crowded.pdf"_s);
    // The text as drawn, without the running header and footer that a page break puts inside a long note.
    QStringList lines = ExportFixture::run(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s}).split(u'\n');
    QString header;
    for (const ReportSummary &summary : READ_OK(m_fixture.store->reports())) {
        if (summary.id == report) {
            header = summary.title;
        }
    }
    lines.removeIf([&header](const QString &line) { return line == header || line.contains(u" · page "_s); });
    const QString printed = ExportFixture::squeezed(lines.join(QString()));
    for (const QString &comment : std::as_const(comments)) {
        QVERIFY2(printed.contains(comment), qPrintable(comment));
    }
}

void TestAnnotatedPdfExporter::pagesAreNotBlank()
{
    const QImage cover = m_fixture.render(m_pdf, 1);
    const QImage body = m_fixture.render(m_pdf, 2);
    QVERIFY(!cover.isNull());
    QVERIFY(!body.isNull());
    const int area = body.width() * body.height();
    // A blank page has only its header and footer: well under 200 inked pixels at 40 dpi.
    QVERIFY2(
        ExportFixture::inkedPixels(cover) > area / 200, qPrintable(QString::number(ExportFixture::inkedPixels(cover))));
    QVERIFY2(
        ExportFixture::inkedPixels(body) > area / 100, qPrintable(QString::number(ExportFixture::inkedPixels(body))));
}

void TestAnnotatedPdfExporter::scriptOption()
{
    AnnotatedPdfOptions traditional;
    traditional.script = DisplayScript::Traditional;
    const QString text = ExportFixture::pdfText(exportPdf(m_report, u"traditional.pdf"_s, traditional));
    QVERIFY2(text.contains(u"持續推進習近平法治思想學習走深走實"_s), qPrintable(text.left(600)));
    // The cover's names too.
    QVERIFY(ExportFixture::pdfText(m_fixture.dir.filePath(u"traditional.pdf"_s), 1, 1).contains(u"江門市江海區"_s));
    // The comments are printed as the reviewer wrote them.
    QVERIFY(text.contains(FirstComment));

    const qint64 traditionalReport = m_fixture.importSeed(u"001"_s);
    AnnotatedPdfOptions simplified;
    simplified.script = DisplayScript::Simplified;
    const QString converted = ExportFixture::pdfText(exportPdf(traditionalReport, u"simplified.pdf"_s, simplified));
    QVERIFY(converted.contains(u"坚持依法全面履行政府职能"_s));
    const QString original = ExportFixture::pdfText(exportPdf(traditionalReport, u"original.pdf"_s));
    QVERIFY(original.contains(u"堅持依法全面履行政府職能"_s));
}

void TestAnnotatedPdfExporter::resolvedAndCommentsOnly()
{
    const QString resolvedComment = u"已整改：补充了案例。"_s;
    const qint64 id = m_fixture.annotate(m_report, u"推进“跨域通办”扩容提质"_s, m_fixture.tag(0), resolvedComment);
    QVERIFY(id > 0);
    QVERIFY(m_fixture.store->setAnnotationResolved(id, true));
    QVERIFY(ExportFixture::pdfText(exportPdf(m_report, u"resolved.pdf"_s), 0, 0, true).contains(resolvedComment));
    AnnotatedPdfOptions open;
    open.includeResolved = false;
    const QString withoutResolved = ExportFixture::pdfText(exportPdf(m_report, u"open.pdf"_s, open), 0, 0, true);
    QVERIFY(!withoutResolved.contains(resolvedComment));
    QVERIFY(withoutResolved.contains(FirstComment));

    // A clean copy: the comments, no tag colour on the page.
    AnnotatedPdfOptions clean;
    clean.commentsOnly = true;
    const QString cleanPdf = exportPdf(m_report, u"clean.pdf"_s, clean);
    QVERIFY(ExportFixture::pdfText(cleanPdf, 0, 0, true).contains(SecondComment));
    // Pixels in the tint of a tag's highlight.
    QList<QColor> tints;
    for (const Tag &tag : READ_OK(m_fixture.store->tags())) {
        if (tag.color.hsvSaturation() < 80) {
            continue; // a grey tint is also the edge of every black glyph
        }
        tints.append(QColor::fromRgbF(float(tag.color.redF() * 0.38 + 0.62), float(tag.color.greenF() * 0.38 + 0.62),
            float(tag.color.blueF() * 0.38 + 0.62)));
    }
    const auto colouredPixels = [&tints](const QImage &image) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                count += std::any_of(tints.cbegin(), tints.cend(), [&c](const QColor &tint) {
                    return std::abs(c.red() - tint.red()) + std::abs(c.green() - tint.green())
                        + std::abs(c.blue() - tint.blue())
                        < 12;
                });
            }
        }
        return count;
    };
    int highlighted = 0;
    int plain = 0;
    const int body = firstBodyPage(m_pdf);
    for (int page = body; page <= ExportFixture::pageCount(m_pdf); ++page) {
        highlighted += colouredPixels(m_fixture.render(m_pdf, page));
        plain += colouredPixels(m_fixture.render(cleanPdf, page));
    }
    QVERIFY2(highlighted > 200 && plain < highlighted / 20, qPrintable(u"%1 vs %2"_s.arg(highlighted).arg(plain)));
}

void TestAnnotatedPdfExporter::progressAndCancel()
{
    AnnotatedPdfExporter exporter(*m_fixture.store);
    QList<int> seen;
    QVERIFY(exporter.exportReport(m_report, [&seen](int done, int total) {
        seen.append(done);
        return total == 100;
    }));
    QVERIFY(seen.size() >= 2);
    const auto cancelled = exporter.exportReports(
        {m_report, m_report}, m_fixture.dir.filePath(u"batch"_s), [](int done, int) { return done < 1; });
    QVERIFY(!cancelled);
    QCOMPARE(QDir(m_fixture.dir.filePath(u"batch"_s)).entryList(QDir::Files).size(), 1);
}

void TestAnnotatedPdfExporter::tagNamesInTheUiScript()
{
    const QString before = DataText::language();
    const auto restore = qScopeGuard([&before] { DataText::setLanguage(before); });
    DataText::setLanguage(u"zh_TW"_s);
    const QString pdf = exportPdf(m_report, u"annotated-tw.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    // The legend of tag colours and the notes name the built-in tags in traditional script.
    const QString text = ExportFixture::pdfText(pdf);
    QVERIFY(text.contains(u"問題"_s));
    QVERIFY(!text.contains(u"■ 问题"_s));
}

QTEST_MAIN(TestAnnotatedPdfExporter)
#include "tst_annotatedpdfexporter.moc"
