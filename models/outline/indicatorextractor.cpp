// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorextractor.h"

#include "textnormalizer.h"

#include <algorithm>

#include <QSet>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// The end of the last match of @p pattern that ends at or before @p limit in @p sentence, or -1.
qsizetype lastMatchBefore(const QRegularExpression &pattern, const PatternPrefilter &prefilter,
    const PatternPrefilter::Subject &sentence, qsizetype limit)
{
    qsizetype last = -1;
    if (!sentence.mayMatch(prefilter)) {
        return last;
    }
    for (auto it = sentence.globalMatch(pattern, sentence.text().first(limit)); it.hasNext();) {
        last = it.next().capturedEnd();
    }
    return last;
}

// Whether a match at @p start in @p sentence is about the indicator: its context word comes
// before it, and no rival subject comes between the two ("复议…调撤率" against "诉讼…调撤率").
bool inContext(const IndicatorPattern &pattern, const PatternPrefilter::Subject &sentence, qsizetype start)
{
    if (!pattern.context.isValid() || pattern.context.pattern().isEmpty()) {
        return true;
    }
    const qsizetype context = lastMatchBefore(pattern.context, pattern.contextPrefilter, sentence, start);
    if (context < 0) {
        return false;
    }
    if (!pattern.rival.isValid() || pattern.rival.pattern().isEmpty()) {
        return true;
    }
    return lastMatchBefore(pattern.rival, pattern.rivalPrefilter, sentence, start) <= context;
}

double valueOf(const QRegularExpressionMatch &match, const IndicatorPattern &pattern)
{
    if (pattern.value) {
        return *pattern.value;
    }
    double value = match.capturedView(u"value").toDouble();
    const QStringView scale = match.capturedView(u"scale");
    if (scale == u"万") {
        value *= 1e4;
    } else if (scale == u"亿") {
        value *= 1e8;
    }
    return value;
}

bool isSentenceEnd(QChar c)
{
    return c == u'。' || c == u'!' || c == u'?' || c == u'\n';
}

} // namespace

IndicatorExtractor::IndicatorExtractor(OutlineStandard standard)
    : m_standard(std::move(standard))
{
}

QList<IndicatorValue> IndicatorExtractor::extract(const ReportDocument &document) const
{
    return extractNormalized(document.normalized);
}

QList<IndicatorValue> IndicatorExtractor::extractFromText(const QString &text) const
{
    return extractNormalized(TextNormalizer::normalize(text));
}

QList<IndicatorValue> IndicatorExtractor::extractNormalized(const NormalizedText &normalized) const
{
    const QString &text = normalized.text();
    const auto original = [&](qsizetype start, qsizetype end) {
        return TextRange{normalized.toOriginal(start), normalized.toOriginal(end - 1) + 1};
    };
    QList<IndicatorValue> values;
    QSet<QString> seen; // indicator id + match start: two patterns of one indicator, one figure
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && !isSentenceEnd(text.at(end))) {
            ++end;
        }
        const PatternPrefilter::Subject sentence(QStringView(text).mid(start, end - start));
        for (const IndicatorDefinition &indicator : m_standard.indicators()) {
            for (const IndicatorPattern &pattern : indicator.patterns) {
                if (!sentence.mayMatch(pattern.regexPrefilter)) {
                    continue;
                }
                for (auto it = sentence.globalMatch(pattern.regex); it.hasNext();) {
                    const QRegularExpressionMatch match = it.next();
                    const qsizetype at = match.capturedStart();
                    // Keyed by where the number is: two patterns that reach one figure from
                    // different words are still one figure.
                    const qsizetype figure = pattern.value ? at : match.capturedStart(u"value");
                    const QString key = indicator.id + u'@' + QString::number(start + figure);
                    if (seen.contains(key) || !inContext(pattern, sentence, at)) {
                        continue;
                    }
                    seen.insert(key);
                    const QString unit = match.capturedView(u"unit").toString();
                    values.append(
                        {indicator.id, indicator.name, valueOf(match, pattern), unit.isEmpty() ? indicator.unit : unit,
                            original(start, end), original(start + at, start + match.capturedEnd())});
                }
            }
        }
        start = end + 1;
    }
    std::stable_sort(values.begin(), values.end(),
        [](const IndicatorValue &a, const IndicatorValue &b) { return a.match.start < b.match.start; });
    return values;
}

} // namespace Fazhi
