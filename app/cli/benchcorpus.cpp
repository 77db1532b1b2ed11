// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcorpus.h"

#include "reportparser.h"
#include "textcleaner.h"

#include <numeric>

#include <QCryptographicHash>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace Fazhi::BenchCorpus {

ReportDocument parse(const QString &text, const QString &name)
{
    ImportedText imported;
    imported.text = text;
    imported.format = u"txt"_s;
    imported.encoding = u"UTF-8"_s;
    TextCleaner::clean(imported);
    return ReportParser::parse(imported, name);
}

ReportImport analysed(const ReportAnalyzer &analyzer, const QString &text, const QString &name)
{
    ReportImport report;
    report.contentHash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    report.document = parse(text, name);
    report.analysis = analyzer.analyze(report.document);
    return report;
}

QList<ReportImport> analysed(const CorpusGenerator &generator, const ReportAnalyzer &analyzer, int first, int count)
{
    QList<int> indexes(count);
    std::iota(indexes.begin(), indexes.end(), first);
    return QtConcurrent::blockingMapped<QList<ReportImport>>(indexes, [&generator, &analyzer](int index) {
        return analysed(analyzer, generator.report(index), u"generated-%1.txt"_s.arg(index));
    });
}

} // namespace Fazhi::BenchCorpus
