// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importedtext.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Fazhi {

/**
 * Reads the text layer of a PDF with Qt Pdf and gives back paragraphs: running headers,
 * footers and page numbers are dropped and lines wrapped by the layout are joined again
 * (see PdfTextJoiner). Scans without text, encrypted and damaged files are refused. Thread-safe
 * (Qt Pdf serialises its use of PDFium internally; each call has its own document).
 */
class PdfImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::PdfImporter)

public:
    /** Reads a .pdf file's bytes. */
    static Result<ImportedText> importBytes(const QByteArray &bytes);
};

} // namespace Fazhi
