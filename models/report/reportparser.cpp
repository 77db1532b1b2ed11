// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportparser.h"

#include "chinesedate.h"
#include "headingmarker.h"
#include "metadataextractor.h"
#include "scriptdetector.h"
#include "textnormalizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

struct Line
{
    TextRange range; // normalized offsets, without the line break
    int hintLevel = 0;
};

struct Heading
{
    int level = 0;
    int line = 0;
    TextRange heading; // normalized
};

bool isSentenceEnd(QChar c)
{
    return c == u'。' || c == u'!' || c == u'?' || c == u'！' || c == u'？';
}

// Lines after the body: closing words, issuing bodies, the date, a contact line, an attachment note.
bool isBackMatter(QStringView line)
{
    static const QRegularExpression closing(u"^(特此报告|此报告|以上报告|专此报告|请审阅|妥否,?请批示)[。.!]?$"_s);
    static const QRegularExpression contact(u"^\\(?\\s*(联系人|联系电话|联系方式)"_s);
    static const QRegularExpression body(
        u"^[\\x{3400}-\\x{9FFF}()、]{2,40}(人民政府|委员会|政府|党委|党工委|管委会|管理委员会|办事处|办公室|常委会|"
        u"人大常委会|司法局|局|委|厅|办)$"_s);
    static const QRegularExpression attachment(u"^附件\\s*\\d*\\s*[:：]?"_s);
    return closing.matchView(line).hasMatch() || contact.matchView(line).hasMatch() || body.matchView(line).hasMatch()
        || ChineseDate::parse(line).isValid() || (line.size() < 40 && attachment.matchView(line).hasMatch());
}

// Whether a line before any heading is already body text rather than a title or addressee.
bool looksLikeBody(QStringView line)
{
    if (line.size() >= 60) {
        return true;
    }
    return line.size() >= 20 && isSentenceEnd(line.back()) && line.contains(u',');
}

// The extent of a heading within its line: up to the end of its first sentence, or the whole
// line when it is short; the rest of the line is a paragraph.
qsizetype headingLength(QStringView line)
{
    for (qsizetype i = 0; i < line.size() && i < 120; ++i) {
        // A space ends a heading too: pages flattened into one line keep only a space between
        // a heading and the paragraph under it.
        if (isSentenceEnd(line.at(i)) || (line.at(i) == u' ' && i <= 60)) {
            return i;
        }
    }
    if (line.size() <= 80) {
        return line.size();
    }
    for (const QChar stop : {u':', u';'}) {
        if (const qsizetype at = line.indexOf(stop); at > 0 && at < 80) {
            return at;
        }
    }
    return line.size();
}

class Parser
{
public:
    Parser(ReportDocument &document, const ImportedText &cleaned)
        : m_doc(document)
        , m_norm(document.normalized.text())
        , m_cleaned(cleaned)
    {
    }

    void run()
    {
        splitLines();
        findBody();
        parseBody();
        buildSections();
        ReportMatter matter;
        for (int i = 0; i < m_bodyStart; ++i) {
            matter.front.append(m_lines.at(i).range);
        }
        for (int i = m_bodyEnd; i < m_lines.size(); ++i) {
            matter.back.append(m_lines.at(i).range);
        }
        if (!m_paragraphs.isEmpty()) {
            matter.firstParagraph = m_paragraphs.first().range;
        }
        for (ReportParagraph &paragraph : m_paragraphs) {
            paragraph.range = toOriginal(paragraph.range);
            for (TextRange &item : paragraph.items) {
                item = toOriginal(item);
            }
        }
        m_doc.paragraphs = m_paragraphs;
        MetadataExtractor::extract(m_doc, matter, m_cleaned.fields);
        if (m_doc.sections.isEmpty()) {
            m_doc.warnings.append(ReportParser::tr("No numbered headings (一、 （一） 1.) were found."));
        }
    }

private:
    TextRange toOriginal(const TextRange &range) const
    {
        const NormalizedText &n = m_doc.normalized;
        if (range.end <= range.start) {
            const int at = n.toOriginal(range.start);
            return {at, at};
        }
        return {n.toOriginal(range.start), n.toOriginal(range.end - 1) + 1};
    }

    QStringView text(const TextRange &range) const { return QStringView(m_norm).mid(range.start, range.length()); }

    void splitLines()
    {
        int start = 0;
        int index = 0;
        while (start <= m_norm.size()) {
            int end = int(m_norm.indexOf(u'\n', start));
            if (end < 0) {
                end = int(m_norm.size());
            }
            if (end > start) {
                m_lines.append({{start, end}, m_cleaned.headingLevels.value(index)});
            }
            start = end + 1;
            ++index;
        }
    }

    void findBody()
    {
        m_bodyStart = 0;
        while (m_bodyStart < m_lines.size() && m_bodyStart < 8) {
            const Line &line = m_lines.at(m_bodyStart);
            const QStringView t = text(line.range);
            if (line.hintLevel > 0 || HeadingMarker::at(t) || looksLikeBody(t)) {
                break;
            }
            ++m_bodyStart;
        }
        if (m_bodyStart >= m_lines.size() || m_bodyStart == 8) {
            m_bodyStart = 0; // nothing looked like a body: keep everything rather than lose text
        }
        m_bodyEnd = int(m_lines.size());
        while (m_bodyEnd > m_bodyStart + 1 && isBackMatter(text(m_lines.at(m_bodyEnd - 1).range))) {
            --m_bodyEnd;
        }
    }

