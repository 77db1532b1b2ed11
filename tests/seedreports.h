// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads the real reports in ../shared/seeds for tests.
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QString>

namespace SeedReports {

/** The full path of the seed whose file name starts with @p prefix ("001"), or empty. */
inline QString path(const QString &prefix)
{
    const QStringList names = QDir(TestPaths::seedsDir()).entryList({ prefix + QStringLiteral("_*.txt") }, QDir::Files);
    return names.isEmpty() ? QString() : TestPaths::seedsDir() + u'/' + names.first();
}

/** The seed's text (UTF-8), or empty when it cannot be read. */
inline QString text(const QString &prefix)
{
    QFile file(path(prefix));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace SeedReports
