// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewtypes.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fazhi {

QString SearchHit::markedSnippet(Qt::TextFormat format) const
{
    const bool html = format == Qt::RichText;
    const auto shown = [html](QStringView text) {
        return html ? text.toString().toHtmlEscaped() : text.toString();
    };
    const QString opening = html ? u"<b>"_s : u"["_s;
    const QString closing = html ? u"</b>"_s : u"]"_s;
    QString marked;
    qsizetype at = 0;
    for (const SnippetMatch &match : snippetMatches) {
        // Clamped, so that a hit made by hand with stray ranges still shows every character once.
        const qsizetype from = std::clamp<qsizetype>(match.start, at, snippet.size());
        const qsizetype to = std::clamp<qsizetype>(match.end, from, snippet.size());
        if (from == to) {
            continue;
        }
        marked += shown(QStringView(snippet).sliced(at, from - at)) + opening
            + shown(QStringView(snippet).sliced(from, to - from)) + closing;
        at = to;
    }
    return marked + shown(QStringView(snippet).sliced(at));
}

} // namespace Fazhi
