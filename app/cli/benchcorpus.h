// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpusgenerator.h"
#include "reportanalyzer.h"
#include "reviewstore.h"

#include <QList>

namespace Fazhi::BenchCorpus {

/** @p text read as a UTF-8 .txt file called @p name would be: cleaned and parsed. */
ReportDocument parse(const QString &text, const QString &name);

/** @p text parsed as parse() does and analysed, with its content hash: what an import stores. */
ReportImport analysed(const ReportAnalyzer &analyzer, const QString &text, const QString &name);

/**
 * Generated reports @p first … @p first + @p count - 1, parsed and analysed on every core, as an
 * import would store them ("generated-N.txt").
 */
QList<ReportImport> analysed(const CorpusGenerator &generator, const ReportAnalyzer &analyzer, int first, int count);

} // namespace Fazhi::BenchCorpus
