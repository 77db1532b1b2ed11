// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Saves a picture of a panel or dialog when FAZHI_SCREENSHOT_DIR is set, to look at how it lays
// out: FAZHI_SCREENSHOT_DIR=/tmp/shots scripts/test -R panel writes NAME.png there.
#include <QDir>
#include <QTest>
#include <QWidget>

namespace PanelScreenshot {

inline void save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FAZHI_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    // As the reviewer sees it: after the layouts have settled.
    QTest::qWait(50);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("Screenshot: %s", qPrintable(path));
}

} // namespace PanelScreenshot
