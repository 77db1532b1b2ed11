// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewchecklist.h"

#include "datatext.h"
#include "displayformat.h"
#include "outlinenames.h"

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

// The facts of an item's explanation, and its sentence in today's language for the record.
void explain(ChecklistItem &item, const QString &reason, const QStringList &arguments = {})
{
    item.reason = reason;
    item.arguments = arguments;
    item.explanation = ReviewChecklist::explanation(item);
}

QString number(double value, int decimals = -1)
{
    return decimals < 0 ? QString::number(value) : QString::number(value, 'f', decimals);
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

QString ReviewChecklist::formalityName(const QString &field)
{
    if (field == u"title") {
        return tr("title", "metadata field");
    }
    if (field == u"issuers") {
        return tr("issuing bodies", "metadata field");
    }
    if (field == u"date") {
        return tr("date", "metadata field");
    }
    if (field == u"addressee") {
        return tr("addressee", "metadata field");
    }
    if (field == QLatin1StringView(MetadataKey::DocumentNumber)) {
        return tr("document number", "metadata field");
    }
    if (field == QLatin1StringView(MetadataKey::Signer)) {
        return tr("signer", "metadata field");
    }
    return field;
}

QString ReviewChecklist::explanation(const ChecklistItem &item)
{
    QString reason = item.reason;
    QStringList args = item.arguments;
    if (reason.isEmpty()) {
        // Stored before the facts were kept: two items can be told again from their particulars,
        // the others keep the sentence written in the language of the import.
        if (item.id != u"requiredItems" && item.id != u"formalities") {
            return item.explanation;
        }
        reason = item.details.isEmpty() ? u"allPresent"_s : u"missing"_s;
        args = item.details;
    }
    const auto arg = [&args](qsizetype i) {
        return args.value(i);
    };
    const auto count = [&args](qsizetype i) {
        return args.value(i).toInt();
    };
    const auto list = [](const QStringList &words) {
        return words.join(tr(", ", "between the words of a list"));
    };
    const QString &id = item.id;
    if (id == u"requiredItems") {
        if (reason == u"missing") {
            QStringList names;
            for (const QString &category : std::as_const(args)) {
                names.append(outlineCategoryName(outlineCategoryFromId(category).value_or(OutlineCategory::Other)));
            }
            return tr("Missing: %1.").arg(list(names));
        }
        return tr("Achievements, problems, leadership duty and plans are all there.");
    }
    if (id == u"causes") {
        if (reason == u"noProblems") {
            return tr("The report names no problems, so no causes either.");
        }
        if (reason == u"analysed") {
            return tr("%n part(s) analyse the causes.", nullptr, count(0));
        }
        if (reason == u"headingOnly") {
            return tr("A heading names causes, but no part analyses them.");
        }
        if (reason == u"hints") {
            QStringList hints;
            for (const QString &hint : std::as_const(args)) {
                hints.append(DataText::show(hint));
            }
            return tr("The problems only hint at causes (%1); no part analyses them.").arg(list(hints));
        }
        return tr("The problems are listed without any cause.");
    }
    if (id == u"plansAnswerProblems") {
        if (reason == u"noThemes") {
            return tr("The problems name no theme that plans could answer.");
        }
        if (reason == u"allAnswered") {
            return tr("Plans answer all %n problem theme(s).", nullptr, count(0));
        }
        QStringList themes;
        for (qsizetype i = 2; i < args.size(); ++i) {
            themes.append(OutlineNames::name(args.at(i)));
        }
        return tr("Plans answer %1 of %2 problem themes; unanswered: %3.").arg(arg(0), arg(1), list(themes));
    }
    if (id == u"candour") {
        if (reason == u"noBody") {
            return tr("The report has no body text.");
        }
        return tr("Problems and causes take %1% of the text (warn under %2%, fail under %3%).")
            .arg(arg(0), arg(1), arg(2));
    }
    if (id == u"evidence") {
        if (reason == u"noAchievements") {
            return tr("There is no achievements text to count figures in.");
        }
        return tr("%1 figures with units in %2 characters of achievements: %3 per %4.")
            .arg(arg(0), arg(1), arg(2), arg(3));
    }
    if (id == u"timeliness") {
        if (reason == u"noYear") {
            return tr("The year reported is not known.");
        }
        if (reason == u"noDate") {
            return tr("The report states no date of issue or publication.");
        }
        const QString what = arg(0) == u"published" ? tr("Published") : tr("Dated");
        const QString date = DisplayFormat::date(QDate::fromString(arg(1), Qt::ISODate));
        const QString deadline = DisplayFormat::date(QDate::fromString(arg(2), Qt::ISODate));
        return (reason == u"onTime" ? tr("%1 %2, before the deadline %3.") : tr("%1 %2, not before the deadline %3."))
            .arg(what, date, deadline);
    }
    if (id == u"leadershipSection") {
        if (reason == u"headings") {
            return tr("%n heading(s) report the principal leaders' duty.", nullptr, count(0));
        }
        if (reason == u"scattered") {
            return tr("Only scattered in %n paragraph(s), without a heading.", nullptr, count(0));
        }
        return tr("The report says nothing about the principal leaders' duty.");
    }
    if (id == u"formalities") {
        if (reason == u"missing") {
            QStringList names;
            for (const QString &field : std::as_const(args)) {
                names.append(formalityName(field));
            }
            return tr("Missing: %1.").arg(list(names));
        }
        return tr("All present.");
    }
    return item.explanation;
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
                missing->append(outlineCategoryId(category));
            } else {
                result.evidence.append(ownRange(parts.first()));
            }
        }
    }
    result.details = missingFail + missingWarn;
    result.status = !missingFail.isEmpty() ? ChecklistStatus::Fail
        : !missingWarn.isEmpty()           ? ChecklistStatus::Warn
                                           : ChecklistStatus::Pass;
    explain(result, result.details.isEmpty() ? u"allPresent"_s : u"missing"_s, result.details);
    return result;
}

