// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace Fazhi {

/** A project holding the bundled sample reports, so that screenshots show real reports. */
class ScreenshotProject final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::ScreenshotProject)

public:
    /** Creates the project at @p path with every bundled sample, read and analysed as an import would. */
    static Result<Done> createFromSamples(const QString &path);
};

} // namespace Fazhi
