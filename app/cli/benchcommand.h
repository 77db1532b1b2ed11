// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/**
 * `fazhi-cli bench WHAT …`: the speed and memory figures the project holds itself to, measured
 * on real data rather than asserted in timed tests (machines are noisy).
 * Each measurement is a class of its own (StoreBenchmark, …).
 */
class BenchCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::BenchCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Fazhi
