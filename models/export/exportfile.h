// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Fazhi {

/**
 * Writes @p bytes to @p path whole or not at all: a half-written export must never replace a
 * good one. The Error names the file and the reason.
 */
Result<Done> saveExportFile(const QString &path, const QByteArray &bytes);

} // namespace Fazhi
