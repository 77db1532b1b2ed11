// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Fazhi {

/**
 * The documents `fazhi-cli export` writes for people rather than programs:
 * `export pdf (--report ID | --all) --out PATH [--script original|simplified|traditional]
 * [--no-resolved] [--comments-only]`, `export digest --year YEAR --out FILE.pdf` and
 * `export sheets --out FILE.xlsx|DIR`. ExportCommand hands these words over.
 */
class ExportDocumentsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::ExportDocumentsCommand)

public:
    /** Whether @p what (the word after "export") is one of ours. */
    static bool handles(const QString &what);

    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CliStreams &streams) override;

private:
    int runPdf(const QStringList &arguments, CliStreams &streams);
    int runDigest(const QStringList &arguments, CliStreams &streams);
    int runSheets(const QStringList &arguments, CliStreams &streams);
};

} // namespace Fazhi
