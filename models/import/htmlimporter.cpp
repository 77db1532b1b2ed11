// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlimporter.h"

#include "importedtextbuilder.h"
#include "textimporter.h"

#include <algorithm>
#include <functional>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <memory>

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// Real pages nest a few dozen levels, an unclosed tag on every line of a long report a few
// hundred; the recursive walks below need a few hundred bytes of stack a level.
constexpr int MaxNestingDepth = 5000;

void initialiseLibxml()
{
    // xmlInitParser() is not safe to race with itself; a function-local static runs it once.
    static const bool initialised = [] {
        xmlInitParser();
        return true;
    }();
    Q_UNUSED(initialised);
}

using DocumentPointer = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

QByteArrayView nameOf(const xmlNode *node)
{
    return node->name ? QByteArrayView(reinterpret_cast<const char *>(node->name)) : QByteArrayView();
}

bool isElement(const xmlNode *node, QByteArrayView name)
{
    return node->type == XML_ELEMENT_NODE && nameOf(node).compare(name, Qt::CaseInsensitive) == 0;
}

QString attribute(const xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    if (!value) {
        return {};
    }
    const QString result = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return result;
}

QString nodeText(const xmlNode *node)
{
    QString text;
    for (const xmlNode *child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            text.append(QString::fromUtf8(reinterpret_cast<const char *>(child->content)));
        } else if (child->type == XML_ELEMENT_NODE) {
            text.append(nodeText(child));
        }
    }
    return text;
}

int headingLevel(const xmlNode *node)
{
    const QByteArrayView name = nameOf(node);
    if (name.size() == 2 && (name[0] == 'h' || name[0] == 'H') && name[1] >= '1' && name[1] <= '6') {
        return name[1] - '0';
    }
    return 0;
}

bool isBlock(const xmlNode *node)
{
    static const QSet<QByteArray> blocks{"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody",
        "thead", "tfoot", "section", "article", "main", "blockquote", "pre", "center", "address", "figure",
        "figcaption", "hr", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "body", "html"};
    return blocks.contains(nameOf(node).toByteArray().toLower());
}

/** Elements that are never part of an article. */
bool isChromeElement(const xmlNode *node)
{
    static const QSet<QByteArray> chrome{"script", "style", "noscript", "nav", "header", "footer", "form", "iframe",
        "frame", "frameset", "select", "button", "input", "textarea", "object", "embed", "svg", "canvas", "template",
        "aside", "head", "link", "meta", "map", "audio", "video"};
    if (chrome.contains(nameOf(node).toByteArray().toLower())) {
        return true;
    }
    const QString style = attribute(node, "style").remove(u' ').toLower();
    return style.contains(u"display:none") || style.contains(u"visibility:hidden");
}

/** Class and id names that mark navigation, share bars and the like. */
bool hasChromeName(const xmlNode *node)
{
    const QString names = (attribute(node, "class") + u' ' + attribute(node, "id")).toLower();
    if (names.isEmpty()) {
        return false;
    }
    static const QStringList distinctive{u"breadcrumb"_s, u"crumb"_s, u"share"_s, u"print"_s, u"related"_s, u"xgxw"_s,
        u"xglj"_s, u"copyright"_s, u"toolbar"_s, u"sidebar"_s, u"fontsize"_s, u"font-size"_s, u"position"_s,
        u"location"_s, u"weizhi"_s, u"dqwz"_s, u"pagenav"_s};
    for (const QString &word : distinctive) {
        if (names.contains(word)) {
            return true;
        }
    }
    static const QRegularExpression separators(u"[\\s_\\-]+"_s);
    static const QSet<QString> tokens{u"nav"_s, u"menu"_s, u"header"_s, u"footer"_s, u"foot"_s, u"head"_s, u"top"_s,
        u"bottom"_s, u"close"_s, u"topbar"_s, u"navbar"_s, u"banner"_s};
    for (const QString &token : names.split(separators, Qt::SkipEmptyParts)) {
        if (tokens.contains(token)) {
            return true;
        }
    }
    return false;
}

