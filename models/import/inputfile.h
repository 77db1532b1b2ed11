// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Fazhi {

/**
 * Reads the bytes of one input file, refusing what is not a regular file: a named pipe would
 * block the reader forever, a device such as /dev/zero never ends. Symbolic links are followed
 * and judged by what they point to. The size is checked on the opened handle (the file may have
 * been replaced since it was listed) and the read itself stops at the limit, so a file that grows
 * while it is read cannot take more memory than that. Thread-safe.
 */
class InputFile final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::InputFile)

public:
    /**
     * The contents of the file at @p path, at most @p limit bytes; fails, naming the file, when it
     * does not exist, is a folder, is not a regular file, is larger than @p limit or cannot be read.
     */
    static Result<QByteArray> read(const QString &path, qint64 limit);

    /** The message for a file of @p size bytes above @p limit, naming @p fileName. */
    static QString tooLarge(const QString &fileName, qint64 size, qint64 limit);
};

} // namespace Fazhi
