// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinestandard.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// What an indicator pattern writes as {n}: the digits, a 万/亿 scale, and the 余/多 of an
// approximate figure ("1300余人次"), which does not change the value.
const auto NumberPlaceholder = u"{n}"_s;
const auto NumberPattern = u"(?<value>\\d+(?:\\.\\d+)?)(?<scale>万|亿)?(?:余|多)?"_s;

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::Bool:
        return u"true or false"_s;
    default:
        return u"a string"_s;
    }
}

} // namespace

// Walks the JSON with the path of where it is, so that the first fault is reported as
// "file: categories[1].headingCues[3].regex: …" and the office can find it in its own file.
class OutlineStandardReader
{
public:
    explicit OutlineStandardReader(QString source)
        : m_source(std::move(source))
    {
    }

    Result<OutlineStandard> read(const QByteArray &json)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const QByteArray before = json.left(parseError.offset);
            const int line = int(before.count('\n')) + 1;
            const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
            return Error{OutlineStandard::tr("%1: line %2, column %3: not valid JSON (%4)")
                    .arg(m_source)
                    .arg(line)
                    .arg(column)
                    .arg(parseError.errorString())};
        }
        if (!document.isObject()) {
            return Error{OutlineStandard::tr("%1: the file must hold a JSON object").arg(m_source)};
        }
        OutlineStandard standard;
        readStandard(document.object(), standard);
        if (!m_error.isEmpty()) {
            return Error{m_error};
        }
        return standard;
    }

