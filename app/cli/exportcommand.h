// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/** `fazhi-cli export annotations --format csv|json [--out FILE]`: the project's annotations as a table. */
class ExportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::ExportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Fazhi
