// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/**
 * `fazhi-cli boilerplate --db FILE [--year Y] [--share 0.2] [--limit N] [--json] [--out FILE.csv]`:
 * the genre's set phrases in a project — wording that recurs in many reports of one year.
 */
class BoilerplateCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::BoilerplateCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Fazhi
