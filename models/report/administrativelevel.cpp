// SPDX-License-Identifier: GPL-3.0-or-later
#include "administrativelevel.h"

using namespace Qt::StringLiterals;

namespace Fazhi {

QStringList AdministrativeLevel::all()
{
    return {u"省"_s, u"市"_s, u"区"_s, u"县"_s, u"镇"_s, u"街道"_s, u"部门"_s};
}

QString AdministrativeLevel::name(const QString &stored)
{
    if (stored == u"省") {
        return tr("Province", "administrative level");
    }
    if (stored == u"市") {
        return tr("City", "administrative level");
    }
    if (stored == u"区") {
        return tr("District", "administrative level");
    }
    if (stored == u"县") {
        return tr("County", "administrative level");
    }
    if (stored == u"镇") {
        return tr("Town", "administrative level");
    }
    if (stored == u"街道") {
        return tr("Subdistrict", "administrative level");
    }
    if (stored == u"部门") {
        return tr("Department", "administrative level");
    }
    return stored;
}

} // namespace Fazhi
