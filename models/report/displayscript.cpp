// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayscript.h"

using namespace Qt::StringLiterals;

namespace Fazhi {

QString displayScriptName(DisplayScript script)
{
    switch (script) {
    case DisplayScript::Simplified:
        return u"simplified"_s;
    case DisplayScript::Traditional:
        return u"traditional"_s;
    case DisplayScript::Original:
        break;
    }
    return u"original"_s;
}

std::optional<DisplayScript> displayScriptFromName(QStringView name)
{
    for (const DisplayScript script : AllDisplayScripts) {
        if (name == displayScriptName(script)) {
            return script;
        }
    }
    return std::nullopt;
}

std::optional<ScriptConverter::Direction> displayScriptConversion(DisplayScript script)
{
    switch (script) {
    case DisplayScript::Simplified:
        return ScriptConverter::Direction::ToSimplified;
    case DisplayScript::Traditional:
        return ScriptConverter::Direction::ToTraditional;
    case DisplayScript::Original:
        break;
    }
    return std::nullopt;
}

} // namespace Fazhi
