// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeschema.h"

#include "bigramtokenizer.h"
#include "reporttextkey.h"
#include "sqlitedatabase.h"

#include <algorithm>

#include <QFileInfo>
#include <QHash>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace Fazhi {

QStringList StoreSchema::migrations()
{
    // Never edit a migration that has shipped: add the next one.
    return {
        // 1: reports, their parts and the full-text indexes; tags, annotations, decisions, history.
        uR"sql(
CREATE TABLE project (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    encoding TEXT NOT NULL,
    script TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT '',
    year INTEGER,
    metadata TEXT NOT NULL,
    original_text TEXT NOT NULL,
    normalized_text TEXT NOT NULL,
    normalized_map BLOB NOT NULL,
    structure TEXT NOT NULL,
    warnings TEXT NOT NULL DEFAULT '[]',
    imported_at TEXT NOT NULL,
    review_status TEXT NOT NULL DEFAULT 'unreviewed'
        CHECK (review_status IN ('unreviewed', 'in_progress', 'done'))
);
CREATE INDEX reports_by_hash ON reports(content_hash);
CREATE INDEX reports_by_scope ON reports(year, region, level);

-- Headings and paragraphs: the unit of classification and of search. Their text is the slice
-- [nstart, nend) of the report's normalized text.
CREATE TABLE parts (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph')),
    level INTEGER NOT NULL DEFAULT 0,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    nstart INTEGER NOT NULL,
    nend INTEGER NOT NULL,
    section_start INTEGER,
    category TEXT,
    themes TEXT NOT NULL DEFAULT '[]',
    confidence REAL,
    reason TEXT
);
CREATE INDEX parts_by_report ON parts(report_id, start);
CREATE INDEX parts_by_category ON parts(category);

-- Contentless indexes of the parts' normalized text (the text itself is in reports, once):
-- trigrams answer terms of three or more characters, the bigram tokenizer terms of one or two.
CREATE VIRTUAL TABLE parts_trigram USING fts5(text, content='', contentless_delete=1, tokenize='trigram');
CREATE VIRTUAL TABLE parts_bigram USING fts5(text, content='', contentless_delete=1, tokenize='fazhi_bigram');
-- Fewer, larger merges: import writes whole batches, and searching copes with more segments.
INSERT INTO parts_trigram(parts_trigram, rank) VALUES ('automerge', 16);
INSERT INTO parts_bigram(parts_bigram, rank) VALUES ('automerge', 16);
INSERT INTO parts_trigram(parts_trigram, rank) VALUES ('crisismerge', 64);
INSERT INTO parts_bigram(parts_bigram, rank) VALUES ('crisismerge', 64);
CREATE TRIGGER parts_unindex AFTER DELETE ON parts BEGIN
    DELETE FROM parts_trigram WHERE rowid = old.id;
    DELETE FROM parts_bigram WHERE rowid = old.id;
END;

CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    indicator TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX indicators_by_report ON indicators(report_id);

CREATE TABLE checklist (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    item TEXT NOT NULL,
    result TEXT NOT NULL,
    explanation TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (report_id, item)
);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    color TEXT NOT NULL,
    shortcut INTEGER,
    position INTEGER NOT NULL DEFAULT 0,
    category TEXT
);

CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    quote TEXT NOT NULL,
    context_before TEXT NOT NULL DEFAULT '',
    context_after TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    orphaned INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (start <= "end")
);
CREATE INDEX annotations_by_report ON annotations(report_id, start);
CREATE INDEX annotations_by_tag ON annotations(tag_id);

-- A reviewer's confirmation or overrule of an automatic value (a part's category, a checklist
-- item), or a report's verdict. The newest row per (report, target) is in force; older rows
-- stay as the record.
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    target TEXT NOT NULL,
    automatic TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    conflict INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX decisions_by_target ON decisions(report_id, target, id);

-- Who changed what, when. Append-only: the triggers refuse to rewrite the record.
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_uid TEXT NOT NULL,
    report_id INTEGER,
    before TEXT,
    after TEXT
);
CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;
)sql"_s,
        // 2: the checklist and indicators as shown to the reviewer: an item's title, particulars and
        // measure; an indicator's name and the words that state it inside its sentence. The trigram
        // index goes: the bigram index answers terms of every length (as phrases of pairs) and
        // building both cost more than half the import time.
        uR"sql(
