// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightingrepository.h"

#include "componentversions.h"

#include <KSyntaxHighlighting/Repository>
#include <QPalette>
#include <ksyntaxhighlighting_version.h>

using namespace Qt::StringLiterals;

namespace Fazhi {

KSyntaxHighlighting::Repository &HighlightingRepository::instance()
{
    static KSyntaxHighlighting::Repository *repository = [] {
        auto *r = new KSyntaxHighlighting::Repository;
        r->addCustomSearchPath(u":/fazhi"_s);
        return r;
    }();
    return *repository;
}

KSyntaxHighlighting::Definition HighlightingRepository::reportDefinition()
{
    return instance().definitionForName(QString::fromLatin1(ReportDefinitionName));
}

KSyntaxHighlighting::Theme HighlightingRepository::themeForPalette(const QPalette &palette)
{
    return instance().themeForPalette(palette);
}

QString HighlightingRepository::libraryVersion()
{
    return ComponentVersions::loadedLibraryVersion(
        u"libKF6SyntaxHighlighting.so"_s, QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING));
}

} // namespace Fazhi
