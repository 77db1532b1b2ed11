// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Saves a picture of a panel when FAZHI_SCREENSHOT_DIR is set, to look at how it lays out.
#include <QDir>
#include <QTest>
#include <QWidget>

namespace PanelScreenshot {

inline void save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FAZHI_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        // As the reviewer sees it: after the layouts have settled.
        QTest::qWait(50);
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
}

} // namespace PanelScreenshot
