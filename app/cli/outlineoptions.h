// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outlinestandard.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace Fazhi {

/** The --standard option that `check` and `classify` share: an office's own outline standard. */
class OutlineOptions final
{
public:
    /** Adds the option to @p parser. */
    static void add(QCommandLineParser &parser);
    /** The standard named by --standard, or the bundled one. */
    static Result<OutlineStandard> standard(const QCommandLineParser &parser);

private:
    static QCommandLineOption option();
};

} // namespace Fazhi
