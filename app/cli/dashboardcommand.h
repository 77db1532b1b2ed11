// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/**
 * `fazhi-cli dashboard [--db FILE] [--year Y] [--city C] [--level L] --out DIR`: every dashboard
 * chart as PNG (print resolution) and SVG, with the data behind it as CSV, without a display.
 * Needs the QApplication main_cli makes for it (Qt Charts are graphics widgets).
 */
class DashboardCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::DashboardCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Fazhi
