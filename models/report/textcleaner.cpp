// SPDX-License-Identifier: GPL-3.0-or-later
#include "textcleaner.h"

#include "chinesedate.h"
#include "headingmarker.h"
#include "textnormalizer.h"

#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

struct Line
{
    QString text;
    int headingLevel = 0; // from the importer, 0 when not marked
};

bool isSpace(QChar c)
{
    return c == u'\n' || TextNormalizer::isFoldableSpace(c.unicode()) || c == QChar(0xFEFF);
}

QString trimmed(QStringView text)
{
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && isSpace(text.at(start))) {
        ++start;
    }
    while (end > start && isSpace(text.at(end - 1))) {
        --end;
    }
    return text.mid(start, end - start).toString();
}

bool isBreadcrumb(const QString &text)
{
    static const QRegularExpression pattern(
        u"^(当前位置|您的位置|您现在的位置|當前位置|您現在的位置|所在位置)|>>|»|首页\\s*>|首頁\\s*>"_s);
    return pattern.match(text).hasMatch();
}

// Page furniture that is never part of a report: print, close, share, font size, QR codes.
bool isChrome(const QString &text)
{
    if (text.size() > 40) {
        return false;
    }
    static const QRegularExpression pattern(
        u"打印本页|打印本頁|关闭窗口|關閉窗口|分享到|【\\s*字体|【\\s*字體|字号[:：]|字號[:：]|扫一扫|掃一掃|"
        u"返回顶部|返回頂部|上一篇|下一篇|【打印】|【关闭】|【關閉】|浏览次数|瀏覽次數|阅读次数|閱讀次數"_s);
    return pattern.match(text).hasMatch();
}

bool isRelatedFooter(const QString &text)
{
    static const QRegularExpression pattern(
        u"^[-—•·*>＞\\s]*(相关新闻|相关链接|相关文章|相关阅读|相关信息|延伸阅读|相關新聞|相關鏈接|相關連結|相關文章|"
        u"相關閱讀|相關信息)\\s*[:：]?\\s*$"_s);
    return pattern.match(text).hasMatch();
}

// Splits "key：value key：value" metadata lines (index tables flattened, or the line under a
// web article's title) into fields. Returns false when the line is not such a line.
bool takeLabelledValues(const QStringList &cells, QMap<QString, QString> &fields)
{
    bool anyLabel = false;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        QString cell = cells.at(i);
        QString value;
        static const QRegularExpression labelled(u"^([^:：]{2,6})[:：]\\s*(.*)$"_s);
        const auto match = labelled.match(cell);
        if (!match.hasMatch()) {
            if (!anyLabel) {
                return false;
            }
            continue; // a value already taken with its label
        }
        const QString key = TextCleaner::fieldKeyForLabel(match.captured(1).trimmed());
        if (key.isEmpty()) {
            return false;
        }
        anyLabel = true;
        value = match.captured(2).trimmed();
        if (value.isEmpty() && i + 1 < cells.size() && !labelled.match(cells.at(i + 1)).hasMatch()) {
            value = cells.at(++i);
        }
        if (key == u"publishDate" || key == u"writtenDate") {
            const QDate date = ChineseDate::find(value);
            value = date.isValid() ? date.toString(Qt::ISODate) : QString();
        }
        static const QStringList none{u"无"_s, u"無"_s, u"-"_s, u"/"_s};
        if (!value.isEmpty() && !none.contains(value) && !fields.contains(key)) {
            fields.insert(key, value);
        }
    }
    return anyLabel;
}

// Handles a line of a web page's table: breadcrumbs and index tables vanish (their values
// kept), other rows keep their cell text. Returns the text to keep, possibly empty.
QString cleanTableLine(const QString &line, QMap<QString, QString> &fields)
{
    QStringList cells;
    for (const QString &cell : line.split(u'|')) {
        const QString t = trimmed(cell);
        if (!t.isEmpty()) {
            cells.append(t);
        }
    }
    if (cells.isEmpty() || isBreadcrumb(line)) {
        return {};
    }
    if (takeLabelledValues(cells, fields)) {
        return {};
    }
    return cells.join(u' ');
}

// Whether position i of text starts a heading or enumeration that a flattened page ran into
// the previous text with only a space between.
bool startsFlattenedMarker(const QString &text, qsizetype i)
{
    return i > 0 && isSpace(text.at(i - 1)) && HeadingMarker::at(QStringView(text).mid(i)).has_value();
}

QList<Line> splitFlattened(const Line &line)
{
    QList<Line> pieces;
    qsizetype start = 0;
    for (qsizetype i = 1; i < line.text.size(); ++i) {
        if (startsFlattenedMarker(line.text, i)) {
            const QString piece = trimmed(QStringView(line.text).mid(start, i - start));
            if (!piece.isEmpty()) {
                pieces.append({piece, pieces.isEmpty() ? line.headingLevel : 0});
            }
            start = i;
        }
    }
    const QString last = trimmed(QStringView(line.text).mid(start));
    if (!last.isEmpty()) {
        pieces.append({last, pieces.isEmpty() ? line.headingLevel : 0});
    }
    return pieces;
}

