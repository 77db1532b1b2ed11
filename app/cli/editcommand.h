// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/**
 * `fazhi-cli edit --report ID [--region …] [--year …] …`: corrects a report's details (region,
 * level, year, title, issuers, dates) as the library's dialog does; the parsed value stays on
 * record beside the reviewer's. Without a value to set, prints the details, parsed and corrected.
 */
class EditCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::EditCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Fazhi
