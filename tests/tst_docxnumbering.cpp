// SPDX-License-Identifier: GPL-3.0-or-later
// Word's list numbering as the text it prints: 一、 （一） 1. as Chinese reports number their
// headings, counters shared and restarted as in Word, the number formats, damaged numbering.xml.
#include "docxnumbering.h"
#include "testdocuments.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using Fazhi::DocxNumbering;

namespace {

/** numbering.xml holding @p body, with the WordprocessingML namespace bound to @p prefix. */
QByteArray numberingXml(const QByteArray &body, const QByteArray &prefix = "w")
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w="
                     "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + body + "</w:numbering>";
    if (prefix != "w") {
        xml.replace("w:", QByteArray(prefix + ':')).replace("xmlns:w=", QByteArray("xmlns:" + prefix + '='));
    }
    return xml;
}

/** A level of an abstractNum: its number format, text and what Word puts after the label. */
QByteArray level(int ilvl, const QByteArray &numFmt, const QByteArray &text, const QByteArray &extra = {})
{
    return "<w:lvl w:ilvl=\"" + QByteArray::number(ilvl) + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + numFmt
        + "\"/><w:lvlText w:val=\"" + text + "\"/>" + extra + "</w:lvl>";
}

QByteArray abstractNum(int id, const QByteArray &levels)
{
    return "<w:abstractNum w:abstractNumId=\"" + QByteArray::number(id) + "\">" + levels + "</w:abstractNum>";
}

QByteArray num(int numId, int abstractId, const QByteArray &overrides = {})
{
    return "<w:num w:numId=\"" + QByteArray::number(numId) + "\"><w:abstractNumId w:val=\""
        + QByteArray::number(abstractId) + "\"/>" + overrides + "</w:num>";
}

/** The outline of a Chinese report: 一、 then （一） then 1.; the third level in Arabic digits. */
const QByteArray Outline = abstractNum(0,
    level(0, "chineseCounting", "%1、") + level(1, "chineseCounting", "（%2）")
        + level(2, "decimal", "%3.", "<w:suff w:val=\"nothing\"/>"));

} // namespace

