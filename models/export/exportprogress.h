// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace Fazhi {

/**
 * How an exporter reports progress: called with what is done of the total (pages, reports or
 * rows); returning false cancels the export, which then ends with an Error and writes nothing.
 */
using ExportProgress = std::function<bool(int done, int total)>;

} // namespace Fazhi
