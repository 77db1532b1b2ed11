// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportimporter.h"
#include "reportreader.h"
#include "sanitizerbuild.h"
#include "testpaths.h"
#include "textimporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Fazhi::ReportImporter;
using Fazhi::TextImporter;

class TestTextImporter : public QObject
{
    Q_OBJECT

private:
    static QStringList seedNames()
    {
        return QDir(TestPaths::samplesDir()).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    }

    static QString seedText(const QString &name)
    {
        QFile file(TestPaths::samplesDir() + u'/' + name);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read seed %s", qPrintable(name));
        }
        return QString::fromUtf8(file.readAll());
    }

    static QByteArray encoded(const QString &text, QStringConverter::Encoding encoding, bool bom)
    {
        QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        return encoder.encode(text);
    }

    static QByteArray encodedAs(const QString &text, const char *name)
    {
        QStringEncoder encoder(name);
        const QByteArray bytes = encoder.encode(text);
        if (!encoder.isValid() || encoder.hasError()) {
            qFatal("the text cannot be encoded as %s", name);
        }
        return bytes;
    }

    /** Writes @p bytes to the file @p name in @p dir, as a reviewer receives it; its path. */
    static QString written(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(file.fileName()));
        }
        return file.fileName();
    }

private Q_SLOTS:
    void seedsRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("encoding");

        const QStringList seeds = seedNames();
        QVERIFY2(seeds.size() >= 5, qPrintable(TestPaths::samplesDir()));
        for (const QString &seed : seeds) {
            const QString text = seedText(seed);
            const QByteArray name = seed.left(3).toLatin1();
            QTest::addRow("%s  UTF-8", name.constData())
                << encoded(text, QStringConverter::Utf8, false) << text << u"UTF-8"_s;
            QTest::addRow("%s  UTF-8 BOM", name.constData())
                << encoded(text, QStringConverter::Utf8, true) << text << u"UTF-8 (BOM)"_s;
            QTest::addRow("%s  UTF-16LE", name.constData())
                << encoded(text, QStringConverter::Utf16LE, true) << text << u"UTF-16LE"_s;
            QTest::addRow("%s  UTF-16BE", name.constData())
                << encoded(text, QStringConverter::Utf16BE, true) << text << u"UTF-16BE"_s;
            QTest::addRow("%s  GB18030", name.constData()) << encodedAs(text, "GB18030") << text << u"GB18030"_s;
            if (seed.startsWith(u"001") || seed.startsWith(u"002")) {
                QTest::addRow("%s  Big5", name.constData()) << encodedAs(text, "Big5") << text << u"Big5"_s;
            }
        }
    }

    void seedsRoundTrip()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(QString, encoding);

        const auto imported = TextImporter::importBytes(bytes);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().encoding, encoding);
        QCOMPARE(imported.value().format, u"txt"_s);
        QCOMPARE(imported.value().text, expected);
    }

    void shortGbkAndBig5Lines()
    {
        // A single line is little evidence for a detector; the decode check must still get it right.
        const QString simplified = u"存在问题及下阶段工作计划"_s;
        const auto gbk = TextImporter::decode(encodedAs(simplified, "GB18030"));
        QVERIFY2(gbk.ok(), qPrintable(gbk.error()));
        QCOMPARE(gbk.value().text, simplified);
        QCOMPARE(gbk.value().encoding, u"GB18030"_s);

        const QString traditional = u"存在問題及下階段工作計劃，法治政府建設"_s;
        const auto big5 = TextImporter::decode(encodedAs(traditional, "Big5"));
        QVERIFY2(big5.ok(), qPrintable(big5.error()));
        QCOMPARE(big5.value().text, traditional);
        QCOMPARE(big5.value().encoding, u"Big5"_s);
    }

    void asciiIsUtf8()
    {
        const auto imported = TextImporter::importBytes("Annual report 2024\n");
        QVERIFY(imported.ok());
        QCOMPARE(imported.value().encoding, u"UTF-8"_s);
    }

    void lineEndsAreNormalised()
    {
        const auto imported
            = TextImporter::importBytes(u"一、主要举措\r\n（一）坚持党的领导\r二、存在问题\n"_s.toUtf8());
        QVERIFY(imported.ok());
        QCOMPARE(imported.value().text, u"一、主要举措\n（一）坚持党的领导\n二、存在问题\n"_s);

        const auto utf16 = TextImporter::importBytes(encoded(u"甲\r\n乙\r\n"_s, QStringConverter::Utf16LE, true));
        QVERIFY(utf16.ok());
        QCOMPARE(utf16.value().text, u"甲\n乙\n"_s);
    }

    void declaredEncoding()
    {
        const QString text = u"法治政府建設"_s;
        const auto big5 = TextImporter::decodeAs(encodedAs(text, "Big5"), u"big5"_s);
        QVERIFY2(big5.ok(), qPrintable(big5.error()));
        QCOMPARE(big5.value().text, text);
        const auto gbk = TextImporter::decodeAs(encodedAs(u"法治政府建设"_s, "GB18030"), u"GB2312"_s);
        QVERIFY(gbk.ok());
        QCOMPARE(gbk.value().encoding, u"GB18030"_s);
        QVERIFY(!TextImporter::decodeAs("abc", u"x-klingon"_s).ok());
        QVERIFY(!TextImporter::decodeAs("\xc3\x28\xa0 abc", u"utf-8"_s).ok());
    }

    void mixedGb18030AndUtf8File()
    {
        // Two thirds written in GB18030, the rest pasted in from a UTF-8 file.
        const QStringList lines = seedText(seedNames().value(3)).split(u'\n', Qt::SkipEmptyParts);
        const qsizetype split = lines.size() * 2 / 3;
        const QString first = lines.mid(0, split).join(u'\n') + u'\n';
        const QString second = lines.mid(split).join(u'\n') + u'\n';
        QTemporaryDir dir;
        const QString path = written(dir, u"混合编码.txt"_s, encodedAs(first, "GB18030") + second.toUtf8());

        const auto imported = ReportImporter::importFile(path);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().text, first + second);
        QCOMPARE(imported.value().encoding, u"GB18030 + UTF-8"_s);
        QCOMPARE(imported.value().warnings.size(), 1);
        const QString where = u"%1–%2"_s.arg(split + 1).arg(lines.size());
        QVERIFY2(imported.value().warnings.first().contains(where), qPrintable(imported.value().warnings.first()));

        // The warning reaches the report.
        const auto document = Fazhi::ReportReader::read(path);
        QVERIFY2(document.ok(), qPrintable(document.error()));
        QVERIFY(document.value().warnings.contains(imported.value().warnings.first()));
    }

    void strayNulBytes_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::newRow("UTF-8") << QByteArray("UTF-8");
        QTest::newRow("GB18030") << QByteArray("GB18030");
    }

    void strayNulBytes()
    {
        QFETCH(QByteArray, encoding);
        const QString text = seedText(seedNames().value(0));
        QList<QByteArray> lines = encodedAs(text, encoding.constData()).split('\n');
        QVERIFY(lines.size() > 12);
        // A copy broken off and resumed: NULs inside lines 3 and 11, a run of them in line 12.
        lines[2].insert(4, '\0');
        lines[10].append('\0');
        lines[11].prepend(QByteArray(16, '\0'));
        QTemporaryDir dir;
        const auto imported = ReportImporter::importFile(written(dir, u"nul.txt"_s, lines.join('\n')));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().text, text);
        QCOMPARE(imported.value().encoding, QString::fromLatin1(encoding));
        QCOMPARE(imported.value().warnings.size(), 1);
        QVERIFY2(
            imported.value().warnings.first().contains(u"3, 11–12"), qPrintable(imported.value().warnings.first()));
    }

    void undecodableBytesInOneLine()
    {
        const QString text = seedText(seedNames().value(2));
        QList<QByteArray> lines = text.toUtf8().split('\n');
        lines[5].insert(0, "\xff\xff");
        QTemporaryDir dir;
        const auto imported = ReportImporter::importFile(written(dir, u"damaged.txt"_s, lines.join('\n')));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QStringList expected = text.split(u'\n');
        expected[5].prepend(u"\uFFFD\uFFFD"_s);
        QCOMPARE(imported.value().text.split(u'\n'), expected);
        QCOMPARE(imported.value().warnings.size(), 1);
        QVERIFY2(imported.value().warnings.first().contains(u"6"), qPrintable(imported.value().warnings.first()));
    }

    void longTextWithRecurringLinesIsWhole()
    {
        // A .txt has no pages: lines that recur (a report pasted twice, a phrase on every few lines)
        // are never taken for running headers.
        const QStringList lines = seedText(seedNames().value(1)).split(u'\n', Qt::SkipEmptyParts);
        QStringList text;
        for (int i = 0; text.join(u'\n').size() < 342686; ++i) {
            text.append(lines.at(i % lines.size()));
            if (i % 7 == 0) {
                text.append(lines.first());
            }
        }
        QTemporaryDir dir;
        const auto document = Fazhi::ReportReader::read(written(dir, u"long.txt"_s, text.join(u'\n').toUtf8()));
        QVERIFY2(document.ok(), qPrintable(document.error()));
        const auto visible = [](QString shown) {
            return shown.remove(u'\n').remove(u' ').remove(QChar(0x3000));
        };
        QCOMPARE(visible(document.value().text), visible(text.join(u'\n')));
    }

    void binaryJunkIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray random(4096, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &c : random) {
            c = char(generator.bounded(256));
        }
        random[100] = '\0';
        QTest::newRow("random with NULs") << random;
        QTest::newRow("PNG") << "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0"_ba;
        QByteArray controls(2000, 'a');
        for (int i = 0; i < controls.size(); i += 10) {
            controls[i] = '\x03';
        }
        QTest::newRow("control characters") << controls;
        QByteArray noNul = random;
        noNul.replace('\0', '\x01');
        QTest::newRow("random without NULs") << noNul;
    }

    void binaryJunkIsRefused()
    {
        QFETCH(QByteArray, bytes);
        const auto imported = TextImporter::importBytes(bytes);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().contains(u"not a text file"), qPrintable(imported.error()));

        const auto viaReport = ReportImporter::importBytes(bytes, u"年度报告.txt"_s);
        QVERIFY(!viaReport.ok());
        QVERIFY2(viaReport.error().startsWith(u"年度报告.txt: "), qPrintable(viaReport.error()));
        QVERIFY2(viaReport.error().contains(u"not a text file"), qPrintable(viaReport.error()));
    }

    void largeFileSpeed()
    {
        if (SanitizerBuild::addressSanitizer) {
            QSKIP("AddressSanitizer makes decoding several times slower: speed is measured in the normal build");
        }
        // Ingestion must keep up with a batch of reports: decode about 10 MB of GB18030 text.
        const QString seed = seedText(seedNames().value(3));
        QString text;
        text.reserve(10 * 1024 * 1024 / 2 + seed.size());
        while (text.size() * 2 < 10 * 1024 * 1024) {
            text.append(seed);
        }
        const QByteArray bytes = encodedAs(text, "GB18030");
        QElapsedTimer timer;
        timer.start();
        const auto imported = TextImporter::importBytes(bytes);
        const qint64 elapsed = std::max<qint64>(timer.elapsed(), 1);
        QVERIFY(imported.ok());
        QCOMPARE(imported.value().text.size(), text.size());
        const double megabytesPerSecond = double(bytes.size()) / 1048576.0 / (double(elapsed) / 1000.0);
        qInfo("TextImporter: %.1f MB of GB18030 in %lld ms (%.0f MB/s)", double(bytes.size()) / 1048576.0, elapsed,
            megabytesPerSecond);
        QVERIFY2(megabytesPerSecond >= 20, qPrintable(u"%1 MB/s"_s.arg(megabytesPerSecond)));
    }
};

QTEST_GUILESS_MAIN(TestTextImporter)
#include "tst_textimporter.moc"
