// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/**
 * `fazhi-cli bench dashboard [--reports N]`: a project of N generated, analysed reports (500 by
 * default); the time to compute the dashboard's figures and draw the charts the view shows
 * (target: under 500 ms for 500 reports), and the time of a full export.
 */
class DashboardBenchmark final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::DashboardBenchmark)

public:
    static int run(const QStringList &arguments, CliStreams &streams);
};

} // namespace Fazhi
