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
        return { 0xFFFD, at, 1 };
    }
    char32_t code = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (int i = 1; i < length; ++i) {
        if ((text[at + i] & 0xC0) != 0x80) {
            return { 0xFFFD, at, 1 };
        }
        code = (code << 6) | (text[at + i] & 0x3F);
    }
    return { code, at, length };
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

// Emits the tokens of one run of word characters. Documents get every character plus every
// pair (colocated with its first character), so that both one- and two-character queries hit
// a single token. Queries get the pairs only — one token for a two-character query, a phrase of
// pairs for longer ones — or the single character of a one-character query.
int emitRun(const unsigned char *text, const QList<Utf8Char> &run, bool query, void *context, EmitToken emit)
{
    QByteArray token;
    for (qsizetype i = 0; i < run.size(); ++i) {
        const Utf8Char &c = run.at(i);
        const bool hasPair = i + 1 < run.size();
        if (!query || run.size() == 1) {
            token.clear();
            appendFolded(token, text, c);
            if (const int rc = emit(context, 0, token.constData(), int(token.size()), c.start, c.start + c.length);
                rc != SQLITE_OK) {
                return rc;
            }
        }
        if (hasPair) {
            const Utf8Char &next = run.at(i + 1);
            token.clear();
            appendFolded(token, text, c);
            appendFolded(token, text, next);
            const int flags = query ? 0 : FTS5_TOKEN_COLOCATED;
            if (const int rc
                = emit(context, flags, token.constData(), int(token.size()), c.start, next.start + next.length);
                rc != SQLITE_OK) {
                return rc;
            }
        }
    }
    return SQLITE_OK;
}

int tokenize(Fts5Tokenizer *, void *context, int flags, const char *input, int size, EmitToken emit)
{
    const auto *text = reinterpret_cast<const unsigned char *>(input);
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    QList<Utf8Char> run;
    for (int at = 0; at <= size;) {
        const Utf8Char c = at < size ? decode(text, size, at) : Utf8Char { 0, size, 1 };
        at += c.length;
        if (at <= size && isWordCharacter(c.code)) {
            run.append(c);
            continue;
        }
        if (!run.isEmpty()) {
            if (const int rc = emitRun(text, run, query, context, emit); rc != SQLITE_OK) {
                return rc;
            }
            run.clear();
        }
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
        return Error { u"this SQLite has no FTS5"_s };
    }
    static fts5_tokenizer tokenizer { createTokenizer, deleteTokenizer, tokenize };
    if (api->xCreateTokenizer(api, Name, nullptr, &tokenizer, nullptr) != SQLITE_OK) {
        return Error { u"cannot register the FTS5 tokenizer %1"_s.arg(QLatin1StringView(Name)) };
    }
    return Done {};
}

} // namespace Fazhi
