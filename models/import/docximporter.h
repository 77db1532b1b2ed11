// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importedtext.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Fazhi {

/**
 * Reads a Word document (.docx): one line per paragraph, one line per table row with the cells
 * separated by tabs, Word's automatic numbering written out as printed ("一、", "（一）", "1."),
 * heading styles and outline levels as ImportedText::headingLevels, and the title, author and
 * creation date from docProps/core.xml as fields. Thread-safe.
 */
class DocxImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::DocxImporter)

public:
    /**
     * Reads a .docx file's bytes; fails on a broken zip, a missing or malformed word/document.xml,
     * and on a part that inflates to more than 64 MB (or parts that together inflate to more than
     * 128 MB): those are read as a stream and stopped at the cap, never inflated whole.
     */
    static Result<ImportedText> importBytes(const QByteArray &bytes);
};

} // namespace Fazhi
