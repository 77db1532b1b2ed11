// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewstore.h"

#include "administrativelevel.h"
#include "bigramtokenizer.h"
#include "categorycolors.h"
#include "chinesedate.h"
#include "datatext.h"
#include "reportdecisions.h"
#include "reportjson.h"
#include "reporttextkey.h"
#include "storeschema.h"
#include "textnormalizer.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// Characters kept on each side of an annotation's quote, to find it again in a changed text.
constexpr int ContextLength = 40;

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// A list of words as a JSON array column, and back.
QString stringListJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QString &json)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        list.append(value.toString());
    }
    return list;
}

QDateTime timeFrom(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The normalized→original map is mostly runs where both advance together; it is stored as
// (normalized offset, original offset) pairs at the start of each run, little-endian int32,
// followed by the total length. Typically a few hundred bytes instead of four per character.
QByteArray mapToBlob(const QList<int> &map)
{
    QList<qint32> runs;
    for (qsizetype i = 0; i < map.size(); ++i) {
        if (i == 0 || map.at(i) != map.at(i - 1) + 1) {
            runs.append(qint32(i));
            runs.append(qint32(map.at(i)));
        }
    }
    runs.append(qint32(map.size()));
    QByteArray blob(runs.size() * qsizetype(sizeof(qint32)), Qt::Uninitialized);
    auto *out = reinterpret_cast<qint32 *>(blob.data());
    for (qsizetype i = 0; i < runs.size(); ++i) {
        out[i] = qToLittleEndian(runs.at(i));
    }
    return blob;
}

QList<int> mapFromBlob(const QByteArray &blob, qsizetype expectedSize)
{
    const auto *in = reinterpret_cast<const qint32 *>(blob.constData());
    const qsizetype count = blob.size() / qsizetype(sizeof(qint32));
    // A damaged or crafted file's size would allocate gigabytes (fuzz_projectfile): no map then.
    if (count < 1 || qFromLittleEndian(in[count - 1]) != expectedSize) {
        return {};
    }
    const qsizetype size = expectedSize;
    QList<int> map(size);
    for (qsizetype r = 0; r + 1 < count; r += 2) {
        const qsizetype from = std::max<qsizetype>(0, qFromLittleEndian(in[r]));
        const qsizetype to = r + 3 < count ? qFromLittleEndian(in[r + 2]) : size;
        const int original = qFromLittleEndian(in[r + 1]);
        for (qsizetype i = from; i < to && i < size; ++i) {
            map[i] = int(original + (i - from));
        }
    }
    return map;
}

// The original offset of normalized offset @p offset, read from the runs of a stored map without
// expanding it: a search page needs two offsets in each of many reports. @p offset itself when
// there is no map to read.
int originalOffset(const QByteArray &blob, qsizetype offset)
{
    const auto *in = reinterpret_cast<const qint32 *>(blob.constData());
    const qsizetype count = blob.size() / qsizetype(sizeof(qint32));
    if (count < 1) {
        return int(offset);
    }
    const qsizetype last = std::max<qsizetype>(0, qsizetype(qFromLittleEndian(in[count - 1])) - 1);
    const qsizetype at = std::clamp<qsizetype>(offset, 0, last);
    int original = int(offset);
    for (qsizetype r = 0; r + 1 < count && qFromLittleEndian(in[r]) <= at; r += 2) {
        // In 64 bits, so that a damaged map gives a wrong offset, never an overflow.
        original = int(qint64(qFromLittleEndian(in[r + 1])) + (at - qFromLittleEndian(in[r])));
    }
    return original;
}

QJsonObject annotationJson(const Annotation &a, const QString &tagName)
{
    return {{u"start"_s, a.start}, {u"end"_s, a.end}, {u"tag"_s, tagName}, {u"comment"_s, a.comment},
        {u"quote"_s, a.quote}, {u"status"_s, a.resolved ? u"resolved"_s : u"open"_s}, {u"orphaned"_s, a.orphaned},
        {u"author"_s, a.author}};
}

// Prefixes an error from the database with what we were doing, in the reviewer's words.
Error failed(const QString &what, const Error &why)
{
    return Error{ReviewStore::tr("%1 failed: %2").arg(what, why.message), why.code};
}

Error noSuchReport(qint64 reportId)
{
    return Error{ReviewStore::tr("There is no report %1 in this project.").arg(reportId), Error::Code::NotFound};
}

Error noSuchTag(qint64 tagId)
{
    return Error{ReviewStore::tr("There is no tag %1.").arg(tagId), Error::Code::NotFound};
}

// Binds nothing more and takes one step of @p query: whether it has a row, or why preparing
// or stepping it failed.
Result<bool> firstRow(Result<SqliteStatement> &query)
{
    if (!query) {
        return query.failure();
    }
    return query.value().step();
}

struct DefaultTag
{
    const char16_t *name;
    const char *category; ///< also names its colour in CategoryColors
};

// The tags a new project starts with, keys 1–8. Their names are the office's own vocabulary.
constexpr DefaultTag DefaultTags[] = {
    {u"成效", "achievements"},
    {u"问题", "problems"},
    {u"原因", "causes"},
    {u"第一责任人", "leadership"},
    {u"计划", "plans"},
    {u"亮点", "highlight"},
    {u"存疑", "verify"},
    {u"套话", "boilerplate"},
};

// Where an annotation's quote is in a new text: the occurrence whose surroundings match the
// old context best, or -1 when the quote is gone.
int relocate(const Annotation &a, const QString &text)
{
    int best = -1;
    int bestScore = -1;
    for (qsizetype at = text.indexOf(a.quote); at >= 0 && !a.quote.isEmpty(); at = text.indexOf(a.quote, at + 1)) {
        int score = 0;
        while (score < a.contextBefore.size() && at - score - 1 >= 0
            && text.at(at - score - 1) == a.contextBefore.at(a.contextBefore.size() - score - 1)) {
            ++score;
        }
        const qsizetype after = at + a.quote.size();
        int scoreAfter = 0;
        while (scoreAfter < a.contextAfter.size() && after + scoreAfter < text.size()
            && text.at(after + scoreAfter) == a.contextAfter.at(scoreAfter)) {
            ++scoreAfter;
        }
        if (score + scoreAfter > bestScore) {
            bestScore = score + scoreAfter;
            best = int(at);
        }
    }
    return best;
}

} // namespace

ReviewStore::ReviewStore(SqliteDatabase db, bool readOnly, QString readOnlyReason)
    : m_db(std::move(db))
    , m_readOnly(readOnly)
    , m_readOnlyReason(std::move(readOnlyReason))
{
}

ReviewStore::~ReviewStore() = default;

QString ReviewStore::displayName(const Tag &tag)
{
    // The default names, for the translation catalogue; the stored name is the office's word.
    static const char *const englishNames[] = {
        QT_TRANSLATE_NOOP("Fazhi::ReviewStore", "Achievement"),
        QT_TRANSLATE_NOOP("Fazhi::ReviewStore", "Problem"),
        QT_TRANSLATE_NOOP("Fazhi::ReviewStore", "Cause"),
        QT_TRANSLATE_NOOP("Fazhi::ReviewStore", "First responsible person"),
        QT_TRANSLATE_NOOP("Fazhi::ReviewStore", "Plan"),
        QT_TRANSLATE_NOOP("Fazhi::ReviewStore", "Highlight"),
        QT_TRANSLATE_NOOP("Fazhi::ReviewStore", "To verify"),
        QT_TRANSLATE_NOOP("Fazhi::ReviewStore", "Boilerplate"),
    };
    static_assert(std::size(englishNames) == std::size(DefaultTags));
    if (DataText::language() == u"en") {
        for (std::size_t i = 0; i < std::size(DefaultTags); ++i) {
            if (tag.name == QStringView(DefaultTags[i].name)
                && tag.category == QLatin1StringView(DefaultTags[i].category)) {
                return tr(englishNames[i]);
            }
        }
    }
    return DataText::show(tag.name);
}

QString ReviewStore::defaultProjectPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/default.fzr"_s;
}

namespace {

/** A connection that only reads, and whether it treats the file as unchangeable. */
struct ReadConnection
{
    SqliteDatabase db;
    bool immutable = false;
};

// Opens @p path for reading only, changing nothing. A WAL file on a read-only medium has no -shm
// and cannot get one, and SQLite then refuses it unless told that nothing can change the file
// (immutable): true of such a medium, as long as no -wal beside it holds changes.
Result<ReadConnection> openForReading(const QString &path)
{
    auto opened = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly);
    if (!opened) {
        return opened.failure();
    }
    SqliteDatabase db = std::move(opened).value();
    if (const auto probe = db.scalar(u"SELECT count(*) FROM sqlite_schema"_s);
        probe || db.lastErrorCode() != SQLITE_CANTOPEN) {
        return ReadConnection{std::move(db), false};
    }
    if (QFileInfo::exists(path + u"-wal"_s)) {
        return Error{ReviewStore::tr("%1 cannot be read in this folder: its latest changes are still in %2, which "
                                     "needs a folder that can be written to. Copy both files to such a folder.")
                .arg(path, QFileInfo(path + u"-wal"_s).fileName())};
    }
    auto immutable = SqliteDatabase::open(path, SqliteDatabase::Mode::Immutable);
    if (!immutable) {
        return immutable.failure();
    }
    return ReadConnection{std::move(immutable).value(), true};
}

} // namespace

Result<Done> ReviewStore::verify(const QString &path)
{
    auto opened = openForReading(path);
    if (!opened) {
        return opened.failure();
    }
    SqliteDatabase &db = opened.value().db;
    (void)BigramTokenizer::registerWith(db.handle());
    const auto check = db.scalar(u"PRAGMA quick_check"_s);
    if (!check && check.code() != Error::Code::Corrupt) {
        // Not known to be damaged: another program held it, or the disk did not answer.
        qCInfo(lcStore) << path << "quick_check:" << check.error();
        return Error{tr("%1 could not be checked: %2").arg(path, check.error()), check.code()};
    }
    if (!check || check.value().toString() != u"ok") {
        qCInfo(lcStore) << path << "quick_check:" << (check ? check.value().toString().left(4000) : check.error());
        return Error{tr("%1 is damaged: parts of it cannot be read correctly.").arg(path), Error::Code::Corrupt};
    }
    return Done{};
}

Result<std::unique_ptr<ReviewStore>> ReviewStore::open(const QString &path, Access access, Check checking)
{
    const bool memory = path == u":memory:";
    const QFileInfo file(path);
    if (!memory && file.exists() && !file.isFile()) {
        return Error{tr("%1 is not a project file: it is not a regular file.").arg(path)};
    }
    // An empty file (made by a file dialog, say) becomes a new project.
    const bool exists = !memory && file.exists() && file.size() > 0;
    bool readOnly = access == Access::ReadOnly;
    if (!memory && !exists && readOnly) {
        return Error{file.exists() ? tr("%1 is empty: it is not a Fazhi Review project.").arg(path)
                                   : tr("%1 does not exist.").arg(path)};
    }
    if (!memory && !file.exists() && !QDir().mkpath(file.absolutePath())) {
        return Error{tr("Cannot create the folder for %1.").arg(path)};
    }
    QString readOnlyReason;
    SqliteDatabase db;
    if (exists) {
        // Nothing is written before the file is known to be a project of ours, at a version we
        // know, that is not damaged, on a medium that can be written to.
        auto reading = openForReading(path);
        if (!reading) {
            return reading.failure();
        }
        SqliteDatabase &probe = reading.value().db;
        (void)BigramTokenizer::registerWith(probe.handle());
        const auto identified = StoreSchema::identify(probe, path);
        if (!identified) {
            return identified.failure();
        }
        if (checking == Check::OnOpen) {
            const auto check = probe.scalar(u"PRAGMA quick_check"_s);
            if (!check) {
                qCInfo(lcStore) << path << "quick_check:" << check.error();
                return Error{tr("%1 is damaged beyond reading.").arg(path)};
            }
            if (check.value().toString() != u"ok") {
                // Never write to a damaged file: read-only, so the work in it can be read and saved elsewhere.
                qCInfo(lcStore) << path << "quick_check:" << check.value().toString().left(4000);
                readOnly = true;
                readOnlyReason
                    = tr("The file is damaged; it was opened read-only so that nothing in it is overwritten.");
            }
        }
        if (!readOnly
            && (reading.value().immutable || !file.isWritable() || !QFileInfo(file.absolutePath()).isWritable())) {
            readOnly = true;
            readOnlyReason = tr("The file or its folder cannot be written to.");
        }
        if (readOnly && identified.value() < StoreSchema::currentVersion()) {
            return Error{tr("%1 was made by an older version of Fazhi Review and must be upgraded before it can be "
                            "read, but it cannot be written to.")
                    .arg(path)};
        }
        if (readOnly) {
            db = std::move(reading.value().db);
        }
    }
    if (!readOnly) {
        auto opened = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
        if (!opened) {
            return opened.failure();
        }
        db = std::move(opened).value();
        if (const auto registered = BigramTokenizer::registerWith(db.handle()); !registered) {
            return Error{tr("%1: %2").arg(path, registered.error())};
        }
        for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s}) {
            if (const auto set = db.exec(pragma); !set && !memory) {
                qCInfo(lcStore) << path << pragma << set.error();
                return Error{tr("Cannot prepare %1 for use: the file or its folder cannot be written to.").arg(path)};
            }
        }
    }
    (void)db.exec(u"PRAGMA foreign_keys = ON"_s);
    if (!exists && !readOnly) {
        // Chinese text takes two bytes a character in UTF-16 and three in UTF-8; the text columns
        // are most of a project. Only settable before the first table exists.
        (void)db.exec(u"PRAGMA encoding = 'UTF-16le'"_s);
    }

    const auto version = StoreSchema::version(db);
    if (!version) {
        qCInfo(lcStore) << path << version.error();
        return Error{tr("%1 is not a Fazhi Review project, or it is damaged beyond reading.").arg(path)};
    }
    if (version.value() < StoreSchema::currentVersion()) {
        if (exists && version.value() > 0) {
            // Keep the file as it was before changing its layout.
            const QString backup = u"%1.v%2.bak"_s.arg(path).arg(version.value());
            QFile::remove(backup);
            SqliteStatement vacuum;
            if (auto statement = db.prepare(u"VACUUM INTO ?1"_s); statement) {
                vacuum = std::move(statement).value();
                vacuum.bind(1, backup);
            }
            if (const auto copied = vacuum.isValid() ? vacuum.exec() : Result<Done>(Error{db.lastError()}); !copied) {
                qCInfo(lcStore) << backup << copied.error();
                return Error{
                    tr("Cannot keep a backup of %1 before upgrading it: %2 cannot be written.").arg(path, backup)};
            }
        }
        if (const auto migrated = StoreSchema::migrate(db); !migrated) {
            return migrated.failure();
        }
    } else if (version.value() > StoreSchema::currentVersion()) {
        return Error{StoreSchema::migrate(db).error()};
    }
    std::unique_ptr<ReviewStore> store(new ReviewStore(std::move(db), readOnly, readOnlyReason));
    const auto tags = store->tags();
    if (!tags) {
        return Error{tr("%1 cannot be read: %2").arg(path, tags.error()), tags.code()};
    }
    if (!readOnly && tags.value().isEmpty()) {
        if (const auto created = store->createDefaultTags(); !created) {
            return created.failure();
        }
    }
    return store;
}

