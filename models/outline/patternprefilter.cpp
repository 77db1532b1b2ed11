// SPDX-License-Identifier: GPL-3.0-or-later
#include "patternprefilter.h"

#include <algorithm>
#include <optional>

namespace Fazhi {

namespace {

bool isAsciiAlphanumeric(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isHexDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

void appendOnce(QList<char16_t> &clause, char16_t c)
{
    if (!clause.contains(c)) {
        clause.append(c);
    }
}

} // namespace

// Reads PCRE2 syntax far enough to know which characters a match must contain. It follows the
// syntax the outline standard uses (literals, groups, alternatives, classes, quantifiers,
// lookarounds, common escapes) and gives up on anything else rather than guess.
class RequirementReader
{
    using Requirement = PatternPrefilter::Requirement;
    using Clauses = QList<Requirement>;

public:
    explicit RequirementReader(QStringView pattern)
        : m_pattern(pattern)
    {
    }

    std::optional<Clauses> read()
    {
        const Clauses clauses = alternation();
        if (m_failed || !atEnd()) {
            return std::nullopt;
        }
        return clauses;
    }

private:
    bool atEnd() const { return m_at >= m_pattern.size(); }
    char16_t peek() const { return m_pattern.at(m_at).unicode(); }
    bool lookingAt(QStringView text) const { return m_pattern.mid(m_at).startsWith(text); }

    void fail()
    {
        m_failed = true;
        m_at = m_pattern.size();
    }

    static Clauses oneOf(const QList<char16_t> &characters)
    {
        return characters.isEmpty() ? Clauses{} : Clauses{Requirement{characters, {}}};
    }

    // a|b|c: a match holds everything one of the branches needs.
    Clauses alternation()
    {
        QList<Clauses> branches{sequence()};
        while (!atEnd() && peek() == u'|') {
            ++m_at;
            branches.append(sequence());
        }
        if (branches.size() == 1) {
            return branches.first();
        }
        bool single = true;
        for (const Clauses &branch : std::as_const(branches)) {
            if (branch.isEmpty()) {
                return {}; // this branch needs nothing, so neither does the whole
            }
            single = single && branch.size() == 1 && branch.first().branches.isEmpty();
        }
        if (!single) {
            return {Requirement{{}, branches}};
        }
        // Branches that each need one of some characters ([区市]|县) need one of all of them.
        QList<char16_t> joined;
        for (const Clauses &branch : std::as_const(branches)) {
            for (const char16_t c : branch.first().anyOf) {
                appendOnce(joined, c);
            }
        }
        return oneOf(joined);
    }

    // Items one after another: a match holds what each item that must occur needs.
    Clauses sequence()
    {
        Clauses clauses;
        while (!atEnd() && peek() != u'|' && peek() != u')') {
            const Clauses item = atom();
            if (minimumRepeat() > 0) {
                clauses += item;
            }
        }
        return clauses;
    }

    // Reads the quantifier after an item, if any: how often the item must occur at least.
    int minimumRepeat()
    {
        if (atEnd()) {
            return 1;
        }
        int minimum = 1;
        switch (peek()) {
        case u'?':
        case u'*':
            minimum = 0;
            ++m_at;
            break;
        case u'+':
            ++m_at;
            break;
        case u'{': {
            const qsizetype close = m_pattern.indexOf(u'}', m_at);
            const QStringView bounds = close < 0 ? QStringView() : m_pattern.mid(m_at + 1, close - m_at - 1);
            const QStringView low = bounds.left(bounds.indexOf(u','));
            bool numeric = std::all_of(bounds.cbegin(), bounds.cend(),
                               [](QChar c) { return c == u',' || (c >= u'0' && c <= u'9'); })
                && bounds.count(u',') <= 1 && !bounds.isEmpty();
            if (!numeric) {
                fail();
                return 0;
            }
            minimum = low.isEmpty() ? 0 : low.toInt();
            m_at = close + 1;
            break;
        }
        default:
            return 1;
        }
        if (!atEnd() && (peek() == u'?' || peek() == u'+')) {
            ++m_at; // lazy or possessive: the same characters
        }
        return minimum;
    }

    Clauses atom()
    {
        const char16_t c = peek();
        ++m_at;
        switch (c) {
        case u'(':
            return group();
        case u'[':
            return characterClass();
        case u'\\':
            return escape();
        case u'.':
        case u'^':
        case u'$':
            return {};
        case u'*':
        case u'+':
        case u'?':
        case u'{':
        case u'}':
        case u')':
            fail();
            return {};
        default:
            if (QChar::isSurrogate(c)) {
                fail(); // a quantifier would apply to the pair, not to its second half
                return {};
            }
            return oneOf({c});
        }
    }