CREATE INDEX reports_by_file ON reports(file_name);
-- The library lists lengths without reading every text.
ALTER TABLE reports ADD COLUMN text_length INTEGER NOT NULL DEFAULT 0;
UPDATE reports SET text_length = length(original_text);
DROP TRIGGER parts_unindex;
DROP TABLE parts_trigram;
-- The bigram index now also holds every single character; rebuilt from the stored text.
DROP TABLE parts_bigram;
CREATE VIRTUAL TABLE parts_bigram USING fts5(text, content='', contentless_delete=1, tokenize='fazhi_bigram');
INSERT INTO parts_bigram(parts_bigram, rank) VALUES ('automerge', 16);
INSERT INTO parts_bigram(parts_bigram, rank) VALUES ('crisismerge', 64);
-- Import writes whole batches: gather 32 MB of terms in memory before writing a segment.
INSERT INTO parts_bigram(parts_bigram, rank) VALUES ('hashsize', 33554432);
INSERT INTO parts_bigram (rowid, text)
    SELECT p.id, substr(r.normalized_text, p.nstart + 1, p.nend - p.nstart) FROM parts p JOIN reports r ON r.id = p.report_id;
CREATE VIRTUAL TABLE parts_bigram_vocab USING fts5vocab(parts_bigram, 'row');
CREATE TRIGGER parts_unindex AFTER DELETE ON parts BEGIN
    DELETE FROM parts_bigram WHERE rowid = old.id;
END;
ALTER TABLE checklist ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE checklist ADD COLUMN details TEXT NOT NULL DEFAULT '[]';
ALTER TABLE checklist ADD COLUMN measure REAL;
ALTER TABLE indicators ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN match_start INTEGER;
ALTER TABLE indicators ADD COLUMN match_end INTEGER;
)sql"_s,
        // 3: a checklist item's explanation as facts, rendered in the language of the moment: what
        // the sentence says and its particulars (numbers, dates, ids, the report's words). Items
        // stored before keep their sentence, shown as written.
        uR"sql(
ALTER TABLE checklist ADD COLUMN reason TEXT NOT NULL DEFAULT '';
ALTER TABLE checklist ADD COLUMN arguments TEXT NOT NULL DEFAULT '[]';
)sql"_s,
        // 4: copies are recognised by their text, not by their bytes: a GB18030 file or a saved web
        // page of a report already here has the same key (see ReportTextKey).
        uR"sql(
ALTER TABLE reports ADD COLUMN text_key TEXT NOT NULL DEFAULT '';
UPDATE reports SET text_key = fazhi_text_key(normalized_text);
CREATE INDEX reports_by_text_key ON reports(text_key);
)sql"_s,
        // 5: the file says it is ours (PRAGMA application_id), so that another program's
        // database is recognised before anything is written to it.
        u"PRAGMA application_id = %1;"_s.arg(ApplicationId),
    };
}

int StoreSchema::currentVersion()
{
    return int(migrations().size());
}

Result<int> StoreSchema::version(SqliteDatabase &db)
{
    const auto value = db.scalar(u"PRAGMA user_version"_s);
    if (!value) {
        return value.failure();
    }
    return value.value().toInt();
}

namespace {

// The schema as sqlite_schema lists it, one line per object. FTS5's shadow tables are named
// only: their SQL is FTS5's own and may change with SQLite, and FTS5 checks them itself.
const auto SchemaQuery = uR"sql(
SELECT type || ' ' || name || ' ON ' || tbl_name || CASE
        WHEN type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND EXISTS (SELECT 1 FROM sqlite_schema v WHERE v.type = 'table'
            AND v.sql LIKE 'CREATE VIRTUAL TABLE%' AND s.name LIKE v.name || '\_%' ESCAPE '\')
        THEN ''
        ELSE ': ' || ifnull(sql, '')
    END
FROM sqlite_schema s
-- SQLite's own: the indexes behind UNIQUE and PRIMARY KEY, and ANALYZE's statistics.
WHERE NOT (name LIKE 'sqlite\_autoindex\_%' ESCAPE '\' AND type = 'index' AND sql IS NULL)
    AND NOT (type = 'table' AND name IN ('sqlite_stat1', 'sqlite_stat4'))
ORDER BY 1
)sql"_s;

Result<QStringList> schemaOf(SqliteDatabase &db)
{
    auto query = db.prepare(SchemaQuery);
    if (!query) {
        return query.failure();
    }
    QStringList objects;
    for (;;) {
        const auto row = query.value().step();
        if (!row) {
            return row.failure();
        }
        if (!row.value()) {
            return objects;
        }
        objects.append(query.value().columnText(0));
    }
}

// The object named on a schema line ("trigger x ON reports: CREATE…" → "x").
QString objectName(const QString &line)
{
    return line.section(u' ', 1, 1);
}

} // namespace

Result<QStringList> StoreSchema::expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, QStringList> cache;
    const QMutexLocker locker(&mutex);
    if (const auto found = cache.constFind(version); found != cache.cend()) {
        return *found;
    }
    auto opened = SqliteDatabase::open(u":memory:"_s, SqliteDatabase::Mode::ReadWrite);
    if (!opened) {
        return opened.failure();
    }
    SqliteDatabase db = std::move(opened).value();
    if (const auto registered = BigramTokenizer::registerWith(db.handle()); !registered) {
        return registered.failure();
    }
    if (const auto migrated = migrate(db, version); !migrated) {
        return migrated.failure();
    }
    auto schema = schemaOf(db);
    if (schema) {
        cache.insert(version, schema.value());
    }
    return schema;
}

