// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/**
 * `fazhi-cli classify [--paragraph] [--year YEAR] [--standard FILE]`: reads one heading (or one
 * paragraph) per line on standard input and prints `category<TAB>confidence<TAB>reason` for
 * each, so that classification accuracy can be measured from outside.
 */
class ClassifyCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Fazhi
