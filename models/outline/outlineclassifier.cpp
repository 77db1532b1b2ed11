// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlineclassifier.h"

#include "headingmarker.h"
#include "textnormalizer.h"

#include <algorithm>
#include <array>
#include <functional>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

constexpr qsizetype CategoryCount = 6;

qsizetype indexOf(OutlineCategory category)
{
    return qsizetype(category);
}

// Book titles (《…》) name other documents ("《2025年工作要点》", "《…三年行动计划》"): their
// words say nothing about the part that cites them, so they are blanked out before matching.
QString maskBookTitles(QStringView text)
{
    QString masked = text.toString();
    int depth = 0;
    for (QChar &c : masked) {
        if (c == u'《') {
            ++depth;
        } else if (c == u'》') {
            depth = std::max(0, depth - 1);
        } else if (depth > 0) {
            c = u'□';
        }
    }
    return masked;
}

// A heading without its numbering marker and trailing punctuation: the words that classify it.
QStringView headingWords(QStringView heading)
{
    QStringView words = heading.trimmed();
    if (const auto marker = HeadingMarker::at(words)) {
        words = words.mid(marker->length).trimmed();
    }
    while (!words.isEmpty() && QStringView(u"。.:;,!?").contains(words.back())) {
        words.chop(1);
    }
    return words;
}

} // namespace

// What a part inherits: the category of its heading or of the part before it, and why.
struct OutlineClassifier::Context
{
    OutlineCategory category = OutlineCategory::Achievements;
    QString reason;
};

// The cues that matched one text: per category the strongest weight, how many matched, where
// the strongest one is and the reason it gives.
struct OutlineClassifier::Scores
{
    std::array<double, CategoryCount> best{};
    std::array<int, CategoryCount> count{};
    std::array<qsizetype, CategoryCount> position{};
    std::array<QString, CategoryCount> reason{};

    // @p why makes the reason; it is called only for a new strongest cue, since most cues that
    // match are not the strongest and building a translated reason costs more than the match.
    template<typename Why> void add(OutlineCategory category, double weight, qsizetype at, Why why)
    {
        const qsizetype i = indexOf(category);
        ++count[i];
        if (weight > best[i]) {
            best[i] = weight;
            position[i] = at;
            reason[i] = why();
        }
    }

    double total(qsizetype i, double bonus) const { return count[i] == 0 ? 0 : best[i] + bonus * (count[i] - 1); }
};

QList<PartClassification> OutlineResult::partsOf(OutlineCategory category) const
{
    QList<PartClassification> parts;
    for (const QList<PartClassification> *list : {&sections, &paragraphs}) {
        std::copy_if(list->cbegin(), list->cend(), std::back_inserter(parts),
            [category](const PartClassification &part) { return part.covers(category); });
    }
    return parts;
}

OutlineClassifier::OutlineClassifier(OutlineStandard standard)
    : m_standard(std::move(standard))
{
}

