// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/** `fazhi-cli merge OTHER.fzr [--db FILE]`: bring another reviewer's project into this one. */
class MergeCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::MergeCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Fazhi
