// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewsession.h"

#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

/**
 * A change already made, and how to make and unmake it again. QUndoStack calls redo() when
 * the command is pushed; the first call is skipped because the change is done by then (so its
 * errors could be returned to the caller).
 */
class ChangeCommand final : public QUndoCommand
{
public:
    ChangeCommand(const QString &text, std::function<Result<Done>()> redo, std::function<Result<Done>()> undo,
        std::function<void()> changed, std::function<void(const QString &)> failed)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_changed(std::move(changed))
        , m_failed(std::move(failed))
    {
    }

    void redo() override
    {
        if (m_pushed) {
            run(m_redo);
        }
        m_pushed = true;
    }

    void undo() override { run(m_undo); }

private:
    void run(const std::function<Result<Done>()> &step)
    {
        if (const auto done = step(); !done) {
            m_failed(done.error());
        }
        m_changed();
    }

    std::function<Result<Done>()> m_redo;
    std::function<Result<Done>()> m_undo;
    std::function<void()> m_changed;
    std::function<void(const QString &)> m_failed;
    bool m_pushed = false;
};

Error noProject()
{
    return Error{ReviewSession::tr("No project is open.")};
}

} // namespace

ReviewSession::ReviewSession(QObject *parent)
    : QObject(parent)
{
}

ReviewSession::~ReviewSession() = default;

Result<Done> ReviewSession::open(const QString &path)
{
    // A large project opens at once; its check runs later on another connection.
    auto store = ReviewStore::open(path, ReviewStore::Access::ReadWrite, ReviewStore::Check::Deferred);
    if (!store) {
        return store.failure();
    }
    close();
    m_store = std::move(store).value();
    m_store->setAuthor(m_author);
    Q_EMIT opened();
    return Done{};
}

void ReviewSession::close()
{
    if (!m_store) {
        return;
    }
    m_undo.clear();
    m_store.reset();
    Q_EMIT closed();
}

void ReviewSession::setAuthor(const QString &author)
{
    m_author = author;
    if (m_store) {
        m_store->setAuthor(author);
    }
}

Result<Done> ReviewSession::record(const QString &text, std::function<Result<Done>()> change,
    std::function<Result<Done>()> inverse, std::function<void()> changed)
{
    if (!m_store) {
        return noProject();
    }
    if (const auto done = change(); !done) {
        return done;
    }
    changed();
    m_undo.push(new ChangeCommand(text, std::move(change), std::move(inverse), std::move(changed),
        [this](const QString &message) { Q_EMIT errorOccurred(message); }));
    return Done{};
}

Result<Annotation> ReviewSession::addAnnotation(
    qint64 reportId, int start, int end, qint64 tagId, const QString &comment)
{
    if (!m_store) {
        return noProject();
    }
    // The first time, the store makes the annotation (quote, context, times); redo puts that
    // same annotation back.
    auto made = std::make_shared<Annotation>();
    bool first = true;
    const auto done = record(
        tr("Tag passage"),
        [this, made, first, reportId, start, end, tagId, comment]() mutable -> Result<Done> {
            if (!first) {
                return m_store->restoreAnnotation(*made);
            }
            first = false;
            auto added = m_store->addAnnotation(reportId, start, end, tagId, comment);
            if (!added) {
                return added.failure();
            }
            *made = added.value();
            return Done{};
        },
        [this, made] { return m_store->removeAnnotation(made->id); },
        [this, reportId] { Q_EMIT annotationsChanged(reportId); });
    if (!done) {
        return done.failure();
    }
    return *made;
}

Result<Done> ReviewSession::removeAnnotation(qint64 annotationId)
{
    if (!m_store) {
        return noProject();
    }
    const auto before = m_store->annotation(annotationId);
    if (!before) {
        return before.failure();
    }
    const Annotation annotation = before.value();
    return record(
        tr("Remove annotation"), [this, annotationId] { return m_store->removeAnnotation(annotationId); },
        [this, annotation] { return m_store->restoreAnnotation(annotation); },
        [this, annotation] { Q_EMIT annotationsChanged(annotation.reportId); });
}

Result<Done> ReviewSession::setAnnotationComment(qint64 annotationId, const QString &comment)
{
    if (!m_store) {
        return noProject();
    }
    const auto before = m_store->annotation(annotationId);
    if (!before) {
        return before.failure();
    }
    const QString old = before.value().comment;
    const qint64 reportId = before.value().reportId;
    return record(
        tr("Edit comment"),
        [this, annotationId, comment] { return m_store->setAnnotationComment(annotationId, comment); },
        [this, annotationId, old] { return m_store->setAnnotationComment(annotationId, old); },
        [this, reportId] { Q_EMIT annotationsChanged(reportId); });
}

Result<Done> ReviewSession::setAnnotationTag(qint64 annotationId, qint64 tagId)
{
    if (!m_store) {
        return noProject();
    }
    const auto before = m_store->annotation(annotationId);
    if (!before) {
        return before.failure();
    }
    const qint64 old = before.value().tagId;
    const qint64 reportId = before.value().reportId;
    return record(
        tr("Change tag"), [this, annotationId, tagId] { return m_store->setAnnotationTag(annotationId, tagId); },
        [this, annotationId, old] { return m_store->setAnnotationTag(annotationId, old); },
        [this, reportId] { Q_EMIT annotationsChanged(reportId); });
}