OutlineClassifier::Scores OutlineClassifier::score(QStringView text, bool heading, int reportYear) const
{
    Scores scores;
    const QString masked = maskBookTitles(text);
    const PatternPrefilter::Subject subject(masked);
    for (const OutlineCategoryRules &rules : m_standard.categories()) {
        for (const OutlineCue &cue : heading ? rules.headingCues : rules.paragraphCues) {
            const qsizetype at = subject.indexIn(cue.pattern, cue.prefilter);
            if (at < 0) {
                continue;
            }
            scores.add(rules.category, cue.weight, at, [&] {
                return heading    ? tr("heading contains %1").arg(cue.label)
                    : cue.opening ? tr("paragraph opens with %1").arg(cue.label)
                                  : tr("mentions %1").arg(cue.label);
            });
        }
    }

    // Year arithmetic: a year after the one reported is next year's plan; the year reported, or
    // "…年以来", is what was done. Ranges ("2021-2025年", "截至2025年") are not meant.
    static const QRegularExpression yearPattern(u"(?<![\\d\\-—–~至到])(\\d{4})年(度)?(以来)?"_s);
    static const PatternPrefilter yearPrefilter(yearPattern);
    const QMap<QString, OutlineYearRule> &years = m_standard.classifierRules().years;
    const auto apply = [&](const QString &rule, qsizetype at, const QString &why) {
        const OutlineYearRule yearRule = years.value(rule);
        scores.add(yearRule.category, yearRule.weight, at, [&] { return why; });
    };
    if (!subject.mayMatch(yearPrefilter)) {
        return scores;
    }
    bool mentioned = false;
    for (auto it = subject.globalMatch(yearPattern); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int year = match.capturedView(1).toInt();
        const bool since = match.capturedLength(3) > 0;
        const qsizetype at = match.capturedStart();
        const bool future = reportYear > 0 && year > reportYear;
        if (heading) {
            if (future) {
                apply(u"futureHeading"_s, at, tr("heading names %1年, after the year reported").arg(year));
            } else if (year == reportYear) {
                apply(u"reportYearHeading"_s, at, tr("heading names the year reported (%1年)").arg(year));
            }
            break;
        }
        if (at == 0 && since && (reportYear == 0 || year <= reportYear)) {
            apply(u"sinceOpening"_s, at, tr("paragraph opens with %1年以来").arg(year));
        } else if (at == 0 && future) {
            apply(u"futureOpening"_s, at,
                masked.mid(at, 40).contains(u'将')
                    ? tr("paragraph opens with %1年…将").arg(year)
                    : tr("paragraph opens with %1年, after the year reported").arg(year));
        } else if (at == 0 && year == reportYear) {
            apply(u"reportYearOpening"_s, at, tr("paragraph opens with the year reported (%1年)").arg(year));
        } else if (future && !since && !mentioned) {
            mentioned = true;
            apply(u"futureMention"_s, at, tr("mentions %1年, after the year reported").arg(year));
        }
    }
    return scores;
}

PartClassification OutlineClassifier::decide(
    const Scores &own, const Context *context, bool heading, QStringView text) const
{
    const OutlineClassifierRules &rules = m_standard.classifierRules();
    std::array<double, CategoryCount> ownTotal{};
    for (qsizetype i = 0; i < CategoryCount; ++i) {
        ownTotal[i] = own.total(i, rules.extraCueBonus);
    }
    std::array<double, CategoryCount> total = ownTotal;
    const qsizetype inherited = context ? indexOf(context->category) : -1;
    if (context) {
        const OutlineCategoryRules &contextRules = m_standard.rules(context->category);
        if (contextRules.isPart) {
            // Under a part heading, topic wording does not count: a plan about the
            // first-responsible-person duty is a plan, a problem with enforcement a problem.
            for (const OutlineCategoryRules &candidate : m_standard.categories()) {
                if (!candidate.isPart) {
                    total[indexOf(candidate.category)] = 0;
                }
            }
        }
        total[inherited] += contextRules.inheritWeight;
    }

    qsizetype top = -1;
    for (qsizetype i = 0; i < CategoryCount; ++i) {
        if (total[i] > 0 && (top < 0 || total[i] > total[top] || (total[i] == total[top] && i == inherited))) {
            top = i;
        }
    }
    PartClassification result;
    if (top < 0) {
        result.category = rules.defaultCategory;
        result.confidence = 0.5;
        result.reason
            = tr("no cue: counted as %1, what most of a report is").arg(outlineCategoryId(rules.defaultCategory));
        return result;
    }
    const auto strongestExcept = [](const std::array<double, CategoryCount> &values, qsizetype a, qsizetype b) {
        double best = 0;
        for (qsizetype i = 0; i < CategoryCount; ++i) {
            if (i != a && i != b) {
                best = std::max(best, values[i]);
            }
        }
        return best;
    };
    const auto confidence = [](double winner, double runnerUp) {
        return std::clamp(winner / (winner + runnerUp + 0.5), 0.3, 0.98);
    };

    // A heading that names two items ("存在问题及下阶段工作计划"): the first named is its category,
    // the other its secondary one.
    if (heading && top != inherited) {
        qsizetype partner = -1;
        for (qsizetype i = 0; i < CategoryCount; ++i) {
            if (i != top && ownTotal[i] >= rules.mergedMinimum && ownTotal[i] >= rules.mergedRatio * ownTotal[top]
                && (partner < 0 || ownTotal[i] > ownTotal[partner])) {
                partner = i;
            }
        }
        const qsizetype first = partner < 0 || own.position[top] <= own.position[partner] ? top : partner;
        const qsizetype second = first == top ? partner : top;
        // Two items are named only when joined ("存在问题及下一步打算"), not when one qualifies
        // the other ("存在问题的主要原因" is about causes).
        static const QRegularExpression joined(u"和|及|与|、|以及|并|暨"_s);
        if (partner >= 0
            && joined.matchView(text.mid(own.position[first], own.position[second] - own.position[first])).hasMatch()) {
            result.category = OutlineCategory(first);
            result.secondary = OutlineCategory(second);
            result.confidence
                = confidence(std::min(ownTotal[top], ownTotal[partner]), strongestExcept(ownTotal, top, partner));
            result.reason = tr("%1; %2").arg(own.reason[first], own.reason[second]);
            result.ownCue = true;
            return result;
        }
    }

    result.category = OutlineCategory(top);
    result.confidence = confidence(total[top], strongestExcept(total, top, top));
    const bool ownDecides
        = ownTotal[top] > 0 && (top != inherited || ownTotal[top] >= m_standard.rules(context->category).inheritWeight);
    result.ownCue = ownDecides;
    result.reason = ownDecides ? own.reason[top] : context->reason;
    return result;
}

