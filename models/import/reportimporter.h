// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importedtext.h"
#include "result.h"

#include <QCoreApplication>

namespace Fazhi {

/**
 * Reads any supported report file (.txt, .html/.htm, .docx, .pdf) into ImportedText, choosing
 * the importer by content first (a .txt that is really a PDF is read as a PDF) and by extension
 * second. Fails with a message that names the file and the reason: unsupported type, empty,
 * larger than maxFileSize(), not a regular file (a pipe or a device is never read), not text, broken or encrypted
 * document, PDF without a text layer. Safe to call from several threads at once.
 */
class ReportImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::ReportImporter)

public:
    /** Files above this size are refused (20 MB). */
    static constexpr qint64 maxFileSize() { return 20 * 1024 * 1024; }

    /** The file name patterns offered in file dialogs and used when importing a folder. */
    static QStringList supportedPatterns();

    /** Reads the file at @p path (with InputFile, at most maxFileSize() bytes). */
    static Result<ImportedText> importFile(const QString &path);

    /** Reads @p bytes as if they were the contents of a file called @p fileName. */
    static Result<ImportedText> importBytes(const QByteArray &bytes, const QString &fileName);
};

} // namespace Fazhi
