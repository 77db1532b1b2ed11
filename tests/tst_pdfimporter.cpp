// SPDX-License-Identifier: GPL-3.0-or-later
// PdfImporter on PDFs typeset in the test from the real reports: running headers and page numbers
// dropped, wrapped lines joined back into paragraphs; scans, damaged and encrypted files refused.
#include "pdfimporter.h"
#include "reportimporter.h"
#include "seedreports.h"
#include "testdocuments.h"

#include <QBuffer>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Fazhi::ImportedText;
using Fazhi::PdfImporter;
using Fazhi::ReportImporter;

namespace {

/**
 * The Chinese characters of @p text, 戶 read as 户. The PDF text layer says which glyph was
 * printed, not which character: the simplified Chinese test font draws 户 with the glyph of 戶, and
 * Qt's PDF writer leaves some contextual forms of digits and brackets (the 5 of "5G") without a
 * character, so only the ideographs can be compared.
 */
QString printed(const QString &text)
{
    QString han;
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han) {
            han.append(c == u'戶' ? u'户' : c);
        }
    }
    return han;
}

bool endsSentence(const QString &paragraph)
{
    static const QRegularExpression end(u"[。！？；：;:!?][”’」）)]?$"_s);
    return end.match(paragraph).hasMatch();
}

int pageCount(const QByteArray &pdf)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    return document.pageCount();
}

/** @p pdf encrypted by qpdf with @p userPassword (empty: anyone may open it) and an owner password. */
QByteArray encrypted(const QByteArray &pdf, const QString &userPassword)
{
    QTemporaryDir dir;
    QFile input(dir.filePath(u"in.pdf"_s));
    if (!input.open(QIODevice::WriteOnly) || input.write(pdf) != pdf.size()) {
        return {};
    }
    input.close();
    QProcess qpdf;
    qpdf.start(u"qpdf"_s,
        {u"--encrypt"_s, userPassword, u"owner-secret"_s, u"256"_s, u"--"_s, input.fileName(),
            dir.filePath(u"out.pdf"_s)});
    if (!qpdf.waitForFinished(60000) || qpdf.exitCode() != 0) {
        qWarning("qpdf failed: %s", qpdf.readAllStandardError().constData());
        return {};
    }
    QFile output(dir.filePath(u"out.pdf"_s));
    return output.open(QIODevice::ReadOnly) ? output.readAll() : QByteArray();
}

} // namespace

class TestPdfImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedOverSeveralPages_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<double>("textWidth");
        QTest::newRow("003 simplified, wide") << u"003"_s << 160.0;
        QTest::newRow("003 simplified, narrow") << u"003"_s << 110.0;
        QTest::newRow("001 traditional") << u"001"_s << 150.0;
        QTest::newRow("000 simplified") << u"000"_s << 140.0;
        QTest::newRow("004 simplified") << u"004"_s << 150.0;
    }

    void seedOverSeveralPages()
    {
        QFETCH(QString, seed);
        QFETCH(double, textWidth);
        const QStringList lines = TestDocuments::lines(SeedReports::text(seed));
        QVERIFY2(!lines.isEmpty(), "seed not found");
        TestDocuments::PdfLayout layout;
        layout.runningHeader = u"区人民政府办公室 政府信息公开专栏"_s;
        layout.textWidthMm = textWidth;
        const QByteArray pdf = TestDocuments::pdf(TestDocuments::pdfParagraphs(lines), layout);
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 3, qPrintable(u"%1 pages"_s.arg(pages)));

        const auto imported = PdfImporter::importBytes(pdf);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().format, u"pdf"_s);
        // The header and the page number of every page were left out, and the import says so.
        QCOMPARE(imported.value().warnings.size(), 1);
        QVERIFY2(imported.value().warnings.first().contains(QString::number(2 * pages)),
            qPrintable(imported.value().warnings.first()));
        const QStringList paragraphs = imported.value().text.split(u'\n');

        // Headers and page numbers are gone.
        QVERIFY(!imported.value().text.contains(u"政府信息公开专栏"));
        for (int page = 1; page <= pages; ++page) {
            QVERIFY2(!paragraphs.contains(u"- %1 -"_s.arg(page)), qPrintable(QString::number(page)));
        }
        // Headings come back exactly, each on a line of its own.
        for (const QString &line : lines) {
            if (TestDocuments::headingLevel(line) > 0) {
                QVERIFY2(paragraphs.contains(line), qPrintable(line));
            }
        }
        // Nothing is lost, doubled or reordered.
        const QString got = printed(paragraphs.join(QString()));
        const QString want = printed(lines.join(QString()));
        qsizetype same = 0;
        while (same < got.size() && same < want.size() && got[same] == want[same]) {
            ++same;
        }
        QVERIFY2(got == want,
            qPrintable(u"differs after "_s + got.left(same).right(20) + u": "_s + got.mid(same, 3) + u" ≠ "_s
                + want.mid(same, 3)));
        // No radicals in place of the ideographs that share their glyphs.
        QVERIFY(std::none_of(imported.value().text.cbegin(), imported.value().text.cend(),
            [](QChar c) { return c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF; }));
        // Wrapped lines are joined again: a paragraph ends where the report's paragraph ends, or at
        // the end of a sentence that filled its last line (the text layer cannot tell that apart).
        QSet<QString> paragraphEnds;
        for (const QString &line : lines) {
            paragraphEnds.insert(printed(line).right(8));
        }
        for (const QString &paragraph : paragraphs) {
            QVERIFY2(paragraphEnds.contains(printed(paragraph).right(8)) || endsSentence(paragraph),
                qPrintable(u"cut in the middle of a sentence: "_s + paragraph.right(30)));
        }
        const int split = int(paragraphs.size() - lines.size());
        QVERIFY2(split >= 0 && split * 10 <= lines.size(), qPrintable(u"%1 paragraphs cut"_s.arg(split)));
    }

    void libreOfficePdfKeepsHeadingsAndParagraphsWhole_data()
    {
        QTest::addColumn<QString>("seed");
        // 002 is a web page flattened into one line of 15,000 characters, not a typed report.
        for (const QString &seed : {u"000"_s, u"001"_s, u"003"_s, u"004"_s}) {
            QTest::newRow(qPrintable(seed)) << seed;
        }
    }

    void libreOfficePdfKeepsHeadingsAndParagraphsWhole()
    {
        QFETCH(QString, seed);
        const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
        if (soffice.isEmpty()) {
            QSKIP("LibreOffice (soffice) is not installed");
        }
        const QStringList lines = TestDocuments::lines(SeedReports::text(seed));
        QVERIFY2(!lines.isEmpty(), "seed not found");
        QTemporaryDir dir;
        QFile text(dir.filePath(u"report.txt"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write((lines.join(u'\n') + u'\n').toUtf8());
        text.close();
        QProcess process;
        process.start(soffice,
            {u"-env:UserInstallation=file://"_s + dir.filePath(u"profile"_s), u"--headless"_s, u"--norestore"_s,
                u"--infilter=Text (encoded):UTF8,LF,,"_s, u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, dir.path(),
                text.fileName()});
        QVERIFY2(
            process.waitForFinished(180000) && process.exitCode() == 0, process.readAllStandardError().constData());
        QFile pdf(dir.filePath(u"report.pdf"_s));
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(pdf.fileName()));
        const auto imported = PdfImporter::importBytes(pdf.readAll());
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        const QStringList paragraphs = imported.value().text.split(u'\n');

        // Every line of the .txt comes back as it was: a paragraph of its own, or split into a few
        // paragraphs where a sentence ended at the end of a printed line (the text layer cannot
        // tell that from a paragraph's end).
        qsizetype next = 0;
        for (const QString &line : lines) {
            QString got = paragraphs.value(next++);
            if (TestDocuments::headingLevel(line) > 0) {
                QCOMPARE(got, line);
                continue;
            }
            while (got.size() < line.size() && next < paragraphs.size() && endsSentence(got) && line.startsWith(got)) {
                got += paragraphs.value(next++);
            }
            QCOMPARE(got, line);
        }
        QCOMPARE(next, paragraphs.size());
    }

    void documentNumberAsRunningHeader()
    {
        // A header that looks like front matter must go too, and must not take the first or last line with it.
        const QStringList lines = TestDocuments::lines(SeedReports::text(u"003"_s));
        TestDocuments::PdfLayout layout;
        layout.runningHeader = u"镇政发〔2025〕3号"_s;
        layout.pageNumbers = true;
        const QByteArray pdf = TestDocuments::pdf(TestDocuments::pdfParagraphs(lines), layout);
        const auto imported = PdfImporter::importBytes(pdf);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QVERIFY(!imported.value().text.contains(u"镇政发〔2025〕3号"));
        QCOMPARE(imported.value().text.split(u'\n').first(), lines.first());
        QCOMPARE(imported.value().text.split(u'\n').last(), lines.last());
    }

    void metadataFromTheDocumentInformation()
    {
        TestDocuments::PdfLayout layout;
        layout.title = u"镇江市2024年度法治政府建设情况报告"_s;
        const QByteArray pdf = TestDocuments::pdf(
            TestDocuments::pdfParagraphs(TestDocuments::lines(SeedReports::text(u"003"_s))), layout);
        const auto imported = PdfImporter::importBytes(pdf);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().fields.value(u"title"_s), layout.title);
        QCOMPARE(imported.value().fields.value(u"created"_s), QDate::currentDate().toString(Qt::ISODate));
    }

    void scanWithoutTextLayer()
    {
        const QByteArray pdf = TestDocuments::scannedPdf(2);
        QCOMPARE(pageCount(pdf), 2);
        const auto imported = PdfImporter::importBytes(pdf);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().contains(u"no text layer — OCR is not supported"), qPrintable(imported.error()));

        const auto viaReport = ReportImporter::importBytes(pdf, u"扫描件.pdf"_s);
        QVERIFY(!viaReport.ok());
        QVERIFY2(viaReport.error().startsWith(u"扫描件.pdf: "), qPrintable(viaReport.error()));
        QVERIFY2(viaReport.error().contains(u"OCR is not supported"), qPrintable(viaReport.error()));
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray pdf
            = TestDocuments::pdf(TestDocuments::pdfParagraphs(TestDocuments::lines(SeedReports::text(u"000"_s))));
        QTest::newRow("truncated to a third") << pdf.left(pdf.size() / 3);
        QTest::newRow("header only") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
        QByteArray scrambled = pdf;
        for (qsizetype i = 200; i < scrambled.size(); i += 7) {
            scrambled[i] = char(scrambled[i] ^ 0x5a);
        }
        QTest::newRow("scrambled body") << scrambled;
    }

    void damagedFiles()
    {
        QFETCH(QByteArray, bytes);
        const auto imported = ReportImporter::importBytes(bytes, u"2024年度报告.pdf"_s);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().startsWith(u"2024年度报告.pdf: "), qPrintable(imported.error()));
    }

    void truncatedFileIsNotReadAsHalfAReport()
    {
        const QByteArray pdf
            = TestDocuments::pdf(TestDocuments::pdfParagraphs(TestDocuments::lines(SeedReports::text(u"000"_s))));
        for (const double fraction : {0.3, 0.6, 0.9, 0.99}) {
            const auto imported = PdfImporter::importBytes(pdf.left(qsizetype(double(pdf.size()) * fraction)));
            QVERIFY2(!imported.ok(), qPrintable(u"%1 of the file imported"_s.arg(fraction)));
            QVERIFY2(imported.error().contains(u"damaged or truncated"), qPrintable(imported.error()));
        }
    }

    void encryptedWithPassword()
    {
        if (QStandardPaths::findExecutable(u"qpdf"_s).isEmpty()) {
            QSKIP("qpdf is not installed");
        }
        const QByteArray pdf
            = TestDocuments::pdf(TestDocuments::pdfParagraphs(TestDocuments::lines(SeedReports::text(u"004"_s))));
        const QByteArray locked = encrypted(pdf, u"user-secret"_s);
        QVERIFY(!locked.isEmpty());
        const auto imported = ReportImporter::importBytes(locked, u"洪梅镇.pdf"_s);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().startsWith(u"洪梅镇.pdf: "), qPrintable(imported.error()));
        QVERIFY2(imported.error().contains(u"password"), qPrintable(imported.error()));
    }

    void encryptedWithoutOpenPassword()
    {
        // Only printing and copying are restricted: anyone may open it, so it is read.
        if (QStandardPaths::findExecutable(u"qpdf"_s).isEmpty()) {
            QSKIP("qpdf is not installed");
        }
        const QStringList lines = TestDocuments::lines(SeedReports::text(u"004"_s));
        const QByteArray restricted = encrypted(TestDocuments::pdf(TestDocuments::pdfParagraphs(lines)), QString());
        QVERIFY(!restricted.isEmpty());
        const auto imported = PdfImporter::importBytes(restricted);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().text.split(u'\n').first(), lines.first());
    }
};

QTEST_MAIN(TestPdfImporter)
#include "tst_pdfimporter.moc"
