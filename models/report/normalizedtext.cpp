// SPDX-License-Identifier: GPL-3.0-or-later
#include "normalizedtext.h"

#include <algorithm>

namespace Fazhi {

NormalizedText::NormalizedText(QString text, QList<int> toOriginal)
    : m_text(std::move(text))
    , m_toOriginal(std::move(toOriginal))
{
    Q_ASSERT(m_toOriginal.size() == m_text.size() + 1);
}

int NormalizedText::toOriginal(qsizetype offset) const
{
    if (m_toOriginal.isEmpty()) {
        return int(offset);
    }
    return m_toOriginal.at(std::clamp<qsizetype>(offset, 0, m_toOriginal.size() - 1));
}

int NormalizedText::fromOriginal(int offset) const
{
    if (m_toOriginal.isEmpty()) {
        return offset;
    }
    const auto it = std::lower_bound(m_toOriginal.cbegin(), m_toOriginal.cend(), offset);
    return int(std::min<qsizetype>(it - m_toOriginal.cbegin(), m_text.size()));
}

} // namespace Fazhi