private:
    bool failed() const { return !m_error.isEmpty(); }

    void fail(const QString &path, const QString &reason)
    {
        if (m_error.isEmpty()) {
            m_error = OutlineStandard::tr("%1: %2: %3").arg(m_source, path, reason);
        }
    }

    static QString at(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString at(const QString &path, qsizetype index) { return path + u'[' + QString::number(index) + u']'; }

    QJsonValue member(const QJsonObject &object, const QString &path, const QString &key, QJsonValue::Type type)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            fail(at(path, key), OutlineStandard::tr("missing"));
        } else if (value.type() != type) {
            fail(at(path, key), OutlineStandard::tr("must be %1").arg(typeName(type)));
        }
        return value;
    }

    QJsonObject object(const QJsonObject &parent, const QString &path, const QString &key)
    {
        return member(parent, path, key, QJsonValue::Object).toObject();
    }

    QJsonArray array(const QJsonObject &parent, const QString &path, const QString &key)
    {
        return member(parent, path, key, QJsonValue::Array).toArray();
    }

    QString string(const QJsonObject &parent, const QString &path, const QString &key)
    {
        return member(parent, path, key, QJsonValue::String).toString();
    }

    double number(const QJsonObject &parent, const QString &path, const QString &key, double minimum = 0)
    {
        const double value = member(parent, path, key, QJsonValue::Double).toDouble();
        if (!failed() && value < minimum) {
            fail(at(path, key), OutlineStandard::tr("must be at least %1").arg(minimum));
        }
        return value;
    }

    QString optionalString(const QJsonObject &parent, const QString &path, const QString &key)
    {
        return parent.contains(key) ? string(parent, path, key) : QString();
    }

    double optionalNumber(const QJsonObject &parent, const QString &path, const QString &key, double fallback)
    {
        return parent.contains(key) ? number(parent, path, key) : fallback;
    }

    OutlineCategory category(const QJsonObject &parent, const QString &path, const QString &key)
    {
        const QString id = string(parent, path, key);
        return categoryFromId(id, at(path, key));
    }

    OutlineCategory categoryFromId(const QString &id, const QString &path)
    {
        const auto category = outlineCategoryFromId(id);
        if (!category && !failed()) {
            fail(path, OutlineStandard::tr("unknown category \"%1\"").arg(id));
        }
        return category.value_or(OutlineCategory::Other);
    }

    QList<OutlineCategory> categoryList(const QJsonObject &parent, const QString &path, const QString &key)
    {
        QList<OutlineCategory> result;
        const QJsonArray ids = array(parent, path, key);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            result.append(categoryFromId(ids.at(i).toString(), at(at(path, key), i)));
        }
        return result;
    }

    // A pattern given as "regex" or as "literal", with {n} expanded when @p numbers.
    QRegularExpression pattern(
        const QJsonObject &parent, const QString &path, const QString &key = u"regex"_s, bool numbers = false)
    {
        QString source;
        QString where = at(path, key);
        if (key == u"regex" && !parent.contains(key) && parent.contains(u"literal"_s)) {
            where = at(path, u"literal"_s);
            source = QRegularExpression::escape(string(parent, path, u"literal"_s));
        } else {
            source = string(parent, path, key);
        }
        if (failed()) {
            return {};
        }
        if (source.isEmpty()) {
            fail(where, OutlineStandard::tr("must not be empty"));
            return {};
        }
        if (numbers) {
            source.replace(NumberPlaceholder, NumberPattern);
        }
        QRegularExpression regex(source);
        if (!regex.isValid()) {
            fail(where,
                OutlineStandard::tr("invalid regular expression (%1 at offset %2)")
                    .arg(regex.errorString())
                    .arg(regex.patternErrorOffset()));
        }
        return regex;
    }

    // Calls @p read with each object of the array @p key and the object's path.
    template<typename Read>
    void forEachObject(const QJsonObject &parent, const QString &path, const QString &key, Read read)
    {
        const QJsonArray items = array(parent, path, key);
        for (qsizetype i = 0; i < items.size() && !failed(); ++i) {
            const QString itemPath = at(at(path, key), i);
            if (!items.at(i).isObject()) {
                fail(itemPath, OutlineStandard::tr("must be %1").arg(typeName(QJsonValue::Object)));
                return;
            }
            read(items.at(i).toObject(), itemPath);
        }
    }

    QList<OutlineCue> cues(const QJsonObject &parent, const QString &path, const QString &key, bool labelled)
    {
        QList<OutlineCue> result;
        forEachObject(parent, path, key, [&](const QJsonObject &item, const QString &itemPath) {
            OutlineCue cue;
            cue.pattern = pattern(item, itemPath);
            cue.prefilter = PatternPrefilter(cue.pattern);
            cue.weight = number(item, itemPath, u"weight"_s);
            cue.label = labelled ? string(item, itemPath, u"label"_s) : QString();
            cue.opening = cue.pattern.pattern().startsWith(u'^');
            result.append(cue);
        });
        return result;
    }

    OutlineYearRule yearRule(const QJsonObject &parent, const QString &path, const QString &key)
    {
        const QJsonObject rule = object(parent, path, key);
        const QString rulePath = at(path, key);
        return {category(rule, rulePath, u"category"_s), number(rule, rulePath, u"weight"_s)};
    }

    void readClassifier(const QJsonObject &root, OutlineClassifierRules &rules)
    {
        const QString path = u"classifier"_s;
        const QJsonObject classifier = object(root, {}, path);
        rules.defaultCategory = category(classifier, path, u"defaultCategory"_s);
        rules.defaultScore = number(classifier, path, u"defaultScore"_s);
        rules.extraCueBonus = optionalNumber(classifier, path, u"extraCueBonus"_s, rules.extraCueBonus);
        rules.mergedRatio = optionalNumber(classifier, path, u"mergedRatio"_s, rules.mergedRatio);
        rules.mergedMinimum = optionalNumber(classifier, path, u"mergedMinimum"_s, rules.mergedMinimum);
        rules.preamble = yearRule(classifier, path, u"preamble"_s);
        const QJsonObject years = object(classifier, path, u"years"_s);
        for (const QString &key : {u"futureOpening"_s, u"futureHeading"_s, u"futureMention"_s, u"reportYearOpening"_s,
                 u"reportYearHeading"_s, u"sinceOpening"_s}) {
            rules.years.insert(key, yearRule(years, at(path, u"years"_s), key));
        }
    }

    void readCategories(const QJsonObject &root, OutlineStandard &standard)
    {
        const QString key = u"categories"_s;
        QMap<OutlineCategory, OutlineCategoryRules> byCategory;
        forEachObject(root, {}, key, [&](const QJsonObject &item, const QString &path) {
            OutlineCategoryRules rules;
            rules.category = category(item, path, u"id"_s);
            if (!failed() && byCategory.contains(rules.category)) {
                fail(at(path, u"id"_s),
                    OutlineStandard::tr("category \"%1\" is defined twice").arg(item.value(u"id"_s).toString()));
            }
            rules.name = string(item, path, u"name"_s);
            const QString kind = string(item, path, u"kind"_s);
            if (!failed() && kind != u"part" && kind != u"topic") {
                fail(at(path, u"kind"_s), OutlineStandard::tr("must be \"part\" or \"topic\""));
            }
            rules.isPart = kind == u"part";
            rules.inheritWeight = number(item, path, u"inheritWeight"_s);
            rules.carriesForward = item.value(u"carriesForward"_s).toBool();
            rules.headingCues = cues(item, path, u"headingCues"_s, true);
            rules.paragraphCues = cues(item, path, u"paragraphCues"_s, true);
            byCategory.insert(rules.category, rules);
        });
        for (const OutlineCategory category : allOutlineCategories()) {
            if (!failed() && !byCategory.contains(category)) {
                fail(key, OutlineStandard::tr("category \"%1\" is missing").arg(outlineCategoryId(category)));
            }
        }
        standard.m_categories = byCategory.values();
    }

    void readThemes(const QJsonObject &root, OutlineStandard &standard)
    {
        forEachObject(root, {}, u"themes"_s, [&](const QJsonObject &item, const QString &path) {
            OutlineTheme theme;
            theme.id = string(item, path, u"id"_s);
            theme.name = string(item, path, u"name"_s);
            theme.englishName = optionalString(item, path, u"nameEn"_s);
            theme.minScore = number(item, path, u"minScore"_s);
            theme.keywords = cues(item, path, u"keywords"_s, false);
            standard.m_themes.append(theme);
        });
    }

    void readChecklist(const QJsonObject &root, ChecklistRules &rules)
    {
        const QString path = u"checklist"_s;
        const QJsonObject checklist = object(root, {}, path);

        const QString requiredPath = at(path, u"requiredItems"_s);
        const QJsonObject required = object(checklist, path, u"requiredItems"_s);
        rules.failWhenMissing = categoryList(required, requiredPath, u"failWhenMissing"_s);
        rules.warnWhenMissing = categoryList(required, requiredPath, u"warnWhenMissing"_s);

        rules.causeHints = cues(object(checklist, path, u"causes"_s), at(path, u"causes"_s), u"hints"_s, true);
        rules.plansWarnShare = number(
            object(checklist, path, u"plansAnswerProblems"_s), at(path, u"plansAnswerProblems"_s), u"warnShare"_s);

        const QString candourPath = at(path, u"candour"_s);
        const QJsonObject candour = object(checklist, path, u"candour"_s);
        rules.candourWarnBelow = number(candour, candourPath, u"warnBelow"_s);
        rules.candourFailBelow = number(candour, candourPath, u"failBelow"_s);

        const QString evidencePath = at(path, u"evidence"_s);
        const QJsonObject evidence = object(checklist, path, u"evidence"_s);
        rules.evidencePerCharacters = int(number(evidence, evidencePath, u"perCharacters"_s, 1));
        rules.evidenceWarnBelow = number(evidence, evidencePath, u"warnBelow"_s);
        rules.evidenceFailBelow = number(evidence, evidencePath, u"failBelow"_s);
        rules.quantity = pattern(evidence, evidencePath, u"quantity"_s);
        rules.quantityPrefilter = PatternPrefilter(rules.quantity);

        const QString timelinessPath = at(path, u"timeliness"_s);
        const QJsonObject timeliness = object(checklist, path, u"timeliness"_s);
        rules.deadlineMonth = int(number(timeliness, timelinessPath, u"month"_s, 1));
        rules.deadlineDay = int(number(timeliness, timelinessPath, u"day"_s, 1));
        rules.deadlineYearsAfter = int(number(timeliness, timelinessPath, u"yearsAfter"_s));
        if (!failed() && (rules.deadlineMonth > 12 || rules.deadlineDay > 31)) {
            fail(timelinessPath, OutlineStandard::tr("not a date"));
        }

        const QString formalitiesPath = at(path, u"formalities"_s);
        const QJsonObject formalities = object(checklist, path, u"formalities"_s);
        const QJsonArray fields = array(formalities, formalitiesPath, u"fields"_s);
        for (qsizetype i = 0; i < fields.size(); ++i) {
            rules.formalityFields.append(fields.at(i).toString());
        }
        rules.formalityFailWhenMissing = int(number(formalities, formalitiesPath, u"failWhenMissing"_s, 1));
    }

    void readIndicators(const QJsonObject &root, OutlineStandard &standard)
    {
        forEachObject(root, {}, u"indicators"_s, [&](const QJsonObject &item, const QString &path) {
            IndicatorDefinition indicator;
            indicator.id = string(item, path, u"id"_s);
            indicator.name = string(item, path, u"name"_s);
            indicator.englishName = optionalString(item, path, u"nameEn"_s);
            indicator.unit = string(item, path, u"unit"_s);
            forEachObject(item, path, u"patterns"_s, [&](const QJsonObject &object, const QString &patternPath) {
                IndicatorPattern entry;
                entry.regex = pattern(object, patternPath, u"regex"_s, true);
                if (object.contains(u"value"_s)) {
                    entry.value = number(object, patternPath, u"value"_s);
                } else if (!failed() && !entry.regex.namedCaptureGroups().contains(u"value"_s)) {
                    fail(at(patternPath, u"regex"_s),
                        OutlineStandard::tr("needs {n} where the number is, or a \"value\""));
                }
                if (object.contains(u"context"_s)) {
                    entry.context = pattern(object, patternPath, u"context"_s);
                }
                if (object.contains(u"rival"_s)) {
                    entry.rival = pattern(object, patternPath, u"rival"_s);
                }
                entry.regexPrefilter = PatternPrefilter(entry.regex);
                entry.contextPrefilter = PatternPrefilter(entry.context);
                entry.rivalPrefilter = PatternPrefilter(entry.rival);
                indicator.patterns.append(entry);
            });
            standard.m_indicators.append(indicator);
        });
    }

    void readStandard(const QJsonObject &root, OutlineStandard &standard)
    {
        standard.m_name = string(root, {}, u"name"_s);
        readClassifier(root, standard.m_classifier);
        readCategories(root, standard);
        readThemes(root, standard);
        readChecklist(root, standard.m_checklist);
        readIndicators(root, standard);
    }

    QString m_source;
    QString m_error;
};

QString OutlineStandard::bundledPath()
{
    return u":/fazhi/outline/standard-outline.json"_s;
}

Result<OutlineStandard> OutlineStandard::bundled()
{
    return fromFile(bundledPath());
}

Result<OutlineStandard> OutlineStandard::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("%1: cannot read the outline standard (%2)").arg(path, file.errorString())};
    }
    return fromJson(file.readAll(), path);
}

Result<OutlineStandard> OutlineStandard::fromJson(const QByteArray &json, const QString &sourceName)
{
    return OutlineStandardReader(sourceName).read(json);
}

const OutlineCategoryRules &OutlineStandard::rules(OutlineCategory category) const
{
    // Validation guarantees one entry per category, in enum order (QMap::values() is sorted by key).
    return m_categories.at(qsizetype(category));
}

} // namespace Fazhi