    Clauses group()
    {
        bool consumes = true;
        if (lookingAt(u"?:") || lookingAt(u"?>") || lookingAt(u"?|")) {
            m_at += 2;
        } else if (lookingAt(u"?=") || lookingAt(u"?!")) {
            m_at += 2;
            consumes = false;
        } else if (lookingAt(u"?<=") || lookingAt(u"?<!")) {
            m_at += 3;
            consumes = false;
        } else if (lookingAt(u"?<") || lookingAt(u"?P<") || lookingAt(u"?'")) {
            m_at += lookingAt(u"?P<") ? 3 : 2;
            while (!atEnd() && (isAsciiAlphanumeric(peek()) || peek() == u'_')) {
                ++m_at;
            }
            if (atEnd() || (peek() != u'>' && peek() != u'\'')) {
                fail();
                return {};
            }
            ++m_at;
        } else if (lookingAt(u"?") || lookingAt(u"*")) {
            fail(); // inline options, comments, verbs, recursion
            return {};
        }
        const Clauses inner = alternation();
        if (atEnd() || peek() != u')') {
            fail();
            return {};
        }
        ++m_at;
        return consumes ? inner : Clauses{};
    }

    // The character an escape outside a class stands for, or no clause for a class of characters.
    Clauses escape()
    {
        if (QStringView(u"dDsSwWhHvVNRX").contains(atEnd() ? u'\0' : peek())) {
            ++m_at;
            return {};
        }
        if (QStringView(u"bBAzZG").contains(atEnd() ? u'\0' : peek())) {
            ++m_at; // zero-width
            return {};
        }
        if (!atEnd() && (peek() == u'p' || peek() == u'P')) {
            skipProperty();
            return {};
        }
        const std::optional<char16_t> c = escapedCharacter();
        return c ? oneOf({*c}) : Clauses{};
    }

    // After a backslash: a literal character (\( \. \x{4E00} \n); fails on anything else.
    std::optional<char16_t> escapedCharacter()
    {
        if (atEnd()) {
            fail();
            return std::nullopt;
        }
        const char16_t c = peek();
        ++m_at;
        if (QChar::isSurrogate(c)) {
            fail();
            return std::nullopt;
        }
        if (!isAsciiAlphanumeric(c)) {
            return c;
        }
        switch (c) {
        case u'n':
            return u'\n';
        case u't':
            return u'\t';
        case u'r':
            return u'\r';
        case u'f':
            return u'\f';
        case u'a':
            return char16_t(0x07);
        case u'e':
            return char16_t(0x1B);
        case u'x':
            return hexCharacter();
        default:
            fail(); // back references, octal, \Q…\E, \g, \k…
            return std::nullopt;
        }
    }

    std::optional<char16_t> hexCharacter()
    {
        qsizetype start = m_at;
        qsizetype end = m_at;
        // \x{4E00} or \x41
        if (!atEnd() && peek() == u'{') {
            start = m_at + 1;
            end = m_pattern.indexOf(u'}', start);
            if (end < 0) {
                fail();
                return std::nullopt;
            }
            m_at = end + 1;
        } else {
            while (end < m_pattern.size() && end < start + 2 && isHexDigit(m_pattern.at(end).unicode())) {
                ++end;
            }
            m_at = end;
        }
        bool ok = false;
        const uint value = m_pattern.mid(start, end - start).toUInt(&ok, 16);
        if (!ok || value > 0xFFFF || QChar::isSurrogate(char32_t(value))) {
            fail();
            return std::nullopt;
        }
        return char16_t(value);
    }

    void skipProperty()
    {
        ++m_at; // p or P
        if (!atEnd() && peek() == u'{') {
            const qsizetype close = m_pattern.indexOf(u'}', m_at);
            if (close < 0) {
                fail();
                return;
            }
            m_at = close + 1;
        } else if (!atEnd()) {
            ++m_at;
        } else {
            fail();
        }
    }