Result<Done> ReviewSession::setAnnotationResolved(qint64 annotationId, bool resolved)
{
    if (!m_store) {
        return noProject();
    }
    const auto before = m_store->annotation(annotationId);
    if (!before) {
        return before.failure();
    }
    const bool old = before.value().resolved;
    const qint64 reportId = before.value().reportId;
    return record(
        resolved ? tr("Resolve annotation") : tr("Reopen annotation"),
        [this, annotationId, resolved] { return m_store->setAnnotationResolved(annotationId, resolved); },
        [this, annotationId, old] { return m_store->setAnnotationResolved(annotationId, old); },
        [this, reportId] { Q_EMIT annotationsChanged(reportId); });
}

Result<Decision> ReviewSession::decide(
    qint64 reportId, const QString &target, const QString &automatic, const QString &value, const QString &comment)
{
    if (!m_store) {
        return noProject();
    }
    auto made = std::make_shared<Decision>();
    const auto done = record(
        tr("Record decision"),
        [this, made, reportId, target, automatic, value, comment]() -> Result<Done> {
            auto decided = m_store->decide(reportId, target, automatic, value, comment);
            if (!decided) {
                return decided.failure();
            }
            *made = decided.value();
            return Done{};
        },
        [this, made] { return m_store->withdrawDecision(made->id); },
        [this, reportId] { Q_EMIT decisionsChanged(reportId); });
    if (!done) {
        return done.failure();
    }
    return *made;
}

Result<Tag> ReviewSession::addTag(const QString &name, const QColor &color)
{
    if (!m_store) {
        return noProject();
    }
    auto made = std::make_shared<Tag>();
    bool first = true;
    const auto done = record(
        tr("Add tag"),
        [this, made, first, name, color]() mutable -> Result<Done> {
            if (!first) {
                return m_store->restoreTag(*made);
            }
            first = false;
            auto added = m_store->addTag(name, color);
            if (!added) {
                return added.failure();
            }
            *made = added.value();
            return Done{};
        },
        [this, made] { return m_store->removeTag(made->id); }, [this] { Q_EMIT tagsChanged(); });
    if (!done) {
        return done.failure();
    }
    return *made;
}

void ReviewSession::reportReadFailure(const Error &failure)
{
    const QString message = tr("Part of the project could not be read: %1").arg(failure.message);
    if (failure.code != Error::Code::Corrupt) {
        Q_EMIT readFailed(message);
        return;
    }
    // The store made itself read-only when its read found the damage; a read on another
    // connection (a listing, an export) tells it here.
    if (m_store && !m_store->isReadOnly()) {
        m_store->markDamaged();
    }
    Q_EMIT readOnlyChanged(); // once, whether this read or the store's own found it
    Q_EMIT damaged(message);
}

void ReviewSession::markDamaged()
{
    if (m_store && !m_store->isReadOnly()) {
        m_store->markDamaged();
        Q_EMIT readOnlyChanged();
    }
}

Result<Done> ReviewSession::renameTag(qint64 tagId, const QString &name)
{
    if (!m_store) {
        return noProject();
    }
    QString old;
    const auto readTags = m_store->tags();
    if (!readTags) {
        return readTags.failure();
    }
    for (const Tag &tag : readTags.value()) {
        if (tag.id == tagId) {
            old = tag.name;
        }
    }
    return record(
        tr("Rename tag"), [this, tagId, name] { return m_store->renameTag(tagId, name); },
        [this, tagId, old] { return m_store->renameTag(tagId, old); }, [this] { Q_EMIT tagsChanged(); });
}

Result<Done> ReviewSession::recolorTag(qint64 tagId, const QColor &color)
{
    if (!m_store) {
        return noProject();
    }
    QColor old;
    const auto readTags = m_store->tags();
    if (!readTags) {
        return readTags.failure();
    }
    for (const Tag &tag : readTags.value()) {
        if (tag.id == tagId) {
            old = tag.color;
        }
    }
    return record(
        tr("Change tag color"), [this, tagId, color] { return m_store->recolorTag(tagId, color); },
        [this, tagId, old] { return m_store->recolorTag(tagId, old); }, [this] { Q_EMIT tagsChanged(); });
}

Result<Done> ReviewSession::removeTag(qint64 tagId)
{
    if (!m_store) {
        return noProject();
    }
    const auto readTags = m_store->tags();
    if (!readTags) {
        return readTags.failure();
    }
    const QList<Tag> &tags = readTags.value();
    const auto found = std::find_if(tags.begin(), tags.end(), [tagId](const Tag &t) { return t.id == tagId; });
    if (found == tags.end()) {
        return Error{tr("There is no tag %1.").arg(tagId), Error::Code::NotFound};
    }
    const Tag tag = *found;
    return record(
        tr("Remove tag"), [this, tagId] { return m_store->removeTag(tagId); },
        [this, tag] { return m_store->restoreTag(tag); }, [this] { Q_EMIT tagsChanged(); });
}

