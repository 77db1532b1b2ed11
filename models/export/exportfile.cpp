// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Fazhi {

Result<Done> saveExportFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{QCoreApplication::translate("Fazhi::ExportFile", "Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return Done{};
}

} // namespace Fazhi
