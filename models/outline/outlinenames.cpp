// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinenames.h"

#include "datatext.h"
#include "outlinestandard.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

struct Names
{
    QHash<QString, QString> themeById;
    QHash<QString, QString> english;
};

// Read once: the bundled standard never changes while the program runs.
const Names &names()
{
    static const Names table = [] {
        Names names;
        const auto standard = OutlineStandard::bundled();
        if (!standard) {
            return names;
        }
        for (const OutlineTheme &theme : standard.value().themes()) {
            names.themeById.insert(theme.id, theme.name);
            if (!theme.englishName.isEmpty()) {
                names.english.insert(theme.name, theme.englishName);
            }
        }
        for (const IndicatorDefinition &indicator : standard.value().indicators()) {
            if (!indicator.englishName.isEmpty()) {
                names.english.insert(indicator.name, indicator.englishName);
            }
        }
        return names;
    }();
    return table;
}

bool english()
{
    return DataText::language() == u"en";
}

} // namespace

QString OutlineNames::theme(const QString &id)
{
    const auto found = names().themeById.constFind(id);
    return found == names().themeById.cend() ? id : name(*found);
}

QString OutlineNames::name(const QString &stored)
{
    return english() ? names().english.value(stored, stored) : DataText::show(stored);
}

QString OutlineNames::unit(const QString &stored)
{
    if (stored == u"%") {
        return stored;
    }
    return english() ? QString() : DataText::show(stored);
}

QString OutlineNames::quantity(double value, const QString &unit)
{
    return QLocale().toString(value, 'g', 8) + OutlineNames::unit(unit);
}

} // namespace Fazhi