Result<Done> ReviewSession::mergeTags(qint64 fromId, qint64 intoId)
{
    if (!m_store) {
        return noProject();
    }
    const auto readTags = m_store->tags();
    if (!readTags) {
        return readTags.failure();
    }
    const QList<Tag> &tags = readTags.value();
    const auto from = std::find_if(tags.begin(), tags.end(), [fromId](const Tag &t) { return t.id == fromId; });
    if (from == tags.end()) {
        return Error{tr("There is no tag %1.").arg(fromId), Error::Code::NotFound};
    }
    const Tag fromTag = *from;
    QList<qint64> moved;
    const auto readAllAnnotations = m_store->allAnnotations();
    if (!readAllAnnotations) {
        return readAllAnnotations.failure();
    }
    for (const Annotation &annotation : readAllAnnotations.value()) {
        if (annotation.tagId == fromId) {
            moved.append(annotation.id);
        }
    }
    return record(
        tr("Merge tags"), [this, fromId, intoId] { return m_store->mergeTags(fromId, intoId); },
        [this, fromTag, moved]() -> Result<Done> {
            if (const auto restored = m_store->restoreTag(fromTag); !restored) {
                return restored;
            }
            for (const qint64 id : moved) {
                if (const auto back = m_store->setAnnotationTag(id, fromTag.id); !back) {
                    return back;
                }
            }
            return Done{};
        },
        [this] {
            Q_EMIT tagsChanged();
            Q_EMIT annotationsChanged(0);
        });
}

Result<QList<RemovedReport>> ReviewSession::removeReports(const QList<qint64> &reportIds)
{
    if (!m_store) {
        return noProject();
    }
    // What was removed, as the store took it: undo puts exactly that back.
    auto removed = std::make_shared<QList<RemovedReport>>();
    const QString text = reportIds.size() == 1
        ? tr("Remove report %1").arg(m_store->reportName(reportIds.first()).valueOr(QString::number(reportIds.first())))
        : tr("Remove %n report(s)", nullptr, int(reportIds.size()));
    const auto done = record(
        text,
        [this, removed, reportIds]() -> Result<Done> {
            auto taken = m_store->removeReports(reportIds);
            if (!taken) {
                return taken.failure();
            }
            *removed = std::move(taken).value();
            Q_EMIT reportsRemoved(reportIds);
            return Done{};
        },
        [this, removed, reportIds]() -> Result<Done> {
            if (const auto restored = m_store->restoreReports(*removed); !restored) {
                return restored;
            }
            Q_EMIT reportsRestored(reportIds);
            return Done{};
        },
        [this] { notifyWholeReportsChanged(); });
    if (!done) {
        return done.failure();
    }
    return *removed;
}

void ReviewSession::recordReplacement(qint64 reportId, const RemovedReport &replaced)
{
    if (!m_store) {
        return;
    }
    // Undo takes the new version out and puts the old one back; redo the other way round. Each
    // keeps what the other took away.
    auto older = std::make_shared<RemovedReport>(replaced);
    auto newer = std::make_shared<RemovedReport>();
    bool first = true;
    (void)record(
        tr("Replace %1 by a new version").arg(replaced.name),
        [this, older, newer, reportId, first]() mutable -> Result<Done> {
            if (first) {
                first = false; // done by the import already
                Q_EMIT reportsRemoved({older->id});
                return Done{};
            }
            auto taken = m_store->exchangeReport(older->id, *newer);
            if (!taken) {
                return taken.failure();
            }
            *older = std::move(taken).value();
            Q_EMIT reportsRemoved({older->id});
            Q_EMIT reportsRestored({reportId});
            return Done{};
        },
        [this, older, newer, reportId]() -> Result<Done> {
            auto taken = m_store->exchangeReport(reportId, *older);
            if (!taken) {
                return taken.failure();
            }
            *newer = std::move(taken).value();
            Q_EMIT reportsRemoved({reportId});
            Q_EMIT reportsRestored({older->id});
            return Done{};
        },
        [this] { notifyWholeReportsChanged(); });
}

Result<Decision> ReviewSession::editMetadata(
    qint64 reportId, const QString &key, const QString &value, const QString &comment)
{
    if (!m_store) {
        return noProject();
    }
    auto made = std::make_shared<Decision>();
    const auto done = record(
        tr("Correct report details"),
        [this, made, reportId, key, value, comment]() -> Result<Done> {
            auto edited = m_store->editMetadata(reportId, key, value, comment);
            if (!edited) {
                return edited.failure();
            }
            *made = edited.value();
            return Done{};
        },
        [this, made] { return m_store->withdrawDecision(made->id); },
        [this, reportId] {
            Q_EMIT decisionsChanged(reportId);
            Q_EMIT reportsChanged();
        });
    if (!done) {
        return done.failure();
    }
    return *made;
}

void ReviewSession::notifyWholeReportsChanged()
{
    Q_EMIT reportsChanged();
    Q_EMIT annotationsChanged(0);
    Q_EMIT decisionsChanged(0);
}

} // namespace Fazhi