Result<int> StoreSchema::identify(SqliteDatabase &db, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const auto applicationId = db.scalar(u"PRAGMA application_id"_s);
    const auto fileVersion = version(db);
    const auto schema = schemaOf(db);
    if (!applicationId || !fileVersion || !schema) {
        qCInfo(lcStore) << path << applicationId.error() << fileVersion.error() << schema.error();
        return Error{tr("%1 is not a Fazhi Review project, or it is damaged beyond reading.").arg(path)};
    }
    const quint32 id = quint32(applicationId.value().toLongLong());
    const int at = fileVersion.value();
    if (id == 0 && at == 0 && schema.value().isEmpty()) {
        return 0;
    }
    const bool looksOurs = std::any_of(schema.value().cbegin(), schema.value().cend(),
        [](const QString &line) { return line.startsWith(u"table annotations ON annotations:"); });
    if (id != ApplicationId && (id != 0 || !looksOurs)) {
        return Error{
            tr("%1 is not a Fazhi Review project: it is another program's database. It was not changed.").arg(path)};
    }
    if (at > currentVersion()) {
        return Error{tr("%1 was written by a newer version of Fazhi Review (database version %2; this program "
                        "knows up to %3). Update the program to open it.")
                .arg(path)
                .arg(at)
                .arg(currentVersion())};
    }
    const auto expected = at > 0 ? expectedSchema(at) : Result<QStringList>(QStringList());
    if (!expected) {
        return expected.failure();
    }
    if (schema.value() == expected.value()) {
        return at;
    }
    // Name the first difference, so the sender can be told what is wrong with their file.
    QString differing;
    for (const QString &line : schema.value()) {
        if (!expected.value().contains(line)) {
            differing = objectName(line);
            break;
        }
    }
    if (differing.isEmpty()) {
        for (const QString &line : expected.value()) {
            if (!schema.value().contains(line)) {
                differing = objectName(line);
                break;
            }
        }
    }
    qCInfo(lcStore) << path << "schema differs at" << differing;
    return Error{tr("%1 is a Fazhi Review project that another program has changed (“%2” is not as Fazhi Review "
                    "makes it), so it is not opened: what it would do cannot be known. Ask whoever sent %3 "
                    "for a copy saved by Fazhi Review.")
            .arg(path, differing, name)};
}

Result<Done> StoreSchema::migrate(SqliteDatabase &db, int targetVersion)
{
    const auto current = version(db);
    if (!current) {
        return current.failure();
    }
    const QStringList steps = migrations();
    if (current.value() > steps.size()) {
        return Error{tr("%1 was written by a newer version of Fazhi Review (database version %2; this program "
                        "knows up to %3). Update the program to open it.")
                .arg(db.path())
                .arg(current.value())
                .arg(steps.size())};
    }
    const int target = targetVersion > 0 ? std::min(targetVersion, int(steps.size())) : int(steps.size());
    // Migration 3 computes keys in SQL with our function.
    if (const auto registered = ReportTextKey::registerWith(db.handle()); !registered) {
        return registered.failure();
    }
    for (int next = current.value() + 1; next <= target; ++next) {
        SqliteTransaction transaction(db);
        if (const auto begun = transaction.begun(); !begun) {
            return begun.failure();
        }
        if (const auto applied = db.exec(steps.at(next - 1)); !applied) {
            return Error{
                tr("Upgrading %1 to database version %2 failed: %3").arg(db.path()).arg(next).arg(applied.error())};
        }
        if (const auto stamped = db.exec(u"PRAGMA user_version = %1"_s.arg(next)); !stamped) {
            return stamped.failure();
        }
        if (const auto committed = transaction.commit(); !committed) {
            return committed.failure();
        }
    }
    return Done{};
}

} // namespace Fazhi
