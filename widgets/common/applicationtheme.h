// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"

namespace Fazhi {

/**
 * Light, dark or the desktop's own colors for the whole application. Views that color text
 * (the reader's highlighting, tag and category colors) follow the palette this sets.
 */
class ApplicationTheme final
{
public:
    static void apply(AppSettings::Theme theme);
};

} // namespace Fazhi
