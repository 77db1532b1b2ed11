// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scriptconverter.h"

#include <array>
#include <optional>

#include <QString>
#include <QStringView>

namespace Fazhi {

/**
 * The script a report is shown or exported in: as imported, or converted to 简体 or 繁體 so
 * that every offset stays on its character. Not to be confused with Script, the script a
 * document is found to be written in.
 */
enum class DisplayScript {
    Original, ///< as imported
    Simplified, ///< 简体; lines whose conversion changes their length stay as written
    Traditional, ///< 繁體; likewise
};

/** Every display script, in the order menus offer them. */
inline constexpr std::array<DisplayScript, 3> AllDisplayScripts{
    DisplayScript::Original, DisplayScript::Simplified, DisplayScript::Traditional};

/** "original", "simplified" or "traditional": as the settings keep it and fazhi-cli's --script takes it. */
QString displayScriptName(DisplayScript script);

/** The script named @p name by displayScriptName(); nothing for any other word. */
std::optional<DisplayScript> displayScriptFromName(QStringView name);

/** The conversion that shows a report's text in @p script; nothing for DisplayScript::Original. */
std::optional<ScriptConverter::Direction> displayScriptConversion(DisplayScript script);

} // namespace Fazhi
