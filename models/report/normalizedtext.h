// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Fazhi {

/**
 * A report's text prepared for matching: simplified script, half-width digits, letters,
 * brackets and common punctuation, runs of spaces folded to one. Keeps, for every position,
 * the position in the original text it came from, so that a match found here can be shown
 * and annotated there.
 */
class NormalizedText final
{
public:
    NormalizedText() = default;
    NormalizedText(QString text, QList<int> toOriginal);

    const QString &text() const { return m_text; }
    qsizetype size() const { return m_text.size(); }

    /**
     * The original offset of normalized offset @p offset (0 … size()); the end of the text maps
     * to the end of the original text.
     */
    int toOriginal(qsizetype offset) const;

    /** For every normalized offset (and the end), the original offset: what the store keeps. */
    const QList<int> &toOriginalMap() const { return m_toOriginal; }

    /** The normalized offset of the first character that comes from original offset @p offset or later. */
    int fromOriginal(int offset) const;

private:
    QString m_text;
    QList<int> m_toOriginal; // size() + 1 entries, non-decreasing
};

} // namespace Fazhi
