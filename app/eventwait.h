// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace Fazhi::EventWait {

/**
 * Runs the event loop until @p done() holds or @p timeoutMs pass, and says whether it holds:
 * for screenshots and benchmarks that must let a view's worker threads finish first. Polls
 * finely, so that a benchmark's timing is not rounded up to the poll.
 */
template<typename Condition> bool until(Condition done, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(200);
    }
    return done();
}

/** Runs the event loop until @p sender emits @p signal or @p timeoutMs pass; whether it did. */
template<typename Sender, typename Signal> bool forSignal(Sender *sender, Signal signal, int timeoutMs)
{
    bool emitted = false;
    const QMetaObject::Connection connection = QObject::connect(sender, signal, sender, [&emitted] { emitted = true; });
    until([&emitted] { return emitted; }, timeoutMs);
    QObject::disconnect(connection);
    return emitted;
}

} // namespace Fazhi::EventWait
