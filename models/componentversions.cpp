// SPDX-License-Identifier: GPL-3.0-or-later
#include "componentversions.h"

#include <link.h>

#include <QFileInfo>
#include <QRegularExpression>
#include <QtVersion>
#include <opencc/opencc.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

int collectLoadedObject(dl_phdr_info *info, size_t, void *data)
{
    auto *paths = static_cast<QStringList *>(data);
    if (info->dlpi_name && info->dlpi_name[0]) {
        paths->append(QString::fromLocal8Bit(info->dlpi_name));
    }
    return 0;
}

QString libraryVersionFromPath(const QString &path, const QString &soname)
{
    // The symlink chain libopencc.so.1.1 -> libopencc.so.1.1.9 ends at the full version.
    const QString fileName = QFileInfo(QFileInfo(path).canonicalFilePath()).fileName();
    if (!fileName.startsWith(soname)) {
        return {};
    }
    static const QRegularExpression versionSuffix(u"^\\.(\\d+(?:\\.\\d+)+)$"_s);
    const auto match = versionSuffix.matchView(QStringView(fileName).mid(soname.size()));
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

QString ComponentVersions::loadedLibraryVersion(const QString &soname, const QString &fallback)
{
    QStringList paths;
    dl_iterate_phdr(collectLoadedObject, &paths);
    for (const QString &path : std::as_const(paths)) {
        if (QFileInfo(path).fileName().startsWith(soname)) {
            const QString version = libraryVersionFromPath(path, soname);
            if (!version.isEmpty()) {
                return version;
            }
        }
    }
    return fallback;
}

QList<ComponentVersion> ComponentVersions::core()
{
    // Referencing an OpenCC symbol keeps the library linked even where the linker drops
    // unused dependencies (--as-needed), so the version lookup below finds it loaded.
    [[maybe_unused]] static const auto openccAnchor = &opencc_open;
    return {
        {u"Qt"_s, QString::fromLatin1(qVersion())},
        {u"OpenCC"_s, loadedLibraryVersion(u"libopencc.so"_s, QStringLiteral(FAZHI_OPENCC_BUILD_VERSION))},
        {u"SQLite"_s, QString::fromLatin1(sqlite3_libversion())},
    };
}

} // namespace Fazhi
