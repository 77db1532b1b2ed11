// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class QGlyphRun;

namespace Fazhi {

/**
 * Makes the text of a PDF written by QPdfWriter searchable as it was written. Qt derives each
 * embedded font's ToUnicode map from the font's character map, taking the lowest code point of
 * a glyph: with Noto CJK that turns 一 人 行 … into Kangxi radicals (⼀ ⼈ ⾏), spaces into tabs,
 * and it drops glyphs the cmap does not reach (proportional digits). Text drawn through
 * record() is remembered glyph by glyph; rewrite() then replaces every font's ToUnicode map
 * with the characters that were really drawn.
 *
 * It relies on QPdfEngine numbering each font's subset glyphs in the order they are first
 * drawn (glyph 0 first), one subset per font face, fonts created in order of first use. When
 * the PDF does not match that (another number of fonts: text drawn without record()),
 * rewrite() fails rather than write a PDF whose text reads as other characters.
 */
class PdfTextMap final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::PdfTextMap)

public:
    /** Remembers what @p run, about to be drawn, stands for (needs its string indexes and source string). */
    void record(const QGlyphRun &run);

    /** @p pdf with its ToUnicode maps replaced; an Error when its fonts are not those recorded. */
    Result<QByteArray> rewrite(const QByteArray &pdf) const;

    /** The number of fonts recorded. */
    int fontCount() const { return int(m_faces.size()); }

private:
    struct Face
    {
        QString key;
        QList<quint32> glyphs; ///< in order of first use; index = the PDF subset code
        QHash<quint32, int> codes; ///< glyph index -> subset code
        QList<QString> text; ///< subset code -> characters
    };
    QByteArray cmap(const Face &face) const;

    QList<Face> m_faces;
    QHash<QString, int> m_faceIndex;
};

} // namespace Fazhi
