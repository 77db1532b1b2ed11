// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPainter;
class QPicture;

namespace Fazhi {

class PdfTextMap;

/**
 * Plays a QPicture (a chart) onto a PDF page so that its text stays searchable. QPicture
 * replays text through QPainter::drawText, which would reach the PDF without passing PdfTextMap:
 * the page's fonts would then hold glyphs nobody recorded and the whole PDF would read as
 * Kangxi radicals. The picture is played onto a forwarding paint device instead, which hands
 * every drawing to the page's painter unchanged, except text: that is laid out again in the
 * same font and drawn as glyph runs recorded in the map.
 */
class PdfPicturePlayer final
{
public:
    /** Draws @p picture at the origin of @p painter's current transform, as QPainter::drawPicture() would. */
    static void play(QPainter &painter, const QPicture &picture, PdfTextMap &textMap);
};

} // namespace Fazhi
