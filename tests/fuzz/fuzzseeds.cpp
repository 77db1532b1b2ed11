// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the fuzz targets' seed corpora, generated from report text files at fuzz time rather than
// committed in bulk: usage `fuzzseeds OUTDIR REPORT.txt...`; each target's seeds go to OUTDIR/<target>/.
// The seeds are the forms in which report text reaches each unit: the text in every encoding
// the importer reads, as web pages of the kinds offices publish, as Word documents, as the
// lines of PDF pages, as a project file.
#include "fuzzsupport.h"
#include "reviewstore.h"
#include "testdocuments.h"

#include <cstdio>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Fazhi;

namespace {

QDir outDir;
int failures = 0;

void write(const QString &target, const QString &name, const QByteArray &bytes)
{
    outDir.mkpath(target);
    QFile file(outDir.filePath(target + u'/' + name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "fuzzseeds: cannot write %s\n", qPrintable(file.fileName()));
        ++failures;
    }
}

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.isValid() ? QByteArray(encoder.encode(text)) : text.toUtf8();
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

// The first @p count lines of @p text.
QString head(const QString &text, int count)
{
    return text.section(u'\n', 0, count - 1);
}

void textSeeds(const QString &name, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    write(u"fuzz_textimporter"_s, name + u".utf8"_s, utf8);
    write(u"fuzz_textimporter"_s, name + u".bom"_s, "\xEF\xBB\xBF" + utf8);
    write(u"fuzz_textimporter"_s, name + u".utf16le"_s, utf16(text, QStringConverter::Utf16LE));
    write(u"fuzz_textimporter"_s, name + u".utf16be"_s, utf16(text, QStringConverter::Utf16BE));
    write(u"fuzz_textimporter"_s, name + u".gb18030"_s, encoded(text, "GB18030"));
    write(u"fuzz_textimporter"_s, name + u".big5"_s, encoded(text, "Big5"));
    // A file put together from two sources, and one with stray NUL bytes (issue 17, item 6).
    const qsizetype half = text.indexOf(u'\n', text.size() / 2);
    write(
        u"fuzz_textimporter"_s, name + u".mixed"_s, encoded(text.first(half), "GB18030") + text.sliced(half).toUtf8());
    QByteArray nuls = utf8;
    for (qsizetype at = 100; at < nuls.size(); at += 997) {
        nuls.insert(at, '\0');
    }
    write(u"fuzz_textimporter"_s, name + u".nul"_s, nuls);
    write(u"fuzz_textimporter"_s, name + u".crlf"_s, QByteArray(utf8).replace("\n", "\r\n"));

    write(u"fuzz_reportparser"_s, name + u".txt"_s, utf8);
    write(u"fuzz_outline"_s, name + u".txt"_s, utf8);
    // A page flattened into one line, as some web pages come out.
    write(u"fuzz_reportparser"_s, name + u".flat"_s, QString(text).replace(u'\n', u' ').toUtf8());
}

void htmlSeeds(const QString &name, const QStringList &lines)
{
    QString paragraphs;
    QString fonts;
    QString table;
    for (const QString &line : lines) {
        const QString escaped = line.toHtmlEscaped();
        paragraphs += TestDocuments::headingLevel(line) > 0 ? u"<h2>%1</h2>\n"_s.arg(escaped)
                                                            : u"<p style=\"text-indent:2em\">%1</p>\n"_s.arg(escaped);
        fonts += u"<font face=\"仿宋\">%1<br>\n"_s.arg(escaped);
        table += u"<tr><td width=\"20\"></td><td>%1</td></tr>\n"_s.arg(escaped);
    }
    const QString page = uR"(<!DOCTYPE html><html><head><meta charset="utf-8"><title>%1</title>
<meta name="ArticleTitle" content="%1"><meta name="PubDate" content="2025-03-28 10:00">
<script>var x = "<p>not text</p>";</script></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 法治政府建设</div>
<table class="index"><tr><td>索引号：</td><td>11320000/2025-00123</td><td>公开方式：</td><td>主动公开</td></tr>
<tr><td>发布单位：</td><td>区人民政府办公室</td><td>公开日期：</td><td>2025-03-28</td></tr></table>
<div class="TRS_Editor">%2</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> 【打印本页】【关闭窗口】</div>
<ul class="related"><li><a href="/a">相关新闻一</a></li><li><a href="/b">相关新闻二</a></li></ul>
</body></html>)"_s;
    write(u"fuzz_htmlimporter"_s, name + u".cms.html"_s, page.arg(lines.value(0).toHtmlEscaped(), paragraphs).toUtf8());
    write(u"fuzz_htmlimporter"_s, name + u".gb2312.html"_s,
        encoded(QString(page)
                    .replace(u"charset=\"utf-8\""_s, u"charset=\"gb2312\""_s)
                    .arg(lines.value(0).toHtmlEscaped(), paragraphs),
            "GB18030"));
    write(u"fuzz_htmlimporter"_s, name + u".font.html"_s,
        u"<html><body><div>%1</div></body></html>"_s.arg(fonts).toUtf8());
    write(u"fuzz_htmlimporter"_s, name + u".table.html"_s,
        u"<html><body><table width=\"980\">%1</table></body></html>"_s.arg(table).toUtf8());
    write(u"fuzz_htmlimporter"_s, name + u".pre.html"_s,
        u"<html><body><pre>%1</pre></body></html>"_s.arg(lines.join(u'\n').toHtmlEscaped()).toUtf8());
}

