// SPDX-License-Identifier: GPL-3.0-or-later
#include "bigramtokenizer.h"

#include <QList>
#include <QString>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// A decoded UTF-8 character: its code point and where its bytes are.
struct Utf8Char
{
    char32_t code = 0;
    int start = 0;
    int length = 0;
};

// Reads the character at text[at]; invalid bytes come back as one-byte U+FFFD.
Utf8Char decode(const unsigned char *text, int size, int at)
{
    const unsigned char lead = text[at];
    int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || at + length > size) {
        return {0xFFFD, at, 1};
    }
    char32_t code = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (int i = 1; i < length; ++i) {
        if ((text[at + i] & 0xC0) != 0x80) {
            return {0xFFFD, at, 1};
        }
        code = (code << 6) | (text[at + i] & 0x3F);
    }
    return {code, at, length};
}

bool isWordCharacter(char32_t c)
{
    if (c < 0x80) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return QChar::isLetterOrNumber(c);
}

// Appends the UTF-8 form of one character, lower-cased if it is an ASCII letter.
void appendFolded(QByteArray &out, const unsigned char *text, const Utf8Char &c)
{
    if (c.code >= 'A' && c.code <= 'Z') {
        out.append(char(c.code - 'A' + 'a'));
    } else {
        out.append(reinterpret_cast<const char *>(text + c.start), c.length);
    }
}

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    static int instance = 0; // the tokenizer keeps no state; any non-null pointer will do
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *)
{
}

using EmitToken = int (*)(void *, int, const char *, int, int, int);

// How a run of word characters is tokenized.
enum class RunKind {
    Document, ///< every pair, and every character alone at the pair's position (colocated)
    QueryInner, ///< a query's run followed by another: its pairs, then its last character alone
    QueryLast, ///< a query's last run: its pairs only (or its one character)
};

// In a document, every position gets the pair of characters starting there and, colocated, the
// character alone; a run's last character stands alone at its own position. A query of one
// character is then one exact token, of two one token, and a longer one a phrase of its pairs.
// A query's run that ends where the document's run ends (before punctuation in the query) also
// needs that lone last character, so that the phrase lines up with the next run.
int emitRun(const unsigned char *text, const QList<Utf8Char> &run, RunKind kind, void *context, EmitToken emit)
{
    QByteArray token;
    for (qsizetype i = 0; i < run.size(); ++i) {
        const Utf8Char &c = run.at(i);
        const bool pair = i + 1 < run.size();
        if (pair) {
            const Utf8Char &next = run.at(i + 1);
            token.clear();
            appendFolded(token, text, c);
            appendFolded(token, text, next);
            const int rc = emit(context, 0, token.constData(), int(token.size()), c.start, next.start + next.length);
            if (rc != SQLITE_OK) {
                return rc;
            }
            if (kind != RunKind::Document) {
                continue;
            }
        } else if (kind == RunKind::QueryLast && run.size() > 1) {
            break;
        }
        token.clear();
        appendFolded(token, text, c);
        const int rc = emit(context, pair ? FTS5_TOKEN_COLOCATED : 0, token.constData(), int(token.size()), c.start,
            c.start + c.length);
        if (rc != SQLITE_OK) {
            return rc;
        }
    }
    return SQLITE_OK;
}

int tokenize(Fts5Tokenizer *, void *context, int flags, const char *input, int size, EmitToken emit)
{
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    const auto *text = reinterpret_cast<const unsigned char *>(input);
    QList<Utf8Char> run;
    QList<Utf8Char> pending; // a query's previous run: inner or last is known only at the next one
    for (int at = 0; at <= size;) {
        const Utf8Char c = at < size ? decode(text, size, at) : Utf8Char{0, size, 1};
        at += c.length;
        if (at <= size && isWordCharacter(c.code)) {
            run.append(c);
            continue;
        }
        if (run.isEmpty()) {
            continue;
        }
        if (!query) {
            if (const int rc = emitRun(text, run, RunKind::Document, context, emit); rc != SQLITE_OK) {
                return rc;
            }
        } else {
            if (!pending.isEmpty()) {
                if (const int rc = emitRun(text, pending, RunKind::QueryInner, context, emit); rc != SQLITE_OK) {
                    return rc;
                }
            }
            pending = run;
        }
        run.clear();
    }
    if (!pending.isEmpty()) {
        return emitRun(text, pending, RunKind::QueryLast, context, emit);
    }
    return SQLITE_OK;
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

} // namespace

Result<Done> BigramTokenizer::registerWith(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api) {
        return Error{u"this SQLite has no FTS5"_s};
    }
    static fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenize};
    if (api->xCreateTokenizer(api, Name, nullptr, &tokenizer, nullptr) != SQLITE_OK) {
        return Error{u"cannot register the FTS5 tokenizer %1"_s.arg(QLatin1StringView(Name))};
    }
    return Done{};
}

} // namespace Fazhi
