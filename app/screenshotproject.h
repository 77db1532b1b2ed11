// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace Fazhi {

class ReviewStore;

/** A project holding the bundled sample reports, so that screenshots show real reports. */
class ScreenshotProject final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::ScreenshotProject)

public:
    /** Creates the project at @p path with every bundled sample, read and analysed as an import would. */
    static Result<Done> createFromSamples(const QString &path);

    /** The first @p count reports of the newest year (or of the project), in the library's order. */
    static QList<qint64> defaultReports(ReviewStore &store, int count);
};

} // namespace Fazhi
