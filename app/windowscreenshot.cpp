// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowscreenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QRegularExpression>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Fazhi {

Result<QSize> WindowScreenshot::parseSize(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{2,5})[xX×](\\d{2,5})$"_s);
    const auto match = pattern.match(text.trimmed());
    const QSize size = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
    if (!size.isValid() || size.width() < 320 || size.height() < 240 || size.width() > 8000 || size.height() > 8000) {
        return Error{QCoreApplication::translate("Fazhi::WindowScreenshot",
            "Invalid size \"%1\": expected WIDTHxHEIGHT between 320x240 "
            "and 8000x8000, e.g. 1600x1000.")
                .arg(text)};
    }
    return size;
}

Result<Done> WindowScreenshot::write(QWidget &window, const QSize &size, const QString &fileName)
{
    window.resize(size);
    window.show();
    // Two rounds: the first lays out docks and tabs, the second paints what the layout settled on.
    for (int round = 0; round < 2; ++round) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
    }
    const QPixmap pixmap = window.grab();
    const QFileInfo target(fileName);
    if (!QDir().mkpath(target.absolutePath())) {
        return Error{QCoreApplication::translate("Fazhi::WindowScreenshot", "Cannot create the folder %1.")
                .arg(target.absolutePath())};
    }
    if (pixmap.isNull() || !pixmap.save(target.absoluteFilePath(), "PNG")) {
        return Error{QCoreApplication::translate("Fazhi::WindowScreenshot", "Cannot write the screenshot to %1.")
                .arg(target.absoluteFilePath())};
    }
    return Done{};
}

} // namespace Fazhi
