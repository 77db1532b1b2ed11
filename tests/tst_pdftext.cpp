// SPDX-License-Identifier: GPL-3.0-or-later
// Every PDF we write gives back the characters it shows: the digest with the dashboard's charts
// and the annotated reports, in simplified and traditional script, read with poppler's pdftotext.
#include "annotatedpdfexporter.h"
#include "dashboardrenderer.h"
#include "digestpdfexporter.h"
#include "displayformat.h"
#include "exportfixture.h"
#include "outlinecategory.h"
#include "outlinematrix.h"
#include "scriptconverter.h"
#include "storereads.h"

#include <QApplication>
#include <QDate>

using namespace Fazhi;
using namespace Qt::StringLiterals;

class TestPdfText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void digestWithChartsReadsAsWritten();
    void annotatedReportsReadAsWritten_data();
    void annotatedReportsReadAsWritten();

private:
    /**
     * The text of @p pdf in drawing order without white space and without the lines of the page
     * furniture (header, date, "page N of M", margin labels), so that body text runs on across
     * pages; fails the test on radicals and compatibility forms.
     */
    QString bodyText(const QString &pdf, const QStringList &furniture);

    ExportFixture m_fixture;
    QList<qint64> m_reports;
};

void TestPdfText::initTestCase()
{
    QVERIFY(m_fixture.open());
    for (const QString &seed : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
        m_reports.append(m_fixture.importSeed(seed));
        QVERIFY(m_reports.last() > 0);
    }
}

QString TestPdfText::bodyText(const QString &pdf, const QStringList &furniture)
{
    const QString raw = ExportFixture::run(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    [&raw] {
        QVERIFY(!raw.isEmpty());
        for (const QChar c : raw) {
            const char16_t u = c.unicode();
            QVERIFY2(!(u >= 0x2E80 && u <= 0x2EFF) && !(u >= 0x2F00 && u <= 0x2FDF) && !(u >= 0xF900 && u <= 0xFAFF),
                qPrintable(u"U+%1 in the text"_s.arg(int(u), 4, 16, QChar(u'0'))));
        }
    }();
    static const QRegularExpression page(u"page \\d+ of \\d+$"_s);
    QString text;
    for (const QString &line : raw.split(u'\n')) {
        // Header pieces on one baseline come out as one line.
        QString rest = line;
        for (const QString &piece : furniture) {
            rest.remove(piece);
        }
        if (!rest.trimmed().isEmpty() && !page.match(line.trimmed()).hasMatch()) {
            text += line.trimmed();
        }
    }
    return ExportFixture::squeezed(text);
}

void TestPdfText::digestWithChartsReadsAsWritten()
{
    // The charts as File → Export draws them: text in other fonts, played through QPicture.
    DashboardScope scope;
    scope.year = 2024;
    const auto charts = DashboardRenderer::digestCharts(*m_fixture.store, scope);
    QVERIFY2(charts, qPrintable(charts.error()));
    QVERIFY(!charts.value().isEmpty());
    DigestPdfExporter exporter(*m_fixture.store);
    exporter.setCharts(charts.value());
    const QList<qint64> reports = READ_OK(OutlineMatrix::reportsOfYear(*m_fixture.store, 2024));
    const auto pdf = exporter.exportDigest(reports);
    QVERIFY2(pdf, qPrintable(pdf.error()));
    const QString path = m_fixture.write(u"digest.pdf"_s, pdf.value());
    const QString text = bodyText(
        path, {u"Rule-of-law government reports: review digest"_s, DisplayFormat::date(QDate::currentDate())});
    QVERIFY(text.contains(u"工作"_s));
    for (const DigestChart &chart : charts.value()) {
        QVERIFY2(text.contains(ExportFixture::squeezed(chart.title)), qPrintable(chart.title));
    }
    // Every paragraph of the problems and plans the digest quotes, as written.
    const auto matrix = OutlineMatrix::build(*m_fixture.store, reports);
    QVERIFY(matrix);
    int paragraphs = 0;
    for (int column = 0; column < int(reports.size()); ++column) {
        QVERIFY(text.contains(ExportFixture::squeezed(matrix.value().columnTitle(column))));
        for (const QString &row : {u"problems"_s, u"plans"_s}) {
            const MatrixCell cell = matrix.value().cell(matrix.value().rowOf(row), column);
            for (const QString &paragraph : cell.text.split(u'\n', Qt::SkipEmptyParts)) {
                QVERIFY2(text.contains(ExportFixture::squeezed(paragraph)), qPrintable(paragraph));
                ++paragraphs;
            }
        }
    }
    QVERIFY(paragraphs > 10);
}

void TestPdfText::annotatedReportsReadAsWritten_data()
{
    QTest::addColumn<int>("script");
    QTest::newRow("simplified") << int(DisplayScript::Simplified);
    QTest::newRow("traditional") << int(DisplayScript::Traditional);
}

void TestPdfText::annotatedReportsReadAsWritten()
{
    QFETCH(int, script);
    AnnotatedPdfOptions options;
    options.script = DisplayScript(script);
    const ScriptConverter converter(options.script == DisplayScript::Simplified
            ? ScriptConverter::Direction::ToSimplified
            : ScriptConverter::Direction::ToTraditional);
    QVERIFY2(converter.isValid(), qPrintable(converter.loadError()));
    QStringList labels;
    for (const OutlineCategory category : allOutlineCategories()) {
        labels.append(outlineCategoryName(category));
    }
    bool work = false;
    for (const qint64 id : std::as_const(m_reports)) {
        AnnotatedPdfExporter exporter(*m_fixture.store, options);
        const auto pdf = exporter.exportReport(id);
        QVERIFY2(pdf, qPrintable(pdf.error()));
        const auto document = m_fixture.store->report(id);
        QVERIFY(document);
        const QString title = document.value().metadataValue(MetadataKey::Title);
        const auto converted = converter.convertKeepingOffsets(document.value().text);
        QVERIFY(converted);
        const auto convertedTitle = converter.convert(title);
        QVERIFY(convertedTitle);
        const QString text = bodyText(m_fixture.write(u"report%1.pdf"_s.arg(id), pdf.value()),
            QStringList(labels) << title << convertedTitle.value());
        for (const ReportParagraph &paragraph : document.value().paragraphs) {
            const QString written
                = converted.value().mid(paragraph.range.start, paragraph.range.end - paragraph.range.start);
            QVERIFY2(text.contains(ExportFixture::squeezed(written)), qPrintable(written));
        }
        work = work || text.contains(u"工作"_s); // the same in both scripts
    }
    QVERIFY(work);
}

QTEST_MAIN(TestPdfText)
#include "tst_pdftext.moc"
