// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importedtext.h"

#include <QCoreApplication>

namespace Fazhi {

/**
 * Turns an importer's text into the report's original text: removes web-page debris (table
 * pipes, breadcrumbs, print/share links, "related news" footers), takes the values of index
 * tables (索引号, 公开日期, …) as metadata, splits a page flattened into one line back into its
 * headings and paragraphs, and joins a title broken over two lines. Everything later refers to
 * the result by offsets, so it is deterministic: the same input always gives the same text.
 */
class TextCleaner final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::TextCleaner)

public:
    /** Cleans @p imported in place: its text, fields, heading levels and warnings. */
    static void clean(ImportedText &imported);

    /** The ImportedText::fields key for a web page's index-table label (公开日期 → "publishDate"), or empty. */
    static QString fieldKeyForLabel(QStringView label);
};

} // namespace Fazhi
