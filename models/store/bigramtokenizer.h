// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

struct sqlite3;

namespace Fazhi {

/**
 * The FTS5 tokenizer "fazhi_bigram": every character of a run of letters, digits or ideographs
 * becomes a token, and so does every pair of neighbouring characters in the run (colocated with
 * the first). It answers the queries of one and two characters that FTS5's trigram tokenizer
 * cannot: 法, 法治, 复议 — common and meaningful in Chinese. Latin letters are lower-cased.
 */
class BigramTokenizer final
{
public:
    static constexpr auto Name = "fazhi_bigram";

    /** Registers the tokenizer on @p db (needed on every connection that writes or queries). */
    static Result<Done> registerWith(sqlite3 *db);
};

} // namespace Fazhi
