// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Fazhi {

/** One library the program runs on, with the version actually loaded into this process. */
struct ComponentVersion
{
    QString name;
    QString version;
};

/**
 * Versions of the libraries loaded at run time, for Help → About and `fazhi-cli --version`.
 * Build-time macros would only tell what we compiled against; a reviewer's bug report needs
 * what is really running.
 */
class ComponentVersions final
{
public:
    /** Qt, OpenCC and SQLite, as loaded in this process. */
    static QList<ComponentVersion> core();

    /**
     * The version of the shared library loaded in this process whose file name starts with
     * @p soname (e.g. "libopencc.so"), read from its real file name ("libopencc.so.1.1.9");
     * @p fallback when the library is not loaded or its file name carries no version.
     */
    static QString loadedLibraryVersion(const QString &soname, const QString &fallback);
};

} // namespace Fazhi
