// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <memory>

#include <QString>
#include <QStringView>

namespace opencc {
class SimpleConverter;
}

namespace Fazhi {

/**
 * Converts Chinese text between traditional and simplified script with OpenCC.
 *
 * Loading an OpenCC configuration reads its dictionaries (tens of milliseconds), so one
 * converter is meant to be created once and reused; conversion itself is const and may be
 * called from several threads.
 */
class ScriptConverter final
{
public:
    enum class Direction {
        ToSimplified, ///< OpenCC t2s
        ToTraditional, ///< OpenCC s2t
        /**
         * OpenCC s2tw: traditional with Taiwan's characters. Not s2twp: its phrase tables are
         * written for software and rewrite the genre's own terms (规范性文件 → 規範性檔案,
         * 程序 → 程式, 事项目录 → 事專案錄).
         */
        ToTaiwan,
        ToHongKong, ///< OpenCC s2hk: traditional with Hong Kong's characters
    };

    /** Loads the OpenCC configuration for @p direction; check isValid() / loadError(). */
    explicit ScriptConverter(Direction direction);
    ~ScriptConverter();
    ScriptConverter(const ScriptConverter &) = delete;
    ScriptConverter &operator=(const ScriptConverter &) = delete;

    Direction direction() const { return m_direction; }
    bool isValid() const { return m_converter != nullptr; }
    /** Why the configuration could not be loaded (empty when it was). */
    QString loadError() const { return m_loadError; }

    /** The text converted; an Error when OpenCC failed or the converter is not valid. */
    Result<QString> convert(QStringView text) const;

    /**
     * The text converted so that it has exactly the length of @p text: a line whose conversion
     * would change its length stays as written. Offsets into the original stay valid in the result.
     */
    Result<QString> convertKeepingOffsets(const QString &text) const;

    /** The OpenCC configuration file name used for @p direction, e.g. "t2s.json". */
    static QString configName(Direction direction);

private:
    Direction m_direction;
    std::unique_ptr<opencc::SimpleConverter> m_converter;
    QString m_loadError;
};

} // namespace Fazhi
