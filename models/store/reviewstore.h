// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportanalyzer.h"
#include "reportdocument.h"
#include "result.h"
#include "reviewtypes.h"
#include "sqlitedatabase.h"

#include <memory>
#include <optional>

#include <QCoreApplication>

namespace Fazhi {

/** What importing one report did. */
enum class ImportOutcome {
    Imported, ///< a new report
    Unchanged, ///< the same file was already in the project
    Updated, ///< a new version of a report already there; annotations re-anchored
    Copy, ///< the same text is already in the project (another file, encoding or format of it); not imported
    OtherVersion, ///< another version of a report already there; not imported (DuplicatePolicy::Skip)
};

/** What an import does with a report the project already has in some form. */
enum class DuplicatePolicy {
    /**
     * Only the same bytes are recognised, and a changed file of the same name, region and year
     * replaces its old version. For tools and tests that build projects from generated text.
     */
    SameFile,
    /**
     * What a reviewer's import does: the same text (a copy in another encoding or format) is not
     * imported again; another version of a report already there (the same region, year and
     * level, or the same file name, with a different text) is not imported either…
     */
    Skip,
    Replace, ///< …or replaces the report it is a version of, its annotations re-anchored…
    Keep, ///< …or is imported beside it.
};

/** How one re-import moved the annotations of the report it replaced. */
struct ReanchorResult
{
    int kept = 0; ///< still at the same offsets
    int moved = 0; ///< found again elsewhere in the new text
    int orphaned = 0; ///< their text is gone; kept and flagged
    /** The quotes of the orphaned ones, to list them to the reviewer. */
    QStringList orphanedQuotes;
};

/**
 * A report taken out of the project with everything that belongs to it — its text, analysis,
 * annotations and decisions — as restoreReports() puts it back: with the same ids.
 */
struct RemovedReport
{
    qint64 id = 0;
    QString uid;
    /** Region and year, or the file name: how messages name it. */
    QString name;
    int annotations = 0;
    int decisions = 0;
    /** Its rows in every table, as JSON; the change record keeps the same. */
    QByteArray rows;
};

/** How many marks of the reviewers' belong to some reports. */
struct ReportMarks
{
    int annotations = 0;
    int decisions = 0;
};

/** A report ready to be stored: the parsed file, the hash of its bytes, its automatic analysis. */
struct ReportImport
{
    ReportDocument document;
    QByteArray contentHash;
    /** Empty (nothing classified) is allowed: the parts are then stored without categories. */
    ReportAnalysis analysis;
    DuplicatePolicy onDuplicate = DuplicatePolicy::SameFile;
};

/** What importing one report did, in detail. */
struct ImportedReport
{
    ImportOutcome outcome = ImportOutcome::Imported;
    /** The report stored (Imported, Updated) or found (Unchanged). */
    qint64 reportId = 0;
    /** Copy, OtherVersion, Updated: the report already there that this one matched. */
    qint64 matchedReportId = 0;
    /** That report's region and year, or its file name. */
    QString matchedName;
    /** Updated: how the annotations moved. */
    ReanchorResult reanchored;
    /** Updated: the old version as it was; restoring it (exchangeReport()) undoes the update. */
    std::optional<RemovedReport> replaced;
};

/** A search request: the words, and filters that narrow the reports. */
struct SearchQuery
{
    QString text;
    int year = 0;
    QString region;
    QString level;
    QString category;
    qint64 tagId = 0; ///< only parts overlapping an annotation with this tag
    int offset = 0;
    int limit = 20; ///< snippets are made for this page only
};

/**
 * One review project: a SQLite file (.fzr) holding the reports, their automatic analysis, the
 * reviewers' tags, annotations and decisions, and the record of every change. Every change is
 * committed at once in its own transaction. Opening checks the file (quick_check) and migrates
 * older files after keeping a backup beside them; a damaged file is opened read-only when that
 * is possible and never written. WAL mode and a busy timeout let several windows and processes
 * share a file. One ReviewStore per thread.
 */
class ReviewStore final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::ReviewStore)

