// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportanalyzer.h"
#include "reportdocument.h"
#include "result.h"
#include "reviewtypes.h"
#include "sqlitedatabase.h"

#include <memory>

#include <QCoreApplication>

namespace Fazhi {

/** What importing one report did. */
enum class ImportOutcome {
    Imported, ///< a new report
    Unchanged, ///< the same file was already in the project
    Updated, ///< a new version of a report already there; annotations re-anchored
};

/** How one re-import moved the annotations of the report it replaced. */
struct ReanchorResult
{
    int kept = 0; ///< still at the same offsets
    int moved = 0; ///< found again elsewhere in the new text
    int orphaned = 0; ///< their text is gone; kept and flagged
};

/** A report ready to be stored: the parsed file, the hash of its bytes, its automatic analysis. */
struct ReportImport
{
    ReportDocument document;
    QByteArray contentHash;
    /** Empty (nothing classified) is allowed: the parts are then stored without categories. */
    ReportAnalysis analysis;
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
     * to run on a worker thread while the project is in use. An Error describes the damage.
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
    /** Why the project was opened read-only (damage found on open), empty otherwise. */
    QString readOnlyReason() const { return m_readOnlyReason; }

    /** The name that signs changes (the reviewer's name from the settings). */
    void setAuthor(const QString &author) { m_author = author; }
    QString author() const { return m_author; }

    /** A consistent copy of the whole project at @p path (VACUUM INTO), even while in use. */
    Result<Done> saveAs(const QString &path);

    // Reports
    /**
     * Adds @p document, read from a file whose bytes hash to @p contentHash. The same file again
     * changes nothing; a changed file with the same name replaces the old version, moving its
     * annotations to where their text now is (or flagging them orphaned).
     */
    Result<ImportOutcome> importReport(const ReportImport &report, ReanchorResult *reanchored = nullptr);
    /**
     * Adds several reports in one transaction (fast batch import), each as importReport() would;
     * one outcome per report, and how each replaced report's annotations moved.
     */
    Result<QList<ImportOutcome>> importReports(
        const QList<ReportImport> &reports, QList<ReanchorResult> *reanchored = nullptr);
    QList<ReportSummary> reports();
    Result<ReportDocument> report(qint64 reportId);
    int reportCount();
    /** The report's review status ("unreviewed", "in_progress", "done"), empty when there is no such report. */
    QString reviewStatus(qint64 reportId);
    /** The years reported on, newest first (an index lookup: no report is read). */
    QList<int> years();
    /** The report's headings and paragraphs in document order, with their automatic classification. */
    QList<StoredPart> parts(qint64 reportId);
    /** The automatic checklist as judged at import (reviewer decisions are separate). */
    QList<ChecklistItem> checklist(qint64 reportId);
    QList<IndicatorValue> indicators(qint64 reportId);
    /** The automatic analysis as stored, in the form the analyzer produced it. */
    ReportAnalysis storedAnalysis(qint64 reportId);
    Result<Done> setReviewStatus(qint64 reportId, const QString &status);

    // Tags
    QList<Tag> tags();
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
    QList<Annotation> annotations(qint64 reportId);
    QList<Annotation> allAnnotations();

    // Decisions
    Result<Decision> decide(qint64 reportId, const QString &target, const QString &automatic, const QString &value,
        const QString &comment = {});
    /** Takes a decision back (undo): the one before it on the same target is in force again. */
    Result<Done> withdrawDecision(qint64 decisionId);
    /** The decisions in force for a report (the newest per target, plus conflicting ones). */
    QList<Decision> decisions(qint64 reportId);

    // Search
    Result<QList<SearchHit>> search(const SearchQuery &query);

    // History and merge
    QList<HistoryEntry> history(qint64 reportId = 0);
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
    Result<ImportOutcome> importOne(const ReportImport &report, ReanchorResult *reanchored);
    Result<qint64> insertReport(const ReportImport &report, const QString &uid);
    Result<Done> insertAnalysis(qint64 reportId, const ReportAnalysis &analysis);
    Result<ReanchorResult> reanchor(qint64 oldReportId, qint64 newReportId, const QString &newText);
    Result<Done> updateAnnotation(
        qint64 annotationId, const QString &column, const QString &value, const QString &field);
    Result<Done> refuseIfReadOnly() const;
    /** Whether @p terms match so many parts that ranking them would be too slow to be worth it. */
    bool isCommonQuery(const QStringList &terms);
    /** Above this many parts holding a query's rarest token, scoring them all costs over ~30 ms. */
    static constexpr qint64 CommonMatchCount = 20000;

    SqliteDatabase m_db;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_author;
};

} // namespace Fazhi