bool endsSentence(const QString &text)
{
    static const QString enders = u"。！？；：:;!?，,"_s;
    return !text.isEmpty() && enders.contains(text.back());
}

bool endsWithReport(const QString &text)
{
    return text.endsWith(u"报告") || text.endsWith(u"報告");
}

// A title broken over lines ("…关于2024年度法治政府" / "建设情况的报告") is one title: the first
// line ending in 报告 takes up to two short lines before it that cannot be anything else (no
// colon, no document number, no sentence end, no heading marker).
bool canStartTitle(const QString &line)
{
    static const QRegularExpression other(u"[:：〔\\[［]|公开$|公開$"_s);
    return line.size() <= 40 && !endsSentence(line) && !HeadingMarker::at(line) && !other.match(line).hasMatch()
        && !ChineseDate::parse(line).isValid();
}

void joinBrokenTitle(QList<Line> &lines)
{
    const qsizetype limit = std::min<qsizetype>(lines.size(), 8);
    for (qsizetype k = 0; k < limit; ++k) {
        const QString &last = lines.at(k).text;
        if (!endsWithReport(last) || last.size() > 40) {
            continue;
        }
        qsizetype first = k;
        qsizetype length = last.size();
        while (first > 0 && k - first < 2 && canStartTitle(lines.at(first - 1).text)
            && length + lines.at(first - 1).text.size() <= 60) {
            --first;
            length += lines.at(first).text.size();
        }
        for (qsizetype i = first + 1; i <= k; ++i) {
            lines[first].text += lines.at(i).text;
        }
        lines.remove(first + 1, k - first);
        return;
    }
}

} // namespace

QString TextCleaner::fieldKeyForLabel(QStringView label)
{
    static const QList<std::pair<QStringList, QString>> keys{
        {{u"索引号"_s, u"索引號"_s}, u"indexNumber"_s},
        {{u"公开方式"_s, u"公開方式"_s, u"公开形式"_s, u"公開形式"_s}, u"openMode"_s},
        {{u"发布单位"_s, u"發布單位"_s, u"发文机关"_s, u"發文機關"_s, u"发布机构"_s, u"發布機構"_s, u"来源"_s,
             u"來源"_s, u"信息来源"_s, u"信息來源"_s},
            u"publisher"_s},
        {{u"文号"_s, u"文號"_s, u"发文字号"_s, u"發文字號"_s}, u"documentNumber"_s},
        {{u"公开日期"_s, u"公開日期"_s, u"发布日期"_s, u"發布日期"_s, u"发布时间"_s, u"發布時間"_s}, u"publishDate"_s},
        {{u"成文日期"_s}, u"writtenDate"_s},
        {{u"标题"_s, u"標題"_s, u"名称"_s, u"名稱"_s}, u"title"_s},
        {{u"主题分类"_s, u"主題分類"_s, u"体裁分类"_s, u"體裁分類"_s, u"有效性"_s, u"浏览次数"_s, u"瀏覽次數"_s,
             u"作者"_s, u"字号"_s, u"字號"_s},
            u"ignored"_s},
    };
    for (const auto &[labels, key] : keys) {
        if (labels.contains(label)) {
            return key;
        }
    }
    return {};
}

void TextCleaner::clean(ImportedText &imported)
{
    QString text = imported.text;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    const QStringList rawLines = text.split(u'\n');

    QList<Line> lines;
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        QString line = trimmed(rawLines.at(i));
        if (line.contains(u'|')) {
            line = cleanTableLine(line, imported.fields);
        } else if (line.size() <= 120
            && (isBreadcrumb(line) || takeLabelledValues(line.split(u' ', Qt::SkipEmptyParts), imported.fields))) {
            line.clear();
        }
        if (line.isEmpty() || isChrome(line)) {
            continue;
        }
        if (isRelatedFooter(line) && i > rawLines.size() / 2) {
            break; // what follows is a list of links to other pages
        }
        for (const Line &piece : splitFlattened({line, imported.headingLevels.value(int(i))})) {
            lines.append(piece);
        }
    }
    joinBrokenTitle(lines);
    imported.fields.remove(u"ignored"_s);

    QStringList out;
    QHash<int, int> levels;
    for (const Line &line : std::as_const(lines)) {
        if (line.headingLevel > 0) {
            levels.insert(int(out.size()), line.headingLevel);
        }
        out.append(line.text);
    }
    imported.text = out.join(u'\n');
    imported.headingLevels = levels;
}

} // namespace Fazhi
