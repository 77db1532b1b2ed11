// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Fazhi {

class ReviewStore;

/**
 * Every annotation of a project as a table: report, region, year, tag, the quoted text, the
 * comment, author, status, dates. CSV is UTF-8 with a byte order mark, so that Excel opens the
 * Chinese correctly; JSON is an array of objects.
 */
class AnnotationExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::AnnotationExporter)

public:
    enum class Format { Csv, Json };

    static Result<QByteArray> exportAll(ReviewStore &store, Format format);
    /** The record of every change (who, when, what, before and after), oldest first. */
    static Result<QByteArray> exportHistory(ReviewStore &store, Format format);

    /** A CSV field, quoted when it holds a comma, quote or line break. */
    static QString csvField(const QString &value);
};

} // namespace Fazhi
