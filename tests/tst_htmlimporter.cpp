// SPDX-License-Identifier: GPL-3.0-or-later
// HtmlImporter on government web pages saved by a browser, generated here around the real
// reports: the article survives in order, the page furniture does not, the index table's values
// become fields.
#include "htmlimporter.h"
#include "reportimporter.h"
#include "seedreports.h"
#include "testdocuments.h"
#include "testpaths.h"

#include <functional>

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using Fazhi::HtmlImporter;
using Fazhi::ReportImporter;

namespace {

/** What every page carries around its article, and must not end up in the text. */
const QStringList &debris()
{
    static const QStringList words{u"首页"_s, u"信息公开"_s, u"当前位置"_s, u"索引号"_s, u"公开方式"_s, u"发布单位"_s,
        u"公开日期"_s, u"发布时间"_s, u"分享到"_s, u"打印本页"_s, u"关闭窗口"_s, u"相关新闻"_s, u"相关链接"_s,
        u"ICP备"_s, u"网站标识码"_s, u"浏览次数"_s, u"_hmt"_s, u"font-size"_s, u"政务服务"_s, u"微信"_s, u"【"_s,
        u">>"_s, u"2023年度法治政府建设"_s};
    return words;
}

QString paragraphs(const QStringList &lines, const QString &headingTag)
{
    QString html;
    for (const QString &line : lines) {
        const int level = TestDocuments::headingLevel(line);
        if (level == 1 && !headingTag.isEmpty()) {
            html += u"<%1>%2</%1>\n"_s.arg(headingTag, line.toHtmlEscaped());
        } else if (level > 0) {
            html += u"<p style=\"text-indent:2em\"><strong>%1</strong></p>\n"_s.arg(line.toHtmlEscaped());
        } else {
            // Pretty-printed source breaks long paragraphs inside sentences; the browser joins them.
            QString body = line.toHtmlEscaped();
            for (qsizetype i = 40; i + 20 < body.size(); ++i) {
                if (body[i - 1].script() == QChar::Script_Han && body[i].script() == QChar::Script_Han) {
                    body.insert(i, u"\n        "_s);
                    break;
                }
            }
            html += u"<p style=\"text-indent:2em\">　　%1</p>\n"_s.arg(body);
        }
    }
    return html;
}

/** A current provincial CMS page: divs, a metadata table above the title, TRS_Editor article. */
QByteArray modernPage(const QString &title, const QStringList &body)
{
    const QString html = uR"html(<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="%1">
<meta name="PubDate" content="2025-03-20 10:15">
<meta name="ContentSource" content="镇江市司法局">
<title>%1_法治政府建设_镇江市人民政府</title>
<link rel="stylesheet" href="/css/index.css">
<style>body { font-size: 14px; } .share a { margin: 0 4px; }</style>
<script>var _hmt = _hmt || []; (function() { var hm = document.createElement("script"); })();</script>
</head>
<body>
<div class="top-bar"><a href="/">无障碍</a> <a href="/old">长者模式</a> <a href="/en">English</a></div>
<div class="header"><div class="logo"><img src="/logo.png" alt="镇江市人民政府"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li>
<li><a href="/hdjl">互动交流</a></li><li><a href="/zjzj">走进镇江</a></li></ul></div>
<div class="main-content">
<div class="position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/xxgk">信息公开</a> &gt;&gt; <a href="/fzzf">法治政府建设</a></div>
<table class="xxgk-info">
<tr><td>索引号：</td><td>014107316/2025-00123</td><td>公开方式：</td><td>主动公开</td></tr>
<tr><td>发布单位：</td><td>镇江市人民政府办公室</td><td>公开日期：</td><td>2025-03-20</td></tr>
<tr><td>文号：</td><td>镇政发〔2025〕12号</td><td>主题分类：</td><td>司法</td></tr>
</table>
<div class="article">
<h1 class="article-title">%1</h1>
<div class="article-info">发布时间：2025-03-20 10:15 来源：镇江市司法局 浏览次数：<span id="hits">1024</span>
【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor">
%2</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="related-news"><h3>相关新闻</h3><ul>
<li><a href="/a1">镇江市2023年度法治政府建设情况报告</a><span>2024-03-28</span></li>
<li><a href="/a2">镇江市2022年度法治政府建设情况报告</a><span>2023-03-30</span></li>
</ul></div>
</div>
<div class="footer">主办：镇江市人民政府办公室 网站标识码：3211000001 苏ICP备05003345号</div>
<script>document.getElementById("hits").innerText = "1025";</script>
</body></html>
)html"_s.arg(title.toHtmlEscaped(), paragraphs(body, u"h2"_s));
    return html.toUtf8();
}

