// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/** `fazhi-cli convert --to simplified|traditional FILE`: the report's text in the other script. */
class ConvertCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::ConvertCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Fazhi
