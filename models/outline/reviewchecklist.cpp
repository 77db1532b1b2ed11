// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewchecklist.h"

#include <QDate>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

QStringView normalizedAt(const ReportDocument &document, const TextRange &range)
{
    const int start = document.normalized.fromOriginal(range.start);
    return QStringView(document.normalized.text()).mid(start, document.normalized.fromOriginal(range.end) - start);
}

// What a part is in the text: a section's heading, or a whole paragraph.
TextRange ownRange(const PartClassification &part)
{
    return part.level > 0 ? part.headingRange : part.range;
}

ChecklistItem item(const QString &id)
{
    ChecklistItem result;
    result.id = id;
    result.title = ReviewChecklist::itemTitle(id);
    return result;
}

ChecklistStatus byThreshold(double value, double warnBelow, double failBelow)
{
    return value < failBelow ? ChecklistStatus::Fail
        : value < warnBelow  ? ChecklistStatus::Warn
                             : ChecklistStatus::Pass;
}

} // namespace

QString checklistStatusId(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Pass:
        return u"pass"_s;
    case ChecklistStatus::Warn:
        return u"warn"_s;
    case ChecklistStatus::Fail:
        return u"fail"_s;
    case ChecklistStatus::Unknown:
        break;
    }
    return u"unknown"_s;
}

ChecklistStatus checklistStatusFromId(QStringView id)
{
    for (const ChecklistStatus status : {ChecklistStatus::Pass, ChecklistStatus::Warn, ChecklistStatus::Fail}) {
        if (id == checklistStatusId(status)) {
            return status;
        }
    }
    return ChecklistStatus::Unknown;
}

QString ReviewChecklist::itemTitle(const QString &id)
{
    if (id == u"requiredItems") {
        return tr("Every required item is present");
    }
    if (id == u"causes") {
        return tr("Problems come with their causes");
    }
    if (id == u"plansAnswerProblems") {
        return tr("Plans answer the problems");
    }
    if (id == u"candour") {
        return tr("Problems are given their share of the text");
    }
    if (id == u"evidence") {
        return tr("Results are backed by figures");
    }
    if (id == u"timeliness") {
        return tr("Published on time");
    }
    if (id == u"leadershipSection") {
        return tr("The leadership duty has a section of its own");
    }
    if (id == u"formalities") {
        return tr("Title, issuing bodies, date and addressee");
    }
    return {};
}

QString ReviewChecklist::statusName(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Pass:
        return tr("Pass", "checklist status");
    case ChecklistStatus::Warn:
        return tr("Warning", "checklist status");
    case ChecklistStatus::Fail:
        return tr("Fail", "checklist status");
    case ChecklistStatus::Unknown:
        break;
    }
    return tr("Unknown", "checklist status");
}

QString ReviewChecklist::gradeName(const QString &grade)
{
    if (grade == u"excellent") {
        return tr("Excellent", "grade");
    }
    if (grade == u"good") {
        return tr("Good", "grade");
    }
    if (grade == u"pass") {
        return tr("Pass", "grade");
    }
    if (grade == u"fail") {
        return tr("Fail", "grade");
    }
    return grade;
}

ReviewChecklist::ReviewChecklist(const OutlineClassifier &classifier)
    : m_classifier(classifier)
{
}

QList<ChecklistItem> ReviewChecklist::evaluate(const ReportDocument &document, const OutlineResult &outline) const
{
    return {requiredItems(outline), causes(document, outline), plansAnswerProblems(document, outline), candour(outline),
        evidence(document, outline), timeliness(document), leadershipSection(outline), formalities(document)};
}

ChecklistItem ReviewChecklist::requiredItems(const OutlineResult &outline) const
{
    ChecklistItem result = item(u"requiredItems"_s);
    const ChecklistRules &rules = m_classifier.standard().checklist();
    QStringList missingFail;
    QStringList missingWarn;
    for (const auto &[categories, missing] :
        {std::pair{&rules.failWhenMissing, &missingFail}, std::pair{&rules.warnWhenMissing, &missingWarn}}) {
        for (const OutlineCategory category : *categories) {
            const QList<PartClassification> parts = outline.partsOf(category);
            if (parts.isEmpty()) {
                missing->append(outlineCategoryName(category));
                result.details.append(outlineCategoryId(category));
            } else {
                result.evidence.append(ownRange(parts.first()));
            }
        }
    }
    if (!missingFail.isEmpty()) {
        result.status = ChecklistStatus::Fail;
        result.explanation = tr("Missing: %1.").arg((missingFail + missingWarn).join(u", "_s));
    } else if (!missingWarn.isEmpty()) {
        result.status = ChecklistStatus::Warn;
        result.explanation = tr("Missing: %1.").arg(missingWarn.join(u", "_s));
    } else {
        result.status = ChecklistStatus::Pass;
        result.explanation = tr("Achievements, problems, leadership duty and plans are all there.");
    }
    return result;
}

