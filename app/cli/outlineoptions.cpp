// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlineoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fazhi {

QCommandLineOption OutlineOptions::option()
{
    return QCommandLineOption(u"standard"_s,
        QCoreApplication::translate("Fazhi::OutlineOptions",
            "Use the outline standard (categories, cues, themes, checks) in FILE instead of the bundled one."),
        u"FILE"_s);
}

void OutlineOptions::add(QCommandLineParser &parser)
{
    parser.addOption(option());
}

Result<OutlineStandard> OutlineOptions::standard(const QCommandLineParser &parser)
{
    const QString path = parser.value(option());
    return path.isEmpty() ? OutlineStandard::bundled() : OutlineStandard::fromFile(path);
}

} // namespace Fazhi
