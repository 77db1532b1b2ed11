// SPDX-License-Identifier: GPL-3.0-or-later
#include "datatext.h"
#include "exportfixture.h"
#include "reportdecisions.h"
#include "reviewchecklist.h"
#include "spreadsheetexporter.h"
#include "storereads.h"

#include <KZip>

#include <QBuffer>
#include <QRegularExpression>
#include <QScopeGuard>

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
    void workbookHasVerdictsAndDateCells();
    void chineseCountsDouble();
    void cancel();
    void namesInTheUiLanguage();

private:
    ExportFixture m_fixture;
    qint64 m_report = 0;
};

const QString Comment = u"问题部分只有三行套话，请补充原因分析。"_s;

namespace {

/** Every file of the workbook @p exporter writes, by its name in the archive, as text; empty when it fails. */
QHash<QString, QString> workbookParts(const SpreadsheetExporter &exporter)
{
    const auto workbook = exporter.xlsx();
    if (!workbook) {
        qWarning("%s", qPrintable(workbook.error()));
        return {};
    }
    QBuffer buffer;
    buffer.setData(workbook.value());
    KZip zip(&buffer);
    if (!zip.open(QIODevice::ReadOnly)) {
        return {};
    }
    QHash<QString, QString> parts;
    const std::function<void(const KArchiveDirectory *, const QString &)> read
        = [&](const KArchiveDirectory *directory, const QString &prefix) {
              for (const QString &name : directory->entries()) {
                  const KArchiveEntry *entry = directory->entry(name);
                  if (entry->isDirectory()) {
                      read(static_cast<const KArchiveDirectory *>(entry), prefix + name + u'/');
                  } else {
                      parts.insert(prefix + name, QString::fromUtf8(static_cast<const KArchiveFile *>(entry)->data()));
                  }
              }
          };
    read(zip.directory(), QString());
    return parts;
}

} // namespace
const QString Summary = u"总体较好，原因分析不足。"_s;

void TestSpreadsheetExporter::initTestCase()
{
    QVERIFY(m_fixture.open());
    m_report = m_fixture.importSeed(u"000"_s);
    QVERIFY(m_report > 0);
    QVERIFY(m_fixture.importSeed(u"001"_s) > 0);
    QVERIFY(m_fixture.annotate(m_report, u"江海区法治政府建设取得了一定的成绩"_s, m_fixture.tag(1), Comment));
    QVERIFY(m_fixture.annotate(m_report, u"调整优化12个区级重点领域机构设置和职能配置"_s, m_fixture.tag(0)));
    QVERIFY(m_fixture.store->decide(m_report, ReportDecisions::gradeTarget(), {}, u"good"_s));
    QVERIFY(m_fixture.store->decide(m_report, ReportDecisions::summaryTarget(), {}, Summary));
    QVERIFY(m_fixture.store->setReviewStatus(m_report, u"in_progress"_s));
}

void TestSpreadsheetExporter::tablesHoldTheReview()
{
    SpreadsheetExporter exporter(*m_fixture.store);
    QVERIFY(exporter.collect());
    QCOMPARE(exporter.tables().size(), 4);
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
    QCOMPARE(files.value().size(), 4);
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
    const QHash<QString, QString> parts = workbookParts(exporter);
    QVERIFY(!parts.isEmpty());
    const QString book = parts.value(u"xl/workbook.xml"_s);
    QVERIFY2(book.contains(u"name=\"%1\""_s.arg(exporter.tables().at(0).name)), qPrintable(book));
    QVERIFY(book.contains(u"name=\"%1\""_s.arg(exporter.tables().at(1).name)));
    QVERIFY(book.contains(u"name=\"%1\""_s.arg(exporter.tables().at(2).name)));
    for (int sheet = 1; sheet <= 3; ++sheet) {
        const QString xml = parts.value(u"xl/worksheets/sheet%1.xml"_s.arg(sheet));
        // The header row is frozen: a pane split below row 1.
        QVERIFY2(xml.contains(u"ySplit=\"1\""_s) && xml.contains(u"state=\"frozen\""_s), qPrintable(xml.left(800)));
        QVERIFY(xml.contains(u"<col "_s));
    }
    const QString strings = parts.value(u"xl/sharedStrings.xml"_s);
    QVERIFY(strings.contains(Comment));
    QVERIFY(strings.contains(exporter.tables().at(0).header.at(0)));
    QVERIFY(strings.contains(u"江海区"_s));
    // The passage column is wide enough for Chinese: wider than its character count.
    const QString first = parts.value(u"xl/worksheets/sheet1.xml"_s);
    const auto width = QRegularExpression(u"<col min=\"6\" max=\"6\" width=\"([0-9.]+)\""_s).match(first);
    QVERIFY2(width.hasMatch(), qPrintable(first.left(1200)));
    QVERIFY(width.captured(1).toDouble() >= 2 * Comment.size());
}

