// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/**
 * `fazhi-cli bench export [--reports N]`: the annotated PDF of a generated 60 KB report with
 * 100 annotations (target < 1 s) and the digest of N generated reports (default 100, target
 * < 30 s), each in a fresh project.
 */
class ExportBenchmark final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::ExportBenchmark)

public:
    static int run(const QStringList &arguments, CliStreams &streams);
};

} // namespace Fazhi
