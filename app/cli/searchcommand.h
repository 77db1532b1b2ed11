// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/** `fazhi-cli search QUERY [--db FILE] [--json] [filters]`: full-text search in either script. */
class SearchCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::SearchCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Fazhi
