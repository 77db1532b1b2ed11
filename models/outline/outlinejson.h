// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indicatorextractor.h"
#include "outlineclassifier.h"
#include "reviewchecklist.h"

#include <QJsonArray>

namespace Fazhi {

/**
 * The JSON form of a review, as `fazhi-cli check --json` prints it. Offsets are UTF-16
 * indices into the report's original text.
 * - outline: {"sections":[{"level","heading","start","end","headingStart","headingEnd","category",
 *   ["secondary",]"confidence","reason","themes"}],"paragraphs":[{"start","end","category",…}]}
 * - checklist:
 * [{"id","title","status","explanation","reason","arguments",["measure",]"details","evidence":[{"start","end"}]}]
 * - indicators: [{"id","name","value","unit","start","end","sentenceStart","sentenceEnd"}]
 */
class OutlineJson final
{
public:
    static QJsonObject outline(const ReportDocument &document, const OutlineResult &outline);
    static QJsonArray checklist(const QList<ChecklistItem> &items);
    static QJsonArray indicators(const QList<IndicatorValue> &values);
};

} // namespace Fazhi
