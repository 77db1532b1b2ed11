// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads the real reports of resources/samples for tests.
#include "corpusgenerator.h"
#include "reportanalyzer.h"
#include "reportparser.h"
#include "reviewstore.h"
#include "testpaths.h"
#include "textcleaner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>

namespace SeedReports {

/** The full path of the seed whose file name starts with @p prefix ("001"), or empty. */
inline QString path(const QString &prefix)
{
    const QStringList names = QDir(TestPaths::samplesDir()).entryList({prefix + QStringLiteral("_*.txt")}, QDir::Files);
    return names.isEmpty() ? QString() : TestPaths::samplesDir() + u'/' + names.first();
}

/** The seed's text (UTF-8), or empty when it cannot be read. */
inline QString text(const QString &prefix)
{
    QFile file(path(prefix));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/**
 * Writes @p count reports made from the samples into @p folder (made if need be) as 000.txt,
 * 001.txt, …; false when one cannot be written. Each is its own district's: variants made different
 * by a line would be versions of one another, so the generator renames the region too.
 */
inline bool writeVariants(const QString &folder, int count)
{
    if (!QDir().mkpath(folder)) {
        return false;
    }
    const Fazhi::CorpusGenerator generator(Fazhi::CorpusGenerator::sampleReports());
    for (int n = 0; n < count; ++n) {
        QFile file(QStringLiteral("%1/%2.txt").arg(folder).arg(n, 3, 10, QChar(u'0')));
        const QByteArray bytes = generator.report(n).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return false;
        }
    }
    return true;
}

/** @p text as if read from a UTF-8 .txt file called @p name: cleaned and parsed. */
inline Fazhi::ReportDocument parse(const QString &text, const QString &name = QStringLiteral("test.txt"))
{
    Fazhi::ImportedText imported;
    imported.text = text;
    imported.format = QStringLiteral("txt");
    imported.encoding = QStringLiteral("UTF-8");
    Fazhi::TextCleaner::clean(imported);
    return Fazhi::ReportParser::parse(imported, name);
}

/** The seed, cleaned and parsed. */
inline Fazhi::ReportDocument document(const QString &prefix)
{
    return parse(text(prefix), path(prefix).section(u'/', -1));
}

/** Imports @p document into @p store with its automatic analysis; the report's id, or 0 (with a warning). */
inline qint64 importAnalysed(Fazhi::ReviewStore &store, const Fazhi::ReportDocument &document)
{
    static const auto analyzer = Fazhi::ReportAnalyzer::bundled();
    if (!analyzer) {
        qWarning("%s", qPrintable(analyzer.error()));
        return 0;
    }
    const QByteArray hash = QCryptographicHash::hash(document.text.toUtf8(), QCryptographicHash::Sha256);
    if (const auto imported = store.importReport({document, hash, analyzer.value()->analyze(document)}); !imported) {
        qWarning("%s", qPrintable(imported.error()));
        return 0;
    }
    const auto reports = store.reports();
    if (!reports) {
        qWarning("%s", qPrintable(reports.error()));
        return 0;
    }
    for (const Fazhi::ReportSummary &report : reports.value()) {
        if (report.fileName == document.fileName) {
            return report.id;
        }
    }
    return 0;
}

} // namespace SeedReports