void ReviewStore::markDamaged()
{
    m_readOnly = true;
    m_readOnlyReason = tr("The file is damaged; it is read-only from now on so that nothing in it is overwritten.");
}

Error ReviewStore::noted(const Error &failure)
{
    if (failure.code == Error::Code::Corrupt && !m_readOnly) {
        qCWarning(lcStore) << path() << "found damaged while reading: read-only from now on";
        markDamaged();
    }
    return failure;
}

Result<Done> ReviewStore::refuseIfReadOnly() const
{
    if (m_readOnly) {
        return Error{tr("%1 is open read-only: %2")
                         .arg(path(), m_readOnlyReason.isEmpty() ? tr("as requested.") : m_readOnlyReason),
            Error::Code::ReadOnly};
    }
    return Done{};
}

Result<Done> ReviewStore::createDefaultTags()
{
    SqliteTransaction transaction(m_db);
    auto insert = m_db.prepare(
        u"INSERT INTO tags (uid, name, color, shortcut, position, category) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"_s);
    if (!insert) {
        return insert.failure();
    }
    int position = 0;
    for (const DefaultTag &tag : DefaultTags) {
        ++position;
        // Default tags have fixed uids so that two projects' defaults merge into one.
        insert.value()
            .bind(1, u"default-"_s + QLatin1StringView(tag.category))
            .bind(2, QString::fromUtf16(tag.name))
            .bind(3, CategoryColors::color(QString::fromLatin1(tag.category)).name())
            .bind(4, position)
            .bind(5, position)
            .bind(6, QString::fromLatin1(tag.category));
        if (const auto done = insert.value().exec(); !done) {
            return done.failure();
        }
    }
    (void)m_db.exec(
        u"INSERT OR IGNORE INTO project (key, value) VALUES ('uid', '%1'), ('created', '%2')"_s.arg(newUid(), now()));
    return transaction.commit();
}

Result<Done> ReviewStore::writeHistory(const QString &action, const QString &entity, const QString &uid,
    qint64 reportId, const QString &before, const QString &after)
{
    auto insert
        = m_db.prepare(u"INSERT INTO history (at, author, action, entity, entity_uid, report_id, before, after) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"_s);
    if (!insert) {
        return insert.failure();
    }
    insert.value().bind(1, now()).bind(2, m_author).bind(3, action).bind(4, entity).bind(5, uid);
    if (reportId > 0) {
        insert.value().bind(6, reportId);
    } else {
        insert.value().bindNull(6);
    }
    insert.value().bind(7, before).bind(8, after);
    return insert.value().exec();
}

Result<Done> ReviewStore::saveAs(const QString &target)
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(path()).absoluteFilePath()) {
        return Error{tr("Save As needs a different file than the open project.")};
    }
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        return Error{tr("Cannot replace %1.").arg(target)};
    }
    auto vacuum = m_db.prepare(u"VACUUM INTO ?1"_s);
    if (!vacuum) {
        return failed(tr("Save As"), vacuum.failure());
    }
    vacuum.value().bind(1, target);
    if (const auto done = vacuum.value().exec(); !done) {
        return failed(tr("Save As"), done.failure());
    }
    return Done{};
}

// ---------------------------------------------------------------------------------------------
// Reports

Result<qint64> ReviewStore::insertReport(const ReportImport &report, const QString &uid)
{
    const ReportDocument &document = report.document;
    // A new report never takes the number of a removed one, which undo may still put back.
    auto insert = m_db.prepare(
        u"INSERT INTO reports (uid, content_hash, file_name, format, encoding, script, title, region, level, year, "
        "metadata, original_text, normalized_text, normalized_map, structure, warnings, imported_at, text_length, "
        "text_key, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
        "max(ifnull((SELECT max(id) FROM reports), 0), "
        "ifnull((SELECT CAST(value AS INTEGER) FROM project WHERE key = 'removed_report_id'), 0)) + 1)"_s);
    if (!insert) {
        return insert.failure();
    }
    SqliteStatement &q = insert.value();
    q.bind(1, uid)
        .bind(2, QString::fromLatin1(report.contentHash.toHex()))
        .bind(3, document.fileName)
        .bind(4, document.format)
        .bind(5, document.encoding)
        .bind(6, scriptName(document.script))
        .bind(7, document.metadataValue(MetadataKey::Title))
        .bind(8, document.metadataValue(MetadataKey::Region))
        .bind(9, document.metadataValue(MetadataKey::Level));
    const int year = document.metadataValue(MetadataKey::Year).toInt();
    if (year > 0) {
        q.bind(10, year);
    } else {
        q.bindNull(10);
    }
    q.bind(11, json(ReportJson::metadataToJson(document.metadata)))
        .bind(12, document.text)
        .bind(13, document.normalized.text())
        .bind(14, mapToBlob(document.normalized.toOriginalMap()))
        .bind(15, json(ReportJson::structureToJson(document)))
        .bind(16,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(document.warnings)).toJson(QJsonDocument::Compact)))
        .bind(17, now())
        .bind(18, int(document.text.size()))
        .bind(19, ReportTextKey::of(document.normalized.text()));
    if (const auto done = q.exec(); !done) {
        return done.failure();
    }
    const qint64 reportId = m_db.lastInsertRowId();

    auto part = m_db.prepare(
        u"INSERT INTO parts (report_id, kind, level, start, \"end\", nstart, nend, section_start, category, themes, "
        "confidence, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"_s);
    auto bigram = m_db.prepare(u"INSERT INTO parts_bigram (rowid, text) VALUES (?1, ?2)"_s);
    if (!part || !bigram) {
        return m_db.lastFailure();
    }
    const NormalizedText &normalized = document.normalized;
    const OutlineResult &outline = report.analysis.outline;
    auto addPart = [&](const QString &kind, int level, const TextRange &range, int sectionStart,
                       const PartClassification *classified) -> Result<Done> {
        const int from = normalized.fromOriginal(range.start);
        const int to = normalized.fromOriginal(range.end);
        SqliteStatement &row = part.value();
        row.bind(1, reportId)
            .bind(2, kind)
            .bind(3, level)
            .bind(4, range.start)
            .bind(5, range.end)
            .bind(6, from)
            .bind(7, to)
            .bind(8, sectionStart);
        if (classified) {
            row.bind(9, outlineCategoryId(classified->category))
                .bind(10,
                    QString::fromUtf8(
                        QJsonDocument(QJsonArray::fromStringList(classified->themes)).toJson(QJsonDocument::Compact)))
                .bind(11, classified->confidence)
                .bind(12, classified->reason);
        } else {
            row.bindNull(9).bind(10, u"[]"_s).bindNull(11).bindNull(12);
        }
        if (const auto done = row.exec(); !done) {
            return done;
        }
        const qint64 partId = m_db.lastInsertRowId();
        const QString text = normalized.text().mid(from, to - from);
        return bigram.value().bind(1, partId).bind(2, text).exec();
    };
    // The classifier lists sections in the same order as this walk: a parent before its children.
    qsizetype sectionIndex = 0;
    std::function<Result<Done>(const QList<ReportSection> &)> addSections
        = [&](const QList<ReportSection> &sections) -> Result<Done> {
        for (const ReportSection &section : sections) {
            const PartClassification *classified
                = sectionIndex < outline.sections.size() ? &outline.sections.at(sectionIndex) : nullptr;
            ++sectionIndex;
            if (const auto done
                = addPart(u"heading"_s, section.level, section.headingRange, section.range.start, classified);
                !done) {
                return done;
            }
            if (const auto done = addSections(section.children); !done) {
                return done;
            }
        }
        return Done{};
    };
    if (const auto done = addSections(document.sections); !done) {
        return done.failure();
    }
    for (qsizetype i = 0; i < document.paragraphs.size(); ++i) {
        const PartClassification *classified = i < outline.paragraphs.size() ? &outline.paragraphs.at(i) : nullptr;
        if (const auto done = addPart(u"paragraph"_s, 0, document.paragraphs.at(i).range, -1, classified); !done) {
            return done.failure();
        }
    }
    if (const auto done = insertAnalysis(reportId, report.analysis); !done) {
        return done.failure();
    }
    return reportId;
}

namespace {

// Binds ?1 report, ?2 item and ?3 … ?10 its judgement, as the INSERT and the UPDATE of checklist rows name them.
SqliteStatement &bindChecklistRow(SqliteStatement &row, qint64 reportId, const ChecklistItem &checked)
{
    QJsonArray evidence;
    for (const TextRange &range : checked.evidence) {
        evidence.append(QJsonArray{range.start, range.end});
    }
    row.bind(1, reportId)
        .bind(2, checked.id)
        .bind(3, checklistStatusId(checked.status))
        .bind(4, checked.explanation)
        .bind(5, QString::fromUtf8(QJsonDocument(evidence).toJson(QJsonDocument::Compact)))
        .bind(6, checked.title)
        .bind(7, stringListJson(checked.details));
    if (checked.measure) {
        row.bind(8, *checked.measure);
    } else {
        row.bindNull(8);
    }
    return row.bind(9, checked.reason).bind(10, stringListJson(checked.arguments));
}

// Judges the checklist items that follow a report's details (year, dates, issuers …) again, from
// the values in force in @p document. The bundled standard, the one the GUI imports with; these
// items do not depend on the outline, so an empty one will do.
Result<Done> rejudgeDetails(SqliteDatabase &db, qint64 reportId, const ReportDocument &document)
{
    static const auto analyzer = ReportAnalyzer::bundled();
    if (!analyzer) {
        return analyzer.failure();
    }
    auto update = db.prepare(u"UPDATE checklist SET result = ?3, explanation = ?4, evidence = ?5, title = ?6, "
                             "details = ?7, measure = ?8, reason = ?9, arguments = ?10 "
                             "WHERE report_id = ?1 AND item = ?2"_s);
    if (!update) {
        return update.failure();
    }
    for (const ChecklistItem &item : analyzer.value()->checklist().evaluate(document, OutlineResult{})) {
        if (item.id != u"timeliness" && item.id != u"formalities") {
            continue;
        }
        if (const auto done = bindChecklistRow(update.value(), reportId, item).exec(); !done) {
            return done;
        }
    }
    return Done{};
}

} // namespace

Result<Done> ReviewStore::insertAnalysis(qint64 reportId, const ReportAnalysis &analysis)
{
    auto indicator = m_db.prepare(
        u"INSERT INTO indicators (report_id, indicator, value, unit, start, \"end\", name, match_start, match_end) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"_s);
    if (!indicator) {
        return indicator.failure();
    }
    for (const IndicatorValue &value : analysis.indicators) {
        const auto done = indicator.value()
                              .bind(1, reportId)
                              .bind(2, value.id)
                              .bind(3, value.value)
                              .bind(4, value.unit)
                              .bind(5, value.sentence.start)
                              .bind(6, value.sentence.end)
                              .bind(7, value.name)
                              .bind(8, value.match.start)
                              .bind(9, value.match.end)
                              .exec();
        if (!done) {
            return done;
        }
    }
    auto item = m_db.prepare(
        u"INSERT INTO checklist (report_id, item, result, explanation, evidence, title, details, measure, reason, "
        "arguments) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"_s);
    if (!item) {
        return item.failure();
    }
    for (const ChecklistItem &checked : analysis.checklist) {
        if (const auto done = bindChecklistRow(item.value(), reportId, checked).exec(); !done) {
            return done;
        }
    }
    return Done{};
}

Result<qint64> ReviewStore::versionOf(const ReportDocument &document)
{
    // The same file name for the same region and year (two districts may well both send
    // "report.docx"), or the same region, year and level. Departments of one place share those:
    // theirs must also have the same title or issuing body.
    const QString region = document.metadataValue(MetadataKey::Region);
    const int year = document.metadataValue(MetadataKey::Year).toInt();
    auto query
        = m_db.prepare(u"SELECT id, file_name, level, title, metadata FROM reports WHERE uid NOT LIKE '%-replaced' AND "
                       "((file_name = ?1 AND region = ?2 AND ifnull(year, 0) = ?3) "
                       "OR (?2 <> '' AND ?3 > 0 AND region = ?2 AND year = ?3 AND level = ?4)) ORDER BY id DESC"_s);
    if (!query) {
        return query.failure();
    }
    SqliteStatement &q = query.value();
    q.bind(1, document.fileName).bind(2, region).bind(3, year).bind(4, document.metadataValue(MetadataKey::Level));
    const QString issuers = document.metadataValue(MetadataKey::Issuers);
    for (;;) {
        const auto row = q.step();
        if (!row) {
            return row.failure();
        }
        if (!row.value()) {
            return qint64(0);
        }
        if (q.columnText(1) == document.fileName || q.columnText(2) != u"部门") {
            return q.columnInt64(0);
        }
        const auto theirs = ReportJson::metadataFromJson(QJsonDocument::fromJson(q.columnText(4).toUtf8()).object());
        const QString theirIssuers = theirs.value(QString::fromLatin1(MetadataKey::Issuers)).value;
        if (q.columnText(3) == document.metadataValue(MetadataKey::Title)
            || (!issuers.isEmpty() && issuers == theirIssuers)) {
            return q.columnInt64(0);
        }
    }
}

