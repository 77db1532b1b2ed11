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

} // namespace

QJsonObject ReportJson::toJson(const ReportDocument &document)
{
    QJsonObject metadata;
    for (auto it = document.metadata.cbegin(); it != document.metadata.cend(); ++it) {
        QJsonObject field { { u"value"_s, it.value().value }, { u"confidence"_s, it.value().confidence } };
        if (!it.value().original.isEmpty()) {
            field.insert(u"original"_s, it.value().original);
        }
        metadata.insert(it.key(), field);
    }
    QJsonArray paragraphs;
    for (const ReportParagraph &paragraph : document.paragraphs) {
        QJsonObject object = rangeJson(paragraph.range);
        if (!paragraph.items.isEmpty()) {
            QJsonArray items;
            for (const TextRange &item : paragraph.items) {
                items.append(rangeJson(item));
            }
            object.insert(u"items"_s, items);
        }
        paragraphs.append(object);
    }
    return { { u"file"_s, document.fileName }, { u"format"_s, document.format }, { u"encoding"_s, document.encoding },
        { u"script"_s, scriptName(document.script) }, { u"metadata"_s, metadata }, { u"text"_s, document.text },
        { u"sections"_s, sectionsJson(document.sections) }, { u"paragraphs"_s, paragraphs },
        { u"warnings"_s, QJsonArray::fromStringList(document.warnings) } };
}

} // namespace Fazhi
