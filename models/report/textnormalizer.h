// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "normalizedtext.h"

#include <QStringView>

namespace Fazhi {

/**
 * Makes the normalized form of a report's text: OpenCC t2s on the lines that hold traditional
 * characters (converting everything would cost far more: OpenCC does about 7 MB/s), then
 * full-width → half-width folding of digits, letters, brackets and punctuation, and whitespace
 * folding. Line breaks are kept, so line n of the result comes from line n of the original.
 */
class TextNormalizer final
{
public:
    /** Normalizes @p original; with @p convertScript false, the script is left as it is. */
    static NormalizedText normalize(QStringView original, bool convertScript = true);

    /** One character folded: full-width ASCII forms to ASCII, 【】 to [], other characters unchanged. */
    static char16_t fold(char16_t c);

    /** Whether @p c is white space to fold (not a line break). */
    static bool isFoldableSpace(char16_t c);
};

} // namespace Fazhi