Result<ImportedReport> ReviewStore::importOne(const ReportImport &report)
{
    const ReportDocument &document = report.document;
    ImportedReport result;
    const QString hash = QString::fromLatin1(report.contentHash.toHex());
    auto same = m_db.prepare(u"SELECT id FROM reports WHERE content_hash = ?1"_s);
    if (!same) {
        return same.failure();
    }
    same.value().bind(1, hash);
    if (const auto row = same.value().step(); !row) {
        return row.failure();
    } else if (row.value()) {
        result.outcome = ImportOutcome::Unchanged;
        result.reportId = same.value().columnInt64(0);
        return result;
    }
    const auto matched = [this, &result](ImportOutcome outcome, qint64 reportId) {
        result.outcome = outcome;
        result.matchedReportId = reportId;
        result.matchedName = reportName(reportId).valueOr(QString());
        return result;
    };
    qint64 oldId = 0;
    if (report.onDuplicate == DuplicatePolicy::SameFile) {
        auto previous
            = m_db.prepare(u"SELECT id FROM reports WHERE file_name = ?1 AND region = ?2 "
                           "AND ifnull(year, 0) = ?3 AND uid NOT LIKE '%-replaced' ORDER BY id DESC LIMIT 1"_s);
        if (!previous) {
            return previous.failure();
        }
        previous.value()
            .bind(1, document.fileName)
            .bind(2, document.metadataValue(MetadataKey::Region))
            .bind(3, document.metadataValue(MetadataKey::Year).toInt());
        if (const auto row = previous.value().step(); !row) {
            return row.failure();
        } else if (row.value()) {
            oldId = previous.value().columnInt64(0);
        }
    } else {
        if (const QString key = ReportTextKey::of(document.normalized.text()); !key.isEmpty()) {
            auto copy = m_db.prepare(u"SELECT id FROM reports WHERE text_key = ?1 ORDER BY id LIMIT 1"_s);
            if (!copy) {
                return copy.failure();
            }
            if (const auto row = copy.value().bind(1, key).step(); !row) {
                return row.failure();
            } else if (row.value()) {
                return matched(ImportOutcome::Copy, copy.value().columnInt64(0));
            }
        }
        const auto version = versionOf(document);
        if (!version) {
            return version.failure();
        }
        if (version.value() > 0 && report.onDuplicate == DuplicatePolicy::Skip) {
            return matched(ImportOutcome::OtherVersion, version.value());
        }
        if (report.onDuplicate == DuplicatePolicy::Replace) {
            oldId = version.value();
        }
    }
    QString uid = newUid();
    if (oldId > 0) {
        // The old version as it was, for the record and for undo, before anything of it moves.
        auto old = snapshot(oldId);
        if (!old) {
            return old.failure();
        }
        uid = old.value().uid;
        matched(ImportOutcome::Updated, oldId);
        result.replaced = std::move(old).value();
        // The new version takes the old one's identity; its uid must be free first.
        auto rename = m_db.prepare(u"UPDATE reports SET uid = uid || '-replaced' WHERE id = ?1"_s);
        if (!rename) {
            return rename.failure();
        }
        if (const auto renamed = rename.value().bind(1, oldId).exec(); !renamed) {
            return renamed.failure();
        }
    }
    const auto inserted = insertReport(report, uid);
    if (!inserted) {
        return inserted.failure();
    }
    result.reportId = inserted.value();
    if (oldId > 0) {
        const auto moved = reanchor(oldId, inserted.value(), document.text);
        if (!moved) {
            return moved.failure();
        }
        result.reanchored = moved.value();
    }
    const QString before = result.replaced ? QString::fromUtf8(result.replaced->rows) : QString();
    if (const auto logged = writeHistory(oldId > 0 ? u"update"_s : u"add"_s, u"report"_s, uid, inserted.value(), before,
            json({{u"file"_s, document.fileName}, {u"hash"_s, hash}}));
        !logged) {
        return logged.failure();
    }
    return result;
}

Result<ImportOutcome> ReviewStore::importReport(const ReportImport &report, ImportedReport *imported)
{
    QList<ImportedReport> details;
    const auto outcomes = importReports({report}, &details);
    if (!outcomes) {
        return outcomes.failure();
    }
    if (imported) {
        *imported = details.first();
    }
    return outcomes.value().first();
}

Result<QList<ImportOutcome>> ReviewStore::importReports(
    const QList<ReportImport> &reports, QList<ImportedReport> *imported)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused.failure();
    }
    // One transaction for the batch: committing per report would cost a sync each. A failure
    // leaves the project as it was: no report is half there.
    SqliteTransaction transaction(m_db);
    if (const auto begun = transaction.begun(); !begun) {
        return begun.failure();
    }
    QList<ImportOutcome> outcomes;
    outcomes.reserve(reports.size());
    QList<ImportedReport> details;
    for (const ReportImport &report : reports) {
        auto outcome = importOne(report);
        if (!outcome) {
            return failed(tr("Importing %1").arg(report.document.fileName), outcome.failure());
        }
        outcomes.append(outcome.value().outcome);
        details.append(std::move(outcome).value());
    }
    if (const auto committed = transaction.commit(); !committed) {
        return committed.failure();
    }
    if (imported) {
        *imported = std::move(details);
    }
    return outcomes;
}

Result<ReanchorResult> ReviewStore::reanchor(qint64 oldReportId, qint64 newReportId, const QString &newText)
{
    ReanchorResult result;
    const auto annotated = annotations(oldReportId);
    if (!annotated) {
        return annotated.failure();
    }
    const QList<Annotation> &old = annotated.value();
    auto update = m_db.prepare(u"UPDATE annotations SET report_id = ?1, start = ?2, \"end\" = ?3, orphaned = ?4, "
                               "updated_at = ?5 WHERE id = ?6"_s);
    if (!update) {
        return update.failure();
    }
    for (const Annotation &a : old) {
        int start = a.start;
        bool orphaned = false;
        if (newText.mid(a.start, a.end - a.start) == a.quote) {
            ++result.kept;
        } else if (const int at = relocate(a, newText); at >= 0) {
            start = at;
            ++result.moved;
        } else {
            // Keep the reviewer's words; point at where the text used to be.
            start = std::min(a.start, int(newText.size()));
            orphaned = true;
            ++result.orphaned;
            result.orphanedQuotes.append(a.quote);
        }
        const int end = orphaned ? std::min(a.end, int(newText.size())) : start + int(a.quote.size());
        update.value().bind(1, newReportId).bind(2, start).bind(3, std::max(start, end)).bind(4, orphaned ? 1 : 0);
        update.value().bind(5, now()).bind(6, a.id);
        if (const auto done = update.value().exec(); !done) {
            return done.failure();
        }
    }
    // Decisions and the review status go with the report; then the old version goes.
    for (const QString &sql : {u"UPDATE decisions SET report_id = ?1 WHERE report_id = ?2"_s,
             u"UPDATE reports SET review_status = (SELECT review_status FROM reports WHERE id = ?2) "
             "WHERE id = ?1"_s}) {
        auto statement = m_db.prepare(sql);
        if (!statement) {
            return statement.failure();
        }
        if (const auto done = statement.value().bind(1, newReportId).bind(2, oldReportId).exec(); !done) {
            return done.failure();
        }
    }
    auto remove = m_db.prepare(u"DELETE FROM reports WHERE id = ?1"_s);
    if (!remove || !remove.value().bind(1, oldReportId).exec()) {
        return m_db.lastFailure();
    }
    return result;
}

// ---------------------------------------------------------------------------------------------
// Removing and restoring whole reports

namespace {

// The tables that hold a report's rows, parents first: restoring inserts in this order.
constexpr const char16_t *ReportTables[]
    = {u"reports", u"parts", u"indicators", u"checklist", u"annotations", u"decisions"};

// Tables whose row ids nothing refers to: restored rows get new ones (a report imported since
// may have taken the old ones), in the same order.
bool keepsRowIds(QStringView table)
{
    return table != u"parts" && table != u"indicators";
}

QJsonValue jsonFrom(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QByteArray:
        return QJsonObject{{u"blob"_s, QString::fromLatin1(value.toByteArray().toBase64())}};
    case QMetaType::QString:
        return value.toString();
    default:
        return QJsonValue::Null;
    }
}

QVariant variantFrom(const QJsonValue &value)
{
    if (value.isObject()) {
        return QByteArray::fromBase64(value.toObject().value(u"blob"_s).toString().toLatin1());
    }
    if (value.isDouble()) {
        // Column affinity turns an integral value back into a REAL where the column holds reals.
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QVariant(qint64(number)) : QVariant(number);
    }
    if (value.isString()) {
        return value.toString();
    }
    return {};
}

} // namespace

Result<QString> ReviewStore::reportName(qint64 reportId)
{
    auto query = rowWithId(
        u"SELECT region, ifnull(year, 0), file_name FROM reports WHERE id = ?1"_s, reportId, noSuchReport(reportId));
    if (!query) {
        return query.failure();
    }
    const SqliteStatement &q = query.value();
    if (q.columnText(0).isEmpty()) {
        // Never empty: an empty name means "no such report".
        return q.columnText(2).isEmpty() ? tr("report %1").arg(reportId) : q.columnText(2);
    }
    return q.columnInt(1) > 0 ? u"%1 %2"_s.arg(q.columnText(0)).arg(q.columnInt(1)) : q.columnText(0);
}

Result<ReportMarks> ReviewStore::marks(const QList<qint64> &reportIds)
{
    ReportMarks marks;
    auto count = m_db.prepare(u"SELECT (SELECT count(*) FROM annotations WHERE report_id = ?1), "
                              "(SELECT count(DISTINCT target) FROM decisions WHERE report_id = ?1)"_s);
    if (!count) {
        return count.failure();
    }
    for (const qint64 id : reportIds) {
        if (const auto row = count.value().bind(1, id).step(); !row) {
            return row.failure();
        }
        marks.annotations += count.value().columnInt(0);
        marks.decisions += count.value().columnInt(1);
        count.value().reset();
    }
    return marks;
}

Result<RemovedReport> ReviewStore::snapshot(qint64 reportId)
{
    RemovedReport removed;
    removed.id = reportId;
    const auto name = reportName(reportId);
    if (!name) {
        return name.failure();
    }
    removed.name = name.value();
    const auto counted = marks({reportId});
    if (!counted) {
        return counted.failure();
    }
    removed.annotations = counted.value().annotations;
    removed.decisions = counted.value().decisions;
    QJsonObject tables;
    for (const char16_t *table : ReportTables) {
        const QString tableName = QString::fromUtf16(table);
        auto query = m_db.prepare(tableName == u"reports"
                ? u"SELECT * FROM reports WHERE id = ?1"_s
                : u"SELECT * FROM %1 WHERE report_id = ?1 ORDER BY rowid"_s.arg(tableName));
        if (!query) {
            return query.failure();
        }
        SqliteStatement &q = query.value();
        q.bind(1, reportId);
        QJsonArray columns;
        QJsonArray rows;
        for (;;) {
            const auto row = q.step();
            if (!row) {
                return row.failure();
            }
            if (!row.value()) {
                break;
            }
            if (columns.isEmpty()) {
                for (int c = 0; c < q.columnCount(); ++c) {
                    columns.append(q.columnName(c));
                }
            }
            QJsonArray values;
            for (int c = 0; c < q.columnCount(); ++c) {
                values.append(jsonFrom(q.columnValue(c)));
                if (tableName == u"reports" && q.columnName(c) == u"uid") {
                    removed.uid = q.columnText(c);
                }
            }
            rows.append(values);
        }
        tables.insert(tableName, QJsonObject{{u"columns"_s, columns}, {u"rows"_s, rows}});
    }
    removed.rows
        = QJsonDocument(QJsonObject{{u"report"_s, reportId}, {u"tables"_s, tables}}).toJson(QJsonDocument::Compact);
    return removed;
}

Result<RemovedReport> ReviewStore::takeReport(qint64 reportId, const QString &action)
{
    auto removed = snapshot(reportId);
    if (!removed) {
        return removed;
    }
    // Parts leave the search index by trigger; the rest goes with the report (ON DELETE CASCADE).
    auto remove = m_db.prepare(u"DELETE FROM reports WHERE id = ?1"_s);
    if (!remove) {
        return remove.failure();
    }
    if (const auto done = remove.value().bind(1, reportId).exec(); !done) {
        return done.failure();
    }
    auto floor = m_db.prepare(u"INSERT INTO project (key, value) VALUES ('removed_report_id', ?1) ON CONFLICT (key) "
                              "DO UPDATE SET value = max(CAST(value AS INTEGER), ?1)"_s);
    if (!floor) {
        return floor.failure();
    }
    if (const auto done = floor.value().bind(1, reportId).exec(); !done) {
        return done.failure();
    }
    if (const auto logged
        = writeHistory(action, u"report"_s, removed.value().uid, reportId, QString::fromUtf8(removed.value().rows), {});
        !logged) {
        return logged.failure();
    }
    return removed;
}

