// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Fazhi {

/**
 * Text that comes from data rather than from a translation — the standard's theme and
 * indicator names, built-in tag names, a report's words quoted in a checklist explanation —
 * in the script of the UI language: stored simplified, shown in traditional script in zh_TW
 * with Taiwan's or Hong Kong's character conventions (為, not 爲), unchanged otherwise.
 */
class DataText final
{
public:
    /** The conventions of traditional script. */
    enum class Variant {
        Taiwan, ///< OpenCC s2tw: Taiwan's characters (裡, 著, 群眾)
        HongKong, ///< OpenCC s2hk: Hong Kong's characters (裏, 着, 羣眾)
    };

    /** The UI language ("zh_CN", "zh_TW", "en"); TranslationLoader::install() sets it. */
    static void setLanguage(const QString &language);
    static QString language();
    /** The traditional variant (a setting); Taiwan unless set. */
    static void setVariant(Variant variant);
    static Variant variant();
    /** "tw" or "hk", as stored in the settings. */
    static QString variantId(Variant variant);
    /** The variant named by @p id; Taiwan for anything else. */
    static Variant variantFromId(const QString &id);

    /** @p text (simplified, as stored) in the UI language's script. */
    static QString show(const QString &text);
};

} // namespace Fazhi
