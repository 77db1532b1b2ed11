// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/** `fazhi-cli list [--db FILE] [--json]`: the reports in a project. */
class ListCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::ListCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Fazhi
