// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchimporter.h"

#include "inputfile.h"
#include "reportgenrecheck.h"
#include "reportimporter.h"
#include "reportreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFuture>
#include <QStorageInfo>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// Big enough for both cores to stay busy and for one commit to cover many reports; small
// enough that progress moves and a cancel is honoured soon.
constexpr int GroupSize = 32;

} // namespace

struct BatchImporter::Prepared
{
    QString path;
    std::optional<ReportImport> report;
    QString error;
    /** Not written: it does not look like a report (error says why). */
    bool unlikely = false;
};

BatchImporter::BatchImporter(ReviewStore &store, const ReportAnalyzer &analyzer, BatchImportOptions options)
    : m_store(store)
    , m_analyzer(analyzer)
    , m_options(options)
{
}

QString BatchImporter::emptyFolderMessage(const QString &folder)
{
    return tr("%1: no report files found (%2) in this folder or below it")
        .arg(QDir::toNativeSeparators(folder), ReportImporter::supportedPatterns().join(u' '));
}

QStringList BatchImporter::collectFiles(const QStringList &paths, QStringList *missing, QStringList *emptyFolders)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            // QDir::System lists named pipes and devices (and links to them) too, so that the
            // import names them as skipped instead of passing over them in silence.
            QDirIterator it(path, ReportImporter::supportedPatterns(), QDir::Files | QDir::System | QDir::Readable,
                QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext()) {
                found.append(it.next());
            }
            found.sort();
            if (found.isEmpty() && emptyFolders) {
                emptyFolders->append(path);
            }
            files += found;
        } else if (info.exists()) {
            files.append(path);
        } else if (missing) {
            missing->append(path);
        }
    }
    return files;
}

BatchImporter::Prepared BatchImporter::prepare(const QString &path) const
{
    // Nothing that goes wrong with one file may end the batch: an exception escaping here would
    // cross QtConcurrent, end the run and take the other files of the group with it.
    try {
        return prepareFile(path);
    } catch (const std::bad_alloc &) {
        qWarning("Import of %s: out of memory", qPrintable(path));
        return Prepared{path, std::nullopt,
            tr("%1: there was not enough memory to read it; it was not imported").arg(QFileInfo(path).fileName())};
    } catch (const std::exception &exception) {
        qWarning("Import of %s failed: %s", qPrintable(path), exception.what());
    } catch (...) {
        qWarning("Import of %s failed with an unknown exception", qPrintable(path));
    }
    return Prepared{path, std::nullopt,
        tr("%1: reading it failed unexpectedly; it was not imported").arg(QFileInfo(path).fileName())};
}

BatchImporter::Prepared BatchImporter::prepareFile(const QString &path) const
{
    Prepared prepared{path, std::nullopt, {}};
    // Missing, special (pipes, devices), oversized and unreadable files get the reader's message.
    const Result<QByteArray> read = InputFile::read(path, ReportImporter::maxFileSize());
    if (!read) {
        prepared.error = read.error();
        return prepared;
    }
    const QByteArray &bytes = read.value();
    auto document = ReportReader::readBytes(bytes, QFileInfo(path).fileName());
    if (!document) {
        prepared.error = document.error();
        return prepared;
    }
    ReportImport report;
    report.document = std::move(document).value();
    report.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    report.analysis = m_analyzer.analyze(report.document);
    report.onDuplicate = m_options.onDuplicate;
    if (const GenreVerdict verdict = ReportGenreCheck::check(report.document, report.analysis);
        !verdict.looksLikeReport && !m_options.importUnlikely) {
        prepared.unlikely = true;
        //: %2 lists what is missing, e.g. "no year reported, only 11 characters"
        prepared.error = tr("%1: does not look like a rule-of-law government report (%2)")
                             .arg(QFileInfo(path).fileName(), verdict.missing.join(tr(", ")));
        return prepared;
    }
    prepared.report = std::move(report);
    return prepared;
}

bool BatchImporter::stopsTheImport(const Error &failure, FileImportResult &result, const QStringList &remaining)
{
    using Code = Error::Code;
    if (failure.code != Code::Full && failure.code != Code::ReadOnly && failure.code != Code::Corrupt) {
        return false;
    }
    m_stopped = true;
    result.status = FileImportResult::Status::Failed;
    if (failure.code != Code::Full) {
        result.message = tr("%1; the import stopped here").arg(failure.message);
        return true;
    }
    // A project takes about five times the size of the files' text (text, normalised text, index).
    constexpr qint64 ProjectBytesPerFileByte = 5;
    qint64 bytes = 0;
    for (const QString &path : remaining) {
        bytes += QFileInfo(path).size();
    }
    const QString folder = QFileInfo(m_store.path()).absolutePath();
    const QStorageInfo disk(folder);
    const auto megabytes = [](qint64 b) {
        return QString::number(std::max<qint64>(1, (b + (1 << 20) - 1) >> 20));
    };
    result.message
        = tr("the disk holding %1 is full (%2 MB free); the %n file(s) not yet imported need about %3 MB. "
             "The import stopped here: free some space and import them again.",
            nullptr, int(remaining.size()))
              .arg(QDir::toNativeSeparators(folder), disk.isValid() ? megabytes(disk.bytesAvailable()) : u"0"_s,
                  megabytes(bytes * ProjectBytesPerFileByte));
    return true;
}