public:
    enum class Access { ReadWrite, ReadOnly };
    /**
     * Whether open() reads the whole file to check it (PRAGMA quick_check, about 100 MB/s) or
     * leaves that to verify() on another thread, so that a large project opens at once.
     */
    enum class Check { OnOpen, Deferred };

    /** Opens the project at @p path, creating it (with the default tags) if it does not exist. */
    static Result<std::unique_ptr<ReviewStore>> open(
        const QString &path, Access access = Access::ReadWrite, Check check = Check::OnOpen);

    /**
     * Checks the project file at @p path (PRAGMA quick_check) on a connection of its own; safe
     * to run on a worker thread while the project is in use. An Error with Error::Code::Corrupt
     * describes the damage; any other Error says the check could not be made (busy, I/O).
     */
    static Result<Done> verify(const QString &path);

    /** The project used when the user has chosen none: "default.fzr" in the application data folder. */
    static QString defaultProjectPath();
    /**
     * How @p tag is named in the UI language: a tag a project started with, not renamed, in the
     * language's own word (Problems for 问题 in English); any other in the UI's script (DataText).
     */
    static QString displayName(const Tag &tag);

    ~ReviewStore();
    ReviewStore(const ReviewStore &) = delete;
    ReviewStore &operator=(const ReviewStore &) = delete;

    QString path() const { return m_db.path(); }
    bool isReadOnly() const { return m_readOnly; }
    /** Why the project is read-only (damage found on open or since, a read-only medium), empty otherwise. */
    QString readOnlyReason() const { return m_readOnlyReason; }
    /**
     * Makes the project read-only from now on because it was found damaged (by verify() on
     * another thread, or a read): a damaged file is never written, so the work in it can still
     * be read and saved elsewhere.
     */
    void markDamaged();
    /** How long to wait for another program's lock before a change fails with Error::Code::Busy. */
    void setBusyTimeout(int milliseconds) { m_db.setBusyTimeout(milliseconds); }

    /** The name that signs changes (the reviewer's name from the settings). */
    void setAuthor(const QString &author) { m_author = author; }
    QString author() const { return m_author; }

    /** A consistent copy of the whole project at @p path (VACUUM INTO), even while in use. */
    Result<Done> saveAs(const QString &path);

    // Reports
    /**
     * Adds @p document, read from a file whose bytes hash to @p contentHash. The same file again
     * changes nothing. What else counts as the same report is the report's DuplicatePolicy; a
     * new version that replaces an old one moves its annotations to where their text now is (or
     * flags them orphaned), and its decisions and review status; the change record keeps the old version.
     */
    Result<ImportOutcome> importReport(const ReportImport &report, ImportedReport *imported = nullptr);
    /**
     * Adds several reports in one transaction (fast batch import), each as importReport() would
     * and each seeing the ones before it; one outcome per report, and the details of each.
     */
    Result<QList<ImportOutcome>> importReports(
        const QList<ReportImport> &reports, QList<ImportedReport> *imported = nullptr);
    /**
     * Removes reports with their analysis, annotations and decisions, in one transaction; the
     * change record keeps all of it. An id that is not in the project removes nothing and says so.
     */
    Result<QList<RemovedReport>> removeReports(const QList<qint64> &reportIds);
    /** Puts back reports removeReports() took away, with the same ids, annotations and decisions. */
    Result<Done> restoreReports(const QList<RemovedReport> &reports);
    /**
     * Removes report @p removeId and puts back @p restore in one transaction (undoing or redoing
     * the replacement of one version by another); the removed one as it was.
     */
    Result<RemovedReport> exchangeReport(qint64 removeId, const RemovedReport &restore);
    /** How many annotations and decisions belong to @p reportIds: what removing them takes along. */
    Result<ReportMarks> marks(const QList<qint64> &reportIds);
    // Every read returns a Result: a read that fails (a damaged page, a lock held too long)
    // says so, instead of an empty list that would look like "nothing there".

    /** Region and year, or the file name of report @p reportId, as messages name it; NotFound when there is none. */
    Result<QString> reportName(qint64 reportId);
    Result<QList<ReportSummary>> reports();
    Result<ReportDocument> report(qint64 reportId);
    Result<int> reportCount();
    /** The report's review status ("unreviewed", "in_progress", "done"); NotFound when there is no such report. */
    Result<QString> reviewStatus(qint64 reportId);
    /** The years reported on, newest first (an index lookup: no report is read). */
    Result<QList<int>> years();
    /** The report's headings and paragraphs in document order, with their automatic classification. */
    Result<QList<StoredPart>> parts(qint64 reportId);
    /** The automatic checklist as judged at import (reviewer decisions are separate). */
    Result<QList<ChecklistItem>> checklist(qint64 reportId);
    Result<QList<IndicatorValue>> indicators(qint64 reportId);
    /** The automatic analysis as stored, in the form the analyzer produced it. */
    Result<ReportAnalysis> storedAnalysis(qint64 reportId);
    Result<Done> setReviewStatus(qint64 reportId, const QString &status);

    // Metadata
    /** The metadata a reviewer may correct (MetadataKey): title, region, level, year, dates, issuers. */
    static QStringList editableMetadata();
    /**
     * Sets metadata value @p key of a report to the reviewer's @p value, in force over the parsed
     * one, which stays on record as the decision's automatic value: the library, the dashboard's
     * scopes and the exports see the reviewer's. A year must be a year, a date a date (as
     * reports write them, stored ISO), a level one of 省 市 区 县 镇 街道 部门; names are kept in
     * simplified script. Withdrawing the decision (undo) brings the value before it back.
     */
    Result<Decision> editMetadata(
        qint64 reportId, const QString &key, const QString &value, const QString &comment = {});
    /** The value the parser found for @p key, whatever the reviewers set since. */
    Result<QString> automaticMetadata(qint64 reportId, const QString &key);
    /** @p typed as editMetadata() would store it for @p key, or why it cannot be. */
    static Result<QString> metadataValue(const QString &key, const QString &typed);

    // Tags
    Result<QList<Tag>> tags();
    Result<Tag> addTag(const QString &name, const QColor &color, int shortcut = 0);
    Result<Done> renameTag(qint64 tagId, const QString &name);
    Result<Done> recolorTag(qint64 tagId, const QColor &color);
    /** Moves every annotation of @p fromId to @p intoId and removes @p fromId. */
    Result<Done> mergeTags(qint64 fromId, qint64 intoId);
    /** Removes an unused tag; a tag still in use is refused (merge it into another instead). */
    Result<Done> removeTag(qint64 tagId);
    /** Puts back a tag removed or merged away earlier (undo), with its id and uid. */
    Result<Done> restoreTag(const Tag &tag);

    // Annotations
    /** Tags original[start, end) of a report; the quote and its context are taken from the text. */
    Result<Annotation> addAnnotation(qint64 reportId, int start, int end, qint64 tagId, const QString &comment = {});
    Result<Done> setAnnotationComment(qint64 annotationId, const QString &comment);
    Result<Done> setAnnotationTag(qint64 annotationId, qint64 tagId);
    Result<Done> setAnnotationResolved(qint64 annotationId, bool resolved);
    Result<Done> removeAnnotation(qint64 annotationId);
    /** Puts back an annotation removed earlier (undo), with its id and uid. */
    Result<Done> restoreAnnotation(const Annotation &annotation);
    Result<Annotation> annotation(qint64 annotationId);
    Result<QList<Annotation>> annotations(qint64 reportId);
    Result<QList<Annotation>> allAnnotations();

    // Decisions
    Result<Decision> decide(qint64 reportId, const QString &target, const QString &automatic, const QString &value,
        const QString &comment = {});
    /** Takes a decision back (undo): the one before it on the same target is in force again. */
    Result<Done> withdrawDecision(qint64 decisionId);
    /** The decisions in force for a report (the newest per target, plus conflicting ones). */
    Result<QList<Decision>> decisions(qint64 reportId);

    // Search
    Result<QList<SearchHit>> search(const SearchQuery &query);

    // History and merge
    Result<QList<HistoryEntry>> history(qint64 reportId = 0);
    /**
     * Brings another reviewer's project into this one: reports matched by content hash,
     * identical annotations not duplicated, differing decisions on the same target both kept
     * and marked as conflicting.
     */
    Result<QString> mergeFrom(const QString &otherPath);

