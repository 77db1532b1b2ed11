// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftextjoiner.h"

#include <algorithm>

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// Running headers and footers sit in the first and last lines of a page.
constexpr int MarginLines = 2;

bool isWide(QChar c)
{
    return c.unicode() >= 0x2e80;
}

/** Width of a line in half-width units: Chinese characters and full-width punctuation count double. */
qsizetype displayWidth(QStringView line)
{
    qsizetype width = 0;
    for (const QChar c : line) {
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

/** A header or footer line with its numbers blanked, so "第3页" and "第4页" compare equal. */
QString marginKey(QStringView line)
{
    QString key;
    key.reserve(line.size());
    for (const QChar c : line) {
        if (c.isSpace()) {
            continue;
        }
        key.append(c.isDigit() ? u'#' : c);
    }
    return key;
}

bool endsSentence(QStringView line)
{
    static const QString closers = u"”’」』）)\"'】"_s;
    static const QString enders = u"。！？!?；;：:…"_s;
    qsizetype end = line.size();
    while (end > 0 && closers.contains(line[end - 1])) {
        --end;
    }
    return end > 0 && enders.contains(line[end - 1]);
}

/** The width a full line of the text block has: a high percentile of the lines' widths. */
qsizetype fullLineWidth(const QList<QStringList> &pages)
{
    QList<qsizetype> widths;
    for (const QStringList &page : pages) {
        for (const QString &line : page) {
            widths.append(displayWidth(line));
        }
    }
    if (widths.isEmpty()) {
        return 0;
    }
    std::sort(widths.begin(), widths.end());
    return widths[qsizetype(double(widths.size() - 1) * 0.9)];
}

/**
 * @p line cut where a heading begins or ends behind a space between Chinese characters: before a
 * heading marker that follows a finished sentence ("…完成。 二、存在问题"), and after a heading
 * without sentence punctuation ("（四）严格依法行政 一是…").
 */
QStringList splitAtHeadings(const QString &line)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype space = line.indexOf(u' '); space > 0; space = line.indexOf(u' ', space + 1)) {
        const QStringView before = QStringView(line).mid(start, space - start).trimmed();
        const QStringView after = QStringView(line).mid(space + 1).trimmed();
        if (before.isEmpty() || after.isEmpty() || !isWide(before.back()) || !isWide(after.front())) {
            continue;
        }
        const bool headingFollows = endsSentence(before) && PdfTextJoiner::startsWithHeadingMarker(after);
        const bool headingEnds = PdfTextJoiner::startsWithHeadingMarker(before) && !before.contains(u'。');
        if (headingFollows || headingEnds) {
            parts.append(before.toString());
            start = space + 1;
        }
    }
    parts.append(line.mid(start));
    return parts;
}

/** Chinese characters and the full-width punctuation set with them. */
bool isChinese(QChar c)
{
    const char16_t u = c.unicode();
    return c.script() == QChar::Script_Han || (u >= 0x3000 && u <= 0x303f) || (u >= 0xff00 && u <= 0xffef);
}

/**
 * What a word processor sets in a Latin font as one run: digits, letters, a decimal point or a
 * percent sign ("8.18", "5%", "5G"). Other ASCII punctuation sits next to Chinese without a gap.
 */
bool isLatin(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 && (c.isLetterOrNumber() || u == u'.' || u == u'%');
}

/** How a run of Latin text meets the Chinese text on one side. */
enum class Side { Gap, Touches, Other };

/** The side of the run at @p outside (the index next to it), looking @p step (-1 left, +1 right). */
Side sideAt(QStringView line, qsizetype outside, qsizetype step)
{
    if (outside < 0 || outside >= line.size()) {
        return Side::Other;
    }
    if (line[outside] == u' ') {
        const qsizetype beyond = outside + step;
        return beyond >= 0 && beyond < line.size() && isChinese(line[beyond]) ? Side::Gap : Side::Other;
    }
    return line[outside].script() == QChar::Script_Han ? Side::Touches : Side::Other;
}

} // namespace

QString PdfTextJoiner::withoutScriptGaps(QStringView line)
{
    // Word processors set a gap on both sides of a Latin run inside Chinese text ("镇江市 2024 年度"),
    // none next to punctuation ("三、2025 年"); PDFium reads each gap as a space. A space on one side of
    // a run whose other side touches a Chinese character was typed ("工作思路 2025年，…").
    QString result;
    result.reserve(line.size());
    qsizetype i = 0;
    while (i < line.size()) {
        if (!isLatin(line[i])) {
            result.append(line[i++]);
            continue;
        }
        qsizetype end = i;
        while (end < line.size() && isLatin(line[end])) {
            ++end;
        }
        // A percent sign or point at the run's edge is punctuation: it sits next to Chinese
        // without a gap ("企业 100%全覆盖"), which says nothing about the other side.
        Side left = sideAt(line, i - 1, -1);
        Side right = sideAt(line, end, 1);
        if (left == Side::Touches && !line[i].isLetterOrNumber()) {
            left = Side::Other;
        }
        if (right == Side::Touches && !line[end - 1].isLetterOrNumber()) {
            right = Side::Other;
        }
        if (left == Side::Gap && right != Side::Touches && result.endsWith(u' ')) {
            result.chop(1);
        }
        result.append(line.mid(i, end - i));
        i = end;
        if (right == Side::Gap && left != Side::Touches) {
            ++i; // the space after the run
        }
    }
    return result;
}