void BatchImporter::write(QList<Prepared> &group, QList<FileImportResult> &results, const QStringList &remaining)
{
    QList<ReportImport> reports;
    QList<qsizetype> resultIndex;
    for (Prepared &prepared : group) {
        FileImportResult result;
        result.path = prepared.path;
        if (prepared.report) {
            result.warnings = prepared.report->document.warnings;
            reports.append(std::move(*prepared.report));
            resultIndex.append(results.size());
        } else {
            result.status = prepared.unlikely ? FileImportResult::Status::NotAReport : FileImportResult::Status::Failed;
            result.message = prepared.error;
        }
        results.append(result);
    }
    auto store = [&](const QList<ReportImport> &batch, const QList<qsizetype> &indexes) -> Result<Done> {
        QList<ImportedReport> details;
        const auto outcomes = m_store.importReports(batch, &details);
        if (!outcomes) {
            return outcomes.failure();
        }
        for (qsizetype i = 0; i < indexes.size(); ++i) {
            FileImportResult &result = results[indexes.at(i)];
            ImportedReport &detail = details[i];
            result.reportId = detail.reportId;
            result.matchedReportId = detail.matchedReportId;
            result.matchedName = detail.matchedName;
            const QString file = QFileInfo(result.path).fileName();
            switch (detail.outcome) {
            case ImportOutcome::Imported:
                result.status = FileImportResult::Status::Imported;
                break;
            case ImportOutcome::Updated:
                result.status = FileImportResult::Status::Updated;
                result.reanchored = detail.reanchored;
                result.replaced = std::move(detail.replaced);
                break;
            case ImportOutcome::Unchanged:
                result.status = FileImportResult::Status::Unchanged;
                break;
            case ImportOutcome::Copy:
                result.status = FileImportResult::Status::Copy;
                result.message = tr("%1: a copy of report %2 (%3), not imported again")
                                     .arg(file, QString::number(detail.matchedReportId), detail.matchedName);
                break;
            case ImportOutcome::OtherVersion:
                result.status = FileImportResult::Status::OtherVersion;
                result.message = tr("%1: another version of report %2 (%3)")
                                     .arg(file, QString::number(detail.matchedReportId), detail.matchedName);
                break;
            }
        }
        return Done{};
    };
    if (reports.isEmpty()) {
        return;
    }
    const auto stored = store(reports, resultIndex);
    if (stored) {
        return;
    }
    const auto notAttempted = [&](qsizetype from) {
        for (qsizetype j = from; j < reports.size(); ++j) {
            results[resultIndex.at(j)].status = FileImportResult::Status::NotAttempted;
        }
    };
    // A full disk may still hold some of the group: those go in one by one below, until one does not.
    if (stored.code() != Error::Code::Full
        && stopsTheImport(stored.failure(), results[resultIndex.first()], remaining)) {
        notAttempted(1);
        return;
    }
    // The group was rolled back as a whole: try each report alone, so that only the one
    // that cannot be written fails.
    for (qsizetype i = 0; i < reports.size(); ++i) {
        if (const auto done = store({reports.at(i)}, {resultIndex.at(i)}); !done) {
            if (stopsTheImport(done.failure(), results[resultIndex.at(i)],
                    remaining.mid(resultIndex.at(i) - resultIndex.first()))) {
                notAttempted(i + 1);
                return;
            }
            results[resultIndex.at(i)].message = done.error();
        }
    }
}

QList<FileImportResult> BatchImporter::run(const QStringList &files)
{
    QList<FileImportResult> results;
    results.reserve(files.size());
    const int total = int(files.size());
    auto prepareGroup = [this](QStringList paths) {
        return QtConcurrent::blockingMapped<QList<Prepared>>(
            paths, [this](const QString &path) { return prepare(path); });
    };
    QFuture<QList<Prepared>> next = QtConcurrent::run(prepareGroup, files.mid(0, GroupSize));
    for (int first = 0; first < total; first += GroupSize) {
        QList<Prepared> group = next.result();
        // Read the next group on the other cores while this one is written.
        if (first + GroupSize < total && !m_cancelled) {
            next = QtConcurrent::run(prepareGroup, files.mid(first + GroupSize, GroupSize));
        }
        const qsizetype before = results.size();
        write(group, results, files.mid(first));
        for (qsizetype i = before; i < results.size(); ++i) {
            if (m_progress) {
                m_progress(results.at(i), int(i + 1), total);
            }
        }
        if (m_cancelled || m_stopped) {
            break;
        }
    }
    // A group read ahead before the cancel must finish before its importer can go.
    next.waitForFinished();
    for (qsizetype i = results.size(); i < files.size(); ++i) {
        FileImportResult left;
        left.path = files.at(i);
        left.status = m_stopped ? FileImportResult::Status::NotAttempted : FileImportResult::Status::Cancelled;
        results.append(left);
    }
    return results;
}

} // namespace Fazhi