/** Class and id names government CMSs give the article container. */
bool hasArticleName(const xmlNode *node)
{
    const QString names = (attribute(node, "class") + u' ' + attribute(node, "id")).toLower();
    static const QStringList hints{u"trs_editor"_s, u"zoom"_s, u"article"_s, u"content"_s, u"detail"_s, u"text"_s,
        u"main"_s, u"zhengwen"_s, u"bt_content"_s, u"pages_content"_s, u"wzy"_s};
    for (const QString &hint : hints) {
        if (names.contains(hint)) {
            return true;
        }
    }
    return false;
}

struct TextStats
{
    qsizetype text = 0;
    qsizetype link = 0;
    qsizetype nonLink() const { return text - link; }
};

qsizetype visibleLength(const xmlChar *content)
{
    qsizetype length = 0;
    for (const QChar c : QString::fromUtf8(reinterpret_cast<const char *>(content))) {
        if (!c.isSpace()) {
            ++length;
        }
    }
    return length;
}

/** Counts visible characters and those inside links for every element below @p node. */
TextStats measure(const xmlNode *node, bool inLink, QHash<const xmlNode *, TextStats> &stats)
{
    TextStats total;
    for (const xmlNode *child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            const qsizetype length = visibleLength(child->content);
            total.text += length;
            total.link += inLink ? length : 0;
        } else if (child->type == XML_ELEMENT_NODE) {
            const TextStats sub = measure(child, inLink || isElement(child, "a"), stats);
            total.text += sub.text;
            total.link += sub.link;
        }
    }
    stats.insert(node, total);
    return total;
}

void removeNode(xmlNode *node)
{
    xmlUnlinkNode(node);
    xmlFreeNode(node);
}

/** Removes scripts, menus, share bars and hidden elements from the tree. */
void removeChrome(xmlNode *node, const QHash<const xmlNode *, TextStats> &stats)
{
    xmlNode *child = node->children;
    while (child) {
        xmlNode *next = child->next;
        if (child->type == XML_COMMENT_NODE || child->type == XML_PI_NODE) {
            removeNode(child);
        } else if (child->type == XML_ELEMENT_NODE) {
            const TextStats own = stats.value(child);
            // A container named like a menu is chrome only when it looks like one: short or
            // mostly links. Some CMSs call the article's wrapper "main-head" or similar.
            const bool chromeByName = hasChromeName(child) && (own.text < 300 || own.link * 2 > own.text);
            if (isChromeElement(child) || chromeByName) {
                removeNode(child);
            } else {
                removeChrome(child, stats);
            }
        }
        child = next;
    }
}

xmlNode *findElement(xmlNode *node, QByteArrayView name)
{
    for (xmlNode *child = node->children; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE) {
            continue;
        }
        if (isElement(child, name)) {
            return child;
        }
        if (xmlNode *found = findElement(child, name)) {
            return found;
        }
    }
    return nullptr;
}

/** Reads <meta> tags; ContentSource goes to @p contentSource, used only when the page names no publisher. */
void collectMeta(xmlNode *node, ImportedTextBuilder &builder, QString *contentSource)
{
    for (xmlNode *child = node->children; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE) {
            continue;
        }
        if (isElement(child, "meta")) {
            const QString name = attribute(child, "name").toLower();
            const QString content = attribute(child, "content");
            if (name == u"pubdate" || name == u"publishdate" || name == u"firstpublishedtime") {
                builder.setDateField(u"publishDate"_s, content);
            } else if (name == u"articletitle") {
                builder.setField(u"title"_s, content);
            } else if (name == u"contentsource") {
                *contentSource = content;
            }
        }
        collectMeta(child, builder, contentSource);
    }
}

/** "法治政府建设情况报告_信息公开_某某区人民政府" → "法治政府建设情况报告". */
QString titleFromTitleElement(const QString &title)
{
    static const QRegularExpression siteSuffix(u"\\s*(_|\\||－|—| - ).*$"_s);
    QString cleaned = title.simplified();
    const QString withoutSuffix = QString(cleaned).remove(siteSuffix);
    return withoutSuffix.isEmpty() ? cleaned : withoutSuffix;
}

/** One line of the article before filtering, with its heading level (0 for body text). */
struct Line
{
    QString text;
    int level = 0;
};