Result<Done> ReviewStore::putBack(const RemovedReport &report)
{
    const QJsonObject tables = QJsonDocument::fromJson(report.rows).object().value(u"tables"_s).toObject();
    if (tables.value(u"reports"_s).toObject().value(u"rows"_s).toArray().size() != 1) {
        return Error{tr("The record of report %1 is incomplete.").arg(report.id)};
    }
    for (const char16_t *table : ReportTables) {
        const QString name = QString::fromUtf16(table);
        const QJsonObject rows = tables.value(name).toObject();
        const QJsonArray columns = rows.value(u"columns"_s).toArray();
        QStringList names;
        QStringList values;
        QList<int> kept;
        for (int c = 0; c < columns.size(); ++c) {
            if (columns.at(c).toString() == u"id" && !keepsRowIds(name)) {
                continue;
            }
            kept.append(c);
            names.append(u'"' + columns.at(c).toString() + u'"');
            values.append(u"?%1"_s.arg(kept.size()));
        }
        if (kept.isEmpty()) {
            continue;
        }
        auto insert
            = m_db.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(name, names.join(u", "_s), values.join(u", "_s)));
        if (!insert) {
            return insert.failure();
        }
        for (const QJsonValue &row : rows.value(u"rows"_s).toArray()) {
            const QJsonArray fields = row.toArray();
            for (int i = 0; i < kept.size(); ++i) {
                insert.value().bind(i + 1, variantFrom(fields.at(kept.at(i))));
            }
            if (const auto done = insert.value().exec(); !done) {
                return done.code() == Error::Code::Constraint
                    ? Error{tr("its number is taken by a report or mark added since"), Error::Code::Constraint}
                    : done.failure();
            }
        }
    }
    auto index = m_db.prepare(u"INSERT INTO parts_bigram (rowid, text) SELECT p.id, "
                              "substr(r.normalized_text, p.nstart + 1, p.nend - p.nstart) FROM parts p "
                              "JOIN reports r ON r.id = p.report_id WHERE p.report_id = ?1"_s);
    if (!index) {
        return index.failure();
    }
    if (const auto done = index.value().bind(1, report.id).exec(); !done) {
        return done.failure();
    }
    return writeHistory(u"restore"_s, u"report"_s, report.uid, report.id, {},
        json({{u"annotations"_s, report.annotations}, {u"decisions"_s, report.decisions}}));
}

Result<QList<RemovedReport>> ReviewStore::removeReports(const QList<qint64> &reportIds)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused.failure();
    }
    SqliteTransaction transaction(m_db);
    if (const auto begun = transaction.begun(); !begun) {
        return failed(tr("Removing reports"), begun.failure());
    }
    QList<RemovedReport> removed;
    for (const qint64 id : reportIds) {
        auto taken = takeReport(id, u"remove"_s);
        if (!taken) {
            return failed(tr("Removing report %1").arg(id), taken.failure());
        }
        removed.append(std::move(taken).value());
    }
    if (const auto committed = transaction.commit(); !committed) {
        return failed(tr("Removing reports"), committed.failure());
    }
    return removed;
}

Result<Done> ReviewStore::restoreReports(const QList<RemovedReport> &reports)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused;
    }
    SqliteTransaction transaction(m_db);
    if (const auto begun = transaction.begun(); !begun) {
        return failed(tr("Putting reports back"), begun.failure());
    }
    for (const RemovedReport &report : reports) {
        if (const auto done = putBack(report); !done) {
            return failed(tr("Putting back %1").arg(report.name), done.failure());
        }
    }
    return transaction.commit();
}

Result<RemovedReport> ReviewStore::exchangeReport(qint64 removeId, const RemovedReport &restore)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused.failure();
    }
    SqliteTransaction transaction(m_db);
    if (const auto begun = transaction.begun(); !begun) {
        return failed(tr("Exchanging versions"), begun.failure());
    }
    auto taken = takeReport(removeId, u"replace"_s);
    if (!taken) {
        return failed(tr("Removing report %1").arg(removeId), taken.failure());
    }
    if (const auto done = putBack(restore); !done) {
        return failed(tr("Putting back %1").arg(restore.name), done.failure());
    }
    if (const auto committed = transaction.commit(); !committed) {
        return committed.failure();
    }
    return taken;
}

Result<QList<ReportSummary>> ReviewStore::reports()
{
    QList<ReportSummary> list;
    auto query = m_db.prepare(
        u"SELECT r.id, r.uid, r.file_name, r.title, r.region, r.level, ifnull(r.year, 0), r.text_length, "
        "r.script, r.review_status, r.imported_at, "
        "(SELECT count(*) FROM annotations a WHERE a.report_id = r.id AND a.status = 'open'), "
        "(SELECT value FROM decisions d WHERE d.report_id = r.id AND d.target = 'verdict:grade' ORDER BY d.id DESC "
        "LIMIT 1), "
        // A reviewer's overrule of a checklist item counts instead of the automatic result.
        "(SELECT count(*) FROM checklist c WHERE c.report_id = r.id AND ifnull((SELECT value FROM decisions d "
        "WHERE d.report_id = r.id AND d.target = 'checklist:' || c.item ORDER BY d.id DESC LIMIT 1), c.result) = "
        "'fail') "
        "FROM reports r ORDER BY r.year DESC, r.region, r.id"_s);
    if (!query) {
        return noted(query.failure());
    }
    if (const auto read = query.value().forEach([&list](const SqliteStatement &q) {
            ReportSummary s;
            s.id = q.columnInt64(0);
            s.uid = q.columnText(1);
            s.fileName = q.columnText(2);
            s.title = q.columnText(3);
            s.region = q.columnText(4);
            s.level = q.columnText(5);
            s.year = q.columnInt(6);
            s.length = q.columnInt(7);
            s.script = q.columnText(8);
            s.reviewStatus = q.columnText(9);
            s.imported = timeFrom(q.columnText(10));
            s.openAnnotations = q.columnInt(11);
            s.grade = q.columnText(12);
            s.checklistFailures = q.columnInt(13);
            list.append(s);
        });
        !read) {
        return noted(read.failure());
    }
    // Few reports have corrections: one pass over the decisions, not a subquery per report.
    QHash<qint64, qsizetype> rowOf;
    for (qsizetype i = 0; i < list.size(); ++i) {
        rowOf.insert(list.at(i).id, i);
    }
    auto corrections = m_db.prepare(u"SELECT report_id, substr(target, 10), automatic, value FROM decisions d "
                                    "WHERE target LIKE 'metadata:%' AND id = (SELECT max(id) FROM decisions e "
                                    "WHERE e.report_id = d.report_id AND e.target = d.target)"_s);
    if (!corrections) {
        return noted(corrections.failure());
    }
    QList<std::pair<qsizetype, QString>> corrected;
    if (const auto read = corrections.value().forEach([&](const SqliteStatement &q) {
            const auto row = rowOf.constFind(q.columnInt64(0));
            if (row != rowOf.cend() && q.columnText(2) != q.columnText(3)) {
                corrected.append({*row, q.columnText(1)});
            }
        });
        !read) {
        return noted(read.failure());
    }
    for (const auto &[row, key] : std::as_const(corrected)) {
        const auto automatic = automaticMetadata(list.at(row).id, key);
        if (!automatic) {
            return automatic.failure();
        }
        list[row].corrected.insert(key, automatic.value());
    }
    return list;
}

Result<QString> ReviewStore::reviewStatus(qint64 reportId)
{
    auto query = rowWithId(u"SELECT review_status FROM reports WHERE id = ?1"_s, reportId, noSuchReport(reportId));
    if (!query) {
        return query.failure();
    }
    return query.value().columnText(0);
}

Result<QList<int>> ReviewStore::years()
{
    QList<int> list;
    auto query = m_db.prepare(u"SELECT DISTINCT year FROM reports WHERE year IS NOT NULL ORDER BY year DESC"_s);
    if (!query) {
        return noted(query.failure());
    }
    if (const auto read = query.value().forEach([&list](const SqliteStatement &q) { list.append(q.columnInt(0)); });
        !read) {
        return noted(read.failure());
    }
    return list;
}

Result<int> ReviewStore::reportCount()
{
    const auto count = m_db.scalar(u"SELECT count(*) FROM reports"_s);
    if (!count) {
        return noted(count.failure());
    }
    return count.value().toInt();
}

Result<QList<StoredPart>> ReviewStore::parts(qint64 reportId)
{
    QList<StoredPart> list;
    auto query
        = m_db.prepare(u"SELECT id, kind, level, start, \"end\", ifnull(section_start, -1), ifnull(category, ''), "
                       "themes, ifnull(confidence, 0), ifnull(reason, '') FROM parts WHERE report_id = ?1 "
                       "ORDER BY start, kind = 'paragraph', id"_s);
    if (!query) {
        return noted(query.failure());
    }
    query.value().bind(1, reportId);
    if (const auto read = query.value().forEach([&list](const SqliteStatement &q) {
            StoredPart part;
            part.id = q.columnInt64(0);
            part.heading = q.columnText(1) == u"heading";
            part.level = q.columnInt(2);
            part.start = q.columnInt(3);
            part.end = q.columnInt(4);
            part.sectionStart = q.columnInt(5);
            part.category = q.columnText(6);
            for (const QJsonValue &theme : QJsonDocument::fromJson(q.columnText(7).toUtf8()).array()) {
                part.themes.append(theme.toString());
            }
            part.confidence = q.columnDouble(8);
            part.reason = q.columnText(9);
            list.append(part);
        });
        !read) {
        return noted(read.failure());
    }
    return list;
}

Result<ReportAnalysis> ReviewStore::storedAnalysis(qint64 reportId)
{
    ReportAnalysis analysis;
    const auto stored = parts(reportId);
    if (!stored) {
        return stored.failure();
    }
    // Parts come in document order, headings in the order of the section walk.
    for (const StoredPart &part : stored.value()) {
        if (part.category.isEmpty()) {
            continue; // stored unclassified
        }
        PartClassification classified;
        classified.level = part.level;
        classified.category = outlineCategoryFromId(part.category).value_or(OutlineCategory::Other);
        classified.themes = part.themes;
        classified.confidence = part.confidence;
        classified.reason = part.reason;
        if (part.heading) {
            classified.headingRange = TextRange{part.start, part.end};
            analysis.outline.sections.append(classified);
        } else {
            classified.range = TextRange{part.start, part.end};
            analysis.outline.paragraphs.append(classified);
        }
    }
    auto items = checklist(reportId);
    if (!items) {
        return items.failure();
    }
    auto values = indicators(reportId);
    if (!values) {
        return values.failure();
    }
    analysis.checklist = std::move(items).value();
    analysis.indicators = std::move(values).value();
    return analysis;
}

Result<QList<ChecklistItem>> ReviewStore::checklist(qint64 reportId)
{
    QList<ChecklistItem> list;
    auto query = m_db.prepare(u"SELECT item, result, explanation, evidence, title, details, measure, reason, "
                              "arguments FROM checklist WHERE report_id = ?1 ORDER BY rowid"_s);
    if (!query) {
        return noted(query.failure());
    }
    query.value().bind(1, reportId);
    if (const auto read = query.value().forEach([&list](const SqliteStatement &q) {
            ChecklistItem item;
            item.id = q.columnText(0);
            item.status = checklistStatusFromId(q.columnText(1));
            item.explanation = q.columnText(2);
            for (const QJsonValue &range : QJsonDocument::fromJson(q.columnText(3).toUtf8()).array()) {
                item.evidence.append(TextRange{range[0].toInt(), range[1].toInt()});
            }
            item.title = q.columnText(4);
            item.details = stringList(q.columnText(5));
            if (!q.columnIsNull(6)) {
                item.measure = q.columnDouble(6);
            }
            item.reason = q.columnText(7);
            item.arguments = stringList(q.columnText(8));
            list.append(item);
        });
        !read) {
        return noted(read.failure());
    }
    return list;
}

Result<QList<IndicatorValue>> ReviewStore::indicators(qint64 reportId)
{
    QList<IndicatorValue> list;
    auto query = m_db.prepare(u"SELECT indicator, name, value, unit, start, \"end\", ifnull(match_start, start), "
                              "ifnull(match_end, \"end\") FROM indicators WHERE report_id = ?1 ORDER BY start, id"_s);
    if (!query) {
        return noted(query.failure());
    }
    query.value().bind(1, reportId);
    if (const auto read = query.value().forEach([&list](const SqliteStatement &q) {
            IndicatorValue value;
            value.id = q.columnText(0);
            value.name = q.columnText(1);
            value.value = q.columnDouble(2);
            value.unit = q.columnText(3);
            value.sentence = TextRange{q.columnInt(4), q.columnInt(5)};
            value.match = TextRange{q.columnInt(6), q.columnInt(7)};
            list.append(value);
        });
        !read) {
        return noted(read.failure());
    }
    return list;
}

Result<ReportDocument> ReviewStore::report(qint64 reportId)
{
    auto query = m_db.prepare(u"SELECT file_name, format, encoding, script, metadata, original_text, normalized_text, "
                              "normalized_map, structure, warnings FROM reports WHERE id = ?1"_s);
    if (!query) {
        return query.failure();
    }
    query.value().bind(1, reportId);
    const auto row = query.value().step();
    if (!row) {
        return row.failure();
    }
    if (!row.value()) {
        return noSuchReport(reportId);
    }
    const SqliteStatement &q = query.value();
    ReportDocument document;
    document.fileName = q.columnText(0);
    document.format = q.columnText(1);
    document.encoding = q.columnText(2);
    document.script = scriptFromName(q.columnText(3));
    document.metadata = ReportJson::metadataFromJson(QJsonDocument::fromJson(q.columnText(4).toUtf8()).object());
    document.text = q.columnText(5);
    const QString normalized = q.columnText(6);
    document.normalized = NormalizedText(normalized, mapFromBlob(q.columnBlob(7), normalized.size() + 1));
    ReportJson::structureFromJson(QJsonDocument::fromJson(q.columnText(8).toUtf8()).object(), document);
    for (const QJsonValue &warning : QJsonDocument::fromJson(q.columnText(9).toUtf8()).array()) {
        document.warnings.append(warning.toString());
    }
    return document;
}

Result<Done> ReviewStore::setReviewStatus(qint64 reportId, const QString &status)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused;
    }
    SqliteTransaction transaction(m_db);
    auto update = m_db.prepare(u"UPDATE reports SET review_status = ?1 WHERE id = ?2"_s);
    if (!update) {
        return update.failure();
    }
    if (const auto done = update.value().bind(1, status).bind(2, reportId).exec(); !done) {
        return failed(tr("Setting the review status"), done.failure());
    }
    if (const auto logged = writeHistory(
            u"update"_s, u"report"_s, QString::number(reportId), reportId, {}, json({{u"reviewStatus"_s, status}}));
        !logged) {
        return logged;
    }
    return transaction.commit();
}

// ---------------------------------------------------------------------------------------------
// Metadata

