// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

struct sqlite3;

namespace Fazhi {

/**
 * The FTS5 tokenizer "fazhi_bigram": at every position of a run of letters, digits or
 * ideographs, the pair of characters starting there and, colocated, the character alone. One
 * index then answers queries of any length exactly: 法 (one token), 法治 (one token), 法治政府
 * (the phrase 法治 治政 政府) — including the one- and two-character queries, common and
 * meaningful in Chinese, that FTS5's trigram tokenizer cannot match. Latin letters are lower-cased.
 */
class BigramTokenizer final
{
public:
    static constexpr auto Name = "fazhi_bigram";

    /** Registers the tokenizer on @p db (needed on every connection that writes or queries). */
    static Result<Done> registerWith(sqlite3 *db);
};

} // namespace Fazhi
