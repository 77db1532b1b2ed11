// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/**
 * `fazhi-cli review [--db FILE] [--report ID]... [--json]`: each report's checklist as in force
 * (the reviewers' overrules counted), the grade given and a suggested grade.
 */
class ReviewCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::ReviewCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Fazhi
