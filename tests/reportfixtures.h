// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reports for tests: text (crafted or a seed) through the cleaner and parser, as an import would.
#include "reportparser.h"
#include "seedreports.h"
#include "textcleaner.h"

namespace ReportFixtures {

inline Fazhi::ReportDocument parseText(const QString &text, const QString &name = QStringLiteral("test.txt"))
{
    Fazhi::ImportedText imported;
    imported.text = text;
    imported.format = QStringLiteral("txt");
    imported.encoding = QStringLiteral("UTF-8");
    Fazhi::TextCleaner::clean(imported);
    return Fazhi::ReportParser::parse(imported, name);
}

inline Fazhi::ReportDocument parseSeed(const QString &prefix)
{
    return parseText(SeedReports::text(prefix), SeedReports::path(prefix));
}

} // namespace ReportFixtures
