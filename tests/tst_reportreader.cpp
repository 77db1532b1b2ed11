// SPDX-License-Identifier: GPL-3.0-or-later
// ReportReader end to end: every seed in every encoding, as .docx and as .pdf, parses to the
// same report; every bad file fails with its name and the reason; a batch goes on past failures.
#include "reportimporter.h"
#include "reportreader.h"
#include "seedreports.h"
#include "testdocuments.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Fazhi::ReportDocument;
using Fazhi::ReportReader;

namespace {

/** "heading:number of level-2 sections" for every top-level section. */
QStringList outline(const ReportDocument &document)
{
    QStringList result;
    for (const Fazhi::ReportSection &section : document.sections) {
        result.append(section.heading + u':' + QString::number(section.children.size()));
    }
    return result;
}

QStringList topHeadings(const ReportDocument &document)
{
    QStringList result;
    for (const Fazhi::ReportSection &section : document.sections) {
        result.append(section.heading);
    }
    return result;
}

QMap<QString, QString> metadataValues(const ReportDocument &document)
{
    QMap<QString, QString> values;
    for (auto it = document.metadata.cbegin(); it != document.metadata.cend(); ++it) {
        values.insert(it.key(), it.value().value);
    }
    return values;
}

QStringList seedPrefixes()
{
    QStringList prefixes;
    for (const QString &name : QDir(TestPaths::samplesDir()).entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        prefixes.append(name.left(3));
    }
    return prefixes;
}

/** @p text in @p encoding, or empty when some character has no code in it. */
QByteArray encoded(const QString &text, const char *encoding, bool bom = false)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    const QByteArray bytes = encoder.encode(text);
    return encoder.hasError() ? QByteArray() : bytes;
}

ReportDocument readSeed(const QString &prefix)
{
    const auto document = ReportReader::read(SeedReports::path(prefix));
    if (!document) {
        qFatal("seed %s: %s", qPrintable(prefix), qPrintable(document.error()));
    }
    return document.value();
}

} // namespace

class TestReportReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(seedPrefixes().size() >= 5, qPrintable(TestPaths::samplesDir())); }

    void seedInEveryEncoding_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        for (const QString &seed : seedPrefixes()) {
            const QString text = SeedReports::text(seed);
            const QByteArray name = seed.toLatin1();
            QTest::addRow("%s GB18030", name.constData()) << seed << encoded(text, "GB18030") << u"GB18030"_s;
            QTest::addRow("%s UTF-16LE BOM", name.constData())
                << seed << encoded(text, "UTF-16LE", true) << u"UTF-16LE"_s;
            if (const QByteArray big5 = encoded(text, "Big5"); !big5.isEmpty()) {
                QTest::addRow("%s Big5", name.constData()) << seed << big5 << u"Big5"_s;
            } else {
                QVERIFY2(seed != u"001", "the traditional seed must be encodable as Big5");
            }
        }
    }

    void seedInEveryEncoding()
    {
        QFETCH(QString, seed);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QVERIFY(!bytes.isEmpty());
        const ReportDocument reference = readSeed(seed);
        QVERIFY(!reference.sections.isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(seed + u".txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const auto document = ReportReader::read(path);
        QVERIFY2(document.ok(), qPrintable(document.error()));
        QCOMPARE(document.value().encoding, encoding);
        QCOMPARE(document.value().text, reference.text);
        QCOMPARE(outline(document.value()), outline(reference));
        QCOMPARE(metadataValues(document.value()), metadataValues(reference));
        QCOMPARE(document.value().script, reference.script);
    }

    void seedAsDocxAndPdf_data()
    {
        QTest::addColumn<QString>("seed");
        for (const QString &seed : seedPrefixes()) {
            QTest::newRow(qPrintable(seed)) << seed;
        }
    }

    void seedAsDocxAndPdf()
    {
        QFETCH(QString, seed);
        const ReportDocument reference = readSeed(seed);
        // The cleaned text has one paragraph a line, as a clerk would have typed it into Word.
        const QStringList lines = TestDocuments::lines(reference.text);

        const QByteArray docx = TestDocuments::docx(TestDocuments::docxParagraphs(lines, true));
        const auto fromDocx = ReportReader::readBytes(docx, seed + u".docx"_s);
        QVERIFY2(fromDocx.ok(), qPrintable(fromDocx.error()));
        QCOMPARE(fromDocx.value().format, u"docx"_s);
        QCOMPARE(topHeadings(fromDocx.value()), topHeadings(reference));

        TestDocuments::PdfLayout layout;
        layout.runningHeader = u"法治政府建设年度报告"_s;
        const QByteArray pdf = TestDocuments::pdf(TestDocuments::pdfParagraphs(lines), layout);
        const auto fromPdf = ReportReader::readBytes(pdf, seed + u".pdf"_s);
        QVERIFY2(fromPdf.ok(), qPrintable(fromPdf.error()));
        QCOMPARE(fromPdf.value().format, u"pdf"_s);
        QCOMPARE(topHeadings(fromPdf.value()), topHeadings(reference));
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QByteArray junk(8192, Qt::Uninitialized);
        for (qsizetype i = 0; i < junk.size(); ++i) {
            junk[i] = char((i * 7919 + 13) % 256);
        }
        const QByteArray pdf
            = TestDocuments::pdf(TestDocuments::pdfParagraphs(TestDocuments::lines(SeedReports::text(u"003"_s))));
        QTest::newRow("empty") << u"空白.txt"_s << QByteArray() << u"empty"_s;
        QTest::newRow("only blanks") << u"空白2.txt"_s << QByteArray(" \r\n\t\r\n") << u"empty"_s;
        QTest::newRow("binary junk") << u"junk.txt"_s << junk << u"not a text file"_s;
        QTest::newRow("unknown extension") << u"report.xyz"_s << junk << u"unsupported file type"_s;
        QTest::newRow("bad docx") << u"报告.docx"_s << junk << u"zip archive is damaged"_s;
        QTest::newRow("corrupt pdf") << u"报告.pdf"_s << pdf.left(pdf.size() / 2) << u"damaged or truncated"_s;
        QTest::newRow("scanned pdf") << u"扫描.pdf"_s << TestDocuments::scannedPdf(1) << u"OCR is not supported"_s;
        QByteArray huge = SeedReports::text(u"003"_s).toUtf8();
        huge = huge.repeated(Fazhi::ReportImporter::maxFileSize() / huge.size() + 1);
        QTest::newRow("over 20 MB") << u"大文件.txt"_s << huge << u"too large"_s;
        QTest::newRow("missing") << u"不存在.txt"_s << QByteArray("(not written)") << u"does not exist"_s;
    }

    void badFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        if (bytes != "(not written)") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const auto document = ReportReader::read(path);
        QVERIFY(!document.ok());
        QVERIFY2(document.error().startsWith(name + u": "_s), qPrintable(document.error()));
        QVERIFY2(document.error().contains(reason), qPrintable(document.error()));
    }

    void batchGoesOnPastFailures()
    {
        QTemporaryDir dir;
        QStringList paths;
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
            paths.append(file.fileName());
        };
        int good = 0;
        for (const QString &seed : seedPrefixes()) {
            write(seed + u"_gbk.txt"_s, encoded(SeedReports::text(seed), "GB18030"));
            write(seed + u"_empty.txt"_s, QByteArray());
            write(seed + u".docx"_s, QByteArray("PK\x03\x04 not really a zip"));
            ++good;
        }
        write(u"last.docx"_s,
            TestDocuments::docx(
                TestDocuments::docxParagraphs(TestDocuments::lines(SeedReports::text(u"004"_s)), true)));
        ++good;
        paths.insert(3, dir.filePath(u"gone.pdf"_s));

        QStringList read;
        QStringList failed;
        for (const QString &path : std::as_const(paths)) {
            const auto document = ReportReader::read(path);
            if (document) {
                QVERIFY(!document.value().sections.isEmpty());
                read.append(QFileInfo(path).fileName());
            } else {
                failed.append(document.error().section(u':', 0, 0));
            }
        }
        QCOMPARE(read.size(), good);
        QCOMPARE(failed.size(), paths.size() - good);
        QVERIFY(read.contains(u"last.docx"_s));
        QVERIFY(failed.contains(u"gone.pdf"_s));
    }
};

QTEST_MAIN(TestReportReader)
#include "tst_reportreader.moc"