bool isCjk(QChar c)
{
    return c.unicode() >= 0x2e80;
}

/**
 * Collapses runs of HTML white space to one space, as a browser does, except that a line break
 * between two Chinese characters disappears: pretty-printed pages break lines inside sentences.
 */
QString collapseWhiteSpace(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    qsizetype i = 0;
    while (i < raw.size()) {
        const QChar c = raw[i];
        if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f') {
            out.append(c);
            ++i;
            continue;
        }
        bool hasLineBreak = false;
        while (i < raw.size()
            && (raw[i] == u' ' || raw[i] == u'\t' || raw[i] == u'\n' || raw[i] == u'\r' || raw[i] == u'\f')) {
            hasLineBreak = hasLineBreak || raw[i] == u'\n' || raw[i] == u'\r';
            ++i;
        }
        const bool betweenCjk = !out.isEmpty() && i < raw.size() && isCjk(out.back()) && isCjk(raw[i]);
        if (!(hasLineBreak && betweenCjk)) {
            out.append(u' ');
        }
    }
    return out;
}

/** Elements whose line breaks are the text's own: each line of a <pre> block is a paragraph. */
bool isPreformatted(const xmlNode *node)
{
    return isElement(node, "pre") || isElement(node, "listing") || isElement(node, "xmp")
        || isElement(node, "plaintext");
}

/**
 * Turns the article's tree into lines: block elements break lines, table cells are
 * tab-separated, the lines of preformatted blocks stay lines.
 */
class LineWriter
{
public:
    void write(const xmlNode *node)
    {
        for (const xmlNode *child = node->children; child; child = child->next) {
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
                appendText(QString::fromUtf8(reinterpret_cast<const char *>(child->content)));
                continue;
            }
            if (child->type != XML_ELEMENT_NODE) {
                continue;
            }
            if (isElement(child, "br")) {
                flush();
                continue;
            }
            if (isPreformatted(child)) {
                flush();
                ++m_preformatted;
                write(child);
                --m_preformatted;
                flush();
                continue;
            }
            if (isElement(child, "td") || isElement(child, "th")) {
                endCell();
                write(child);
                endCell();
                continue;
            }
            const int level = headingLevel(child);
            const bool block = isBlock(child);
            if (block) {
                flush();
            }
            write(child);
            if (block) {
                flush(level);
            }
        }
    }

    QList<Line> take()
    {
        flush();
        return std::move(m_lines);
    }

private:
    void appendText(const QString &text)
    {
        if (m_preformatted == 0) {
            m_current.append(text);
            return;
        }
        const QList<QStringView> lines = QStringView(text).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                flush();
            }
            m_current.append(lines.at(i));
        }
    }

    // Cells are collapsed one by one so that the tab between them survives.
    void endCell()
    {
        m_cells.append(collapseWhiteSpace(m_current).trimmed());
        m_cells.append(u'\t');
        m_current.clear();
    }

    void flush(int level = 0)
    {
        if (m_current.isEmpty() && m_cells.isEmpty()) {
            return;
        }
        const QString text = QString(m_cells + collapseWhiteSpace(m_current)).trimmed();
        m_current.clear();
        m_cells.clear();
        if (!text.isEmpty()) {
            m_lines.append({text, level});
        }
    }

    QString m_current;
    QString m_cells;
    QList<Line> m_lines;
    int m_preformatted = 0;
};

