// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importedtext.h"
#include "reportdocument.h"

#include <QCoreApplication>

namespace Fazhi {

/**
 * Builds a ReportDocument from cleaned text (see TextCleaner): detects the script, computes the
 * normalized text, separates front matter (document number, title, addressee) and back matter
 * (closing words, issuing bodies, date, contact) from the body, recovers the heading hierarchy
 * and the paragraphs with their enumerated points, and reads the metadata. Works for either
 * script: all matching happens on the normalized (simplified, half-width) text.
 */
class ReportParser final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::ReportParser)

public:
    /** Parses @p cleaned, read from @p fileName. */
    static ReportDocument parse(const ImportedText &cleaned, const QString &fileName);
};

} // namespace Fazhi
