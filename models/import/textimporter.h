// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importedtext.h"
#include "result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

namespace Fazhi {

/**
 * Reads plain text files: UTF-8 with or without BOM, UTF-16LE/BE with BOM, GB18030 (and its
 * subsets GBK and GB2312) and Big5. The encoding is guessed by uchardet and the guess is checked
 * by decoding: if it leaves undecodable bytes or produces implausible characters, UTF-8,
 * GB18030 and Big5 are tried and the cleanest decode wins. Thread-safe.
 */
class TextImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::TextImporter)

public:
    /** Text decoded from bytes, with the encoding it was found in. */
    struct Decoded
    {
        QString text;
        /**
         * "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030" or "Big5"; for a file that
         * mixes them, the main one first: "GB18030 + UTF-8".
         */
        QString encoding;
        /** What was wrong with the bytes and where (line numbers): mixed encodings, NUL bytes, damage. */
        QStringList warnings;
    };

    /**
     * Detects the encoding of @p bytes and decodes them; line ends are left as they are. A few
     * NUL bytes are left out; a file whose parts are in different encodings is decoded line by
     * line; both are said in Decoded::warnings. Fails with "not a text file" for binary data
     * (many NUL bytes or control characters, bytes that mostly decode in none of the supported
     * encodings).
     */
    static Result<Decoded> decode(QByteArrayView bytes);

    /**
     * Decodes @p bytes as @p encodingName (an IANA name such as "gbk" or "big5", as a web page
     * declares it); fails when the name is unknown or the bytes do not decode cleanly in it.
     * A byte order mark overrides the name.
     */
    static Result<Decoded> decodeAs(QByteArrayView bytes, const QString &encodingName);

    /** Reads a .txt file's bytes: decode() with line ends normalised to '\n'. */
    static Result<ImportedText> importBytes(QByteArrayView bytes);

    /** Replaces "\r\n" and lone '\r' by '\n'. */
    static QString normalizeLineEnds(QString text);
};

} // namespace Fazhi
