// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Fazhi {

/**
 * The administrative level of a report's region, stored as its Chinese word (省 市 区 县 镇
 * 街道 部门: what MetadataExtractor reads and filters match) and shown in the UI language.
 */
class AdministrativeLevel final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::AdministrativeLevel)

public:
    /** Every level as stored, from the largest to the smallest, departments last. */
    static QStringList all();
    /** @p stored in the UI language; a value that is no level is returned as it is. */
    static QString name(const QString &stored);
};

} // namespace Fazhi
