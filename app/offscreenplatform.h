// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace Fazhi::OffscreenPlatform {

/** Chooses Qt's offscreen platform unless the user picked one: for pictures made without a display. */
inline void prefer()
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

/**
 * Drops the offscreen platform's warning that it cannot pass size hints to a window system it
 * does not have: expected there, and the noise would hide real messages.
 */
inline void silenceSizeHintWarnings()
{
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (!message.contains(QStringLiteral("does not support propagateSizeHints"))) {
            previous(type, context, message);
        }
    });
}

} // namespace Fazhi::OffscreenPlatform