ChecklistItem ReviewChecklist::causes(const ReportDocument &document, const OutlineResult &outline) const
{
    ChecklistItem result = item(u"causes"_s);
    const QList<PartClassification> problems = outline.partsOf(OutlineCategory::Problems);
    if (problems.isEmpty()) {
        result.status = ChecklistStatus::Fail;
        explain(result, u"noProblems"_s);
        return result;
    }
    QList<TextRange> named; // headings that promise causes ("存在不足和原因")
    for (const PartClassification &part : outline.partsOf(OutlineCategory::Causes)) {
        (part.category == OutlineCategory::Causes ? result.evidence : named).append(ownRange(part));
    }
    if (!result.evidence.isEmpty()) {
        result.status = ChecklistStatus::Pass;
        explain(result, u"analysed"_s, {number(result.evidence.size())});
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
        if (!named.isEmpty()) {
            explain(result, u"headingOnly"_s);
        } else {
            explain(result, u"hints"_s, hints);
        }
    } else {
        result.status = ChecklistStatus::Fail;
        explain(result, u"none"_s);
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
        explain(result, u"noThemes"_s);
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
        explain(result, u"allAnswered"_s, {number(problemThemes.size())});
    } else {
        result.status = *result.measure >= m_classifier.standard().checklist().plansWarnShare ? ChecklistStatus::Warn
                                                                                              : ChecklistStatus::Fail;
        explain(result, u"unanswered"_s, QStringList{number(answered), number(problemThemes.size())} + names);
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
        explain(result, u"noBody"_s);
        return result;
    }
    const ChecklistRules &rules = m_classifier.standard().checklist();
    result.measure = double(candid) / double(all);
    result.status = byThreshold(*result.measure, rules.candourWarnBelow, rules.candourFailBelow);
    explain(result, u"share"_s,
        {number(*result.measure * 100, 1), number(rules.candourWarnBelow * 100), number(rules.candourFailBelow * 100)});
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
        explain(result, u"noAchievements"_s);
        return result;
    }
    result.measure = figures * double(rules.evidencePerCharacters) / double(characters);
    result.status = byThreshold(*result.measure, rules.evidenceWarnBelow, rules.evidenceFailBelow);
    explain(result, u"density"_s,
        {number(figures), number(characters), number(*result.measure, 1), number(rules.evidencePerCharacters)});
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
        explain(result, year <= 0 ? u"noYear"_s : u"noDate"_s);
        return result;
    }
    const QDate deadline(year + rules.deadlineYearsAfter, rules.deadlineMonth, rules.deadlineDay);
    result.measure = date.daysTo(deadline);
    result.status = date < deadline ? ChecklistStatus::Pass : ChecklistStatus::Fail;
    explain(result, date < deadline ? u"onTime"_s : u"late"_s,
        {published.isEmpty() ? u"dated"_s : u"published"_s, date.toString(Qt::ISODate),
            deadline.toString(Qt::ISODate)});
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
        explain(result, u"headings"_s, {number(result.evidence.size())});
    } else if (!scattered.isEmpty()) {
        result.status = ChecklistStatus::Warn;
        result.evidence = scattered;
        explain(result, u"scattered"_s, {number(scattered.size())});
    } else {
        result.status = ChecklistStatus::Fail;
        explain(result, u"none"_s);
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
    explain(result, missing == 0 ? u"allPresent"_s : u"missing"_s, result.details);
    return result;
}

} // namespace Fazhi
