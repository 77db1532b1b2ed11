// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfixture.h"
#include "spreadsheetexporter.h"

#include <KZip>

#include <QBuffer>

using namespace Fazhi;
using namespace Qt::StringLiterals;

class TestSpreadsheetExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tablesHoldTheReview();
    void csvHasBomAndRows();
    void workbookHasASheetEach();
    void chineseCountsDouble();
    void cancel();

private:
    ExportFixture m_fixture;
    qint64 m_report = 0;
};

const QString Comment = u"问题部分只有三行套话，请补充原因分析。"_s;

void TestSpreadsheetExporter::initTestCase()
{
    QVERIFY(m_fixture.open());
    m_report = m_fixture.importSeed(u"000"_s);
    QVERIFY(m_report > 0);
    QVERIFY(m_fixture.importSeed(u"001"_s) > 0);
    QVERIFY(m_fixture.annotate(m_report, u"江海区法治政府建设取得了一定的成绩"_s, m_fixture.tag(1), Comment));
    QVERIFY(m_fixture.annotate(m_report, u"调整优化12个区级重点领域机构设置和职能配置"_s, m_fixture.tag(0)));
}

void TestSpreadsheetExporter::tablesHoldTheReview()
{
    SpreadsheetExporter exporter(*m_fixture.store);
    QVERIFY(exporter.collect());
    QCOMPARE(exporter.tables().size(), 3);
    const SheetTable &annotations = exporter.tables().at(0);
    QCOMPARE(annotations.rows.size(), 2);
    QVERIFY(std::any_of(annotations.rows.cbegin(), annotations.rows.cend(),
        [](const QStringList &row) { return row.contains(Comment); }));
    // Eight checklist items per report, two reports.
    QCOMPARE(exporter.tables().at(1).rows.size(), 16);
    QVERIFY(!exporter.tables().at(2).rows.isEmpty());
}

void TestSpreadsheetExporter::csvHasBomAndRows()
{
    SpreadsheetExporter exporter(*m_fixture.store);
    QVERIFY(exporter.collect({m_report}));
    const auto files = exporter.writeCsv(m_fixture.dir.filePath(u"csv"_s));
    QVERIFY(files);
    QCOMPARE(files.value().size(), 3);
    QFile annotations(m_fixture.dir.filePath(u"csv/annotations.csv"_s));
    QVERIFY(annotations.open(QIODevice::ReadOnly));
    const QByteArray bytes = annotations.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(QString::fromUtf8(bytes).contains(Comment));
    QCOMPARE(bytes.count("\r\n"), 3); // header and two annotations
}

void TestSpreadsheetExporter::workbookHasASheetEach()
{
    SpreadsheetExporter exporter(*m_fixture.store);
    QVERIFY(exporter.collect());
    const auto workbook = exporter.xlsx();
    QVERIFY2(workbook, qPrintable(workbook.error()));
    QBuffer buffer;
    buffer.setData(workbook.value());
    KZip zip(&buffer);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    const auto read = [&zip](const QString &name) {
        const KArchiveFile *file = zip.directory()->file(name);
        return file ? QString::fromUtf8(file->data()) : QString();
    };
    const QString book = read(u"xl/workbook.xml"_s);
    QVERIFY2(book.contains(u"name=\"%1\""_s.arg(exporter.tables().at(0).name)), qPrintable(book));
    QVERIFY(book.contains(u"name=\"%1\""_s.arg(exporter.tables().at(1).name)));
    QVERIFY(book.contains(u"name=\"%1\""_s.arg(exporter.tables().at(2).name)));
    for (int sheet = 1; sheet <= 3; ++sheet) {
        const QString xml = read(u"xl/worksheets/sheet%1.xml"_s.arg(sheet));
        // The header row is frozen: a pane split below row 1.
        QVERIFY2(xml.contains(u"ySplit=\"1\""_s) && xml.contains(u"state=\"frozen\""_s), qPrintable(xml.left(800)));
        QVERIFY(xml.contains(u"<col "_s));
    }
    const QString strings = read(u"xl/sharedStrings.xml"_s);
    QVERIFY(strings.contains(Comment));
    QVERIFY(strings.contains(exporter.tables().at(0).header.at(0)));
    QVERIFY(strings.contains(u"江海区"_s));
    // The passage column is wide enough for Chinese: wider than its character count.
    const QString first = read(u"xl/worksheets/sheet1.xml"_s);
    const auto width = QRegularExpression(u"<col min=\"6\" max=\"6\" width=\"([0-9.]+)\""_s).match(first);
    QVERIFY2(width.hasMatch(), qPrintable(first.left(1200)));
    QVERIFY(width.captured(1).toDouble() >= 2 * Comment.size());
}

void TestSpreadsheetExporter::chineseCountsDouble()
{
    QCOMPARE(SpreadsheetExporter::displayWidth(u"abc"_s), 3);
    QCOMPARE(SpreadsheetExporter::displayWidth(u"法治，ab"_s), 8);
}

void TestSpreadsheetExporter::cancel()
{
    SpreadsheetExporter exporter(*m_fixture.store);
    QVERIFY(!exporter.collect({}, [](int done, int) { return done < 1; }));
}

QTEST_MAIN(TestSpreadsheetExporter)
#include "tst_spreadsheetexporter.moc"
