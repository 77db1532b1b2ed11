// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/**
 * `fazhi-cli remove --report ID…`: removes reports from a project with their analysis,
 * annotations and decisions, saying what went; the change record keeps all of it. Every id is
 * checked first: one that is not in the project removes nothing.
 */
class RemoveCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::RemoveCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Fazhi