namespace {

const QString MetadataTargetPrefix = u"metadata:"_s;

} // namespace

Result<QString> ReviewStore::metadataValue(const QString &key, const QString &typed)
{
    const QString value = typed.trimmed();
    if (value.isEmpty()) {
        return u""_s;
    }
    const QByteArray name = key.toLatin1();
    if (name == MetadataKey::Year) {
        QString digits = TextNormalizer::normalize(value).text();
        digits.remove(u'年');
        bool ok = false;
        const int year = digits.toInt(&ok);
        if (!ok || year < 1949 || year > 2100) {
            return Error{ReviewStore::tr("%1 is not a year.").arg(value)};
        }
        return QString::number(year);
    }
    if (name == MetadataKey::ReportDate || name == MetadataKey::PublishDate) {
        const QDate date = ChineseDate::parse(value);
        if (!date.isValid()) {
            return Error{ReviewStore::tr("%1 is not a date (write it as 2025-03-01 or 2025年3月1日).").arg(value)};
        }
        return date.toString(Qt::ISODate);
    }
    if (name == MetadataKey::Level) {
        if (!AdministrativeLevel::all().contains(value)) {
            //: %2 lists the levels, e.g. 省、市、区
            return Error{ReviewStore::tr("%1 is not a level; use one of %2.")
                    .arg(value, AdministrativeLevel::all().join(ReviewStore::tr(", ")))};
        }
        return value;
    }
    // Names are kept in simplified script, as the parser keeps them, so that one district is one district.
    if (name == MetadataKey::Region || name == MetadataKey::Issuers) {
        return TextNormalizer::normalize(value).text();
    }
    return value;
}

namespace {

// The reports column that mirrors metadata @p key, empty for keys kept in the metadata only.
QString metadataColumn(const QString &key)
{
    const QByteArray name = key.toLatin1();
    for (const char *column : {MetadataKey::Title, MetadataKey::Region, MetadataKey::Level, MetadataKey::Year}) {
        if (name == column) {
            return key;
        }
    }
    return {};
}

} // namespace

QStringList ReviewStore::editableMetadata()
{
    QStringList keys;
    for (const char *key : {MetadataKey::Region, MetadataKey::Level, MetadataKey::Year, MetadataKey::Title,
             MetadataKey::Issuers, MetadataKey::ReportDate, MetadataKey::PublishDate}) {
        keys.append(QString::fromLatin1(key));
    }
    return keys;
}

Result<QString> ReviewStore::automaticMetadata(qint64 reportId, const QString &key)
{
    // Every correction records the parsed value it overrules; the first one still standing knows it.
    auto decided
        = m_db.prepare(u"SELECT automatic FROM decisions WHERE report_id = ?1 AND target = ?2 ORDER BY id LIMIT 1"_s);
    if (decided) {
        decided.value().bind(1, reportId).bind(2, ReportDecisions::metadataTarget(key));
    }
    if (const auto row = firstRow(decided); !row) {
        return noted(row.failure());
    } else if (row.value()) {
        return decided.value().columnText(0);
    }
    auto stored = m_db.prepare(u"SELECT metadata FROM reports WHERE id = ?1"_s);
    if (stored) {
        stored.value().bind(1, reportId);
    }
    if (const auto row = firstRow(stored); !row) {
        return noted(row.failure());
    } else if (!row.value()) {
        return noSuchReport(reportId);
    }
    const QJsonObject field
        = QJsonDocument::fromJson(stored.value().columnText(0).toUtf8()).object().value(key).toObject();
    return field.contains(u"automatic"_s) ? field.value(u"automatic"_s).toObject().value(u"value"_s).toString()
                                          : field.value(u"value"_s).toString();
}

Result<Done> ReviewStore::applyMetadata(qint64 reportId, const QString &key)
{
    auto inForce
        = m_db.prepare(u"SELECT value FROM decisions WHERE report_id = ?1 AND target = ?2 ORDER BY id DESC LIMIT 1"_s);
    auto stored = m_db.prepare(u"SELECT metadata FROM reports WHERE id = ?1"_s);
    if (!inForce) {
        return inForce.failure();
    }
    if (stored) {
        stored.value().bind(1, reportId);
    }
    if (const auto row = firstRow(stored); !row) {
        return row.failure();
    } else if (!row.value()) {
        return noSuchReport(reportId);
    }
    QJsonObject metadata = QJsonDocument::fromJson(stored.value().columnText(0).toUtf8()).object();
    stored.value().reset();
    const QJsonObject field = metadata.value(key).toObject();
    // The parsed field (value, confidence, the text as written) stays beside the reviewer's.
    QJsonObject automatic = field.contains(u"automatic"_s) ? field.value(u"automatic"_s).toObject() : field;
    QJsonObject shown = automatic;
    inForce.value().bind(1, reportId).bind(2, ReportDecisions::metadataTarget(key));
    if (const auto row = firstRow(inForce); !row) {
        return row.failure();
    } else if (row.value()) {
        shown = {{u"value"_s, inForce.value().columnText(0)}, {u"confidence"_s, 1.0}, {u"automatic"_s, automatic}};
    }
    if (shown.isEmpty()) {
        metadata.remove(key);
    } else {
        metadata.insert(key, shown);
    }
    const QString value = shown.value(u"value"_s).toString();
    auto update = m_db.prepare(u"UPDATE reports SET metadata = ?1 WHERE id = ?2"_s);
    if (!update) {
        return update.failure();
    }
    if (const auto done = update.value().bind(1, json(metadata)).bind(2, reportId).exec(); !done) {
        return done;
    }
    if (const auto document = report(reportId); !document) {
        return document.failure();
    } else if (const auto rejudged = rejudgeDetails(m_db, reportId, document.value()); !rejudged) {
        return rejudged;
    }
    const QString column = metadataColumn(key);
    if (column.isEmpty()) {
        return Done{};
    }
    // column is one of ours, never user input.
    auto mirror = m_db.prepare(u"UPDATE reports SET %1 = ?1 WHERE id = ?2"_s.arg(column));
    if (!mirror) {
        return mirror.failure();
    }
    if (column == QLatin1StringView(MetadataKey::Year)) {
        if (value.toInt() > 0) {
            mirror.value().bind(1, value.toInt());
        } else {
            mirror.value().bindNull(1);
        }
    } else {
        mirror.value().bind(1, value);
    }
    return mirror.value().bind(2, reportId).exec();
}

Result<Decision> ReviewStore::editMetadata(
    qint64 reportId, const QString &key, const QString &value, const QString &comment)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused.failure();
    }
    if (!editableMetadata().contains(key)) {
        return Error{tr("%1 is not a detail of a report that can be corrected; these can: %2.")
                .arg(key, editableMetadata().join(u", "_s))};
    }
    const auto stored = metadataValue(key, value);
    if (!stored) {
        return stored.failure();
    }
    SqliteTransaction transaction(m_db);
    if (const auto begun = transaction.begun(); !begun) {
        return failed(tr("Correcting the report's details"), begun.failure());
    }
    const auto automatic = automaticMetadata(reportId, key); // NotFound when there is no such report
    if (!automatic) {
        return automatic.failure();
    }
    const auto decided
        = recordDecision(reportId, ReportDecisions::metadataTarget(key), automatic.value(), stored.value(), comment);
    if (!decided) {
        return decided;
    }
    if (const auto applied = applyMetadata(reportId, key); !applied) {
        return failed(tr("Correcting the report's details"), applied.failure());
    }
    if (const auto committed = transaction.commit(); !committed) {
        return committed.failure();
    }
    return decided;
}

// ---------------------------------------------------------------------------------------------
// Tags

Result<QList<Tag>> ReviewStore::tags()
{
    QList<Tag> list;
    auto query = m_db.prepare(u"SELECT id, uid, name, color, ifnull(shortcut, 0), position, ifnull(category, '') "
                              "FROM tags ORDER BY position, id"_s);
    if (!query) {
        return noted(query.failure());
    }
    if (const auto read = query.value().forEach([&list](const SqliteStatement &q) {
            list.append({q.columnInt64(0), q.columnText(1), q.columnText(2), QColor(q.columnText(3)), q.columnInt(4),
                q.columnInt(5), q.columnText(6)});
        });
        !read) {
        return noted(read.failure());
    }
    return list;
}

Result<Tag> ReviewStore::addTag(const QString &name, const QColor &color, int shortcut)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused.failure();
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return Error{tr("A tag needs a name.")};
    }
    SqliteTransaction transaction(m_db);
    auto insert = m_db.prepare(u"INSERT INTO tags (uid, name, color, shortcut, position) VALUES "
                               "(?1, ?2, ?3, ?4, (SELECT ifnull(max(position), 0) + 1 FROM tags))"_s);
    if (!insert) {
        return insert.failure();
    }
    Tag tag{0, newUid(), trimmed, color.isValid() ? color : CategoryColors::ownTag(), shortcut, 0, {}};
    insert.value().bind(1, tag.uid).bind(2, tag.name).bind(3, tag.color.name());
    if (shortcut > 0) {
        insert.value().bind(4, shortcut);
    } else {
        insert.value().bindNull(4);
    }
    if (const auto done = insert.value().exec(); !done) {
        return done.code() == Error::Code::Constraint
            ? Error{tr("There is already a tag called %1.").arg(trimmed), Error::Code::Constraint}
            : done.failure();
    }
    tag.id = m_db.lastInsertRowId();
    if (const auto logged = writeHistory(
            u"add"_s, u"tag"_s, tag.uid, 0, {}, json({{u"name"_s, tag.name}, {u"color"_s, tag.color.name()}}));
        !logged) {
        return logged.failure();
    }
    if (const auto committed = transaction.commit(); !committed) {
        return committed.failure();
    }
    return tag;
}

Result<Done> ReviewStore::renameTag(qint64 tagId, const QString &name)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused;
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return Error{tr("A tag needs a name.")};
    }
    SqliteTransaction transaction(m_db);
    const auto old = tagField(tagId, u"name"_s);
    if (!old) {
        return old.failure();
    }
    const auto &[uid, before] = old.value();
    auto update = m_db.prepare(u"UPDATE tags SET name = ?1 WHERE id = ?2"_s);
    if (!update) {
        return update.failure();
    }
    if (const auto done = update.value().bind(1, trimmed).bind(2, tagId).exec(); !done) {
        return done.code() == Error::Code::Constraint
            ? Error{tr("There is already a tag called %1.").arg(trimmed), Error::Code::Constraint}
            : done.failure();
    }
    if (const auto logged
        = writeHistory(u"rename"_s, u"tag"_s, uid, 0, json({{u"name"_s, before}}), json({{u"name"_s, trimmed}}));
        !logged) {
        return logged;
    }
    return transaction.commit();
}

Result<SqliteStatement> ReviewStore::rowWithId(const QString &sql, qint64 id, const Error &missing)
{
    auto query = m_db.prepare(sql);
    if (!query) {
        return query.failure();
    }
    const auto row = query.value().bind(1, id).step();
    if (!row) {
        return noted(row.failure());
    }
    if (!row.value()) {
        return missing;
    }
    return query;
}

Result<std::pair<QString, QString>> ReviewStore::tagField(qint64 tagId, const QString &column)
{
    // column is one of ours, never user input.
    auto query = rowWithId(u"SELECT uid, %1 FROM tags WHERE id = ?1"_s.arg(column), tagId, noSuchTag(tagId));
    if (!query) {
        return query.failure();
    }
    return std::pair{query.value().columnText(0), query.value().columnText(1)};
}

Result<Done> ReviewStore::recolorTag(qint64 tagId, const QColor &color)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused;
    }
    if (!color.isValid()) {
        return Error{tr("Not a valid color.")};
    }
    SqliteTransaction transaction(m_db);
    const auto old = tagField(tagId, u"color"_s);
    if (!old) {
        return old.failure();
    }
    const auto &[uid, before] = old.value();
    auto update = m_db.prepare(u"UPDATE tags SET color = ?1 WHERE id = ?2"_s);
    if (!update || !update.value().bind(1, color.name()).bind(2, tagId).exec()) {
        return m_db.lastFailure();
    }
    if (const auto logged = writeHistory(
            u"recolor"_s, u"tag"_s, uid, 0, json({{u"color"_s, before}}), json({{u"color"_s, color.name()}}));
        !logged) {
        return logged;
    }
    return transaction.commit();
}

Result<Done> ReviewStore::mergeTags(qint64 fromId, qint64 intoId)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused;
    }
    if (fromId == intoId) {
        return Error{tr("A tag cannot be merged into itself.")};
    }
    SqliteTransaction transaction(m_db);
    auto names = m_db.prepare(u"SELECT id, uid, name FROM tags WHERE id IN (?1, ?2)"_s);
    if (!names) {
        return names.failure();
    }
    names.value().bind(1, fromId).bind(2, intoId);
    QString fromUid;
    QString fromName;
    QString intoName;
    int found = 0;
    if (const auto read = names.value().forEach([&](const SqliteStatement &q) {
            ++found;
            if (q.columnInt64(0) == fromId) {
                fromUid = q.columnText(1);
                fromName = q.columnText(2);
            } else {
                intoName = q.columnText(2);
            }
        });
        !read) {
        return noted(read.failure());
    }
    if (found != 2) {
        return Error{tr("Both tags must exist to merge them."), Error::Code::NotFound};
    }
    auto move = m_db.prepare(u"UPDATE annotations SET tag_id = ?2, updated_at = ?3 WHERE tag_id = ?1"_s);
    if (!move || !move.value().bind(1, fromId).bind(2, intoId).bind(3, now()).exec()) {
        return m_db.lastFailure();
    }
    auto remove = m_db.prepare(u"DELETE FROM tags WHERE id = ?1"_s);
    if (!remove || !remove.value().bind(1, fromId).exec()) {
        return m_db.lastFailure();
    }
    if (const auto logged
        = writeHistory(u"merge"_s, u"tag"_s, fromUid, 0, json({{u"name"_s, fromName}}), json({{u"into"_s, intoName}}));
        !logged) {
        return logged;
    }
    return transaction.commit();
}