void TestSpreadsheetExporter::workbookHasVerdictsAndDateCells()
{
    SpreadsheetExporter exporter(*m_fixture.store);
    QVERIFY(exporter.collect());
    const QHash<QString, QString> parts = workbookParts(exporter);
    QVERIFY(!parts.isEmpty());
    // Each report's grade, review status and overall comment, on a sheet of its own.
    QCOMPARE(exporter.tables().at(3).id, u"reports"_s);
    QVERIFY(parts.value(u"xl/workbook.xml"_s).contains(u"name=\"%1\""_s.arg(exporter.tables().at(3).name)));
    const QString strings = parts.value(u"xl/sharedStrings.xml"_s);
    for (const QString &value : {ReviewChecklist::gradeName(u"good"_s), Summary, u"In progress"_s, u"Unreviewed"_s}) {
        QVERIFY2(strings.contains(value), qPrintable(value));
    }
    // Times are numbers with a date format, not text: the annotations' Created (I) and the reports' Imported (H).
    const QString styles = parts.value(u"xl/styles.xml"_s);
    const QString cellFormats = styles.section(u"<cellXfs"_s, 1).section(u"</cellXfs>"_s, 0, 0);
    const QStringList xfs = cellFormats.split(u"<xf "_s).mid(1);
    for (const auto &[sheet, cell] : {std::pair{u"sheet1"_s, u"I2"_s}, std::pair{u"sheet4"_s, u"H2"_s}}) {
        const QString xml = parts.value(u"xl/worksheets/%1.xml"_s.arg(sheet));
        const auto match = QRegularExpression(u"<c r=\"%1\"([^>]*)><v>([0-9.]+)</v></c>"_s.arg(cell)).match(xml);
        QVERIFY2(match.hasMatch(), qPrintable(sheet + u": "_s + xml.left(1500)));
        QVERIFY2(!match.captured(1).contains(u" t="_s), qPrintable(match.captured(0)));
        // An Excel day number of this century.
        QVERIFY(match.captured(2).toDouble() > 40000);
        const int style = QRegularExpression(u"s=\"(\\d+)\""_s).match(match.captured(1)).captured(1).toInt();
        QVERIFY(style < xfs.size());
        const QString format = QRegularExpression(u"numFmtId=\"(\\d+)\""_s).match(xfs.at(style)).captured(1);
        QVERIFY2(styles.contains(u"numFmtId=\"%1\" formatCode=\"yyyy-mm-dd hh:mm\""_s.arg(format)),
            qPrintable(styles.left(1500)));
    }
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

void TestSpreadsheetExporter::namesInTheUiLanguage()
{
    // Built-in tags and the standard's indicators are named in the UI language, not as stored.
    DataText::setLanguage(u"en"_s);
    const auto restore = qScopeGuard([] { DataText::setLanguage(u"zh_CN"_s); });
    SpreadsheetExporter exporter(*m_fixture.store);
    QVERIFY(exporter.collect({m_report}));
    QStringList tags;
    for (const QStringList &row : exporter.tables().at(0).rows) {
        tags.append(row.at(3));
    }
    tags.sort();
    QStringList expected;
    for (const Tag &tag : READ_OK(m_fixture.store->tags())) {
        if (tag.id == m_fixture.tag(0) || tag.id == m_fixture.tag(1)) {
            expected.append(ReviewStore::displayName(tag));
        }
    }
    expected.sort();
    QCOMPARE(tags, expected);
    QVERIFY2(tags.contains(u"Achievement"_s), qPrintable(tags.join(u", "_s)));
    const QList<QStringList> &indicators = exporter.tables().at(2).rows;
    QVERIFY(!indicators.isEmpty());
    for (const QStringList &row : indicators) {
        QVERIFY2(!row.at(3).contains(QRegularExpression(u"\\p{Han}"_s)), qPrintable(row.at(3)));
    }
}

QTEST_MAIN(TestSpreadsheetExporter)
#include "tst_spreadsheetexporter.moc"
