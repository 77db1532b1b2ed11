// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewstore.h"

#include <functional>
#include <memory>

#include <QObject>
#include <QUndoStack>

namespace Fazhi {

/**
 * The open review project as the workstation sees it: the store, the undo history of the
 * reviewer's changes, and signals that tell every view what changed. Every change to
 * annotations, tags and decisions goes through here so that it can be undone and every view
 * stays current. Lives on the GUI thread; background work (import, verification) opens its
 * own connection to path().
 */
class ReviewSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewSession)

public:
    explicit ReviewSession(QObject *parent = nullptr);
    ~ReviewSession() override;

    /** Opens (or creates) the project at @p path, closing the current one. */
    Result<Done> open(const QString &path);
    void close();

    bool isOpen() const { return m_store != nullptr; }
    /** The open store; null when no project is open. */
    ReviewStore *store() const { return m_store.get(); }
    QString path() const { return m_store ? m_store->path() : QString(); }
    QUndoStack *undoStack() { return &m_undo; }

    /** The reviewer who signs changes. */
    void setAuthor(const QString &author);
    QString author() const { return m_author; }

    // Undoable changes. Each returns what the store said; errors also leave the undo stack as it was.
    Result<Annotation> addAnnotation(qint64 reportId, int start, int end, qint64 tagId, const QString &comment = {});
    Result<Done> removeAnnotation(qint64 annotationId);
    Result<Done> setAnnotationComment(qint64 annotationId, const QString &comment);
    Result<Done> setAnnotationTag(qint64 annotationId, qint64 tagId);
    Result<Done> setAnnotationResolved(qint64 annotationId, bool resolved);
    Result<Decision> decide(qint64 reportId, const QString &target, const QString &automatic, const QString &value,
        const QString &comment = {});
    Result<Tag> addTag(const QString &name, const QColor &color);
    Result<Done> renameTag(qint64 tagId, const QString &name);
    Result<Done> recolorTag(qint64 tagId, const QColor &color);
    Result<Done> mergeTags(qint64 fromId, qint64 intoId);
    /** Removes a tag no annotation uses (the store refuses one in use). */
    Result<Done> removeTag(qint64 tagId);

    /**
     * Removes reports with their analysis, annotations and decisions; undo puts all of it back
     * with the same ids and anchors.
     */
    Result<QList<RemovedReport>> removeReports(const QList<qint64> &reportIds);
    /**
     * Records that an import (on another connection) replaced @p replaced by its new version
     * @p reportId, so that undo puts the old version back as it was.
     */
    void recordReplacement(qint64 reportId, const RemovedReport &replaced);
    /** Corrects a report's metadata value (ReviewStore::editMetadata), the parsed one kept beside it. */
    Result<Decision> editMetadata(
        qint64 reportId, const QString &key, const QString &value, const QString &comment = {});

    /**
     * The value a read of the store gave, or an empty one after telling why it failed
     * (readFailed): a view shows what it could not read as an error, never as "nothing there".
     */
    template<typename T> T read(Result<T> result)
    {
        if (result) {
            return std::move(result).value();
        }
        reportReadFailure(result.failure());
        return T();
    }

    /** Tells that a read of the project failed (readFailed), for reads that ran on another connection. */
    void reportReadFailure(const Error &failure);

    /**
     * The project was found damaged (by the background check, or a read): from now on it is
     * read-only, so that the work in it can be read and saved elsewhere but nothing is overwritten.
     */
    void markDamaged();

    /** Tells the views that reports came or changed (after an import on another connection). */
    void notifyReportsChanged() { Q_EMIT reportsChanged(); }

Q_SIGNALS:
    void opened();
    void closed();
    void reportsChanged();
    void annotationsChanged(qint64 reportId);
    void decisionsChanged(qint64 reportId);
    void tagsChanged();
    /** Reports left the project (removed, or replaced by another version); their tabs should go. */
    void reportsRemoved(const QList<qint64> &reportIds);
    /** Reports came back (undo of a removal or a replacement). */
    void reportsRestored(const QList<qint64> &reportIds);
    /** An undo or redo could not be carried out (the file went read-only, another process…). */
    void errorOccurred(const QString &message);
    /** A read of the project failed (a damaged page, a lock held too long); @p message says why. */
    void readFailed(const QString &message);
    /** The project became read-only while open (found damaged). */
    void readOnlyChanged();
    /**
     * A read found the project file damaged (@p message says what could not be read); it is
     * read-only from now on. Not also readFailed: one cause, one message.
     */
    void damaged(const QString &message);

private:
    /** Runs @p change now and, if it worked, records it with its inverse for undo. */
    Result<Done> record(const QString &text, std::function<Result<Done>()> change,
        std::function<Result<Done>()> inverse, std::function<void()> changed);

    /** Reports came or went whole, with their marks: every view reads again. */
    void notifyWholeReportsChanged();

    std::unique_ptr<ReviewStore> m_store;
    QUndoStack m_undo;
    QString m_author;
};

} // namespace Fazhi