Result<Done> ReviewStore::removeTag(qint64 tagId)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused;
    }
    SqliteTransaction transaction(m_db);
    auto used
        = rowWithId(u"SELECT count(*), (SELECT name FROM tags WHERE id = ?1), (SELECT uid FROM tags WHERE id = ?1) "
                    "FROM annotations WHERE tag_id = ?1"_s,
            tagId, noSuchTag(tagId));
    if (!used) {
        return used.failure();
    }
    const int count = used.value().columnInt(0);
    const QString name = used.value().columnText(1);
    const QString uid = used.value().columnText(2);
    used.value().reset();
    if (name.isNull()) {
        return noSuchTag(tagId);
    }
    if (count > 0) {
        return Error{tr(
            "The tag %1 is used by %n annotation(s); merge it into another tag instead of removing it.", nullptr, count)
                .arg(name)};
    }
    auto remove = m_db.prepare(u"DELETE FROM tags WHERE id = ?1"_s);
    if (!remove || !remove.value().bind(1, tagId).exec()) {
        return m_db.lastFailure();
    }
    if (const auto logged = writeHistory(u"remove"_s, u"tag"_s, uid, 0, json({{u"name"_s, name}}), {}); !logged) {
        return logged;
    }
    return transaction.commit();
}

// ---------------------------------------------------------------------------------------------
// Annotations

namespace {

const auto AnnotationColumns = u"id, uid, report_id, tag_id, start, \"end\", quote, context_before, context_after, "
                               "comment, author, status, orphaned, created_at, updated_at"_s;

Annotation annotationFrom(const SqliteStatement &q)
{
    Annotation a;
    a.id = q.columnInt64(0);
    a.uid = q.columnText(1);
    a.reportId = q.columnInt64(2);
    a.tagId = q.columnInt64(3);
    a.start = q.columnInt(4);
    a.end = q.columnInt(5);
    a.quote = q.columnText(6);
    a.contextBefore = q.columnText(7);
    a.contextAfter = q.columnText(8);
    a.comment = q.columnText(9);
    a.author = q.columnText(10);
    a.resolved = q.columnText(11) == u"resolved";
    a.orphaned = q.columnInt(12) != 0;
    a.created = timeFrom(q.columnText(13));
    a.updated = timeFrom(q.columnText(14));
    return a;
}

} // namespace

Result<Annotation> ReviewStore::annotation(qint64 annotationId)
{
    auto query = m_db.prepare(u"SELECT %1 FROM annotations WHERE id = ?1"_s.arg(AnnotationColumns));
    if (!query) {
        return query.failure();
    }
    const auto row = query.value().bind(1, annotationId).step();
    if (!row || !row.value()) {
        return Error{tr("There is no annotation %1.").arg(annotationId), Error::Code::NotFound};
    }
    return annotationFrom(query.value());
}

Result<QList<Annotation>> ReviewStore::annotations(qint64 reportId)
{
    QList<Annotation> list;
    auto query
        = m_db.prepare(u"SELECT %1 FROM annotations WHERE report_id = ?1 ORDER BY start, id"_s.arg(AnnotationColumns));
    if (!query) {
        return noted(query.failure());
    }
    query.value().bind(1, reportId);
    if (const auto read = query.value().forEach([&list](const SqliteStatement &q) { list.append(annotationFrom(q)); });
        !read) {
        return noted(read.failure());
    }
    return list;
}

Result<QList<Annotation>> ReviewStore::allAnnotations()
{
    QList<Annotation> list;
    auto query = m_db.prepare(u"SELECT %1 FROM annotations ORDER BY report_id, start, id"_s.arg(AnnotationColumns));
    if (!query) {
        return noted(query.failure());
    }
    if (const auto read = query.value().forEach([&list](const SqliteStatement &q) { list.append(annotationFrom(q)); });
        !read) {
        return noted(read.failure());
    }
    return list;
}

Result<Annotation> ReviewStore::addAnnotation(qint64 reportId, int start, int end, qint64 tagId, const QString &comment)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused.failure();
    }
    auto text = rowWithId(u"SELECT original_text FROM reports WHERE id = ?1"_s, reportId, noSuchReport(reportId));
    if (!text) {
        return text.failure();
    }
    const QString original = text.value().columnText(0);
    text.value().reset();
    if (start < 0 || end <= start || end > original.size()) {
        return Error{
            tr("The range %1–%2 is not inside the report (length %3).").arg(start).arg(end).arg(original.size())};
    }
    // Never split a surrogate pair: widen the range to whole characters.
    if (start > 0 && original.at(start).isLowSurrogate()) {
        --start;
    }
    if (end < original.size() && original.at(end).isLowSurrogate()) {
        ++end;
    }
    Annotation a;
    a.uid = newUid();
    a.reportId = reportId;
    a.tagId = tagId;
    a.start = start;
    a.end = end;
    a.quote = original.mid(start, end - start);
    a.contextBefore = original.mid(std::max(0, start - ContextLength), std::min(start, ContextLength));
    a.contextAfter = original.mid(end, ContextLength);
    a.comment = comment;
    a.author = m_author;
    a.created = a.updated = QDateTime::fromString(now(), Qt::ISODateWithMs);

    SqliteTransaction transaction(m_db);
    if (const auto begun = transaction.begun(); !begun) {
        return failed(tr("Adding the annotation"), begun.failure());
    }
    auto tag = rowWithId(u"SELECT name FROM tags WHERE id = ?1"_s, tagId, noSuchTag(tagId));
    if (!tag) {
        return tag.failure();
    }
    const QString tagName = tag.value().columnText(0);
    tag.value().reset();
    auto insert
        = m_db.prepare(u"INSERT INTO annotations (uid, report_id, tag_id, start, \"end\", quote, context_before, "
                       "context_after, comment, author, created_at, updated_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)"_s);
    if (!insert) {
        return insert.failure();
    }
    insert.value().bind(1, a.uid).bind(2, reportId).bind(3, tagId).bind(4, start).bind(5, end).bind(6, a.quote);
    insert.value().bind(7, a.contextBefore).bind(8, a.contextAfter).bind(9, comment).bind(10, m_author);
    insert.value().bind(11, a.created.toString(Qt::ISODateWithMs));
    if (const auto done = insert.value().exec(); !done) {
        return failed(tr("Adding the annotation"), done.failure());
    }
    a.id = m_db.lastInsertRowId();
    if (const auto logged
        = writeHistory(u"add"_s, u"annotation"_s, a.uid, reportId, {}, json(annotationJson(a, tagName)));
        !logged) {
        return logged.failure();
    }
    if (const auto committed = transaction.commit(); !committed) {
        return failed(tr("Adding the annotation"), committed.failure());
    }
    return a;
}

Result<Done> ReviewStore::updateAnnotation(
    qint64 annotationId, const QString &column, const QString &value, const QString &field)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused;
    }
    SqliteTransaction transaction(m_db);
    if (const auto begun = transaction.begun(); !begun) {
        return failed(tr("Changing the annotation"), begun.failure());
    }
    const auto before = annotation(annotationId);
    if (!before) {
        return before.failure();
    }
    // column is one of ours, never user input.
    auto update = m_db.prepare(u"UPDATE annotations SET %1 = ?1, updated_at = ?2 WHERE id = ?3"_s.arg(column));
    if (!update) {
        return update.failure();
    }
    if (const auto done = update.value().bind(1, value).bind(2, now()).bind(3, annotationId).exec(); !done) {
        return failed(tr("Changing the annotation"),
            done.code() == Error::Code::Constraint ? Error{tr("no such tag"), Error::Code::NotFound} : done.failure());
    }
    const QJsonObject previous{{field,
        column == u"tag_id"       ? QJsonValue(before.value().tagId)
            : column == u"status" ? QJsonValue(before.value().resolved ? u"resolved"_s : u"open"_s)
                                  : QJsonValue(before.value().comment)}};
    if (const auto logged = writeHistory(u"update"_s, u"annotation"_s, before.value().uid, before.value().reportId,
            json(previous), json({{field, value}}));
        !logged) {
        return logged;
    }
    return transaction.commit();
}

Result<Done> ReviewStore::setAnnotationComment(qint64 annotationId, const QString &comment)
{
    return updateAnnotation(annotationId, u"comment"_s, comment, u"comment"_s);
}

Result<Done> ReviewStore::setAnnotationTag(qint64 annotationId, qint64 tagId)
{
    return updateAnnotation(annotationId, u"tag_id"_s, QString::number(tagId), u"tagId"_s);
}

Result<Done> ReviewStore::setAnnotationResolved(qint64 annotationId, bool resolved)
{
    return updateAnnotation(annotationId, u"status"_s, resolved ? u"resolved"_s : u"open"_s, u"status"_s);
}

Result<Done> ReviewStore::removeAnnotation(qint64 annotationId)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused;
    }
    SqliteTransaction transaction(m_db);
    if (const auto begun = transaction.begun(); !begun) {
        return failed(tr("Removing the annotation"), begun.failure());
    }
    const auto before = annotation(annotationId);
    if (!before) {
        return before.failure();
    }
    auto remove = m_db.prepare(u"DELETE FROM annotations WHERE id = ?1"_s);
    if (!remove) {
        return remove.failure();
    }
    if (const auto done = remove.value().bind(1, annotationId).exec(); !done) {
        return failed(tr("Removing the annotation"), done.failure());
    }
    if (const auto logged = writeHistory(u"remove"_s, u"annotation"_s, before.value().uid, before.value().reportId,
            json(annotationJson(before.value(), QString::number(before.value().tagId))), {});
        !logged) {
        return logged;
    }
    return transaction.commit();
}

Result<Done> ReviewStore::restoreAnnotation(const Annotation &a)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused;
    }
    SqliteTransaction transaction(m_db);
    if (const auto begun = transaction.begun(); !begun) {
        return failed(tr("Restoring the annotation"), begun.failure());
    }
    auto insert
        = m_db.prepare(u"INSERT INTO annotations (id, uid, report_id, tag_id, start, \"end\", quote, context_before, "
                       "context_after, comment, author, status, orphaned, created_at, updated_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"_s);
    if (!insert) {
        return insert.failure();
    }
    SqliteStatement &q = insert.value();
    q.bind(1, a.id).bind(2, a.uid).bind(3, a.reportId).bind(4, a.tagId).bind(5, a.start).bind(6, a.end);
    q.bind(7, a.quote).bind(8, a.contextBefore).bind(9, a.contextAfter).bind(10, a.comment).bind(11, a.author);
    q.bind(12, a.resolved ? u"resolved"_s : u"open"_s).bind(13, a.orphaned ? 1 : 0);
    // Back as it was, times included: an undone delete is not a new edit.
    const QDateTime updated = a.updated.isValid() ? a.updated : a.created;
    q.bind(14, a.created.toString(Qt::ISODateWithMs)).bind(15, updated.toString(Qt::ISODateWithMs));
    if (const auto done = q.exec(); !done) {
        return failed(tr("Restoring the annotation"), done.failure());
    }
    if (const auto logged = writeHistory(
            u"restore"_s, u"annotation"_s, a.uid, a.reportId, {}, json(annotationJson(a, QString::number(a.tagId))));
        !logged) {
        return logged;
    }
    return transaction.commit();
}

// ---------------------------------------------------------------------------------------------
// Decisions

Result<Decision> ReviewStore::decide(
    qint64 reportId, const QString &target, const QString &automatic, const QString &value, const QString &comment)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused.failure();
    }
    SqliteTransaction transaction(m_db);
    if (const auto begun = transaction.begun(); !begun) {
        return failed(tr("Recording the decision"), begun.failure());
    }
    const auto d = recordDecision(reportId, target, automatic, value, comment);
    if (!d) {
        return d;
    }
    if (const auto committed = transaction.commit(); !committed) {
        return committed.failure();
    }
    return d;
}

Result<Decision> ReviewStore::recordDecision(
    qint64 reportId, const QString &target, const QString &automatic, const QString &value, const QString &comment)
{
    Decision d{0, newUid(), reportId, target, automatic, value, comment, m_author,
        QDateTime::fromString(now(), Qt::ISODateWithMs), false};
    auto insert
        = m_db.prepare(u"INSERT INTO decisions (uid, report_id, target, automatic, value, comment, author, created_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"_s);
    if (!insert) {
        return insert.failure();
    }
    insert.value().bind(1, d.uid).bind(2, reportId).bind(3, target).bind(4, automatic).bind(5, value);
    insert.value().bind(6, comment).bind(7, m_author).bind(8, d.created.toString(Qt::ISODateWithMs));
    if (const auto done = insert.value().exec(); !done) {
        return failed(tr("Recording the decision"),
            done.code() == Error::Code::Constraint
                ? Error{tr("there is no report %1").arg(reportId), Error::Code::NotFound}
                : done.failure());
    }
    d.id = m_db.lastInsertRowId();
    // A new decision settles an earlier conflict on the same target.
    auto settle = m_db.prepare(u"UPDATE decisions SET conflict = 0 WHERE report_id = ?1 AND target = ?2"_s);
    if (settle) {
        (void)settle.value().bind(1, reportId).bind(2, target).exec();
    }
    if (const auto logged = writeHistory(u"decide"_s, u"decision"_s, d.uid, reportId, {},
            json({{u"target"_s, target}, {u"automatic"_s, automatic}, {u"value"_s, value}, {u"comment"_s, comment}}));
        !logged) {
        return logged.failure();
    }
    return d;
}