ChecklistItem ReviewChecklist::causes(const ReportDocument &document, const OutlineResult &outline) const
{
    ChecklistItem result = item(u"causes"_s);
    const QList<PartClassification> problems = outline.partsOf(OutlineCategory::Problems);
    if (problems.isEmpty()) {
        result.status = ChecklistStatus::Fail;
        result.explanation = tr("The report names no problems, so no causes either.");
        return result;
    }
    QList<TextRange> named; // headings that promise causes ("存在不足和原因")
    for (const PartClassification &part : outline.partsOf(OutlineCategory::Causes)) {
        (part.category == OutlineCategory::Causes ? result.evidence : named).append(ownRange(part));
    }
    if (!result.evidence.isEmpty()) {
        result.status = ChecklistStatus::Pass;
        result.explanation = tr("%n part(s) analyse the causes.", nullptr, int(result.evidence.size()));
        return result;
    }
    QStringList hints;
    for (const PartClassification &part : problems) {
        const PatternPrefilter::Subject text(normalizedAt(document, ownRange(part)));
        for (const OutlineCue &hint : m_classifier.standard().checklist().causeHints) {
            if (text.indexIn(hint.pattern, hint.prefilter) >= 0 && !hints.contains(hint.label)) {
                hints.append(hint.label);
                result.evidence.append(ownRange(part));
            }
        }
    }
    result.evidence += named;
    if (!named.isEmpty() || !hints.isEmpty()) {
        result.status = ChecklistStatus::Warn;
        result.explanation = !named.isEmpty()
            ? tr("A heading names causes, but no part analyses them.")
            : tr("The problems only hint at causes (%1); no part analyses them.").arg(hints.join(u", "_s));
    } else {
        result.status = ChecklistStatus::Fail;
        result.explanation = tr("The problems are listed without any cause.");
    }
    return result;
}

ChecklistItem ReviewChecklist::plansAnswerProblems(const ReportDocument &document, const OutlineResult &outline) const
{
    ChecklistItem result = item(u"plansAnswerProblems"_s);
    // Each problem point (一是…, or the paragraph) with its themes: the first place a theme is named.
    QMap<QString, TextRange> problemThemes;
    for (qsizetype p = 0; p < outline.paragraphs.size(); ++p) {
        const PartClassification &part = outline.paragraphs.at(p);
        if (part.category != OutlineCategory::Problems) {
            continue;
        }
        QList<TextRange> points = document.paragraphs.at(p).items;
        if (points.isEmpty()) {
            points.append(part.range);
        }
        for (const TextRange &point : points) {
            for (const QString &theme : m_classifier.themes(normalizedAt(document, point))) {
                if (!problemThemes.contains(theme)) {
                    problemThemes.insert(theme, point);
                }
            }
        }
    }
    if (problemThemes.isEmpty()) {
        result.status = ChecklistStatus::Unknown;
        result.explanation = tr("The problems name no theme that plans could answer.");
        return result;
    }
    QStringList planThemes;
    for (const PartClassification &part : outline.partsOf(OutlineCategory::Plans)) {
        planThemes += part.themes;
        planThemes += m_classifier.themes(normalizedAt(document, ownRange(part)));
    }
    QStringList names;
    for (auto it = problemThemes.cbegin(); it != problemThemes.cend(); ++it) {
        if (!planThemes.contains(it.key())) {
            result.details.append(it.key());
            result.evidence.append(it.value());
            const auto theme = std::find_if(m_classifier.standard().themes().cbegin(),
                m_classifier.standard().themes().cend(), [&](const OutlineTheme &t) { return t.id == it.key(); });
            names.append(theme->name);
        }
    }
    const qsizetype answered = problemThemes.size() - result.details.size();
    result.measure = double(answered) / double(problemThemes.size());
    if (result.details.isEmpty()) {
        result.status = ChecklistStatus::Pass;
        result.explanation = tr("Plans answer all %n problem theme(s).", nullptr, int(problemThemes.size()));
    } else {
        result.status = *result.measure >= m_classifier.standard().checklist().plansWarnShare ? ChecklistStatus::Warn
                                                                                              : ChecklistStatus::Fail;
        result.explanation = tr("Plans answer %1 of %2 problem themes; unanswered: %3.")
                                 .arg(answered)
                                 .arg(problemThemes.size())
                                 .arg(names.join(u", "_s));
    }
    return result;
}

ChecklistItem ReviewChecklist::candour(const OutlineResult &outline) const
{
    ChecklistItem result = item(u"candour"_s);
    qsizetype all = 0;
    qsizetype candid = 0;
    for (const QList<PartClassification> *parts : {&outline.sections, &outline.paragraphs}) {
        for (const PartClassification &part : *parts) {
            const qsizetype length = ownRange(part).length();
            all += length;
            if (part.category == OutlineCategory::Problems || part.category == OutlineCategory::Causes) {
                candid += length;
                result.evidence.append(ownRange(part));
            }
        }
    }
    if (all == 0) {
        result.explanation = tr("The report has no body text.");
        return result;
    }
    const ChecklistRules &rules = m_classifier.standard().checklist();
    result.measure = double(candid) / double(all);
    result.status = byThreshold(*result.measure, rules.candourWarnBelow, rules.candourFailBelow);
    result.explanation = tr("Problems and causes take %1% of the text (warn under %2%, fail under %3%).")
                             .arg(*result.measure * 100, 0, 'f', 1)
                             .arg(rules.candourWarnBelow * 100)
                             .arg(rules.candourFailBelow * 100);
    return result;
}