private:
    explicit ReviewStore(SqliteDatabase db, bool readOnly, QString readOnlyReason);

    Result<Done> createDefaultTags();
    Result<Done> writeHistory(const QString &action, const QString &entity, const QString &uid, qint64 reportId,
        const QString &before, const QString &after);
    Result<ImportedReport> importOne(const ReportImport &report);
    /** The report @p document is another version of (DuplicatePolicy other than SameFile), or 0. */
    Result<qint64> versionOf(const ReportDocument &document);
    /** Everything of report @p reportId, as RemovedReport keeps it; nothing is changed. */
    Result<RemovedReport> snapshot(qint64 reportId);
    /** Removes report @p reportId after a snapshot, recording it in the change record as @p action. */
    Result<RemovedReport> takeReport(qint64 reportId, const QString &action);
    Result<Done> putBack(const RemovedReport &report);
    /** Writes the metadata value in force for @p key (the newest decision's, or the parsed one) into the report. */
    Result<Done> applyMetadata(qint64 reportId, const QString &key);
    Result<qint64> insertReport(const ReportImport &report, const QString &uid);
    Result<Done> insertAnalysis(qint64 reportId, const ReportAnalysis &analysis);
    Result<ReanchorResult> reanchor(qint64 oldReportId, qint64 newReportId, const QString &newText);
    Result<Done> updateAnnotation(
        qint64 annotationId, const QString &column, const QString &value, const QString &field);
    Result<Done> refuseIfReadOnly() const;
    /**
     * Prepares @p sql, binds @p id to ?1 and steps once: the statement at its first row, or
     * @p missing when there is none, or why the read failed.
     */
    Result<SqliteStatement> rowWithId(const QString &sql, qint64 id, const Error &missing);
    /** The uid of tag @p tagId and the value of its @p column (one of ours), or NotFound. */
    Result<std::pair<QString, QString>> tagField(qint64 tagId, const QString &column);
    /** decide() inside a transaction already open. */
    Result<Decision> recordDecision(
        qint64 reportId, const QString &target, const QString &automatic, const QString &value, const QString &comment);
    /** Whether @p terms match so many parts that ranking them would be too slow to be worth it. */
    Result<bool> isCommonQuery(const QStringList &terms);
    /** @p failure as it is, after making the store read-only if it says the file is damaged. */
    Error noted(const Error &failure);
    /** Above this many parts holding a query's rarest token, scoring them all costs over ~30 ms. */
    static constexpr qint64 CommonMatchCount = 20000;

    SqliteDatabase m_db;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_author;
};

} // namespace Fazhi