/** The field an index-table label fills, or an empty string. */
QString fieldForLabel(QStringView label)
{
    static const QHash<QString, QString> fields{
        {u"索引号"_s, u"indexNumber"_s},
        {u"索引號"_s, u"indexNumber"_s},
        {u"公开方式"_s, u"openMode"_s},
        {u"公開方式"_s, u"openMode"_s},
        {u"公开形式"_s, u"openMode"_s},
        {u"公開形式"_s, u"openMode"_s},
        {u"发布单位"_s, u"publisher"_s},
        {u"發布單位"_s, u"publisher"_s},
        {u"發佈單位"_s, u"publisher"_s},
        {u"发布机构"_s, u"publisher"_s},
        {u"發布機構"_s, u"publisher"_s},
        {u"发文机关"_s, u"publisher"_s},
        {u"發文機關"_s, u"publisher"_s},
        {u"来源"_s, u"publisher"_s},
        {u"來源"_s, u"publisher"_s},
        {u"信息来源"_s, u"publisher"_s},
        {u"信息來源"_s, u"publisher"_s},
        {u"文号"_s, u"documentNumber"_s},
        {u"文號"_s, u"documentNumber"_s},
        {u"发文字号"_s, u"documentNumber"_s},
        {u"發文字號"_s, u"documentNumber"_s},
        {u"公开日期"_s, u"publishDate"_s},
        {u"公開日期"_s, u"publishDate"_s},
        {u"发布日期"_s, u"publishDate"_s},
        {u"發布日期"_s, u"publishDate"_s},
        {u"發佈日期"_s, u"publishDate"_s},
        {u"发布时间"_s, u"publishDate"_s},
        {u"發布時間"_s, u"publishDate"_s},
        {u"成文日期"_s, u"publishDate"_s},
    };
    return fields.value(label.toString());
}

const QRegularExpression &labelPattern()
{
    static const QRegularExpression pattern(u"(索引[号號]|公[开開](?:方式|形式|日期)|[发發][布佈](?:[单單]位|[机機]["
                                            u"构構]|日期|[时時][间間])|[发發]文(?:[机機][关關]|字[号號])|"
                                            u"信息[来來]源|[来來]源|文[号號]|成文日期)\\s*[:：]"_s);
    return pattern;
}

/**
 * Reads "label：value" pairs from an index line ("索引号：\t无\t公开方式：\t主动公开") into
 * fields; true when the line is such an index line and is no article text.
 */
bool readIndexLine(const QString &line, ImportedTextBuilder &builder)
{
    if (line.size() > 200) {
        return false;
    }
    QList<QRegularExpressionMatch> labels;
    auto it = labelPattern().globalMatch(line);
    while (it.hasNext()) {
        labels.append(it.next());
    }
    if (labels.isEmpty() || !line.left(labels.first().capturedStart()).trimmed().isEmpty()) {
        return false;
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const qsizetype start = labels[i].capturedEnd();
        const qsizetype end = i + 1 < labels.size() ? labels[i + 1].capturedStart() : line.size();
        const QString value = line.mid(start, end - start).trimmed();
        const QString field = fieldForLabel(labels[i].capturedView(1));
        if (field == u"publishDate") {
            // 发布日期 / 公开日期 are what a reader calls the date; 成文日期 only when nothing else says.
            if (!builder.hasField(field) || labels[i].capturedView(1) != u"成文日期") {
                const QString date = ImportedTextBuilder::isoDate(value);
                if (!date.isEmpty()) {
                    builder.setField(field, date);
                }
            }
        } else if (!field.isEmpty()) {
            // A value cell may be followed by empty cells: keep the first non-empty one.
            const QString firstCell = value.section(u'\t', 0, 0, QString::SectionSkipEmpty);
            // 来源 (source) names the publisher less precisely than 发布单位 and comes second.
            if (labels[i].capturedView(1).endsWith(u"源")) {
                builder.setFieldIfUnset(field, firstCell);
            } else {
                builder.setField(field, firstCell);
            }
        }
    }
    return true;
}

bool isChromeLine(const QString &line)
{
    static const QRegularExpression breadcrumb(
        u"^(当前位置|當前位置|您现在的位置|您現在的位置|您的位置|现在位置|現在位置|所在位置)|>>|(首页|首頁)\\s*[>＞›»]"_s);
    static const QRegularExpression tools(
        u"分享到|打印本页|打印本頁|关闭窗口|關閉窗口|【\\s*字[体體]|字[体體]\\s*[:：]?\\s*【?\\s*大\\s*】?\\s*【?\\s*"
        u"中|【\\s*打印\\s*】|"
        u"【\\s*(关闭|關閉)\\s*】|扫一扫|掃一掃|收藏本[页頁]|返回[顶頂]部|上一篇|下一篇|[浏瀏][览覽]次[数數]|[访訪][问問]量|[点點][击擊][数數量]"_s);
    return line.size() < 80 && (breadcrumb.matchView(line).hasMatch() || tools.matchView(line).hasMatch());
}

