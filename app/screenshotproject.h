// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QList>
#include <QTimer>

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

    /** Runs the event loop until @p sender emits @p signal or @p timeoutMs pass: work a picture must show. */
    template<typename Sender, typename Signal> static void waitFor(Sender *sender, Signal signal, int timeoutMs = 15000)
    {
        QEventLoop loop;
        QObject::connect(sender, signal, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
};

} // namespace Fazhi
