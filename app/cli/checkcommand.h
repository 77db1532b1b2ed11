// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/**
 * `fazhi-cli check FILE... [--json] [--standard FILE]`: per report, the outline (every section
 * and paragraph with category, themes, confidence and reason), the review checklist and the
 * indicators.
 */
class CheckCommand final : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Fazhi
