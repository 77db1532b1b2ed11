// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Fazhi {

/**
 * Any supported report file in, a ReportDocument out: import (bytes → text), clean (web debris
 * out, flattened pages split, broken titles joined) and parse (headings, paragraphs, metadata).
 * Errors name the file and the reason. Safe to call from several threads at once.
 */
class ReportReader final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::ReportReader)

public:
    /** Reads the report file at @p path. */
    static Result<ReportDocument> read(const QString &path);

    /** Reads @p bytes as the contents of a file called @p fileName. */
    static Result<ReportDocument> readBytes(const QByteArray &bytes, const QString &fileName);
};

} // namespace Fazhi
