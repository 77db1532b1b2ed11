// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test copies of the seeds for the compare views: one with an outline category cut out, one
// with a passage of another seed pasted in, in traditional script.

#include "projectfixture.h"
#include "scriptconverter.h"
#include "storereads.h"

#include <algorithm>

namespace CompareFixture {

/** @p text without the characters of @p ranges. */
inline QString without(QString text, QList<Fazhi::TextRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const auto &a, const auto &b) { return a.start > b.start; });
    for (const Fazhi::TextRange &range : ranges) {
        text.remove(range.start, range.length());
    }
    return text;
}

/**
 * Imports a copy of seed @p prefix whose parts of outline category @p category (as the
 * classifier saw them in the original) are cut out; its id, or 0.
 */
inline qint64 importWithout(ProjectFixture &fixture, const QString &prefix, const QString &category)
{
    const qint64 original = fixture.importSeed(prefix);
    QList<Fazhi::TextRange> cut;
    for (const Fazhi::StoredPart &part : READ_OK(fixture.session.store()->parts(original))) {
        if (part.category == category) {
            cut.append({part.start, part.end});
        }
    }
    const QString text = without(fixture.session.store()->report(original).value().text, cut);
    return fixture.import(SeedReports::parse(text, QStringLiteral("%1-without-%2.txt").arg(prefix, category)));
}

/** Where a pasted passage landed. */
struct Pasted
{
    qint64 reportId = 0;
    /** Offsets of the pasted passage in the copy. */
    Fazhi::TextRange range;
};

/**
 * Imports a copy of seed @p into with @p passage converted to traditional script pasted in as
 * a paragraph of its own after its first paragraph.
 */
inline Pasted importWithPassage(ProjectFixture &fixture, const QString &into, const QString &passage)
{
    const Fazhi::ScriptConverter toTraditional(Fazhi::ScriptConverter::Direction::ToTraditional);
    const auto traditional = toTraditional.convert(passage);
    if (!traditional) {
        return {};
    }
    const Fazhi::ReportDocument seed = SeedReports::document(into);
    const int at = seed.paragraphs.value(1).range.start;
    QString text = seed.text;
    text.insert(at, traditional.value() + u'\n');
    const Fazhi::ReportDocument copy = SeedReports::parse(text, QStringLiteral("%1-with-copy.txt").arg(into));
    // Parsing may clean the text: find the passage again rather than trust the insertion point.
    const int found = int(copy.text.indexOf(traditional.value()));
    if (found < 0) {
        return {};
    }
    return {fixture.import(copy), {found, found + int(traditional.value().size())}};
}

} // namespace CompareFixture