    // One member of a class that is a single character, or nothing for \d, \p{…}, [:alpha:].
    std::optional<char16_t> classMember(bool &enumerable)
    {
        const char16_t c = peek();
        ++m_at;
        if (c == u'[' && !atEnd() && peek() == u':') {
            const qsizetype close = m_pattern.indexOf(u":]", m_at);
            if (close < 0) {
                fail();
                return std::nullopt;
            }
            m_at = close + 2;
            enumerable = false;
            return std::nullopt;
        }
        if (c != u'\\') {
            if (QChar::isSurrogate(c)) {
                fail();
            }
            return c;
        }
        if (!atEnd() && QStringView(u"dDsSwWhHvV").contains(peek())) {
            ++m_at;
            enumerable = false;
            return std::nullopt;
        }
        if (!atEnd() && (peek() == u'p' || peek() == u'P')) {
            skipProperty();
            enumerable = false;
            return std::nullopt;
        }
        return escapedCharacter();
    }

    // [abc] needs one of its characters; a negated or large class needs nothing in particular.
    Clauses characterClass()
    {
        constexpr int LargestRange = 256;
        const bool negated = !atEnd() && peek() == u'^';
        if (negated) {
            ++m_at;
        }
        bool enumerable = !negated;
        QList<char16_t> members;
        for (bool first = true;; first = false) {
            if (atEnd()) {
                fail();
                return {};
            }
            if (peek() == u']' && !first) {
                ++m_at;
                break;
            }
            const std::optional<char16_t> from = classMember(enumerable);
            if (m_failed) {
                return {};
            }
            if (!from) {
                continue;
            }
            if (m_at + 1 < m_pattern.size() && peek() == u'-' && m_pattern.at(m_at + 1) != u']') {
                ++m_at;
                const std::optional<char16_t> to = classMember(enumerable);
                if (m_failed || !to || *to < *from) {
                    fail();
                    return {};
                }
                if (*to - *from >= LargestRange) {
                    enumerable = false;
                    continue;
                }
                for (char32_t member = *from; member <= *to; ++member) {
                    appendOnce(members, char16_t(member));
                }
                continue;
            }
            appendOnce(members, *from);
        }
        return enumerable ? oneOf(members) : Clauses{};
    }

    QStringView m_pattern;
    qsizetype m_at = 0;
    bool m_failed = false;
};

PatternPrefilter::Subject::Subject(QStringView text)
    : m_text(text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        m_characters.set(c % CharacterBuckets);
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            m_characters.set(text.at(i).unicode() % CharacterBuckets);
        } else if (QChar::isSurrogate(c)) {
            m_validUtf16 = false;
        }
    }
}

QRegularExpression::MatchOptions PatternPrefilter::Subject::optionsFor(QStringView part) const
{
    // PCRE2 validates the whole subject before every search unless told not to; the text was
    // checked once here, and a piece of it is valid unless it splits a surrogate pair.
    const bool valid
        = m_validUtf16 && (part.isEmpty() || (!part.front().isLowSurrogate() && !part.back().isHighSurrogate()));
    return valid ? QRegularExpression::DontCheckSubjectStringMatchOption : QRegularExpression::NoMatchOption;
}

qsizetype PatternPrefilter::Subject::indexIn(const QRegularExpression &pattern, const PatternPrefilter &filter) const
{
    if (!filter.mayMatch(*this)) {
        return -1;
    }
    const QRegularExpressionMatch match
        = pattern.matchView(m_text, 0, QRegularExpression::NormalMatch, optionsFor(m_text));
    return match.hasMatch() ? match.capturedStart() : -1;
}

QRegularExpressionMatchIterator PatternPrefilter::Subject::globalMatch(
    const QRegularExpression &pattern, QStringView part) const
{
    return pattern.globalMatchView(part, 0, QRegularExpression::NormalMatch, optionsFor(part));
}

PatternPrefilter::PatternPrefilter(const QRegularExpression &pattern)
{
    // Options change what characters match (case, spacing): no condition rather than a guess.
    if (!pattern.isValid() || pattern.patternOptions() != QRegularExpression::NoPatternOption) {
        return;
    }
    if (const auto requirements = RequirementReader(pattern.pattern()).read()) {
        m_requirements = *requirements;
    }
}

bool PatternPrefilter::mayMatch(const Subject &subject) const
{
    return allHold(m_requirements, subject);
}

bool PatternPrefilter::allHold(const QList<Requirement> &requirements, const Subject &subject)
{
    return std::all_of(requirements.cbegin(), requirements.cend(), [&](const Requirement &requirement) {
        if (!requirement.anyOf.isEmpty()) {
            return std::any_of(
                requirement.anyOf.cbegin(), requirement.anyOf.cend(), [&](char16_t c) { return subject.holds(c); });
        }
        return std::any_of(requirement.branches.cbegin(), requirement.branches.cend(),
            [&](const QList<Requirement> &branch) { return allHold(branch, subject); });
    });
}

} // namespace Fazhi