PartClassification OutlineClassifier::classifyText(
    QStringView normalized, bool heading, int reportYear, const Context *context) const
{
    const QStringView words = heading ? headingWords(normalized) : normalized.trimmed();
    PartClassification result = decide(score(words, heading, reportYear), context, heading, words);
    if (result.category != OutlineCategory::Other) {
        result.themes = themes(words);
    }
    return result;
}

PartClassification OutlineClassifier::classifyHeading(const QString &heading, int reportYear) const
{
    return classifyText(TextNormalizer::normalize(heading).text(), true, reportYear, nullptr);
}

PartClassification OutlineClassifier::classifyParagraph(const QString &paragraph, int reportYear) const
{
    return classifyText(TextNormalizer::normalize(paragraph).text(), false, reportYear, nullptr);
}

QStringList OutlineClassifier::themes(QStringView normalizedText) const
{
    const QString masked = maskBookTitles(normalizedText);
    const PatternPrefilter::Subject subject(masked);
    QList<std::pair<double, QString>> found;
    for (const OutlineTheme &theme : m_standard.themes()) {
        double sum = 0;
        for (const OutlineCue &keyword : theme.keywords) {
            if (subject.indexIn(keyword.pattern, keyword.prefilter) >= 0) {
                sum += keyword.weight;
            }
        }
        if (sum >= theme.minScore) {
            found.append({sum, theme.id});
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList ids;
    for (const auto &[sum, id] : found) {
        ids.append(id);
    }
    return ids;
}

OutlineResult OutlineClassifier::classify(const ReportDocument &document) const
{
    OutlineResult result;
    result.paragraphs.resize(document.paragraphs.size());
    const int reportYear = document.metadataValue(MetadataKey::Year).toInt();
    const NormalizedText &normalized = document.normalized;
    const auto normalizedAt = [&](const TextRange &range) {
        const int start = normalized.fromOriginal(range.start);
        return QStringView(normalized.text()).mid(start, normalized.fromOriginal(range.end) - start);
    };
    const auto contains = [](const TextRange &outer, const TextRange &inner) {
        return inner.start >= outer.start && inner.end <= outer.end;
    };

    // One entry per direct paragraph or child section of a section, in document order.
    struct Part
    {
        int start = 0;
        qsizetype paragraph = -1;
        const ReportSection *section = nullptr;
    };
    const auto partsWithin = [&](const TextRange &range, int after, const QList<ReportSection> &children) {
        QList<Part> parts;
        for (qsizetype p = 0; p < document.paragraphs.size(); ++p) {
            const TextRange &paragraph = document.paragraphs.at(p).range;
            const bool inChild = std::any_of(children.cbegin(), children.cend(),
                [&](const ReportSection &child) { return contains(child.range, paragraph); });
            if (paragraph.start >= after && contains(range, paragraph) && !inChild) {
                parts.append({paragraph.start, p, nullptr});
            }
        }
        for (const ReportSection &child : children) {
            parts.append({child.range.start, -1, &child});
        }
        std::sort(parts.begin(), parts.end(), [](const Part &a, const Part &b) { return a.start < b.start; });
        return parts;
    };

    // Classifies the parts in order; a part of a carrying category decided by its own wording
    // becomes the context of the parts after it ("…但仍存在…" then "一是…", "二是…").
    std::function<void(const QList<Part> &, std::optional<Context>, const QStringList &, bool)> walkParts;
    std::function<void(const ReportSection &, const Context *)> walkSection;

    const auto follow = [&](const PartClassification &part, std::optional<Context> &running) {
        if (part.ownCue && m_standard.rules(part.category).carriesForward
            && (!running || running->category != part.category)) {
            running = Context{part.category, tr("follows the %1 part before it").arg(outlineCategoryId(part.category))};
        }
    };

    walkParts = [&](const QList<Part> &parts, std::optional<Context> running, const QStringList &inheritedThemes,
                    bool sectionsInherit) {
        for (const Part &part : parts) {
            if (part.section) {
                const qsizetype index = result.sections.size();
                walkSection(*part.section, running && sectionsInherit ? &*running : nullptr);
                // Only part categories carry on; a topic heading leaves the context as it was.
                follow(result.sections.at(index), running);
                continue;
            }
            const TextRange &range = document.paragraphs.at(part.paragraph).range;
            PartClassification classification
                = classifyText(normalizedAt(range), false, reportYear, running ? &*running : nullptr);
            if (classification.themes.isEmpty() && classification.category != OutlineCategory::Other) {
                classification.themes = inheritedThemes;
            }
            classification.range = range;
            follow(classification, running);
            result.paragraphs[part.paragraph] = classification;
        }
    };

    walkSection = [&](const ReportSection &section, const Context *context) {
        PartClassification classification = classifyText(normalizedAt(section.headingRange), true, reportYear, context);
        classification.range = section.range;
        classification.headingRange = section.headingRange;
        classification.level = section.level;
        result.sections.append(classification);
        const Context own{
            classification.category, tr("inherits from heading %1").arg(normalizedAt(section.headingRange).toString())};
        walkParts(
            partsWithin(section.range, section.headingRange.end, section.children), own, classification.themes, true);
    };

    // The body: paragraphs before the first heading are the preamble; top-level sections stand
    // on their own (siblings do not inherit from each other).
    const int firstHeading = document.sections.isEmpty() ? -1 : document.sections.first().headingRange.start;
    const TextRange everything{0, int(document.text.size())};
    const OutlineYearRule preamble = m_standard.classifierRules().preamble;
    QList<Part> body;
    for (const Part &part : partsWithin(everything, 0, document.sections)) {
        if (part.paragraph >= 0 && part.start < firstHeading) {
            PartClassification classification;
            classification.range = document.paragraphs.at(part.paragraph).range;
            classification.category = preamble.category;
            classification.confidence = std::clamp(preamble.weight / (preamble.weight + 1), 0.3, 0.98);
            classification.reason = tr("preamble before the first heading");
            classification.ownCue = true;
            result.paragraphs[part.paragraph] = classification;
        } else {
            body.append(part);
        }
    }
    walkParts(body, std::nullopt, {}, false);
    return result;
}

} // namespace Fazhi