bool PdfTextJoiner::isPageNumber(QStringView line)
{
    static const QRegularExpression pageNumber(u"^[-—–－_~·\\s]*(?:第\\s*)?\\d{1,4}\\s*(?:[页頁]?\\s*(?:[/"
                                               u"／]\\s*\\d{1,4}|共\\s*\\d{1,4}\\s*[页頁])?)[-—–－_~·\\s]*$|"
                                               u"^(?:page\\s*)?\\d{1,4}\\s*(?:of|/)\\s*\\d{1,4}$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return !line.trimmed().isEmpty() && pageNumber.matchView(line.trimmed()).hasMatch();
}

bool PdfTextJoiner::startsWithHeadingMarker(QStringView line)
{
    static const QRegularExpression marker(
        u"^\\s*(?:第[一二三四五六七八九十百零〇]+[章节節条條部分篇]|[一二三四五六七八九十百]+[、．.]|"
        u"[（(][一二三四五六七八九十百]+[）)]|\\d{1,3}[、．.](?!\\d)|[（(]\\d{1,3}[）)]|[①-⑳⑴-⒇]|附件)"_s);
    return marker.matchView(line).hasMatch();
}

QStringList PdfTextJoiner::paragraphs(const QList<QStringList> &input, qsizetype *removedLines)
{
    QList<QStringList> pages;
    pages.reserve(input.size());
    for (const QStringList &page : input) {
        QStringList lines;
        lines.reserve(page.size());
        for (const QString &line : page) {
            lines.append(withoutScriptGaps(line));
        }
        pages.append(lines);
    }

    // Which header/footer candidates repeat: counted once per page.
    QHash<QString, int> marginCounts;
    for (const QStringList &page : pages) {
        QSet<QString> seen;
        for (qsizetype i = 0; i < page.size(); ++i) {
            if (i < MarginLines || i >= page.size() - MarginLines) {
                seen.insert(marginKey(page[i]));
            }
        }
        for (const QString &key : seen) {
            ++marginCounts[key];
        }
    }
    const qsizetype nonEmptyPages
        = std::count_if(pages.begin(), pages.end(), [](const QStringList &page) { return !page.isEmpty(); });
    auto isRunning = [&](const QString &line) {
        return nonEmptyPages >= 3 && marginCounts.value(marginKey(line)) * 2 > nonEmptyPages;
    };
    auto isMargin = [&](const QString &line) {
        return isPageNumber(line) || isRunning(line);
    };

    QList<QStringList> bodies;
    bodies.reserve(pages.size());
    qsizetype removed = 0;
    for (const QStringList &page : pages) {
        qsizetype first = 0;
        qsizetype last = page.size();
        while (first < last && first < MarginLines && isMargin(page[first])) {
            ++first;
        }
        while (last > first && last > page.size() - MarginLines && isMargin(page[last - 1])) {
            --last;
        }
        bodies.append(page.mid(first, last - first));
        removed += page.size() - (last - first);
    }
    if (removedLines) {
        *removedLines = removed;
    }

    // PDFium sometimes runs two printed lines into one with a space between them; a heading
    // that starts after a finished sentence is such a second line.
    for (QStringList &page : bodies) {
        QStringList split;
        for (const QString &line : std::as_const(page)) {
            split.append(splitAtHeadings(line));
        }
        page = split;
    }

    const qsizetype fullWidth = fullLineWidth(bodies);
    QStringList result;
    QString current;
    bool continues = false;
    for (const QStringList &page : bodies) {
        for (const QString &line : page) {
            if (continues && !startsWithHeadingMarker(line)) {
                // Latin words wrapped at a line end need their space back; Chinese does not.
                if (!isWide(current.back()) && !isWide(line.front())) {
                    current.append(u' ');
                }
                current.append(line);
            } else {
                if (!current.isEmpty()) {
                    result.append(current);
                }
                current = line;
            }
            continues = !endsSentence(line) && displayWidth(line) * 100 >= fullWidth * 85;
        }
    }
    if (!current.isEmpty()) {
        result.append(current);
    }
    return result;
}

} // namespace Fazhi
