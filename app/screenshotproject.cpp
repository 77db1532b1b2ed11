// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotproject.h"

#include "outlinematrix.h"
#include "reportanalyzer.h"
#include "reportreader.h"
#include "reviewstore.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Fazhi {

Result<Done> ScreenshotProject::createFromSamples(const QString &path)
{
    auto store = ReviewStore::open(path);
    if (!store) {
        return store.failure();
    }
    const auto analyzer = ReportAnalyzer::bundled();
    if (!analyzer) {
        return analyzer.failure();
    }
    QStringList samples;
    for (QDirIterator it(u":/fazhi/samples"_s, {u"*.txt"_s}, QDir::Files); it.hasNext();) {
        samples.append(it.next());
    }
    samples.sort();
    QList<ReportImport> reports;
    for (const QString &sample : std::as_const(samples)) {
        QFile file(sample);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{tr("Cannot read the sample report %1.").arg(sample)};
        }
        const QByteArray bytes = file.readAll();
        auto document = ReportReader::readBytes(bytes, sample.section(u'/', -1));
        if (!document) {
            return document.failure();
        }
        ReportImport report;
        report.document = std::move(document).value();
        report.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        report.analysis = analyzer.value()->analyze(report.document);
        reports.append(std::move(report));
    }
    if (const auto imported = store.value()->importReports(reports); !imported) {
        return imported.failure();
    }
    return Done{};
}

QList<qint64> ScreenshotProject::defaultReports(ReviewStore &store, int count)
{
    // A screenshot of a project that cannot be read shows none of its reports.
    const QList<int> years = store.years().valueOr({});
    QList<qint64> ids = OutlineMatrix::reportsOfYear(store, years.isEmpty() ? 0 : years.constFirst()).valueOr({});
    if (ids.size() < count) {
        ids = OutlineMatrix::reportsOfYear(store, 0).valueOr({});
    }
    return ids.mid(0, count);
}

} // namespace Fazhi