    bool acceptHeading(const HeadingMarker &marker)
    {
        const int expected = m_next[marker.level];
        const bool inSequence
            = marker.ordinal == expected || marker.ordinal == expected + 1 || (marker.level > 1 && marker.ordinal == 1);
        if (!inSequence) {
            return false;
        }
        followNumbering(marker);
        return true;
    }

    // The ordinal the next heading of the marker's level is expected to have.
    void followNumbering(const HeadingMarker &marker)
    {
        m_next[marker.level] = marker.ordinal + 1;
        for (int deeper = marker.level + 1; deeper <= 3; ++deeper) {
            m_next[deeper] = 1;
        }
    }

    void addParagraph(const TextRange &range)
    {
        ReportParagraph paragraph{range, {}};
        const QStringView t = text(range);
        static const QString before = u"。;；:：,，、 "_s;
        QList<int> starts;
        for (int i = 0; i < t.size(); ++i) {
            if ((i == 0 || before.contains(t.at(i - 1))) && (t.at(i) != u'第' || i + 1 < t.size())) {
                if (const auto marker = HeadingMarker::at(t.mid(i)); marker && marker->isEnumeration()) {
                    starts.append(i);
                }
            }
        }
        for (qsizetype k = 0; k < starts.size(); ++k) {
            int end = k + 1 < starts.size() ? starts.at(k + 1) : int(t.size());
            while (end > starts.at(k) + 1
                && (t.at(end - 1) == u' ' || t.at(end - 1) == u';' || t.at(end - 1) == u'；' || t.at(end - 1) == u','
                    || t.at(end - 1) == u'，')) {
                --end;
            }
            paragraph.items.append({range.start + starts.at(k), range.start + end});
        }
        m_paragraphs.append(paragraph);
    }

    void parseBody()
    {
        for (int i = m_bodyStart; i < m_bodyEnd; ++i) {
            const Line &line = m_lines.at(i);
            const QStringView t = text(line.range);
            const auto marker = HeadingMarker::at(t);
            int level = line.hintLevel;
            if (level == 0 && marker && !marker->isEnumeration() && acceptHeading(*marker)) {
                level = marker->level;
            } else if (level > 0 && marker && !marker->isEnumeration() && marker->level == level) {
                // A heading the file marked (a Word heading style) still counts in the numbering:
                // "三、" typed as a plain paragraph after a styled "二、" is the next heading.
                followNumbering(*marker);
            }
            if (level == 0) {
                addParagraph(line.range);
                continue;
            }
            const int length = int(headingLength(t));
            m_headings.append({level, i, {line.range.start, line.range.start + length}});
            int rest = line.range.start + length;
            while (rest < line.range.end
                && (isSentenceEnd(m_norm.at(rest)) || m_norm.at(rest) == u' ' || m_norm.at(rest) == u':'
                    || m_norm.at(rest) == u';')) {
                ++rest;
            }
            if (rest < line.range.end) {
                addParagraph({rest, line.range.end});
            }
        }
    }

    // The last body line before line index @p limit, as the end of a section that stops there.
    int sectionEnd(int limit) const { return m_lines.at(limit - 1).range.end; }

    void buildSections()
    {
        QList<ReportSection> roots;
        QList<ReportSection *> stack;
        for (qsizetype h = 0; h < m_headings.size(); ++h) {
            const Heading &heading = m_headings.at(h);
            int stopLine = m_bodyEnd;
            for (qsizetype k = h + 1; k < m_headings.size(); ++k) {
                if (m_headings.at(k).level <= heading.level) {
                    stopLine = m_headings.at(k).line;
                    break;
                }
            }
            ReportSection section;
            section.level = heading.level;
            section.headingRange = toOriginal(heading.heading);
            section.heading = m_doc.textAt(section.headingRange).trimmed();
            section.range = toOriginal({heading.heading.start, sectionEnd(stopLine)});
            while (!stack.isEmpty() && stack.last()->level >= heading.level) {
                stack.removeLast();
            }
            QList<ReportSection> &siblings = stack.isEmpty() ? roots : stack.last()->children;
            siblings.append(section);
            stack.append(&siblings.last());
        }
        m_doc.sections = roots;
    }

    ReportDocument &m_doc;
    const QString &m_norm;
    const ImportedText &m_cleaned;
    QList<Line> m_lines;
    int m_bodyStart = 0;
    int m_bodyEnd = 0;
    int m_next[4] = {1, 1, 1, 1};
    QList<Heading> m_headings;
    QList<ReportParagraph> m_paragraphs;
};

} // namespace

ReportDocument ReportParser::parse(const ImportedText &cleaned, const QString &fileName)
{
    ReportDocument document;
    document.fileName = fileName;
    document.format = cleaned.format;
    document.encoding = cleaned.encoding;
    document.text = cleaned.text;
    document.warnings = cleaned.warnings;
    const ScriptDetector::Counts counts = ScriptDetector::count(document.text);
    document.script = ScriptDetector::classify(counts);
    document.normalized = TextNormalizer::normalize(document.text, counts.traditional > 0);
    Parser(document, cleaned).run();
    return document;
}

} // namespace Fazhi
