// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcommand.h"

#include "comparebenchmark.h"
#include "dashboardbenchmark.h"
#include "exportbenchmark.h"
#include "ingestbenchmark.h"
#include "storebenchmark.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

QString BenchCommand::name() const
{
    return u"bench"_s;
}

QString BenchCommand::summary() const
{
    return tr("Measure speed and memory: bench ingest DIR | bench store [--reports N] | bench compare [--reports N] | "
              "bench export [--reports N] | bench dashboard [--reports N]");
}

int BenchCommand::run(const QStringList &arguments, CliStreams &streams)
{
    const QString what = arguments.value(0);
    if (what == u"store") {
        return StoreBenchmark::run(arguments.mid(1), streams);
    }
    if (what == u"compare") {
        return CompareBenchmark::run(arguments.mid(1), streams);
    }
    if (what == u"export") {
        return ExportBenchmark::run(arguments.mid(1), streams);
    }
    if (what == u"dashboard") {
        return DashboardBenchmark::run(arguments.mid(1), streams);
    }
    if (what == u"ingest") {
        return IngestBenchmark::run(arguments.mid(1), streams);
    }
    streams.err << tr("fazhi-cli bench: say what to measure: ingest, store, compare, export or dashboard") << Qt::endl;
    return 2;
}

} // namespace Fazhi
