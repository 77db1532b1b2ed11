// SPDX-License-Identifier: GPL-3.0-or-later
#include "boilerplatereport.h"

#include "annotationexporter.h"
#include "outlinematrix.h"
#include "reviewstore.h"

#include <cmath>

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

/** What every worker shares: the reports, the cancel flag, progress and the first error. */
class PassContext
{
public:
    PassContext(QString path, int total, const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
        : m_path(std::move(path))
        , m_total(total)
        , m_progress(progress)
        , m_cancel(cancel)
    {
    }

    bool cancelled() const { return (m_cancel && m_cancel->load()) || m_failed.load(); }

    /** Runs @p each on every report of @p ids readable on a connection of this thread's own. */
    template<typename Each> void forEachReport(const QList<qint64> &ids, Each each)
    {
        auto store = ReviewStore::open(m_path, ReviewStore::Access::ReadOnly, ReviewStore::Check::Deferred);
        if (!store) {
            fail(store.error());
            return;
        }
        for (const qint64 id : ids) {
            if (cancelled()) {
                return;
            }
            const auto report = store.value()->report(id);
            if (!report) {
                fail(report.error());
                return;
            }
            each(id, report.value());
            step();
        }
    }

    void fail(const QString &message)
    {
        const QMutexLocker lock(&m_mutex);
        if (m_error.isEmpty()) {
            m_error = message;
        }
        m_failed = true;
    }

    QString error() const { return m_error; }

private:
    void step()
    {
        const int done = ++m_done;
        if (m_progress) {
            const QMutexLocker lock(&m_mutex);
            m_progress(done, m_total);
        }
    }

    QString m_path;
    int m_total = 0;
    std::atomic_int m_done = 0;
    std::atomic_bool m_failed = false;
    const std::function<void(int, int)> &m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    QMutex m_mutex;
    QString m_error;
};

struct PhraseCount
{
    SetPhrase phrase;
    QSet<qint64> reports;
};

using PhraseCounts = QHash<QString, PhraseCount>;

bool endsSentence(QChar c)
{
    return c == u'。' || c == u'；' || c == u';' || c == u'！' || c == u'!' || c == u'？' || c == u'?' || c == u'\n';
}

QString skeletonKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            key.append(c.toCaseFolded());
        }
    }
    return key;
}

/** The sentences (or their boilerplate parts) of @p report inside its boilerplate stretches. */
void countPhrases(
    PhraseCounts &counts, qint64 reportId, const ReportDocument &report, const QList<TextRange> &ranges, int minLength)
{
    const NormalizedText &normalized = report.normalized;
    const QString &text = normalized.text();
    for (const TextRange &range : ranges) {
        const int end = normalized.fromOriginal(range.end);
        int pieceStart = normalized.fromOriginal(range.start);
        for (int i = pieceStart; i <= end; ++i) {
            if (i < end && !endsSentence(text.at(i))) {
                continue;
            }
            const QStringView piece = QStringView(text).mid(pieceStart, i - pieceStart).trimmed();
            const QString key = skeletonKey(piece);
            if (key.size() >= minLength) {
                PhraseCount &count = counts[key];
                if (count.reports.isEmpty()) {
                    const int start = int(piece.data() - text.data());
                    count.phrase.text = piece.toString();
                    count.phrase.exampleReport = reportId;
                    count.phrase.exampleRange
                        = {normalized.toOriginal(start), normalized.toOriginal(start + piece.size())};
                }
                count.reports.insert(reportId);
            }
            pieceStart = i + 1;
        }
    }
}

void mergeCounts(PhraseCounts &all, const PhraseCounts &part)
{
    for (auto it = part.cbegin(); it != part.cend(); ++it) {
        PhraseCount &count = all[it.key()];
        if (count.reports.isEmpty()) {
            count.phrase = it.value().phrase;
        }
        count.reports.unite(it.value().reports);
    }
}

