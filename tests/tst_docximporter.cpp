// SPDX-License-Identifier: GPL-3.0-or-later
// DocxImporter on Word documents written in the test from the real reports: heading styles,
// Word's own list numbering (numbers that exist only in numbering.xml), and broken packages.
#include "docximporter.h"
#include "reportimporter.h"
#include "seedreports.h"
#include "testdocuments.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Fazhi::DocxImporter;
using Fazhi::ReportImporter;
using TestDocuments::DocxParagraph;

namespace {

/** @p lines as Word prints them with TestDocuments' outline list: "(一)" becomes "（一）". */
QStringList withWordLabels(QStringList lines)
{
    static const QRegularExpression halfWidth(u"^\\(([一二三四五六七八九十]+)\\)"_s);
    for (QString &line : lines) {
        line.replace(halfWidth, u"（\\1）"_s);
    }
    return lines;
}

void checkHeadingLevels(const Fazhi::ImportedText &imported, const QStringList &lines)
{
    for (int i = 0; i < lines.size(); ++i) {
        const int level = TestDocuments::headingLevel(lines[i]);
        QCOMPARE(imported.headingLevels.value(i), level == 1 || level == 2 ? level : 0);
    }
}

} // namespace

class TestDocxImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headingStylesAndParagraphs_data()
    {
        QTest::addColumn<QString>("seed");
        for (const QString &seed : {u"000"_s, u"001"_s, u"003"_s, u"004"_s}) {
            QTest::newRow(qPrintable(seed)) << seed;
        }
    }

    void headingStylesAndParagraphs()
    {
        // Numbers typed into the text, headings marked with Word's heading styles.
        QFETCH(QString, seed);
        const QStringList lines = TestDocuments::lines(SeedReports::text(seed));
        QVERIFY2(!lines.isEmpty(), "seed not found");
        const auto imported
            = DocxImporter::importBytes(TestDocuments::docx(TestDocuments::docxParagraphs(lines, false)));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().format, u"docx"_s);
        QCOMPARE(imported.value().text.split(u'\n'), lines);
        checkHeadingLevels(imported.value(), lines);
    }

    void wordNumbering_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::newRow("001 traditional, three levels") << u"001"_s;
        QTest::newRow("000 simplified") << u"000"_s;
        QTest::newRow("004 simplified") << u"004"_s;
    }

    void wordNumbering()
    {
        // The numbers are not in the text: Word prints them from numbering.xml, counting on its own.
        QFETCH(QString, seed);
        const QStringList lines = TestDocuments::lines(SeedReports::text(seed));
        const QList<DocxParagraph> paragraphs = TestDocuments::docxParagraphs(lines, true);
        QVERIFY(std::any_of(paragraphs.cbegin(), paragraphs.cend(), [](const DocxParagraph &paragraph) {
            return paragraph.numId == TestDocuments::OutlineList && paragraph.numLevel == 1;
        }));
        QVERIFY(!TestDocuments::docxDocumentXml(paragraphs).contains(u"一、"_s.toUtf8()));

        const auto imported = DocxImporter::importBytes(TestDocuments::docx(paragraphs));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().text.split(u'\n'), withWordLabels(lines));
        checkHeadingLevels(imported.value(), lines);
    }

    void decimalListAndRuns()
    {
        const QStringList items{u"健全依法决策机制，重大行政决策目录化管理。"_s, u"深化行政执法体制改革。"_s,
            u"加强行政复议和应诉工作，行政机关负责人出庭应诉率达100%。"_s};
        QList<DocxParagraph> paragraphs{{u"下一步工作计划"_s, u"Heading2"_s, 0, 0}};
        for (const QString &item : items) {
            paragraphs.append({item, {}, TestDocuments::DecimalList, 0});
        }
        paragraphs.append({u"特此报告。"_s, {}, 0, 0});
        const auto imported = DocxImporter::importBytes(TestDocuments::docx(paragraphs));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        const QStringList lines = imported.value().text.split(u'\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[0], u"下一步工作计划"_s);
        QCOMPARE(imported.value().headingLevels.value(0), 2);
        for (int i = 0; i < items.size(); ++i) {
            QVERIFY2(lines[i + 1].startsWith(u"%1."_s.arg(i + 1)), qPrintable(lines[i + 1]));
            QCOMPARE(lines[i + 1].mid(2).trimmed(), items[i]);
        }
        QCOMPARE(lines[4], u"特此报告。"_s);
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QList<DocxParagraph> paragraphs
            = TestDocuments::docxParagraphs(TestDocuments::lines(SeedReports::text(u"003"_s)), true);
        const QByteArray good = TestDocuments::docx(paragraphs);

        QTest::newRow("not a zip") << SeedReports::text(u"003"_s).toUtf8() << u"zip"_s;
        QByteArray junk(3000, '\0');
        for (qsizetype i = 0; i < junk.size(); ++i) {
            junk[i] = char((i * 131 + 7) % 251);
        }
        QTest::newRow("binary junk") << junk << u"zip"_s;
        QTest::newRow("truncated zip") << good.left(good.size() / 2) << QString();
        QTest::newRow("no word/document.xml")
            << TestDocuments::zip(TestDocuments::docxPackageParts()) << u"word/document.xml is missing"_s;
        QList<std::pair<QString, QByteArray>> malformed = TestDocuments::docxPackageParts();
        const QByteArray document = TestDocuments::docxDocumentXml(paragraphs);
        malformed.append({u"word/document.xml"_s, document.left(document.size() * 2 / 3)});
        QTest::newRow("malformed document.xml") << TestDocuments::zip(malformed) << u"malformed XML"_s;
        QList<std::pair<QString, QByteArray>> mismatched = TestDocuments::docxPackageParts();
        mismatched.append({u"word/document.xml"_s, QByteArray(document).replace("</w:body>", "</w:p></w:body>")});
        QTest::newRow("mismatched tags") << TestDocuments::zip(mismatched) << u"malformed XML"_s;
    }

    void brokenFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const auto imported = ReportImporter::importBytes(bytes, u"法治政府建设报告.docx"_s);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().startsWith(u"法治政府建设报告.docx: "_s), qPrintable(imported.error()));
        QVERIFY2(imported.error().contains(reason), qPrintable(imported.error()));
    }

    void zipBombIsRefusedWithoutInflatingIt_data()
    {
        QTest::addColumn<qint64>("inflated");
        QTest::addColumn<qint64>("declared");
        // The size in the archive is checked first; a bomb that lies about it is stopped while
        // it inflates.
        QTest::newRow("1 GiB, declared") << (qint64(1) << 30) << qint64(-1);
        QTest::newRow("256 MiB, declared as 1000 bytes") << (qint64(256) << 20) << qint64(1000);
    }

    void zipBombIsRefusedWithoutInflatingIt()
    {
        QFETCH(qint64, inflated);
        QFETCH(qint64, declared);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"报告.docx"_s);
        QVERIFY(TestDocuments::writeDocxBomb(path, inflated, declared));
        QVERIFY2(QFileInfo(path).size() < 2 * 1024 * 1024, qPrintable(QString::number(QFileInfo(path).size())));

        QElapsedTimer timer;
        timer.start();
        const auto imported = ReportImporter::importFile(path);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().startsWith(u"报告.docx: word/document.xml expands to more than 64 MB"_s),
            qPrintable(imported.error()));
        // Inflating 64 MB takes well under a second; the whole bomb would take minutes and gigabytes.
        QVERIFY2(elapsed < 15000, qPrintable(QString::number(elapsed)));
    }

    void partsTogetherAreCapped()
    {
        // Each part under the cap of one part, together over the cap of the package.
        const QByteArray filler = "<x>" + QByteArray(50 * 1024 * 1024, ' ') + "</x>";
        QList<std::pair<QString, QByteArray>> members = TestDocuments::docxPackageParts();
        for (auto &[path, contents] : members) {
            if (path == u"word/numbering.xml" || path == u"word/styles.xml") {
                contents = filler;
            }
        }
        members.append({u"docProps/core.xml"_s, filler});
        members.append({u"word/document.xml"_s,
            TestDocuments::docxDocumentXml(
                TestDocuments::docxParagraphs(TestDocuments::lines(SeedReports::text(u"004"_s)), false))});
        const auto imported = ReportImporter::importBytes(TestDocuments::zip(members), u"报告.docx"_s);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().contains(u"expand to more than 128 MB"_s), qPrintable(imported.error()));
    }

    void damagedNumberingIsAWarning()
    {
        const QStringList lines = TestDocuments::lines(SeedReports::text(u"004"_s));
        QList<std::pair<QString, QByteArray>> members = TestDocuments::docxPackageParts();
        for (auto &[path, contents] : members) {
            if (path == u"word/numbering.xml") {
                contents.chop(40);
            }
        }
        members.append(
            {u"word/document.xml"_s, TestDocuments::docxDocumentXml(TestDocuments::docxParagraphs(lines, false))});
        const auto imported = DocxImporter::importBytes(TestDocuments::zip(members));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().text.split(u'\n'), lines);
        QCOMPARE(imported.value().warnings.size(), 1);
        QVERIFY2(
            imported.value().warnings.first().contains(u"numbering"), qPrintable(imported.value().warnings.first()));
    }

    void fuzzFindingsImport_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(TestPaths::sourceDir() + u"/tests/data/fuzz/fuzz_docximporter"_s);
        for (const QString &name : dir.entryList(QDir::Files)) {
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
        }
    }

    void fuzzFindingsImport()
    {
        // Inputs in fuzz_docximporter's form: a first byte, odd when the rest are XML parts
        // (document, numbering, styles, core properties) split at NUL bytes, else the .docx.
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll();
        QVERIFY(!input.isEmpty());
        QByteArray docx = input.mid(1);
        if (input.front() & 1) {
            static const QString names[]
                = {u"word/document.xml"_s, u"word/numbering.xml"_s, u"word/styles.xml"_s, u"docProps/core.xml"_s};
            const QList<QByteArray> parts = input.mid(1).split('\0');
            QList<std::pair<QString, QByteArray>> members;
            for (const auto &[name, contents] : TestDocuments::docxPackageParts()) {
                if (name == u"[Content_Types].xml") {
                    members.append({name, contents});
                }
            }
            for (qsizetype i = 0; i < parts.size() && i < qsizetype(std::size(names)); ++i) {
                members.append({names[i], parts.at(i)});
            }
            docx = TestDocuments::zip(members);
        }
        // Refused or read: either is fine, as long as the importer comes back.
        const auto imported = DocxImporter::importBytes(docx);
        QVERIFY(imported.ok() || !imported.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocxImporter)
#include "tst_docximporter.moc"