Result<Done> ReviewStore::withdrawDecision(qint64 decisionId)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused;
    }
    SqliteTransaction transaction(m_db);
    if (const auto begun = transaction.begun(); !begun) {
        return failed(tr("Withdrawing the decision"), begun.failure());
    }
    auto find = m_db.prepare(u"SELECT uid, report_id, target, value FROM decisions WHERE id = ?1"_s);
    if (!find) {
        return find.failure();
    }
    if (const auto row = find.value().bind(1, decisionId).step(); !row || !row.value()) {
        return Error{tr("There is no decision %1.").arg(decisionId), Error::Code::NotFound};
    }
    const QString uid = find.value().columnText(0);
    const qint64 reportId = find.value().columnInt64(1);
    const QString target = find.value().columnText(2);
    const QString before = json({{u"target"_s, target}, {u"value"_s, find.value().columnText(3)}});
    find.value().reset();
    auto remove = m_db.prepare(u"DELETE FROM decisions WHERE id = ?1"_s);
    if (!remove) {
        return remove.failure();
    }
    if (const auto done = remove.value().bind(1, decisionId).exec(); !done) {
        return failed(tr("Withdrawing the decision"), done.failure());
    }
    if (const auto logged = writeHistory(u"withdraw"_s, u"decision"_s, uid, reportId, before, {}); !logged) {
        return logged;
    }
    // A metadata value goes back to the one in force before the withdrawn decision.
    if (target.startsWith(MetadataTargetPrefix)) {
        if (const auto applied = applyMetadata(reportId, target.mid(MetadataTargetPrefix.size())); !applied) {
            return applied;
        }
    }
    return transaction.commit();
}

Result<Done> ReviewStore::restoreTag(const Tag &tag)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused;
    }
    SqliteTransaction transaction(m_db);
    if (const auto begun = transaction.begun(); !begun) {
        return failed(tr("Restoring the tag"), begun.failure());
    }
    auto insert = m_db.prepare(u"INSERT INTO tags (id, uid, name, color, shortcut, position, category) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"_s);
    if (!insert) {
        return insert.failure();
    }
    SqliteStatement &q = insert.value();
    q.bind(1, tag.id).bind(2, tag.uid).bind(3, tag.name).bind(4, tag.color.name());
    if (tag.shortcut > 0) {
        q.bind(5, tag.shortcut);
    } else {
        q.bindNull(5);
    }
    q.bind(6, tag.position);
    if (tag.category.isEmpty()) {
        q.bindNull(7);
    } else {
        q.bind(7, tag.category);
    }
    if (const auto done = q.exec(); !done) {
        return failed(tr("Restoring the tag"), done.failure());
    }
    if (const auto logged = writeHistory(u"restore"_s, u"tag"_s, tag.uid, 0, {}, json({{u"name"_s, tag.name}}));
        !logged) {
        return logged;
    }
    return transaction.commit();
}

Result<QList<Decision>> ReviewStore::decisions(qint64 reportId)
{
    QList<Decision> list;
    // The newest per target is in force; conflicting ones from a merge are shown too.
    auto query = m_db.prepare(
        u"SELECT id, uid, report_id, target, automatic, value, comment, author, created_at, conflict FROM decisions d "
        "WHERE report_id = ?1 AND (conflict = 1 OR id = (SELECT max(id) FROM decisions e "
        "WHERE e.report_id = d.report_id AND e.target = d.target)) ORDER BY target, id"_s);
    if (!query) {
        return noted(query.failure());
    }
    query.value().bind(1, reportId);
    if (const auto read = query.value().forEach([&list](const SqliteStatement &q) {
            list.append({q.columnInt64(0), q.columnText(1), q.columnInt64(2), q.columnText(3), q.columnText(4),
                q.columnText(5), q.columnText(6), q.columnText(7), timeFrom(q.columnText(8)), q.columnInt(9) != 0});
        });
        !read) {
        return noted(read.failure());
    }
    return list;
}

// ---------------------------------------------------------------------------------------------
// Search

namespace {

// A term for an FTS5 MATCH: quoted, so that its characters are never read as query syntax.
QString quoted(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

// The words of a query, in the same normalized form as the index: simplified, half-width.
QStringList searchTerms(const QString &query)
{
    const QString normalized = TextNormalizer::normalize(query).text();
    QStringList terms;
    for (const QString &term : normalized.split(u' ', Qt::SkipEmptyParts)) {
        if (!terms.contains(term)) {
            terms.append(term);
        }
    }
    return terms;
}

// A passage of a part's normalized text around the first of the words, and where they are.
struct Passage
{
    QString snippet;
    QList<SnippetMatch> matches;
    qsizetype first = -1; ///< where the first of the words is in the part; -1 when none is there as written
    qsizetype firstLength = 0;
};

Passage passageFor(const QString &text, const QStringList &terms)
{
    constexpr qsizetype Before = 24;
    constexpr qsizetype Width = 96;
    Passage passage;
    for (const QString &term : terms) {
        const qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive);
        // Of words at the same place (行政, 行政复议) the longer one.
        if (at >= 0
            && (passage.first < 0 || at < passage.first
                || (at == passage.first && term.size() > passage.firstLength))) {
            passage.first = at;
            passage.firstLength = term.size();
        }
    }
    qsizetype from = std::max<qsizetype>(0, passage.first - Before);
    qsizetype to = std::min(text.size(), from + Width);
    // Never half of a surrogate pair at either end.
    if (from > 0 && text.at(from).isLowSurrogate()) {
        --from;
    }
    if (to < text.size() && text.at(to).isLowSurrogate()) {
        ++to;
    }
    const QString before = from > 0 ? u"…"_s : QString();
    const QStringView window = QStringView(text).sliced(from, to - from);
    QList<SnippetMatch> found;
    for (const QString &term : terms) {
        for (qsizetype at = window.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
            at = window.indexOf(term, at + term.size(), Qt::CaseInsensitive)) {
            found.append({int(before.size() + at), int(before.size() + at + term.size())});
        }
    }
    std::sort(
        found.begin(), found.end(), [](const SnippetMatch &a, const SnippetMatch &b) { return a.start < b.start; });
    // Words that overlap (行政 in 行政复议) are one match.
    for (const SnippetMatch &match : std::as_const(found)) {
        if (!passage.matches.isEmpty() && match.start < passage.matches.last().end) {
            passage.matches.last().end = std::max(passage.matches.last().end, match.end);
        } else {
            passage.matches.append(match);
        }
    }
    passage.snippet = before + window + (to < text.size() ? u"…"_s : QString());
    return passage;
}

} // namespace

Result<bool> ReviewStore::isCommonQuery(const QStringList &terms)
{
    // The rarest token of the rarest term bounds how many parts can match.
    auto count = m_db.prepare(u"SELECT ifnull((SELECT doc FROM parts_bigram_vocab WHERE term = ?1), 0)"_s);
    if (!count) {
        return noted(count.failure());
    }
    qint64 fewest = std::numeric_limits<qint64>::max();
    // The tokens as the tokenizer makes them: pairs within each run of letters and digits, or a
    // run's one character.
    static const QRegularExpression runs(u"[\\p{L}\\p{N}]+"_s);
    for (const QString &term : terms) {
        for (const QRegularExpressionMatch &run : runs.globalMatch(term)) {
            const QList<uint> characters = run.captured().toLower().toUcs4();
            for (qsizetype i = 0; i < std::max<qsizetype>(1, characters.size() - 1); ++i) {
                const QString token = QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData()) + i,
                    std::min<qsizetype>(2, characters.size() - i));
                count.value().bind(1, token);
                const auto row = count.value().step();
                if (!row) {
                    return noted(row.failure());
                }
                if (row.value()) {
                    fewest = std::min(fewest, count.value().columnInt64(0));
                }
                count.value().reset();
            }
        }
    }
    return fewest != std::numeric_limits<qint64>::max() && fewest > CommonMatchCount;
}

Result<QList<SearchHit>> ReviewStore::search(const SearchQuery &request)
{
    const QStringList terms = searchTerms(request.text);
    if (terms.isEmpty()) {
        return QList<SearchHit>();
    }
    // One index answers every length exactly: a term is one token (one or two characters) or a
    // phrase of its neighbouring pairs.
    QStringList matches;
    for (const QString &term : terms) {
        matches.append(quoted(term));
    }
    // Ranking needs every match scored before the first page can be shown: fine for selective
    // words, too slow for one found in a large share of all paragraphs (法, 法治, 工作), whose
    // ranks hardly differ anyway. Those come in document order, newest reports first, a page at
    // a time.
    const auto isCommon = isCommonQuery(terms);
    if (!isCommon) {
        return failed(tr("Searching"), isCommon.failure());
    }
    const bool common = isCommon.value();
    const QString order = common ? u"f.rowid DESC"_s : u"f.rank"_s;
    const bool filtered = request.year != 0 || !request.region.isEmpty() || !request.level.isEmpty()
        || !request.category.isEmpty() || request.tagId != 0;
    // Unfiltered, the index alone picks the page before anything is joined to it.
    const QString source = filtered
        ? u"parts_bigram f"_s
        : u"(SELECT rowid, rank FROM parts_bigram f WHERE f.parts_bigram MATCH ?1 ORDER BY %1 LIMIT ?8 OFFSET ?9) f"_s
              .arg(order);
    QString sql = u"SELECT p.id, p.report_id, p.start, p.\"end\", ifnull(p.category, ''), p.nstart, p.nend, r.title, "
                  "r.region, ifnull(r.year, 0), f.rank FROM %1 JOIN parts p ON p.id = f.rowid "
                  "JOIN reports r ON r.id = p.report_id"_s.arg(source);
    if (filtered) {
        sql += u" WHERE f.parts_bigram MATCH ?1"
               " AND (?3 = 0 OR r.year = ?3) AND (?4 = '' OR r.region = ?4) AND (?5 = '' OR r.level = ?5)"
               " AND (?6 = '' OR p.category = ?6)"
               " AND (?7 = 0 OR EXISTS (SELECT 1 FROM annotations a WHERE a.report_id = p.report_id AND a.tag_id = ?7"
               " AND a.start < p.\"end\" AND a.\"end\" > p.start))"
               " ORDER BY %1 LIMIT ?8 OFFSET ?9"_s.arg(order);
    } else {
        sql += u" ORDER BY %1"_s.arg(order);
    }
    auto query = m_db.prepare(sql);
    if (!query) {
        return failed(tr("Searching"), query.failure());
    }
    SqliteStatement &q = query.value();
    q.bind(1, matches.join(u" AND "_s));
    if (filtered) {
        q.bind(3, request.year).bind(4, request.region.isNull() ? u""_s : request.region);
        q.bind(5, request.level.isNull() ? u""_s : request.level)
            .bind(6, request.category.isNull() ? u""_s : request.category);
        q.bind(7, request.tagId);
    }
    q.bind(8, std::max(1, request.limit)).bind(9, std::max(0, request.offset));
    QList<SearchHit> hits;
    QList<std::pair<int, int>> partRanges;
    for (;;) {
        const auto row = q.step();
        if (!row) {
            return failed(tr("Searching"), row.failure());
        }
        if (!row.value()) {
            break;
        }
        SearchHit hit;
        hit.partId = q.columnInt64(0);
        hit.reportId = q.columnInt64(1);
        hit.start = q.columnInt(2);
        hit.end = q.columnInt(3);
        hit.matchStart = hit.start;
        hit.matchEnd = hit.end;
        hit.category = q.columnText(4);
        hit.reportTitle = q.columnText(7);
        hit.region = q.columnText(8);
        hit.year = q.columnInt(9);
        hit.rank = q.columnDouble(10);
        hits.append(hit);
        partRanges.append({q.columnInt(5), q.columnInt(6)});
    }
    // Snippets for this page only: each reads its part of the report's normalized text, and the
    // map back to the original text for where the words are there.
    auto text = m_db.prepare(u"SELECT substr(normalized_text, 1, ?2), normalized_map FROM reports WHERE id = ?1"_s);
    if (!text) {
        return failed(tr("Searching"), text.failure());
    }
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const auto [from, to] = partRanges.at(i);
        text.value().bind(1, hits.at(i).reportId).bind(2, to + 1);
        const auto row = text.value().step();
        if (!row) {
            return failed(tr("Searching"), noted(row.failure()));
        }
        if (row.value()) {
            const Passage passage = passageFor(text.value().columnText(0).mid(from, to - from), terms);
            SearchHit &hit = hits[i];
            hit.snippet = passage.snippet;
            hit.snippetMatches = passage.matches;
            if (passage.first >= 0) {
                const QByteArray map = text.value().columnBlob(1);
                // Within the part, whatever a damaged map says.
                const auto inPart = [&hit](int offset) {
                    return std::min(std::max(offset, hit.start), hit.end);
                };
                hit.matchStart = inPart(originalOffset(map, from + passage.first));
                hit.matchEnd
                    = std::max(hit.matchStart, inPart(originalOffset(map, from + passage.first + passage.firstLength)));
            }
        }
        text.value().reset();
    }
    return hits;
}

// ---------------------------------------------------------------------------------------------
// History and merge

Result<QList<HistoryEntry>> ReviewStore::history(qint64 reportId)
{
    QList<HistoryEntry> list;
    auto query
        = m_db.prepare(u"SELECT at, author, action, entity, entity_uid, ifnull(report_id, 0), ifnull(before, ''), "
                       "ifnull(after, '') FROM history WHERE ?1 = 0 OR report_id = ?1 ORDER BY id"_s);
    if (!query) {
        return noted(query.failure());
    }
    query.value().bind(1, reportId);
    if (const auto read = query.value().forEach([&list](const SqliteStatement &q) {
            list.append({timeFrom(q.columnText(0)), q.columnText(1), q.columnText(2), q.columnText(3), q.columnText(4),
                q.columnInt64(5), q.columnText(6), q.columnText(7)});
        });
        !read) {
        return noted(read.failure());
    }
    return list;
}

