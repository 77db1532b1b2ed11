// SPDX-License-Identifier: GPL-3.0-or-later
// The FTS5 bigram tokenizer through SQLite, as the store uses it: the input up to its first NUL
// byte is a document, the rest a query. The document is indexed, the query run as FTS5 syntax
// and as a phrase with highlighting (which slices the document at the token offsets), and
// FTS5's integrity check re-tokenizes the document to compare with the index.
#include "bigramtokenizer.h"
#include "fuzzsupport.h"

#include <sqlite3.h>

namespace {

sqlite3 *db = nullptr;

void execOrAbort(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, message ? message : "?");
        std::abort();
    }
}

// Runs @p sql with @p text bound to ?1, stepping through every row; the result code.
int run(const char *sql, QByteArrayView text)
{
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    if (rc != SQLITE_OK) {
        return rc;
    }
    sqlite3_bind_text(statement, 1, text.data(), int(text.size()), SQLITE_TRANSIENT);
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        for (int column = 0; column < sqlite3_column_count(statement); ++column) {
            (void)sqlite3_column_text(statement, column);
        }
    }
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::quietQt();
    if (sqlite3_open(":memory:", &db) != SQLITE_OK || !Fazhi::BigramTokenizer::registerWith(db)) {
        std::fprintf(stderr, "cannot set up SQLite with the bigram tokenizer\n");
        std::abort();
    }
    execOrAbort("CREATE VIRTUAL TABLE parts USING fts5(text, tokenize='fazhi_bigram')");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = FuzzSupport::bytes(data, size);
    const qsizetype split = input.indexOf('\0');
    const QByteArrayView document = split < 0 ? input : input.first(split);
    const QByteArrayView query = split < 0 ? input : input.sliced(split + 1);

    FUZZ_CHECK(run("INSERT INTO parts(rowid, text) VALUES (1, ?1)", document) == SQLITE_OK);
    // A syntax error in the query is the query's fault; anything else is the tokenizer's.
    const int raw = run("SELECT rowid FROM parts WHERE parts MATCH ?1", query);
    FUZZ_CHECK(raw == SQLITE_OK || raw == SQLITE_ERROR);
    QByteArray phrase = query.toByteArray();
    phrase.replace('\0', ' ').replace('"', "\"\"");
    phrase = '"' + phrase + '"';
    FUZZ_CHECK(run("SELECT highlight(parts, 0, '[', ']'), snippet(parts, 0, '[', ']', '…', 8) FROM parts "
                   "WHERE parts MATCH ?1",
                   phrase)
        == SQLITE_OK);
    FUZZ_CHECK(run("INSERT INTO parts(parts) VALUES ('integrity-check')", {}) == SQLITE_OK);
    FUZZ_CHECK(run("DELETE FROM parts", {}) == SQLITE_OK);
    return 0;
}
