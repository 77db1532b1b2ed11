// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingestbenchmark.h"

#include "inputfile.h"
#include "reportimporter.h"
#include "reportparser.h"
#include "textcleaner.h"

#include <sys/resource.h>

#include <QCommandLineParser>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

struct StageTimes
{
    qint64 importNs = 0;
    qint64 cleanNs = 0;
    qint64 parseNs = 0;
    qint64 total() const { return importNs + cleanNs + parseNs; }
};

struct ScriptTotals
{
    int files = 0;
    qint64 bytes = 0;
    StageTimes times;
};

double peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
}

QString rate(const ScriptTotals &totals)
{
    const double seconds = double(totals.times.total()) / 1e9;
    if (totals.files == 0 || seconds <= 0) {
        return u"-"_s;
    }
    return u"%1 files, %2 MB in %3 s: %4 files/s, %5 MB/s (import %6%, clean %7%, parse %8%)"_s.arg(totals.files)
        .arg(double(totals.bytes) / 1e6, 0, 'f', 2)
        .arg(seconds, 0, 'f', 3)
        .arg(totals.files / seconds, 0, 'f', 1)
        .arg(double(totals.bytes) / 1e6 / seconds, 0, 'f', 2)
        .arg(100.0 * double(totals.times.importNs) / double(totals.times.total()), 0, 'f', 0)
        .arg(100.0 * double(totals.times.cleanNs) / double(totals.times.total()), 0, 'f', 0)
        .arg(100.0 * double(totals.times.parseNs) / double(totals.times.total()), 0, 'f', 0);
}

} // namespace

int IngestBenchmark::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"DIR"_s, tr("A folder of report files; every supported file under it is read."));
    if (!parser.parse(QStringList{u"fazhi-cli bench ingest"_s} + arguments)) {
        streams.err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        streams.err << tr("fazhi-cli bench ingest: name one folder.") << Qt::endl;
        return 2;
    }
    // Files are read into memory first: the figure is for our code, not for the disk.
    QList<std::pair<QString, QByteArray>> files;
    QDirIterator it(parser.positionalArguments().first(), ReportImporter::supportedPatterns(), QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        // Through InputFile: a link to a device in the folder must not be read forever.
        const QString path = it.next();
        if (const auto bytes = InputFile::read(path, ReportImporter::maxFileSize())) {
            files.append({path, bytes.value()});
        }
    }
    if (files.isEmpty()) {
        streams.err << tr("fazhi-cli bench ingest: no report files under %1.").arg(parser.positionalArguments().first())
                    << Qt::endl;
        return 1;
    }
    ScriptTotals simplified;
    ScriptTotals traditional;
    ScriptTotals all;
    int failed = 0;
    // Warm up once: OpenCC loads its dictionaries on first use, a one-time cost per process.
    if (auto warm = ReportImporter::importBytes(files.first().second, files.first().first); warm) {
        ImportedText text = std::move(warm).value();
        TextCleaner::clean(text);
        ReportParser::parse(text, files.first().first);
    }
    QElapsedTimer timer;
    for (const auto &[path, bytes] : std::as_const(files)) {
        StageTimes times;
        timer.start();
        auto imported = ReportImporter::importBytes(bytes, path);
        times.importNs = timer.nsecsElapsed();
        if (!imported) {
            ++failed;
            continue;
        }
        ImportedText text = std::move(imported).value();
        timer.start();
        TextCleaner::clean(text);
        times.cleanNs = timer.nsecsElapsed();
        timer.start();
        const ReportDocument document = ReportParser::parse(text, path);
        times.parseNs = timer.nsecsElapsed();
        for (ScriptTotals *totals : {&all, document.script == Script::Traditional ? &traditional : &simplified}) {
            ++totals->files;
            totals->bytes += bytes.size();
            totals->times.importNs += times.importNs;
            totals->times.cleanNs += times.cleanNs;
            totals->times.parseNs += times.parseNs;
        }
    }
    streams.out << "ingest all:         " << rate(all) << '\n'
                << "ingest simplified:  " << rate(simplified) << '\n'
                << "ingest traditional: " << rate(traditional) << '\n'
                << "failed files:       " << failed << '\n'
                << "peak memory:        " << QString::number(peakMemoryMb(), 'f', 1) << " MB" << Qt::endl;
    return 0;
}

} // namespace Fazhi