bool isRelatedListHeading(const QString &line)
{
    static const QRegularExpression related(
        u"^[-·•\\s]*(相[关關]|延伸|推荐|推薦)(新闻|新聞|[链鏈]接|文章|[阅閱][读讀]|信息|[资資][讯訊]|文件|稿件)\\s*[:：]?$"_s);
    return related.matchView(line).hasMatch();
}

/** Elements the article search may descend into: containers, not paragraphs or inline text. */
bool isContainer(const xmlNode *node)
{
    static const QSet<QByteArray> containers{"html", "body", "div", "section", "article", "main", "table", "tbody",
        "thead", "tr", "td", "th", "center", "blockquote", "form"};
    return containers.contains(nameOf(node).toByteArray().toLower());
}

/**
 * The non-link text of @p node that is its own rather than in a block element below it: text
 * nodes and inline elements such as <font> and <b>, except @p besides.
 */
qsizetype ownText(const xmlNode *node, const xmlNode *besides, const QHash<const xmlNode *, TextStats> &stats)
{
    qsizetype text = 0;
    for (const xmlNode *child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            text += visibleLength(child->content);
        } else if (child != besides && child->type == XML_ELEMENT_NODE && !isBlock(child) && !isContainer(child)) {
            text += stats.value(child).nonLink();
        }
    }
    return text;
}

/** The element holding the article: where most non-link text is, preferring CMS container names. */
const xmlNode *findArticle(const xmlNode *body, const QHash<const xmlNode *, TextStats> &stats)
{
    const xmlNode *current = body;
    for (;;) {
        const xmlNode *best = nullptr;
        qsizetype bestText = -1;
        for (const xmlNode *child = current->children; child; child = child->next) {
            if (child->type == XML_ELEMENT_NODE && stats.value(child).nonLink() > bestText) {
                best = child;
                bestText = stats.value(child).nonLink();
            }
        }
        // Go down while one child holds nearly all of the text: the wrappers around the article.
        // Never into a single paragraph, however long: the article is the block around it. Nor
        // past text of the element's own: an unclosed tag on every line nests each line inside
        // the one before, and every step down would lose a line.
        const qsizetype currentText = stats.value(current).nonLink();
        if (!best || !isContainer(best) || bestText * 10 < currentText * 8 || ownText(current, best, stats) > 0) {
            break;
        }
        current = best;
    }
    // A named CMS container inside that holds most of the text is the article proper, without the
    // title block, date line and index table that share its wrapper.
    const qsizetype total = stats.value(current).nonLink();
    const xmlNode *named = nullptr;
    std::function<void(const xmlNode *)> search = [&](const xmlNode *node) {
        for (const xmlNode *child = node->children; child; child = child->next) {
            if (child->type != XML_ELEMENT_NODE) {
                continue;
            }
            const TextStats own = stats.value(child);
            if (hasArticleName(child) && own.nonLink() * 10 >= total * 6 && own.link * 3 < own.text) {
                named = child; // deeper matches overwrite: the innermost container wins
            }
            search(child);
        }
    };
    search(current);
    return named ? named : current;
}

/** How many levels elements nest below @p root; walked without recursion, however deep. */
int nestingDepth(const xmlNode *root)
{
    int depth = 0;
    int deepest = 0;
    const xmlNode *node = root;
    for (;;) {
        if (node->children) {
            node = node->children;
            deepest = std::max(deepest, ++depth);
            continue;
        }
        while (node != root && !node->next) {
            node = node->parent;
            --depth;
        }
        if (node == root) {
            return deepest;
        }
        node = node->next;
    }
}

} // namespace

QString HtmlImporter::declaredCharset(QByteArrayView bytes)
{
    // Browsers look for the declaration in the first 1024 bytes; saved pages sometimes put long
    // scripts first, so look a little further.
    const QString head = QString::fromLatin1(bytes.first(std::min<qsizetype>(bytes.size(), 8192)));
    static const QRegularExpression metaCharset(
        u"<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"_s, QRegularExpression::CaseInsensitiveOption);
    const auto match = metaCharset.match(head);
    return match.hasMatch() ? match.captured(1) : QString();
}