class TestDocxNumbering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headingsOfAReport()
    {
        // The lists the importer tests put in their .docx files.
        DocxNumbering numbering;
        QVERIFY(numbering.load(TestDocuments::docxNumberingXml()));
        const int outline = TestDocuments::OutlineList;
        const QStringList labels{numbering.nextLabel(outline, 0), numbering.nextLabel(outline, 1),
            numbering.nextLabel(outline, 1), numbering.nextLabel(outline, 2), numbering.nextLabel(outline, 2),
            numbering.nextLabel(outline, 0), numbering.nextLabel(outline, 1), numbering.nextLabel(outline, 2)};
        // A higher level starts the levels below it again.
        QCOMPARE(labels,
            (QStringList{u"一、"_s, u"（一）"_s, u"（二）"_s, u"1."_s, u"2."_s, u"二、"_s, u"（一）"_s, u"1."_s}));
        // After a label of digits, Word's tab reads as a space; after 、 or ） nothing is needed.
        QCOMPARE(numbering.nextLabel(TestDocuments::DecimalList, 0), u"1. "_s);
        QCOMPARE(numbering.nextLabel(TestDocuments::DecimalList, 0), u"2. "_s);
    }

    void listsOfOneDefinitionCountOnTogether()
    {
        DocxNumbering numbering;
        QVERIFY(numbering.load(numberingXml(Outline + num(1, 0) + num(2, 0)
            + num(3, 0, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride>"))));
        QCOMPARE(numbering.nextLabel(1, 0), u"一、"_s);
        QCOMPARE(numbering.nextLabel(2, 0), u"二、"_s);
        // A list that restarts its numbering counts on its own.
        QCOMPARE(numbering.nextLabel(3, 0), u"五、"_s);
        QCOMPARE(numbering.nextLabel(3, 0), u"六、"_s);
        QCOMPARE(numbering.nextLabel(1, 0), u"三、"_s);
    }

    void labelsOfSeveralLevels()
    {
        DocxNumbering numbering;
        const QByteArray decimals
            = abstractNum(0, level(0, "chineseCounting", "第%1章") + level(1, "decimal", "%1.%2"));
        const QByteArray legal
            = abstractNum(1, level(0, "chineseCounting", "第%1章") + level(1, "decimal", "%1.%2", "<w:isLgl/>"));
        QVERIFY(numbering.load(numberingXml(decimals + legal + num(1, 0) + num(2, 1))));
        QCOMPARE(numbering.nextLabel(1, 0), u"第一章"_s);
        QCOMPARE(numbering.nextLabel(1, 1), u"一.1 "_s);
        // Legal numbering writes the higher levels in Arabic digits.
        QCOMPARE(numbering.nextLabel(2, 0), u"第一章"_s);
        QCOMPARE(numbering.nextLabel(2, 1), u"1.1 "_s);
        QCOMPARE(numbering.nextLabel(2, 1), u"1.2 "_s);
    }

    void bulletsAndSuffixes()
    {
        DocxNumbering numbering;
        QVERIFY(numbering.load(numberingXml(abstractNum(0,
                                                level(0, "chineseCounting", "%1、", "<w:suff w:val=\"space\"/>")
                                                    + level(1, "bullet", "●") + level(2, "decimal", "%3)"))
            + num(1, 0))));
        QCOMPARE(numbering.nextLabel(1, 0), u"一、 "_s);
        QCOMPARE(numbering.nextLabel(1, 1), QString());
        QCOMPARE(numbering.nextLabel(1, 2), u"1) "_s);
    }

    void unknownListsHaveNoLabel()
    {
        DocxNumbering numbering;
        QVERIFY(numbering.load(numberingXml(Outline + num(1, 0) + num(2, 7))));
        QCOMPARE(numbering.nextLabel(0, 0), QString());
        QCOMPARE(numbering.nextLabel(9, 0), QString());
        QCOMPARE(numbering.nextLabel(2, 0), QString()); // its abstractNum is not there
        QCOMPARE(numbering.nextLabel(1, -1), QString());
        QCOMPARE(numbering.nextLabel(1, 9), QString());
        QCOMPARE(numbering.nextLabel(1, 0), u"一、"_s);
    }

    void anyPrefixForTheNamespace()
    {
        // Generators bind WordprocessingML to prefixes of their own.
        DocxNumbering numbering;
        QVERIFY(numbering.load(numberingXml(Outline + num(1, 0), "ns0")));
        QCOMPARE(numbering.nextLabel(1, 0), u"一、"_s);
        QCOMPARE(numbering.nextLabel(1, 1), u"（一）"_s);

        QXmlStreamReader reader(u"<ns0:lvl xmlns:ns0=\"urn:x\" ns0:ilvl=\"3\" val=\"plain\"/>"_s);
        QVERIFY(reader.readNextStartElement());
        QCOMPARE(DocxNumbering::wordAttribute(reader, u"ilvl").toString(), u"3"_s);
        QCOMPARE(DocxNumbering::wordAttribute(reader, u"val").toString(), u"plain"_s);
        QVERIFY(DocxNumbering::wordAttribute(reader, u"numFmt").isNull());
    }

    void damagedNumberingIsEmpty()
    {
        DocxNumbering numbering;
        QByteArray xml = numberingXml(Outline + num(1, 0));
        xml.chop(20);
        QVERIFY(!numbering.load(xml));
        QCOMPARE(numbering.nextLabel(1, 0), QString());
        QVERIFY(!numbering.load("<w:numbering><w:abstractNum></w:numbering>"));
        QCOMPARE(numbering.nextLabel(1, 0), QString());
    }

    void numberingRedefinedInsideALevel()
    {
        // Found by fuzz_docximporter: an abstractNum opened inside a lvl replaced the list the
        // level being read lived in, and the lvl's next element was written into freed memory.
        DocxNumbering numbering;
        QVERIFY(
            numbering.load(numberingXml("<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\">"
                                        "<w:abstractNum w:abstractNumId=\"1\"/><w:abstractNum w:abstractNumId=\"2\"/>"
                                        "<w:abstractNum w:abstractNumId=\"3\"/><w:start w:val=\"3\"/>"
                                        "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
                                        "</w:abstractNum>"
                + num(1, 1))));
        QCOMPARE(numbering.nextLabel(1, 0), u"三、"_s);
    }

    void numberFormats_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("numFmt");
        QTest::addColumn<QString>("written");
        QTest::newRow("decimal") << 7 << u"decimal"_s << u"7"_s;
        QTest::newRow("一") << 1 << u"chineseCounting"_s << u"一"_s;
        QTest::newRow("十") << 10 << u"chineseCounting"_s << u"十"_s;
        QTest::newRow("十一") << 11 << u"chineseCounting"_s << u"十一"_s;
        QTest::newRow("二十一") << 21 << u"chineseCounting"_s << u"二十一"_s;
        QTest::newRow("一百〇一") << 101 << u"chineseCountingThousand"_s << u"一百〇一"_s;
        QTest::newRow("一百一十") << 110 << u"chineseCounting"_s << u"一百一十"_s;
        QTest::newRow("一千〇一十") << 1010 << u"taiwaneseCounting"_s << u"一千〇一十"_s;
        QTest::newRow("zero") << 0 << u"chineseCounting"_s << u"0"_s;
        QTest::newRow("beyond the thousands") << 10000 << u"chineseCounting"_s << u"10000"_s;
        QTest::newRow("叁") << 3 << u"chineseLegalSimplified"_s << u"叁"_s;
        QTest::newRow("贰拾") << 20 << u"chineseLegalSimplified"_s << u"贰拾"_s;
        QTest::newRow("貳") << 2 << u"ideographLegalTraditional"_s << u"貳"_s;
        QTest::newRow("甲") << 1 << u"ideographTraditional"_s << u"甲"_s;
        QTest::newRow("癸") << 10 << u"ideographTraditional"_s << u"癸"_s;
        QTest::newRow("past 癸") << 11 << u"ideographTraditional"_s << u"11"_s;
        QTest::newRow("亥") << 12 << u"ideographZodiac"_s << u"亥"_s;
        QTest::newRow("①") << 1 << u"decimalEnclosedCircle"_s << u"①"_s;
        QTest::newRow("⑳") << 20 << u"decimalEnclosedCircleChinese"_s << u"⑳"_s;
        QTest::newRow("past ⑳") << 21 << u"decimalEnclosedCircle"_s << u"21"_s;
        QTest::newRow("⑴") << 1 << u"decimalEnclosedParen"_s << u"⑴"_s;
        QTest::newRow("⒈") << 1 << u"decimalEnclosedFullstop"_s << u"⒈"_s;
        QTest::newRow("full-width") << 12 << u"decimalFullWidth"_s << u"１２"_s;
        QTest::newRow("05") << 5 << u"decimalZero"_s << u"05"_s;
        QTest::newRow("12 with a zero") << 12 << u"decimalZero"_s << u"12"_s;
        QTest::newRow("A") << 1 << u"upperLetter"_s << u"A"_s;
        QTest::newRow("AA") << 27 << u"upperLetter"_s << u"AA"_s;
        QTest::newRow("bb") << 28 << u"lowerLetter"_s << u"bb"_s;
        QTest::newRow("IV") << 4 << u"upperRoman"_s << u"IV"_s;
        QTest::newRow("MCMXCIV") << 1994 << u"upperRoman"_s << u"MCMXCIV"_s;
        QTest::newRow("ix") << 9 << u"lowerRoman"_s << u"ix"_s;
        QTest::newRow("unknown format") << 3 << u"klingon"_s << u"3"_s;
    }

    void numberFormats()
    {
        QFETCH(int, value);
        QFETCH(QString, numFmt);
        QFETCH(QString, written);
        QCOMPARE(DocxNumbering::formatNumber(value, numFmt), written);
    }
};

QTEST_GUILESS_MAIN(TestDocxNumbering)
#include "tst_docxnumbering.moc"
