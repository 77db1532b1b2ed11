// SPDX-License-Identifier: GPL-3.0-or-later
// A PDF that QPdfWriter wrote gives back the characters that were drawn once PdfTextMap has
// rewritten its ToUnicode maps: ideographs that share a glyph with a Kangxi radical, traditional
// script, a character outside the BMP, two fonts; a PDF whose fonts were not all recorded is refused.
#include "pdftextmap.h"

#include <QBuffer>
#include <QFont>
#include <QGlyphRun>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using Fazhi::PdfTextMap;

namespace {

struct Line
{
    QString text;
    QFont font;
    /** Drawn through PdfTextMap::record(), as the exporters draw text. */
    bool recorded = true;
};

QFont font(const QString &family)
{
    QFont font(family);
    font.setPointSizeF(12);
    return font;
}

/** A one-page PDF with @p lines drawn as glyph runs, the recorded ones remembered in @p map. */
QByteArray drawn(const QList<Line> &lines, PdfTextMap &map)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        QPainter painter(&writer);
        qreal y = 200;
        for (const Line &line : lines) {
            QTextLayout layout(line.text, line.font, &writer);
            layout.beginLayout();
            layout.createLine().setLineWidth(2000);
            layout.endLayout();
            const QList<QGlyphRun> runs = layout.glyphRuns(-1, -1,
                QTextLayout::RetrieveGlyphIndexes | QTextLayout::RetrieveGlyphPositions
                    | QTextLayout::RetrieveStringIndexes | QTextLayout::RetrieveString);
            for (const QGlyphRun &run : runs) {
                if (line.recorded) {
                    map.record(run);
                }
                painter.drawGlyphRun(QPointF(200, y), run);
            }
            y += 120;
        }
    }
    return buffer.data();
}

/** The text of page 1 of @p pdf as PDFium reads it (as PdfImporter does), without white space. */
QString pageText(const QByteArray &pdf)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.pageCount() < 1) {
        return {};
    }
    QString text = document.getAllText(0).text();
    text.remove(QRegularExpression(u"\\s+"_s));
    return text;
}

QString squeezed(const QList<Line> &lines)
{
    QString text;
    for (const Line &line : lines) {
        text += line.text;
    }
    return text.remove(u' ');
}

/** Draws @p lines in @p fonts fonts, rewrites the PDF's maps and checks that it reads as drawn. */
void readsAsDrawn(const QList<Line> &lines, int fonts)
{
    PdfTextMap map;
    const QByteArray pdf = drawn(lines, map);
    QCOMPARE(map.fontCount(), fonts);
    const auto rewritten = map.rewrite(pdf);
    QVERIFY2(rewritten, qPrintable(rewritten.error()));
    QCOMPARE(pageText(rewritten.value()), squeezed(lines));
}

} // namespace

class TestPdfTextMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textReadsAsDrawn()
    {
        // 一 人 行 share their glyphs with the Kangxi radicals ⼀ ⼈ ⾏, whose code points are lower.
        const QList<Line> lines{
            {u"一、坚持党的领导，人民满意的法治政府"_s, font(u"Noto Sans CJK SC"_s)},
            {u"全年办理行政复议案件128件，同比增长5%"_s, font(u"Noto Sans CJK SC"_s)},
            {u"佛山市高明區人民政府關于2019年度法治政府建設工作的報告"_s, font(u"Noto Sans CJK SC"_s)},
            {u"江门市 江海区 𠮷野家园社区"_s, font(u"Noto Sans CJK SC"_s)},
        };
        readsAsDrawn(lines, 1);
    }

    void eachFontItsOwnMap()
    {
        const QList<Line> lines{
            {u"一、主要举措和成效"_s, font(u"Noto Sans CJK SC"_s)},
            {u"（一）人民满意，行政执法"_s, font(u"Noto Serif CJK SC"_s)},
            {u"二、存在问题"_s, font(u"Noto Sans CJK SC"_s)},
        };
        readsAsDrawn(lines, 2);
    }

    void unrecordedTextIsRefused()
    {
        // Its glyphs would read as whatever the recorded font's codes stand for.
        PdfTextMap map;
        const QByteArray pdf = drawn({{u"一、主要举措和成效"_s, font(u"Noto Sans CJK SC"_s)},
                                         {u"人民满意"_s, font(u"Noto Serif CJK SC"_s), false}},
            map);
        QCOMPARE(map.fontCount(), 1);
        const auto rewritten = map.rewrite(pdf);
        QVERIFY(!rewritten);
        QVERIFY2(rewritten.error().contains(u"2 fonts but 1"_s), qPrintable(rewritten.error()));
    }

    void notAPdfWrittenByQt()
    {
        PdfTextMap map;
        const QByteArray pdf = drawn({{u"一、主要举措和成效"_s, font(u"Noto Sans CJK SC"_s)}}, map);
        for (const QByteArray &bytes : {QByteArray(), QByteArray("not a PDF at all"), pdf.left(pdf.size() / 2),
                 QByteArray("%PDF-1.4\nstartxref\n999999\n%%EOF\n")}) {
            const auto rewritten = map.rewrite(bytes);
            QVERIFY(!rewritten);
            QVERIFY(!rewritten.error().isEmpty());
        }
    }
};

QTEST_MAIN(TestPdfTextMap)
#include "tst_pdftextmap.moc"