ChecklistItem ReviewChecklist::evidence(const ReportDocument &document, const OutlineResult &outline) const
{
    ChecklistItem result = item(u"evidence"_s);
    const ChecklistRules &rules = m_classifier.standard().checklist();
    qsizetype characters = 0;
    int figures = 0;
    for (const PartClassification &part : outline.paragraphs) {
        if (part.category != OutlineCategory::Achievements && part.category != OutlineCategory::Leadership) {
            continue;
        }
        const QStringView text = normalizedAt(document, part.range);
        const int offset = document.normalized.fromOriginal(part.range.start);
        characters += text.size();
        const PatternPrefilter::Subject subject(text);
        if (!subject.mayMatch(rules.quantityPrefilter)) {
            continue;
        }
        for (auto it = subject.globalMatch(rules.quantity); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            ++figures;
            result.evidence.append({document.normalized.toOriginal(offset + match.capturedStart()),
                document.normalized.toOriginal(offset + match.capturedEnd() - 1) + 1});
        }
    }
    if (characters == 0) {
        result.explanation = tr("There is no achievements text to count figures in.");
        return result;
    }
    result.measure = figures * double(rules.evidencePerCharacters) / double(characters);
    result.status = byThreshold(*result.measure, rules.evidenceWarnBelow, rules.evidenceFailBelow);
    result.explanation = tr("%1 figures with units in %2 characters of achievements: %3 per %4.")
                             .arg(figures)
                             .arg(characters)
                             .arg(*result.measure, 0, 'f', 1)
                             .arg(rules.evidencePerCharacters);
    return result;
}

ChecklistItem ReviewChecklist::timeliness(const ReportDocument &document) const
{
    ChecklistItem result = item(u"timeliness"_s);
    const ChecklistRules &rules = m_classifier.standard().checklist();
    const int year = document.metadataValue(MetadataKey::Year).toInt();
    const QString published = document.metadataValue(MetadataKey::PublishDate);
    const QString dated = document.metadataValue(MetadataKey::ReportDate);
    const QDate date = QDate::fromString(published.isEmpty() ? dated : published, Qt::ISODate);
    if (year <= 0 || !date.isValid()) {
        result.explanation = year <= 0 ? tr("The year reported is not known.")
                                       : tr("The report states no date of issue or publication.");
        return result;
    }
    const QDate deadline(year + rules.deadlineYearsAfter, rules.deadlineMonth, rules.deadlineDay);
    result.measure = date.daysTo(deadline);
    result.status = date < deadline ? ChecklistStatus::Pass : ChecklistStatus::Fail;
    const QString what = published.isEmpty() ? tr("Dated") : tr("Published");
    result.explanation
        = (date < deadline ? tr("%1 %2, before the deadline %3.") : tr("%1 %2, not before the deadline %3."))
              .arg(what, date.toString(Qt::ISODate), deadline.toString(Qt::ISODate));
    return result;
}

ChecklistItem ReviewChecklist::leadershipSection(const OutlineResult &outline) const
{
    ChecklistItem result = item(u"leadershipSection"_s);
    QList<TextRange> scattered;
    for (const PartClassification &part : outline.partsOf(OutlineCategory::Leadership)) {
        (part.level > 0 ? result.evidence : scattered).append(ownRange(part));
    }
    if (!result.evidence.isEmpty()) {
        result.status = ChecklistStatus::Pass;
        result.explanation
            = tr("%n heading(s) report the principal leaders' duty.", nullptr, int(result.evidence.size()));
    } else if (!scattered.isEmpty()) {
        result.status = ChecklistStatus::Warn;
        result.evidence = scattered;
        result.explanation
            = tr("Only scattered in %n paragraph(s), without a heading.", nullptr, int(scattered.size()));
    } else {
        result.status = ChecklistStatus::Fail;
        result.explanation = tr("The report says nothing about the principal leaders' duty.");
    }
    return result;
}

ChecklistItem ReviewChecklist::formalities(const ReportDocument &document) const
{
    ChecklistItem result = item(u"formalities"_s);
    const ChecklistRules &rules = m_classifier.standard().checklist();
    for (const QString &field : rules.formalityFields) {
        const bool present = field == u"date" ? !document.metadataValue(MetadataKey::ReportDate).isEmpty()
                || !document.metadataValue(MetadataKey::PublishDate).isEmpty()
                                              : !document.metadata.value(field).value.isEmpty();
        if (!present) {
            result.details.append(field);
        }
    }
    const qsizetype missing = result.details.size();
    result.status = missing == 0                    ? ChecklistStatus::Pass
        : missing >= rules.formalityFailWhenMissing ? ChecklistStatus::Fail
                                                    : ChecklistStatus::Warn;
    result.explanation = missing == 0 ? tr("All present.") : tr("Missing: %1.").arg(result.details.join(u", "_s));
    return result;
}

} // namespace Fazhi