void docxSeeds(const QString &name, const QStringList &lines)
{
    for (const bool wordNumbering : {false, true}) {
        const QList<TestDocuments::DocxParagraph> paragraphs = TestDocuments::docxParagraphs(lines, wordNumbering);
        const QString suffix = wordNumbering ? u".numbered"_s : QString();
        write(u"fuzz_docximporter"_s, name + suffix + u".docx"_s, '\0' + TestDocuments::docx(paragraphs));
        // The XML parts, for the mode that packs them into an archive itself.
        write(u"fuzz_docximporter"_s, name + suffix + u".xml"_s,
            '\1' + TestDocuments::docxDocumentXml(paragraphs) + '\0' + TestDocuments::docxNumberingXml() + '\0'
                + TestDocuments::docxStylesXml());
    }
}

void pdfSeeds(const QString &name, const QStringList &lines)
{
    // Pages of 25 lines under a running header and over a page number, with the gaps word
    // processors set between Chinese and digits ("2025 年").
    QString text;
    for (qsizetype at = 0, page = 1; at < lines.size(); at += 25, ++page) {
        if (page > 1) {
            text += u'\f';
        }
        text += u"区人民政府文件\n"_s;
        for (const QString &line : lines.mid(at, 25)) {
            QString gapped = line;
            gapped.replace(QRegularExpression(u"(\\d+)"_s), u" \\1 "_s);
            text += gapped.trimmed() + u'\n';
        }
        text += u"- %1 -\n"_s.arg(page);
    }
    write(u"fuzz_pdftextjoiner"_s, name + u".pages"_s, text.toUtf8());
}

void reanchorSeeds(const QString &name, const QString &text, const QStringList &lines)
{
    // A new version: a paragraph inserted, a line dropped, a character changed, as offices revise.
    QStringList changed = lines.mid(0, 40);
    if (changed.size() > 4) {
        changed.insert(3, u"新增的段落，说明本年度新的工作情况。"_s);
        changed.removeAt(6);
        changed[1].replace(u'的', u'之');
    }
    const QByteArray old = head(text, 40).toUtf8();
    write(u"fuzz_reanchor"_s, name + u".edit"_s, old + '\0' + changed.join(u'\n').toUtf8());
    write(u"fuzz_reanchor"_s, name + u".spans"_s,
        old + '\0' + changed.join(u'\n').toUtf8() + '\0' + QByteArray("\x10\x00\x20\x00\x80\x01\x08\x00", 8));

    // Documents and the words reviewers search for.
    for (int i = 0; i < std::min<int>(4, lines.size()); ++i) {
        const QString &line = lines.at(i * lines.size() / 4);
        write(u"fuzz_bigramtokenizer"_s, name + u".%1"_s.arg(i),
            line.toUtf8() + '\0' + line.mid(line.size() / 3, 2 + i).toUtf8());
    }
}

// A real project holding @p text's first lines with an annotation and a decision, in small
// pages (512 bytes, journal DELETE) so that the mutator works on kilobytes, not the 4 KB pages
// of mostly empty space SQLite leaves.
void projectSeed(const QString &name, const QString &text)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"seed.fzr"_s);
    {
        auto opened = ReviewStore::open(path);
        if (!opened) {
            std::fprintf(stderr, "fuzzseeds: %s\n", qPrintable(opened.error()));
            ++failures;
            return;
        }
        ReviewStore &store = *opened.value();
        store.setAuthor(u"种子"_s);
        const ReportDocument document = FuzzSupport::parsed(head(text, 12), name + u".txt"_s);
        ImportedReport imported;
        if (store.importReport(
                {document, QCryptographicHash::hash(document.text.toUtf8(), QCryptographicHash::Sha256), {}},
                &imported)) {
            const QList<Tag> tags = store.tags().valueOr({});
            if (!tags.isEmpty()) {
                (void)store.addAnnotation(
                    imported.reportId, 0, std::min<int>(8, int(document.text.size())), tags.first().id, u"批注"_s);
            }
            (void)store.setReviewStatus(imported.reportId, u"in_progress"_s);
        }
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK
        || sqlite3_exec(db, "PRAGMA journal_mode=DELETE; PRAGMA page_size=512; VACUUM;", nullptr, nullptr, nullptr)
            != SQLITE_OK) {
        std::fprintf(stderr, "fuzzseeds: cannot shrink %s: %s\n", qPrintable(path), sqlite3_errmsg(db));
        ++failures;
    }
    sqlite3_close(db);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        write(u"fuzz_projectfile"_s, name + u".fzr"_s, file.readAll());
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: fuzzseeds OUTDIR REPORT.txt...\n");
        return 2;
    }
    outDir = QDir(arguments.first());
    outDir.mkpath(u"."_s);
    for (const QString &path : arguments.mid(1)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "fuzzseeds: cannot read %s\n", qPrintable(path));
            ++failures;
            continue;
        }
        const QString text = QString::fromUtf8(file.readAll());
        const QString name = QFileInfo(path).completeBaseName();
        const QStringList lines = TestDocuments::lines(text);
        textSeeds(name, text);
        htmlSeeds(name, lines);
        docxSeeds(name, lines);
        pdfSeeds(name, lines);
        reanchorSeeds(name, text, lines);
        projectSeed(name, text);
    }
    return failures == 0 ? 0 : 1;
}
