// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/**
 * `fazhi-cli import PATH... [--db FILE]`: report files, or folders of them, into a project; one
 * line per file (imported / updated / unchanged / failed: reason), exit 1 if any failed.
 */
class ImportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::ImportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Fazhi
