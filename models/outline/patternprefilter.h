// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <bitset>

#include <QList>
#include <QRegularExpression>
#include <QStringView>

namespace Fazhi {

class RequirementReader;

/**
 * A cheap test that rules out a regular expression before it runs: the characters that any
 * match must contain ("one of these characters", and for alternatives, what one branch needs). The analysis of
 * every paragraph runs about a hundred cue patterns; most cannot match (their words are not in
 * the paragraph), and looking characters up in a set is much cheaper than letting PCRE2 scan
 * the text for each of them.
 *
 * The condition is derived from the pattern conservatively: whatever the derivation does not
 * understand (inline options, verbs, back references…) adds no clause, and a pattern it cannot
 * read at all gets none, so a filtered search finds exactly what the plain search finds.
 */
class PatternPrefilter final
{
public:
    /**
     * A text prepared for many searches: which characters it holds, and whether PCRE2 may skip
     * its UTF-16 validation (which otherwise runs over the whole text on every search).
     */
    class Subject final
    {
    public:
        explicit Subject(QStringView text);

        QStringView text() const { return m_text; }
        bool holds(char16_t c) const { return m_characters.test(c % CharacterBuckets); }

        /** Whether @p filter lets its pattern run on this text. */
        bool mayMatch(const PatternPrefilter &filter) const { return filter.mayMatch(*this); }

        /** Where the first match of @p pattern starts in the text, or -1; runs it only if @p filter allows. */
        qsizetype indexIn(const QRegularExpression &pattern, const PatternPrefilter &filter) const;
        /**
         * Every match of @p pattern in @p part, a piece of the text. Check mayMatch() first: an
         * empty iterator is not free.
         */
        QRegularExpressionMatchIterator globalMatch(const QRegularExpression &pattern, QStringView part) const;
        QRegularExpressionMatchIterator globalMatch(const QRegularExpression &pattern) const
        {
            return globalMatch(pattern, m_text);
        }

    private:
        // Characters are kept modulo this: a collision only lets a pattern run that could be skipped.
        static constexpr int CharacterBuckets = 1 << 14;

        QRegularExpression::MatchOptions optionsFor(QStringView part) const;

        QStringView m_text;
        std::bitset<CharacterBuckets> m_characters;
        bool m_validUtf16 = true;
    };

    /** No condition: every text may match. */
    PatternPrefilter() = default;
    explicit PatternPrefilter(const QRegularExpression &pattern);

    /** False only when no match of the pattern can exist in @p subject. */
    bool mayMatch(const Subject &subject) const;

private:
    // One thing every match holds: one of some characters, or, for alternatives, everything one
    // of the branches needs ("平台|系统" needs 平 and 台, or 系 and 统).
    struct Requirement
    {
        QList<char16_t> anyOf;
        QList<QList<Requirement>> branches;
    };
    friend class RequirementReader;

    static bool allHold(const QList<Requirement> &requirements, const Subject &subject);

    QList<Requirement> m_requirements;
};

} // namespace Fazhi
