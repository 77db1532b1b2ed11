// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/** `fazhi-cli matrix [--year Y] [--reports ID,ID] [--out FILE.csv]`: the outline matrix as CSV, headless. */
class MatrixCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::MatrixCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Fazhi