namespace {

// What a merge takes in from another reviewer's file, which may have been made by anyone.
constexpr int MaxMergedReports = 100000;
constexpr int MaxMergedMarks = 1000000; // annotations, decisions
constexpr int MaxMergedTags = 10000;
constexpr int MaxReportText = 20000000; // characters; a long report has a few hundred thousand
constexpr int MaxNoteText = 100000; // a comment, a decision's value
constexpr int MaxName = 1000; // a uid, a name, an author, a target

// The first thing in @p other that a file saved by Fazhi Review never holds, or nothing.
Result<QString> mergeProblem(SqliteDatabase &other)
{
    const QString textLengths
        = u"WITH r AS MATERIALIZED (SELECT id, length(original_text) AS n, length(normalized_text) AS nn FROM reports) "_s;
    const auto offsets = [](const QString &table, const QString &start, const QString &end, const QString &length) {
        return u"SELECT 1 FROM %1 t LEFT JOIN r ON r.id = t.report_id WHERE r.id IS NULL OR typeof(t.%2) != 'integer' "
               "OR typeof(t.%3) != 'integer' OR t.%2 < 0 OR t.%2 > t.%3 OR t.%3 > r.%4 LIMIT 1"_s.arg(
                   table, start, end, length);
    };
    const QList<std::pair<QString, QString>> checks = {
        {u"SELECT (SELECT count(*) FROM reports) > %1 OR (SELECT count(*) FROM annotations) > %2 "
         "OR (SELECT count(*) FROM decisions) > %2 OR (SELECT count(*) FROM tags) > %3"_s.arg(MaxMergedReports)
                .arg(MaxMergedMarks)
                .arg(MaxMergedTags),
            ReviewStore::tr("it holds more reports, annotations, decisions or tags than a project can")},
        {u"SELECT 1 FROM reports WHERE length(original_text) > %1 OR length(normalized_text) > %1 "
         "OR max(length(uid), length(file_name), length(title), length(region), length(level)) > %2 LIMIT 1"_s
                .arg(MaxReportText)
                .arg(MaxName),
            ReviewStore::tr("a report in it is longer than any report can be")},
        {textLengths + offsets(u"parts"_s, u"start"_s, u"\"end\""_s, u"n"_s),
            ReviewStore::tr("a heading or paragraph in it lies outside the text of its report")},
        {textLengths + offsets(u"parts"_s, u"nstart"_s, u"nend"_s, u"nn"_s),
            ReviewStore::tr("a heading or paragraph in it lies outside the text of its report")},
        {textLengths + offsets(u"indicators"_s, u"start"_s, u"\"end\""_s, u"n"_s),
            ReviewStore::tr("an indicator in it lies outside the text of its report")},
        {textLengths + offsets(u"annotations"_s, u"start"_s, u"\"end\""_s, u"n"_s),
            ReviewStore::tr("an annotation in it lies outside the text of its report")},
        {u"SELECT 1 FROM annotations WHERE length(comment) > %1 OR length(quote) > %2 "
         "OR max(length(context_before), length(context_after), length(uid), length(author)) > %3 LIMIT 1"_s
                .arg(MaxNoteText)
                .arg(MaxReportText)
                .arg(MaxName),
            ReviewStore::tr(
                "an annotation in it has a comment or quote longer than %n character(s)", nullptr, MaxNoteText)},
        {u"SELECT 1 FROM decisions WHERE max(length(value), length(comment), length(automatic)) > %1 "
         "OR max(length(uid), length(target), length(author)) > %2 LIMIT 1"_s.arg(MaxNoteText)
                .arg(MaxName),
            ReviewStore::tr("a decision in it is longer than %n character(s)", nullptr, MaxNoteText)},
        {u"SELECT 1 FROM tags WHERE max(length(uid), length(name), length(color), length(ifnull(category, ''))) > %1 "
         "LIMIT 1"_s.arg(MaxName),
            ReviewStore::tr("a tag in it has a name longer than %n character(s)", nullptr, MaxName)},
    };
    for (const auto &[sql, problem] : checks) {
        const auto found = other.scalar(sql);
        if (!found) {
            return found.failure();
        }
        if (found.value().toLongLong() != 0) {
            return problem;
        }
    }
    return QString();
}

} // namespace

Result<QString> ReviewStore::mergeFrom(const QString &otherPath)
{
    if (const auto refused = refuseIfReadOnly(); !refused) {
        return refused.failure();
    }
    if (QFileInfo(otherPath).absoluteFilePath() == QFileInfo(path()).absoluteFilePath()) {
        return Error{tr("A project cannot be merged into itself.")};
    }
    // A project from an older version is merged from an upgraded copy: the sender's file is
    // never written, and an older one needs its tables brought up to date to be read.
    QTemporaryDir scratch;
    QString source = otherPath;
    if (auto reading = openForReading(otherPath); reading) {
        const auto identified = StoreSchema::identify(reading.value().db, otherPath);
        if (!identified) {
            return identified.failure();
        }
        if (identified.value() > 0 && identified.value() < StoreSchema::currentVersion()) {
            source = scratch.filePath(u"merged.fzr"_s);
            auto copy = reading.value().db.prepare(u"VACUUM INTO ?1"_s);
            if (!scratch.isValid() || !copy || !copy.value().bind(1, source).exec()) {
                qCInfo(lcStore) << otherPath << "copy for upgrading:" << reading.value().db.lastError();
                return Error{tr("%1 is from an older version of Fazhi Review and cannot be merged: there is no room "
                                "for an upgraded copy of it.")
                        .arg(otherPath)};
            }
        }
    }
    auto opened = ReviewStore::open(source, source == otherPath ? Access::ReadOnly : Access::ReadWrite);
    if (!opened) {
        return opened.failure();
    }
    ReviewStore &other = *opened.value();
    const QString what = tr("Merging %1").arg(QFileInfo(otherPath).fileName());
    const auto problem = mergeProblem(other.m_db);
    if (!problem) {
        qCInfo(lcStore) << otherPath << problem.error();
        return Error{tr("%1 cannot be merged: it cannot be read completely. Nothing was merged.").arg(otherPath)};
    }
    if (!problem.value().isEmpty()) {
        return Error{tr("%1 cannot be merged: %2. Nothing was merged; ask whoever sent it for a copy saved by "
                        "Fazhi Review.")
                .arg(otherPath, problem.value())};
    }

    SqliteTransaction transaction(m_db);
    if (const auto begun = transaction.begun(); !begun) {
        return failed(what, begun.failure());
    }
    int newReports = 0;
    int newAnnotations = 0;
    int newDecisions = 0;
    int conflicts = 0;

    // Reports, by content.
    QHash<qint64, qint64> reportMap;
    auto byHash = m_db.prepare(u"SELECT id FROM reports WHERE content_hash = ?1"_s);
    auto otherHashes = other.m_db.prepare(u"SELECT id, content_hash, uid FROM reports"_s);
    if (!byHash) {
        return failed(what, byHash.failure());
    }
    if (!otherHashes) {
        return failed(what, otherHashes.failure());
    }
    struct TheirReport
    {
        qint64 id;
        QString hash;
        QString uid;
    };
    QList<TheirReport> theirReports;
    if (const auto read = otherHashes.value().forEach([&theirReports](const SqliteStatement &q) {
            theirReports.append({q.columnInt64(0), q.columnText(1), q.columnText(2)});
        });
        !read) {
        return failed(what, read.failure());
    }
    auto uidTaken = m_db.prepare(u"SELECT 1 FROM reports WHERE uid = ?1"_s);
    if (!uidTaken) {
        return failed(what, uidTaken.failure());
    }
    for (const TheirReport &theirs : std::as_const(theirReports)) {
        const qint64 otherId = theirs.id;
        const QString &hash = theirs.hash;
        byHash.value().bind(1, hash);
        const auto here = byHash.value().step();
        if (!here) {
            return failed(what, here.failure());
        }
        if (here.value()) {
            reportMap.insert(otherId, byHash.value().columnInt64(0));
            byHash.value().reset();
            continue;
        }
        byHash.value().reset();
        const auto document = other.report(otherId);
        if (!document) {
            return failed(what, document.failure());
        }
        auto analysis = other.storedAnalysis(otherId);
        if (!analysis) {
            return failed(what, analysis.failure());
        }
        QString uid = theirs.uid;
        const auto taken = uidTaken.value().bind(1, uid).step();
        if (!taken) {
            return failed(what, taken.failure());
        }
        if (taken.value()) {
            uid = newUid(); // another version of this report is here under that uid
        }
        uidTaken.value().reset();
        const auto inserted
            = insertReport({document.value(), QByteArray::fromHex(hash.toLatin1()), std::move(analysis).value()}, uid);
        if (!inserted) {
            return failed(what, inserted.failure());
        }
        reportMap.insert(otherId, inserted.value());
        ++newReports;
    }

    // Tags, by uid and then by name.
    QHash<qint64, qint64> tagMap;
    const auto ourTags = tags();
    if (!ourTags) {
        return failed(what, ourTags.failure());
    }
    const auto theirTags = other.tags();
    if (!theirTags) {
        return failed(what, theirTags.failure());
    }
    const QList<Tag> &ours = ourTags.value();
    for (const Tag &tag : theirTags.value()) {
        const auto match = std::find_if(
            ours.cbegin(), ours.cend(), [&](const Tag &t) { return t.uid == tag.uid || t.name == tag.name; });
        if (match != ours.cend()) {
            tagMap.insert(tag.id, match->id);
            continue;
        }
        auto insert = m_db.prepare(u"INSERT INTO tags (uid, name, color, position, category) VALUES (?1, ?2, ?3, "
                                   "(SELECT ifnull(max(position), 0) + 1 FROM tags), ?4)"_s);
        if (!insert
            || !insert.value()
                .bind(1, tag.uid)
                .bind(2, tag.name)
                .bind(3, tag.color.name())
                .bind(4, tag.category)
                .exec()) {
            return failed(what, m_db.lastFailure());
        }
        tagMap.insert(tag.id, m_db.lastInsertRowId());
    }

    // Annotations: by uid, then by identical content.
    auto sameAnnotation
        = m_db.prepare(u"SELECT 1 FROM annotations WHERE uid = ?1 OR (report_id = ?2 AND start = ?3 AND "
                       "\"end\" = ?4 AND tag_id = ?5 AND comment = ?6)"_s);
    if (!sameAnnotation) {
        return failed(what, sameAnnotation.failure());
    }
    const auto theirAnnotations = other.allAnnotations();
    if (!theirAnnotations) {
        return failed(what, theirAnnotations.failure());
    }
    for (const Annotation &theirs : theirAnnotations.value()) {
        const qint64 reportId = reportMap.value(theirs.reportId);
        const qint64 tagId = tagMap.value(theirs.tagId);
        SqliteStatement &q = sameAnnotation.value();
        q.bind(1, theirs.uid)
            .bind(2, reportId)
            .bind(3, theirs.start)
            .bind(4, theirs.end)
            .bind(5, tagId)
            .bind(6, theirs.comment);
        const auto exists = q.step();
        if (!exists) {
            return failed(what, exists.failure());
        }
        q.reset();
        if (exists.value() || reportId == 0 || tagId == 0) {
            continue;
        }
        Annotation copy = theirs;
        copy.reportId = reportId;
        copy.tagId = tagId;
        auto insert
            = m_db.prepare(u"INSERT INTO annotations (uid, report_id, tag_id, start, \"end\", quote, context_before, "
                           "context_after, comment, author, status, orphaned, created_at, updated_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"_s);
        if (!insert) {
            return failed(what, insert.failure());
        }
        SqliteStatement &i = insert.value();
        i.bind(1, copy.uid).bind(2, copy.reportId).bind(3, copy.tagId).bind(4, copy.start).bind(5, copy.end);
        i.bind(6, copy.quote).bind(7, copy.contextBefore).bind(8, copy.contextAfter).bind(9, copy.comment);
        i.bind(10, copy.author).bind(11, copy.resolved ? u"resolved"_s : u"open"_s).bind(12, copy.orphaned ? 1 : 0);
        i.bind(13, copy.created.toString(Qt::ISODateWithMs)).bind(14, copy.updated.toString(Qt::ISODateWithMs));
        if (const auto done = i.exec(); !done) {
            return failed(what, done.failure());
        }
        ++newAnnotations;
    }

    // Decisions: every one kept; where two reviewers differ on a target, both are marked.
    for (auto it = reportMap.cbegin(); it != reportMap.cend(); ++it) {
        const auto ourDecisions = decisions(it.value());
        if (!ourDecisions) {
            return failed(what, ourDecisions.failure());
        }
        const auto theirDecisions = other.decisions(it.key());
        if (!theirDecisions) {
            return failed(what, theirDecisions.failure());
        }
        const QList<Decision> &mine = ourDecisions.value();
        for (const Decision &theirs : theirDecisions.value()) {
            auto exists = m_db.prepare(u"SELECT 1 FROM decisions WHERE uid = ?1"_s);
            if (!exists) {
                return failed(what, exists.failure());
            }
            const auto found = exists.value().bind(1, theirs.uid).step();
            if (!found) {
                return failed(what, found.failure());
            }
            if (found.value()) {
                continue;
            }
            const auto current = std::find_if(
                mine.cbegin(), mine.cend(), [&](const Decision &d) { return d.target == theirs.target; });
            const bool conflict = current != mine.cend() && current->value != theirs.value;
            auto insert
                = m_db.prepare(u"INSERT INTO decisions (uid, report_id, target, automatic, value, comment, author, "
                               "created_at, conflict) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"_s);
            if (!insert) {
                return failed(what, insert.failure());
            }
            insert.value().bind(1, theirs.uid).bind(2, it.value()).bind(3, theirs.target).bind(4, theirs.automatic);
            insert.value().bind(5, theirs.value).bind(6, theirs.comment).bind(7, theirs.author);
            insert.value().bind(8, theirs.created.toString(Qt::ISODateWithMs)).bind(9, conflict ? 1 : 0);
            if (const auto done = insert.value().exec(); !done) {
                return failed(what, done.failure());
            }
            if (conflict) {
                auto mark = m_db.prepare(u"UPDATE decisions SET conflict = 1 WHERE id = ?1"_s);
                if (mark) {
                    (void)mark.value().bind(1, current->id).exec();
                }
                ++conflicts;
            }
            ++newDecisions;
        }
    }
    const QString summary
        = tr("%1, %2, %3, %4", "merge summary")
              .arg(tr("%n new report(s)", nullptr, newReports), tr("%n new annotation(s)", nullptr, newAnnotations),
                  tr("%n new decision(s)", nullptr, newDecisions), tr("%n conflict(s)", nullptr, conflicts));
    if (const auto logged = writeHistory(u"merge"_s, u"project"_s, QFileInfo(otherPath).fileName(), 0, {},
            json({{u"from"_s, otherPath}, {u"summary"_s, summary}}));
        !logged) {
        return failed(what, logged.failure());
    }
    if (const auto committed = transaction.commit(); !committed) {
        return failed(what, committed.failure());
    }
    return summary;
}

} // namespace Fazhi
