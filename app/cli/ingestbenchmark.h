// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/**
 * `fazhi-cli bench ingest DIR`: every report file under DIR imported, cleaned and parsed in
 * memory on one core (no database): files/s, MB/s by script, where the time goes, peak memory.
 */
class IngestBenchmark final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::IngestBenchmark)

public:
    static int run(const QStringList &arguments, CliStreams &streams);
};

} // namespace Fazhi
