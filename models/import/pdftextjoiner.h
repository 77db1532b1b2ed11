// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace Fazhi {

/**
 * Turns the lines of a PDF's pages back into the paragraphs they were typeset from:
 * - lines that repeat at the top or bottom of most pages (running headers and footers) and page
 *   numbers ("- 3 -", "—3—", "第3页", "3", "3/12") are dropped;
 * - a space between Chinese and digits or Latin letters is dropped: it is the gap a word
 *   processor sets between scripts ("2025 年" for "2025年"), not text;
 * - a line that is nearly as wide as the text block and does not end a sentence continues into
 *   the next, unless the next starts with a heading marker (一、 (一) 1.); Chinese lines are
 *   joined without a space.
 */
class PdfTextJoiner final
{
public:
    /**
     * The paragraphs of @p pages, each page given as its lines in reading order. The number of
     * header, footer and page-number lines dropped goes to @p removedLines.
     */
    static QStringList paragraphs(const QList<QStringList> &pages, qsizetype *removedLines = nullptr);

    /**
     * @p line without the spaces layout puts between Chinese and digits or Latin letters: on both
     * sides of a Latin run, or on one side when the other meets punctuation. A space on one side
     * of a run that touches a Chinese character on the other was typed, and stays.
     */
    static QString withoutScriptGaps(QStringView line);

    /** True for page-number lines such as "- 3 -", "—3—", "第3页", "第 3 页 共 12 页", "3", "3/12". */
    static bool isPageNumber(QStringView line);

    /** True for lines that start with a heading or list marker: "一、", "（一）", "1.", "(1)", "第一章". */
    static bool startsWithHeadingMarker(QStringView line);
};

} // namespace Fazhi
