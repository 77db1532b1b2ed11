// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/**
 * `fazhi-cli shared FILE_OR_ID FILE_OR_ID [--min 20] [--json] [--db FILE]`: the passages two
 * reports share (nearly) verbatim, with their offsets in both.
 */
class SharedCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::SharedCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Fazhi
