// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QJsonObject>

namespace Fazhi {

/**
 * The JSON form of a parsed report, as `fazhi-cli inspect --json` prints it:
 * {"file","format","encoding","script","metadata":{key:{"value","confidence"[,"original"]}},
 *  "text","sections":[{"level","heading","start","end","headingStart","headingEnd","children"}],
 *  "paragraphs":[{"start","end"[,"items":[{"start","end"}]]}],"warnings":[…]}.
 * Offsets are UTF-16 indices into "text".
 */
class ReportJson final
{
public:
    static QJsonObject toJson(const ReportDocument &document);

    /** The metadata alone, as in toJson()'s "metadata". */
    static QJsonObject metadataToJson(const QMap<QString, MetadataField> &metadata);
    static QMap<QString, MetadataField> metadataFromJson(const QJsonObject &json);

    /** Sections and paragraphs alone: {"sections":[…],"paragraphs":[…]}. */
    static QJsonObject structureToJson(const ReportDocument &document);
    /** Fills @p document's sections and paragraphs from structureToJson()'s form. */
    static void structureFromJson(const QJsonObject &json, ReportDocument &document);
};

} // namespace Fazhi