/** The ids split into about four chunks per core: enough to balance, few enough connections. */
QList<QList<qint64>> chunksOf(const QList<qint64> &ids)
{
    const int chunks = std::max(1, std::min(int(ids.size()), QThread::idealThreadCount() * 4));
    QList<QList<qint64>> result(chunks);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        result[i % chunks].append(ids.at(i));
    }
    return result;
}

} // namespace

int BoilerplateReport::threshold(int reportCount, const Options &options)
{
    return std::max(options.minReports, int(std::ceil(options.minShare * reportCount)));
}

Result<BoilerplateReport> BoilerplateReport::build(const QString &projectPath, const Options &options,
    const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    QList<qint64> ids;
    {
        auto store = ReviewStore::open(projectPath, ReviewStore::Access::ReadOnly, ReviewStore::Check::Deferred);
        if (!store) {
            return store.failure();
        }
        auto ofYear = OutlineMatrix::reportsOfYear(*store.value(), options.year);
        if (!ofYear) {
            return ofYear.failure();
        }
        ids = std::move(ofYear).value();
    }
    BoilerplateReport result;
    result.m_options = options;
    const QList<QList<qint64>> chunks = chunksOf(ids);

    // Two passes over the reports rather than holding them all: a thousand real reports with
    // their normalized text and maps would take half a gigabyte.
    PassContext indexing(projectPath, int(ids.size()) * 2, progress, cancel);
    auto index = std::make_shared<BoilerplateIndex>(QtConcurrent::blockingMappedReduced<BoilerplateIndex>(
        chunks,
        [&indexing](const QList<qint64> &chunk) {
            BoilerplateIndex part;
            indexing.forEachReport(chunk, [&part](qint64, const ReportDocument &report) { part.add(report); });
            return part;
        },
        [](BoilerplateIndex &all, const BoilerplateIndex &part) { all.merge(part); }));
    if (indexing.cancelled()) {
        return Error{indexing.error().isEmpty() ? tr("The boilerplate pass was cancelled.") : indexing.error()};
    }
    result.m_index = index;

    const int minReports = result.threshold();
    const PhraseCounts counts = QtConcurrent::blockingMappedReduced<PhraseCounts>(
        chunks,
        [&indexing, &index, minReports, &options](const QList<qint64> &chunk) {
            PhraseCounts part;
            indexing.forEachReport(chunk, [&](qint64 id, const ReportDocument &report) {
                countPhrases(part, id, report, index->boilerplateRanges(report, minReports), options.minLength);
            });
            return part;
        },
        mergeCounts);
    if (indexing.cancelled()) {
        return Error{indexing.error().isEmpty() ? tr("The boilerplate pass was cancelled.") : indexing.error()};
    }
    for (const PhraseCount &count : counts) {
        if (count.reports.size() >= minReports) {
            result.m_phrases.append(count.phrase);
            result.m_phrases.last().reports = int(count.reports.size());
        }
    }
    std::sort(result.m_phrases.begin(), result.m_phrases.end(), [](const SetPhrase &a, const SetPhrase &b) {
        return a.reports != b.reports
            ? a.reports > b.reports
            : (a.text.size() != b.text.size() ? a.text.size() > b.text.size() : a.text < b.text);
    });
    return result;
}

QByteArray BoilerplateReport::toCsv() const
{
    using F = AnnotationExporter;
    QString csv = QStringList{F::csvField(tr("Reports")), F::csvField(tr("Phrase")), F::csvField(tr("Example report")),
                      F::csvField(tr("Start")), F::csvField(tr("End"))}
                      .join(u',')
        + u"\r\n"_s;
    for (const SetPhrase &phrase : m_phrases) {
        csv += QStringList{QString::number(phrase.reports), F::csvField(phrase.text),
                   QString::number(phrase.exampleReport), QString::number(phrase.exampleRange.start),
                   QString::number(phrase.exampleRange.end)}
                   .join(u',')
            + u"\r\n"_s;
    }
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace Fazhi
