// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinejson.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

QJsonObject part(const PartClassification &part)
{
    QJsonObject object{{u"start"_s, part.range.start}, {u"end"_s, part.range.end},
        {u"category"_s, outlineCategoryId(part.category)}, {u"confidence"_s, part.confidence},
        {u"reason"_s, part.reason}, {u"themes"_s, QJsonArray::fromStringList(part.themes)}};
    if (part.secondary) {
        object.insert(u"secondary"_s, outlineCategoryId(*part.secondary));
    }
    return object;
}

} // namespace

QJsonObject OutlineJson::outline(const ReportDocument &document, const OutlineResult &outline)
{
    QJsonArray sections;
    for (const PartClassification &section : outline.sections) {
        QJsonObject object = part(section);
        object.insert(u"level"_s, section.level);
        object.insert(u"heading"_s, document.textAt(section.headingRange));
        object.insert(u"headingStart"_s, section.headingRange.start);
        object.insert(u"headingEnd"_s, section.headingRange.end);
        sections.append(object);
    }
    QJsonArray paragraphs;
    for (const PartClassification &paragraph : outline.paragraphs) {
        paragraphs.append(part(paragraph));
    }
    return {{u"sections"_s, sections}, {u"paragraphs"_s, paragraphs}};
}

QJsonArray OutlineJson::checklist(const QList<ChecklistItem> &items)
{
    QJsonArray array;
    for (const ChecklistItem &item : items) {
        QJsonArray evidence;
        for (const TextRange &range : item.evidence) {
            evidence.append(QJsonObject{{u"start"_s, range.start}, {u"end"_s, range.end}});
        }
        QJsonObject object{{u"id"_s, item.id}, {u"title"_s, item.title}, {u"status"_s, checklistStatusId(item.status)},
            {u"explanation"_s, ReviewChecklist::explanation(item)}, {u"reason"_s, item.reason},
            {u"arguments"_s, QJsonArray::fromStringList(item.arguments)},
            {u"details"_s, QJsonArray::fromStringList(item.details)}, {u"evidence"_s, evidence}};
        if (item.measure) {
            object.insert(u"measure"_s, *item.measure);
        }
        array.append(object);
    }
    return array;
}

QJsonArray OutlineJson::indicators(const QList<IndicatorValue> &values)
{
    QJsonArray array;
    for (const IndicatorValue &value : values) {
        array.append(QJsonObject{{u"id"_s, value.id}, {u"name"_s, value.name}, {u"value"_s, value.value},
            {u"unit"_s, value.unit}, {u"start"_s, value.match.start}, {u"end"_s, value.match.end},
            {u"sentenceStart"_s, value.sentence.start}, {u"sentenceEnd"_s, value.sentence.end}});
    }
    return array;
}

} // namespace Fazhi
