// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the tests find their inputs. ctest passes the paths in the environment rather than as
// compile definitions, so the objects do not depend on where the repository is checked out and
// ccache can share them between clones.
#include <QString>
#include <QtGlobal>

namespace TestPaths {

inline QString fromEnvironment(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty()) {
        qFatal("%s is not set: run the tests through ctest (scripts/test)", name);
    }
    return value;
}

/** The repository root. */
inline QString sourceDir()
{
    return fromEnvironment("FAZHI_SOURCE_DIR");
}

/** The real reports the repository ships in resources/samples. */
inline QString samplesDir()
{
    return sourceDir() + QStringLiteral("/resources/samples");
}

/** build/bin, where fazhi-cli and fazhi-review are. */
inline QString binDir()
{
    return fromEnvironment("FAZHI_BIN_DIR");
}

} // namespace TestPaths