/** An older district site in GB2312: nested tables, no class names on the article. */
QByteArray tablePage(const QString &title, const QStringList &body)
{
    const QString html = uR"html(<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>%1</title>
<script language="javascript">function doZoom(size) { document.getElementById('zoom').style.fontSize = size + 'px'; }</script>
</head>
<body>
<table width="1000" align="center"><tr><td><a href="/">首页</a> | <a href="/xxgk">信息公开</a> | <a href="/bsfw">办事服务</a> | <a href="/gzhd">公众互动</a></td></tr></table>
<table width="1000" align="center">
<tr><td>首页 &gt;&gt; 信息公开 &gt;&gt; 法治政府建设</td></tr>
<tr><td>
<table width="100%">
<tr><td>索引号：</td><td>11440704MB2C95123X/2025-00007</td><td>发布机构：</td><td>江门市江海区人民政府</td></tr>
<tr><td>公开方式：</td><td>主动公开</td><td>发布时间：</td><td>2025年01月10日</td></tr>
</table>
</td></tr>
<tr><td align="center"><b>%1</b></td></tr>
<tr><td>【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td>
%2
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>
<tr><td><b>相关链接：</b></td></tr>
<tr><td><a href="/1">江门市江海区2023年度法治政府建设情况报告</a></td></tr>
<tr><td><a href="/2">江海区关于2022年度法治政府建设情况的报告</a></td></tr>
</table>
<table width="1000" align="center"><tr><td>版权所有：江门市江海区人民政府 粤ICP备05086462号 网站标识码：4407040001</td></tr></table>
</body>
</html>
)html"_s.arg(title.toHtmlEscaped(), paragraphs(body, QString()));
    QStringEncoder encoder("GB18030");
    return encoder.encode(html);
}

/** None of debris() is in @p text, unless the report itself says it (@p body). */
void checkNoDebris(const QString &text, const QStringList &body)
{
    const QString report = body.join(u'\n');
    for (const QString &word : debris()) {
        QVERIFY2(!text.contains(word) || report.contains(word), qPrintable(word));
    }
}

/** The characters a reader sees of @p text: all but white space. */
QString visible(const QString &text)
{
    QString shown;
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0x3000)) {
            shown.append(c);
        }
    }
    return shown;
}

/** A page of @p body HTML and nothing else, as simple tools write them. */
QByteArray barePage(const QString &body)
{
    return uR"html(<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>法治政府建设情况报告</title></head>
<body>
%1
</body></html>
)html"_s.arg(body)
        .toUtf8();
}

/** The report's lines, @p line applied to each one and joined. */
QString eachLine(const QStringList &lines, const std::function<QString(const QString &)> &line)
{
    QString html;
    for (const QString &text : lines) {
        html += line(text.toHtmlEscaped());
    }
    return html;
}

} // namespace

class TestHtmlImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modernUtf8Page()
    {
        const QStringList lines = TestDocuments::lines(SeedReports::text(u"003"_s));
        QVERIFY2(lines.size() > 10, "seed not found");
        const QString title = lines.first();
        const QStringList body = lines.mid(1);
        const auto imported = HtmlImporter::importBytes(modernPage(title, body));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().format, u"html"_s);
        QCOMPARE(imported.value().encoding, u"UTF-8"_s);
        QCOMPARE(imported.value().text.split(u'\n'), body);
        checkNoDebris(imported.value().text, body);

        // Exactly the index table's values and the title, nothing from the page around them.
        const QMap<QString, QString> expected{{u"title"_s, title}, {u"indexNumber"_s, u"014107316/2025-00123"_s},
            {u"openMode"_s, u"主动公开"_s}, {u"publisher"_s, u"镇江市人民政府办公室"_s},
            {u"documentNumber"_s, u"镇政发〔2025〕12号"_s}, {u"publishDate"_s, u"2025-03-20"_s}};
        QCOMPARE(imported.value().fields, expected);

        // The h2 headings are marked as headings; the bold paragraph headings are left to the parser.
        const QStringList text = imported.value().text.split(u'\n');
        for (int i = 0; i < text.size(); ++i) {
            if (TestDocuments::headingLevel(text[i]) == 1) {
                QCOMPARE(imported.value().headingLevels.value(i), 2);
            }
        }
    }

    void oldGbkTablePage()
    {
        const QStringList lines = TestDocuments::lines(SeedReports::text(u"000"_s));
        // The seed's title is broken over two lines, as it was on paper.
        const QString title = lines[0] + lines[1];
        const QStringList body = lines.mid(2);
        const QByteArray page = tablePage(title, body);
        QCOMPARE(HtmlImporter::declaredCharset(page), u"gb2312"_s);
        QVERIFY(!page.contains(title.toUtf8()));

        const auto imported = ReportImporter::importBytes(page, u"t20250110_2964123.htm"_s);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().encoding, u"GB18030"_s);
        QVERIFY(imported.value().warnings.isEmpty());
        checkNoDebris(imported.value().text, body);
        QStringList text = imported.value().text.split(u'\n');
        // The bold title cell sits in the same table as the article; it may lead the text.
        if (!text.isEmpty() && text.first() == title) {
            text.removeFirst();
        }
        QCOMPARE(text, body);

        const QMap<QString, QString> expected{{u"title"_s, title},
            {u"indexNumber"_s, u"11440704MB2C95123X/2025-00007"_s}, {u"openMode"_s, u"主动公开"_s},
            {u"publisher"_s, u"江门市江海区人民政府"_s}, {u"publishDate"_s, u"2025-01-10"_s}};
        QCOMPARE(imported.value().fields, expected);
    }

    void wrongCharsetDeclaration()
    {
        // Saved pages are often re-encoded by the browser while the meta tag stays.
        const QStringList lines = TestDocuments::lines(SeedReports::text(u"004"_s));
        const QByteArray page = QString::fromUtf8(modernPage(u"东莞市洪梅镇2024年法治政府建设年度报告"_s, lines))
                                    .replace(u"charset=\"utf-8\""_s, u"charset=\"gbk\""_s)
                                    .toUtf8();
        const auto imported = HtmlImporter::importBytes(page);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().encoding, u"UTF-8"_s);
        QCOMPARE(imported.value().warnings.size(), 1);
        QCOMPARE(imported.value().text.split(u'\n'), lines.mid(0, lines.size() - 1));
    }

    void unclosedFontOnEveryLine()
    {
        // Each line opens a <font> and none closes: libxml2 nests every line inside the one before.
        const QStringList lines = TestDocuments::lines(SeedReports::text(u"001"_s));
        QVERIFY2(lines.size() > 10, "seed not found");
        const QString body = u"<div>"_s + eachLine(lines, [](const QString &line) {
            return u"<font face=\"仿宋_GB2312\" size=\"4\">%1<br>\n"_s.arg(line);
        }) + u"</div>"_s;
        const auto imported = HtmlImporter::importBytes(barePage(body));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(visible(imported.value().text), visible(lines.join(QString())));
        QCOMPARE(imported.value().text.split(u'\n'), lines);
        QCOMPARE(imported.value().warnings, QStringList());
    }

    void unclosedDivOnEveryLine()
    {
        const QStringList lines = TestDocuments::lines(SeedReports::text(u"003"_s));
        const QString body = eachLine(lines, [](const QString &line) { return u"<div class=\"p\">%1\n"_s.arg(line); });
        const auto imported = HtmlImporter::importBytes(barePage(body));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(visible(imported.value().text), visible(lines.join(QString())));
        QCOMPARE(imported.value().warnings, QStringList());
    }

    void layoutTables()
    {
        // An old site laid out by tables: a column of links and notices beside the article, whose
        // paragraphs are rows of a table of their own, each in a <font>.
        // The seed ends with the heading of a list of links, which the importer drops.
        const QStringList lines = TestDocuments::lines(SeedReports::text(u"004"_s)).mid(0, 28);
        const QString rows = eachLine(lines, [](const QString &line) {
            return u"<tr><td height=\"28\"><font size=\"3\">%1</font></td></tr>\n"_s.arg(line);
        });
        const QString body = uR"html(<table width="980" border="0" cellspacing="0"><tr>
<td width="200" valign="top"><table><tr><td><a href="/1">机构概况</a></td></tr><tr><td><a href="/2">政策文件</a></td></tr>
<tr><td><a href="/3">通知公告</a></td></tr><tr><td>联系电话：0769-88881234</td></tr></table></td>
<td width="780" valign="top"><table width="100%%">
%1</table></td>
</tr></table>)html"_s.replace(u"%%"_s, u"%"_s)
                                 .arg(rows);
        const auto imported = HtmlImporter::importBytes(barePage(body));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().text.split(u'\n'), lines);
        QCOMPARE(imported.value().warnings, QStringList());
    }

    void preformattedLinesAreParagraphs()
    {
        const QStringList lines = TestDocuments::lines(SeedReports::text(u"000"_s));
        const QString body = u"<pre>\n"_s + lines.join(u"\n").toHtmlEscaped() + u"\n</pre>"_s;
        const auto imported = HtmlImporter::importBytes(barePage(body));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().text.split(u'\n'), lines);
        // The parser finds the top-level headings as lines of their own.
        const Fazhi::ReportDocument document = SeedReports::parse(imported.value().text, u"a.html"_s);
        const Fazhi::ReportDocument expected = SeedReports::document(u"000"_s);
        QCOMPARE(document.sections.size(), expected.sections.size());
    }

    void libreOfficeHtml()
    {
        // Written by `soffice --headless --convert-to html` (LibreOffice 7.4) from the .txt beside
        // it: one <pre> whose lines are the paragraphs, every run of Chinese in <font><span>.
        const QString dir = TestPaths::sourceDir() + u"/tests/data/html/"_s;
        QFile html(dir + u"libreoffice-sample.html"_s);
        QFile text(dir + u"libreoffice-sample.txt"_s);
        QVERIFY2(html.open(QIODevice::ReadOnly) && text.open(QIODevice::ReadOnly), qPrintable(dir));
        const QStringList lines = TestDocuments::lines(QString::fromUtf8(text.readAll()));
        const auto imported = HtmlImporter::importBytes(html.readAll());
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().text.split(u'\n'), lines);
        QCOMPARE(imported.value().warnings, QStringList());
        // Its top-level headings are the report's sections.
        const Fazhi::ReportDocument document = SeedReports::parse(imported.value().text, u"sample.html"_s);
        QCOMPARE(document.sections.size(), 2);
        QCOMPARE(document.sections.at(0).heading, u"二、存在不足和原因"_s);
        QCOMPARE(document.sections.at(1).heading, u"三、2025年工作计划"_s);
    }

    void nestedDeeperThanLibxml2sDefault()
    {
        const QStringList lines = TestDocuments::lines(SeedReports::text(u"003"_s));
        const QString article = eachLine(lines, [](const QString &line) { return u"<p>%1</p>\n"_s.arg(line); });
        const auto imported
            = HtmlImporter::importBytes(barePage(u"<div>"_s.repeated(300) + article + u"</div>"_s.repeated(300)));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().text.split(u'\n'), lines);

        // Beyond what can be walked safely: refused with the reason, not a crash.
        const auto tooDeep = ReportImporter::importBytes(
            barePage(u"<div>"_s.repeated(20000) + article + u"</div>"_s.repeated(20000)), u"deep.html"_s);
        QVERIFY(!tooDeep.ok());
        QVERIFY2(tooDeep.error().startsWith(u"deep.html: "), qPrintable(tooDeep.error()));
        QVERIFY2(tooDeep.error().contains(u"20"), qPrintable(tooDeep.error()));
    }

    void textLeftOutIsReported()
    {
        // The article is found, but as much text again sits outside it: say so.
        const QStringList lines = TestDocuments::lines(SeedReports::text(u"003"_s));
        const QString article = eachLine(lines, [](const QString &line) { return u"<p>%1</p>\n"_s.arg(line); });
        // About a quarter of the page's text beside the article: too much for a title and a date line.
        QStringList other;
        for (const QString &line : TestDocuments::lines(SeedReports::text(u"001"_s))) {
            if (visible(other.join(QString())).size() * 3 < visible(lines.join(QString())).size()) {
                other.append(line);
            }
        }
        const QString beside = eachLine(other, [](const QString &line) { return u"<p>%1</p>\n"_s.arg(line); });
        const auto imported = HtmlImporter::importBytes(
            barePage(u"<div class=\"TRS_Editor\">%1</div><div class=\"notes\">%2</div>"_s.arg(article, beside)));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().text.split(u'\n'), lines);
        QCOMPARE(imported.value().warnings.size(), 1);
        const qsizetype kept = visible(lines.join(QString())).size();
        const qsizetype page = kept + visible(other.join(QString())).size();
        QVERIFY2(imported.value().warnings.first().contains(QString::number(kept))
                && imported.value().warnings.first().contains(QString::number(page)),
            qPrintable(imported.value().warnings.first()));
    }

    void pageWithoutArticle()
    {
        const QByteArray page = modernPage(u"镇江市2024年度法治政府建设情况报告"_s, {});
        const auto imported = ReportImporter::importBytes(page, u"index.html"_s);
        QVERIFY2(!imported.ok(), qPrintable(imported.ok() ? imported.value().text : QString()));
        QVERIFY2(imported.error().startsWith(u"index.html: "), qPrintable(imported.error()));
        QVERIFY2(imported.error().contains(u"no report text"), qPrintable(imported.error()));
    }
};

QTEST_GUILESS_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
