// SPDX-License-Identifier: GPL-3.0-or-later
#include "datatext.h"
#include "digestpdfexporter.h"
#include "exportfixture.h"
#include "reportdecisions.h"
#include "storereads.h"

#include <QPainter>
#include <QScopeGuard>

using namespace Fazhi;
using namespace Qt::StringLiterals;

class TestDigestPdfExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void summaryProblemsAndComments();
    void chartsWhenGiven();
    void cancel();
    void tagNamesInTheUiScript();

private:
    QString digest(const QList<DigestChart> &charts, const QString &name);

    ExportFixture m_fixture;
    QList<qint64> m_reports;
};

const QString Comment = u"问题分析不够深入，请结合行政复议数据说明原因。"_s;

QString TestDigestPdfExporter::digest(const QList<DigestChart> &charts, const QString &name)
{
    DigestPdfExporter exporter(*m_fixture.store);
    exporter.setCharts(charts);
    const auto pdf = exporter.exportDigest(m_reports);
    if (!pdf) {
        qWarning("%s", qPrintable(pdf.error()));
        return {};
    }
    return m_fixture.write(name, pdf.value());
}

void TestDigestPdfExporter::initTestCase()
{
    QVERIFY(m_fixture.open());
    for (const QString &seed : {u"000"_s, u"002"_s, u"004"_s}) {
        m_reports.append(m_fixture.importSeed(seed));
        QVERIFY(m_reports.last() > 0);
    }
    QVERIFY(m_fixture.annotate(m_reports.at(0), u"江海区法治政府建设取得了一定的成绩"_s, m_fixture.tag(1), Comment));
    QVERIFY(m_fixture.store->decide(m_reports.at(0), ReportDecisions::gradeTarget(), {}, u"good"_s));
    QVERIFY(m_fixture.store->decide(
        m_reports.at(0), ReportDecisions::summaryTarget(), {}, u"总体较好，问题部分偏简略。"_s));
}

void TestDigestPdfExporter::summaryProblemsAndComments()
{
    const QString pdf = digest({}, u"digest.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const QString text = ExportFixture::pdfText(pdf);
    // The summary table names every district on page 1.
    const QString first = ExportFixture::pdfText(pdf, 1, 1);
    for (const ReportSummary &report : READ_OK(m_fixture.store->reports())) {
        QVERIFY2(first.contains(ExportFixture::squeezed(report.region)), qPrintable(report.region));
    }
    QVERIFY(first.contains(u"良好"_s) || first.contains(u"Good"_s));
    // The problems as written, the comment on them and the verdict.
    QVERIFY(text.contains(u"江海区法治政府建设取得了一定的成绩"_s));
    QVERIFY(text.contains(Comment));
    QVERIFY(text.contains(u"总体较好，问题部分偏简略。"_s));
    // No charts given: no chart section, and at least one page per district after the summary.
    QVERIFY(ExportFixture::pageCount(pdf) >= 1 + int(m_reports.size()));
}

void TestDigestPdfExporter::chartsWhenGiven()
{
    DigestChart chart;
    chart.title = u"各区评级分布"_s;
    chart.size = QSizeF(400, 220);
    {
        QPainter painter(&chart.picture);
        painter.fillRect(QRectF(20, 20, 80, 180), QColor(0x2e, 0x7d, 0x32));
        painter.fillRect(QRectF(140, 80, 80, 120), QColor(0xc6, 0x28, 0x28));
        painter.fillRect(QRectF(260, 140, 80, 60), QColor(0x15, 0x65, 0xc0));
    }
    const QString without = digest({}, u"nocharts.pdf"_s);
    const QString with = digest({chart}, u"charts.pdf"_s);
    QVERIFY(ExportFixture::pdfText(with).contains(u"各区评级分布"_s));
    QVERIFY(!ExportFixture::pdfText(without).contains(u"各区评级分布"_s));
    // The chart is drawn: green, red and blue bars on the page that has its title.
    int page = 1;
    for (; page <= ExportFixture::pageCount(with); ++page) {
        if (ExportFixture::pdfText(with, page, page).contains(u"各区评级分布"_s)) {
            break;
        }
    }
    const QImage image = m_fixture.render(with, page);
    // All three bars on the page, in proportion: the picture is scaled to its size, not clipped.
    int green = 0;
    int red = 0;
    int blue = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.saturation() > 120) {
                const int hue = c.hue();
                green += hue > 90 && hue < 150;
                red += hue < 15 || hue > 345;
                blue += hue > 195 && hue < 235;
            }
        }
    }
    QVERIFY2(green > 300 && red > 150 && blue > 75, qPrintable(u"%1 %2 %3"_s.arg(green).arg(red).arg(blue)));
    // The bars' areas are 180, 120 and 60 units tall on the same width.
    QVERIFY(green > red && red > blue);
    QVERIFY2(green < 4 * blue * 1.2, qPrintable(u"%1 %2"_s.arg(green).arg(blue)));
}

void TestDigestPdfExporter::cancel()
{
    DigestPdfExporter exporter(*m_fixture.store);
    QList<int> seen;
    QVERIFY(!exporter.exportDigest(m_reports, [&seen](int done, int) {
        seen.append(done);
        return done < 2;
    }));
    QCOMPARE(seen.size(), 3);
}

void TestDigestPdfExporter::tagNamesInTheUiScript()
{
    const QString before = DataText::language();
    const auto restore = qScopeGuard([&before] { DataText::setLanguage(before); });
    DataText::setLanguage(u"zh_TW"_s);
    const QString pdf = digest({}, u"digest-tw.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    // The comment names its built-in tag (问题) in traditional script.
    const QString text = ExportFixture::pdfText(pdf);
    const qsizetype at = text.indexOf(Comment);
    QVERIFY(at > 0);
    QVERIFY2(text.left(at).right(80).contains(u"問題"_s), qPrintable(text.left(at).right(80)));
}

QTEST_MAIN(TestDigestPdfExporter)
#include "tst_digestpdfexporter.moc"
