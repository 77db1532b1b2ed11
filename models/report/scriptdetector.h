// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QStringView>

namespace Fazhi {

/**
 * Tells simplified from traditional Chinese by the characters that only one script uses, as
 * OpenCC's own dictionaries define them (a character is traditional-only when t2s changes it,
 * simplified-only when s2t changes it and t2s does not). Each distinct character is looked up
 * in OpenCC once per process and remembered, so counting is a table lookup per character.
 * Thread-safe.
 */
class ScriptDetector final
{
public:
    struct Counts
    {
        qsizetype han = 0; ///< CJK ideographs
        qsizetype traditional = 0; ///< traditional-only characters
        qsizetype simplified = 0; ///< simplified-only characters
    };

    static Counts count(QStringView text);
    static Script classify(const Counts &counts);
    static Script detect(QStringView text) { return classify(count(text)); }

    /** Whether @p c is a character that only traditional script uses. */
    static bool isTraditional(char16_t c);
    /** Whether @p text contains any traditional-only character (stops at the first). */
    static bool containsTraditional(QStringView text);
};

} // namespace Fazhi
