// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Fazhi {

/**
 * The application's one KSyntaxHighlighting repository (loading definitions is costly, and
 * highlighters must not outlive it), with our own definition for report text added from the
 * resource system (":/fazhi/syntax/fazhi-report.xml").
 */
class HighlightingRepository final
{
public:
    /** The name of our definition for report text. */
    static constexpr auto ReportDefinitionName = "Fazhi Report";

    /** The shared repository, created on first use. Must be used from the GUI thread only. */
    static KSyntaxHighlighting::Repository &instance();

    /** The definition for report text; invalid only if the resource is missing. */
    static KSyntaxHighlighting::Definition reportDefinition();

    /** A light or dark theme matching @p palette, so highlighting follows the application. */
    static KSyntaxHighlighting::Theme themeForPalette(const QPalette &palette);

    /** The version of the KSyntaxHighlighting library loaded in this process. */
    static QString libraryVersion();
};

} // namespace Fazhi
