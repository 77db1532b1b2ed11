// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/**
 * `fazhi-cli bench compare [--reports N]`: the figures behind comparing districts, on generated
 * reports — shared wording between four 60 KB reports (every pair), the boilerplate index over N
 * reports on every core, and the outline matrix of 50 analysed reports in a project.
 */
class CompareBenchmark final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::CompareBenchmark)

public:
    static int run(const QStringList &arguments, CliStreams &streams);
};

} // namespace Fazhi
