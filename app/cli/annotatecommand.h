// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/** `fazhi-cli annotate --report ID --start N --end N --tag NAME [--comment TEXT]`: tag a passage. */
class AnnotateCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::AnnotateCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Fazhi
