// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/**
 * `fazhi-cli bench store [--reports N] [--db FILE]`: a project of N generated reports (10,000 by
 * default): import throughput including the indexes, time to open, time to add an annotation,
 * and search latency for queries of 1 to 10 characters with ranked, snippeted first pages.
 */
class StoreBenchmark final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::StoreBenchmark)

public:
    static int run(const QStringList &arguments, CliStreams &streams);
};

} // namespace Fazhi
