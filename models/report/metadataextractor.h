// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QMap>

namespace Fazhi {

/** Where the parser found the parts of a report that are not body text (normalized offsets). */
struct ReportMatter
{
    QList<TextRange> front; ///< lines before the body: number, title, addressee…
    QList<TextRange> back; ///< lines after the body: closing words, bodies, date, contact
    TextRange firstParagraph; ///< the first body paragraph (the preamble)
};

/**
 * Reads a report's metadata — title, region, level, year reported, dates, issuing bodies,
 * addressee, document number, signer, contact — from its front and back matter, from what the
 * importer found (web index tables, document properties) and, where the report states nothing,
 * from its body (the subject of the first sentence, the city named most often). Every value
 * carries a confidence; names are given in simplified script with the original kept.
 */
class MetadataExtractor final
{
public:
    /** Fills @p document.metadata; @p document.text and .normalized must be set. */
    static void extract(
        ReportDocument &document, const ReportMatter &matter, const QMap<QString, QString> &importedFields);

    /** The administrative level of a region or body name: 省, 市, 区, 县, 镇, 街道 or 部门; empty if unknown. */
    static QString levelOf(const QString &name);
};

} // namespace Fazhi