Result<ImportedText> HtmlImporter::importBytes(QByteArrayView bytes)
{
    ImportedTextBuilder builder(u"html"_s);
    const QString charset = declaredCharset(bytes);
    Result<TextImporter::Decoded> decoded = Error{};
    if (!charset.isEmpty()) {
        decoded = TextImporter::decodeAs(bytes, charset);
    }
    if (!decoded) {
        decoded = TextImporter::decode(bytes);
        if (!decoded) {
            return decoded.failure();
        }
        if (!charset.isEmpty()) {
            builder.addWarning(tr("The page declares the character encoding %1 but is written in %2.")
                    .arg(charset, decoded.value().encoding));
        }
    }
    builder.setEncoding(decoded.value().encoding);
    for (const QString &warning : decoded.value().warnings) {
        builder.addWarning(warning);
    }

    initialiseLibxml();
    const QByteArray utf8 = decoded.value().text.toUtf8();
    // The text is UTF-8 now whatever the page's meta tag says (HTML_PARSE_IGNORE_ENC); NONET
    // keeps libxml2 from loading anything a page refers to. XML_PARSE_HUGE lifts the parser's
    // limit of 256 levels: an unclosed <font> on every line nests a long report deeper than that.
    DocumentPointer document(htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
                                 HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                                     | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT | XML_PARSE_HUGE),
        &xmlFreeDoc);
    xmlNode *root = document ? xmlDocGetRootElement(document.get()) : nullptr;
    if (!root) {
        return Error{tr("not a readable HTML page")};
    }
    // What follows walks the tree recursively; a page nested beyond any real one is refused
    // rather than risking the stack.
    if (const int depth = nestingDepth(root); depth > MaxNestingDepth) {
        return Error{tr("the page's elements are nested %1 levels deep, more than the %2 that can be read")
                .arg(depth)
                .arg(MaxNestingDepth)};
    }

    QString contentSource;
    collectMeta(root, builder, &contentSource);
    if (const xmlNode *h1 = findElement(root, "h1")) {
        builder.setFieldIfUnset(u"title"_s, nodeText(h1).simplified());
    }
    if (const xmlNode *title = findElement(root, "title")) {
        builder.setFieldIfUnset(u"title"_s, titleFromTitleElement(nodeText(title)));
    }

    QHash<const xmlNode *, TextStats> stats;
    measure(root, false, stats);
    removeChrome(root, stats);
    stats.clear();
    measure(root, false, stats);

    // Index fields may sit anywhere on the page, often outside the article block.
    LineWriter pageWriter;
    pageWriter.write(root);
    for (const Line &line : pageWriter.take()) {
        readIndexLine(line.text, builder);
    }

    builder.setFieldIfUnset(u"publisher"_s, contentSource);

    xmlNode *body = findElement(root, "body");
    const xmlNode *page = body ? body : root;
    const xmlNode *article = findArticle(page, stats);
    LineWriter articleWriter;
    articleWriter.write(article);
    const QString title = builder.field(u"title"_s).simplified();
    bool hasReportText = false;
    for (const Line &line : articleWriter.take()) {
        if (isRelatedListHeading(line.text)) {
            break;
        }
        ImportedTextBuilder scratch(QString{});
        if (isChromeLine(line.text) || readIndexLine(line.text, scratch)) {
            continue;
        }
        builder.addLine(line.text, line.level);
        hasReportText = hasReportText || line.text.simplified() != title;
    }
    // A page whose article is gone (a list page, a removed article) still has its title: that
    // alone is no report.
    if (!hasReportText) {
        return Error{tr("the page has no report text: only its title, menus and links were found")};
    }
    // Menus and link lists are no loss; text outside the article that is not links may be part
    // of the report the finder missed.
    const qsizetype pageText = stats.value(page).nonLink();
    const qsizetype leftOut = pageText - stats.value(article).nonLink();
    if (leftOut * 10 > pageText) {
        builder.addWarning(tr("Only %1 of the page's %2 characters of text (besides menus and links) were taken as "
                              "the report; the rest may belong to it: compare the report with the page.")
                .arg(pageText - leftOut)
                .arg(pageText));
    }
    return builder.take();
}

} // namespace Fazhi
