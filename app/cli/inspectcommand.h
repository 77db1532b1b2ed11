// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/** `fazhi-cli inspect FILE... [--json]`: the parsed report — metadata, headings, paragraphs. */
class InspectCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::InspectCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Fazhi
