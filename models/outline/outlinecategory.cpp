// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinecategory.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fazhi {

QList<OutlineCategory> allOutlineCategories()
{
    return {OutlineCategory::Achievements, OutlineCategory::Problems, OutlineCategory::Causes,
        OutlineCategory::Leadership, OutlineCategory::Plans, OutlineCategory::Other};
}

QString outlineCategoryId(OutlineCategory category)
{
    switch (category) {
    case OutlineCategory::Achievements:
        return u"achievements"_s;
    case OutlineCategory::Problems:
        return u"problems"_s;
    case OutlineCategory::Causes:
        return u"causes"_s;
    case OutlineCategory::Leadership:
        return u"leadership"_s;
    case OutlineCategory::Plans:
        return u"plans"_s;
    case OutlineCategory::Other:
        break;
    }
    return u"other"_s;
}

std::optional<OutlineCategory> outlineCategoryFromId(QStringView id)
{
    for (const OutlineCategory category : allOutlineCategories()) {
        if (outlineCategoryId(category) == id) {
            return category;
        }
    }
    return std::nullopt;
}

QString outlineCategoryName(OutlineCategory category)
{
    switch (category) {
    case OutlineCategory::Achievements:
        return QCoreApplication::translate("Fazhi::OutlineCategory", "Achievements");
    case OutlineCategory::Problems:
        return QCoreApplication::translate("Fazhi::OutlineCategory", "Problems");
    case OutlineCategory::Causes:
        return QCoreApplication::translate("Fazhi::OutlineCategory", "Causes");
    case OutlineCategory::Leadership:
        return QCoreApplication::translate("Fazhi::OutlineCategory", "Leadership duty");
    case OutlineCategory::Plans:
        return QCoreApplication::translate("Fazhi::OutlineCategory", "Plans");
    case OutlineCategory::Other:
        break;
    }
    return QCoreApplication::translate("Fazhi::OutlineCategory", "Other");
}

} // namespace Fazhi
