// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

QJsonObject rangeJson(const TextRange &range)
{
    return { { u"start"_s, range.start }, { u"end"_s, range.end } };
}

QJsonArray sectionsJson(const QList<ReportSection> &sections)
{
    QJsonArray array;
    for (const ReportSection &section : sections) {
        QJsonObject object { { u"level"_s, section.level }, { u"heading"_s, section.heading },
            { u"start"_s, section.range.start }, { u"end"_s, section.range.end },
            { u"headingStart"_s, section.headingRange.start }, { u"headingEnd"_s, section.headingRange.end },
            { u"children"_s, sectionsJson(section.children) } };
        array.append(object);
    }
    return array;
}

QList<ReportSection> sectionsFromJson(const QJsonArray &array)
{
    QList<ReportSection> sections;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        ReportSection section;
        section.level = object.value(u"level"_s).toInt();
        section.heading = object.value(u"heading"_s).toString();
        section.range = { object.value(u"start"_s).toInt(), object.value(u"end"_s).toInt() };
        section.headingRange = { object.value(u"headingStart"_s).toInt(), object.value(u"headingEnd"_s).toInt() };
        section.children = sectionsFromJson(object.value(u"children"_s).toArray());
        sections.append(section);
    }
    return sections;
}

TextRange rangeFromJson(const QJsonObject &object)
{
    return { object.value(u"start"_s).toInt(), object.value(u"end"_s).toInt() };
}

QJsonArray paragraphsJson(const QList<ReportParagraph> &paragraphs)
{
    QJsonArray array;
    for (const ReportParagraph &paragraph : paragraphs) {
        QJsonObject object = rangeJson(paragraph.range);
        if (!paragraph.items.isEmpty()) {
            QJsonArray items;
            for (const TextRange &item : paragraph.items) {
                items.append(rangeJson(item));
            }
            object.insert(u"items"_s, items);
        }
        array.append(object);
    }
    return array;
}

} // namespace

QJsonObject ReportJson::metadataToJson(const QMap<QString, MetadataField> &metadata)
{
    QJsonObject json;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
        QJsonObject field { { u"value"_s, it.value().value }, { u"confidence"_s, it.value().confidence } };
        if (!it.value().original.isEmpty()) {
            field.insert(u"original"_s, it.value().original);
        }
        json.insert(it.key(), field);
    }
    return json;
}

QMap<QString, MetadataField> ReportJson::metadataFromJson(const QJsonObject &json)
{
    QMap<QString, MetadataField> metadata;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QJsonObject field = it.value().toObject();
        metadata.insert(it.key(),
            { field.value(u"value"_s).toString(), field.value(u"original"_s).toString(),
                field.value(u"confidence"_s).toDouble() });
    }
    return metadata;
}

QJsonObject ReportJson::structureToJson(const ReportDocument &document)
{
    return { { u"sections"_s, sectionsJson(document.sections) },
        { u"paragraphs"_s, paragraphsJson(document.paragraphs) } };
}

void ReportJson::structureFromJson(const QJsonObject &json, ReportDocument &document)
{
    document.sections = sectionsFromJson(json.value(u"sections"_s).toArray());
    document.paragraphs.clear();
    for (const QJsonValue &value : json.value(u"paragraphs"_s).toArray()) {
        const QJsonObject object = value.toObject();
        ReportParagraph paragraph { rangeFromJson(object), {} };
        for (const QJsonValue &item : object.value(u"items"_s).toArray()) {
            paragraph.items.append(rangeFromJson(item.toObject()));
        }
        document.paragraphs.append(paragraph);
    }
}

QJsonObject ReportJson::toJson(const ReportDocument &document)
{
    return { { u"file"_s, document.fileName }, { u"format"_s, document.format }, { u"encoding"_s, document.encoding },
        { u"script"_s, scriptName(document.script) }, { u"metadata"_s, metadataToJson(document.metadata) },
        { u"text"_s, document.text }, { u"sections"_s, sectionsJson(document.sections) },
        { u"paragraphs"_s, paragraphsJson(document.paragraphs) },
        { u"warnings"_s, QJsonArray::fromStringList(document.warnings) } };
}

} // namespace Fazhi
