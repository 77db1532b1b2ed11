// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpictureplayer.h"

#include "pdftextmap.h"

#include <QGlyphRun>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPicture>
#include <QTextLayout>

namespace Fazhi {

namespace {

/** Hands every drawing to the page's painter; text as recorded glyph runs. */
class ForwardingEngine final : public QPaintEngine
{
public:
    ForwardingEngine(QPainter &target, PdfTextMap &textMap)
        : QPaintEngine(AllFeatures)
        , m_target(target)
        , m_textMap(textMap)
        , m_base(target.worldTransform())
    {
    }

    bool begin(QPaintDevice *) override
    {
        // The picture starts from a painter's defaults, not from what the page drew last.
        m_target.setWorldTransform(m_base);
        m_target.setPen(QPen());
        m_target.setBrush(Qt::NoBrush);
        m_target.setBackgroundMode(Qt::TransparentMode);
        m_target.setOpacity(1);
        m_target.setClipping(false);
        return true;
    }
    bool end() override { return true; }
    Type type() const override { return User; }

    void updateState(const QPaintEngineState &changed) override
    {
        const DirtyFlags flags = changed.state();
        // The transform first: a clip is given in the coordinates of the transform it comes with.
        if (flags & DirtyTransform) {
            m_target.setWorldTransform(changed.transform() * m_base);
        }
        if (flags & DirtyPen) {
            m_target.setPen(changed.pen());
        }
        if (flags & DirtyBrush) {
            m_target.setBrush(changed.brush());
        }
        if (flags & DirtyBrushOrigin) {
            m_target.setBrushOrigin(changed.brushOrigin());
        }
        if (flags & DirtyBackground) {
            m_target.setBackground(changed.backgroundBrush());
        }
        if (flags & DirtyBackgroundMode) {
            m_target.setBackgroundMode(changed.backgroundMode());
        }
        if (flags & DirtyHints) {
            for (const auto hint :
                {QPainter::Antialiasing, QPainter::TextAntialiasing, QPainter::SmoothPixmapTransform}) {
                m_target.setRenderHint(hint, changed.renderHints().testFlag(hint));
            }
        }
        if (flags & DirtyCompositionMode) {
            m_target.setCompositionMode(changed.compositionMode());
        }
        if (flags & DirtyOpacity) {
            m_target.setOpacity(changed.opacity());
        }
        if (flags & DirtyClipPath) {
            m_target.setClipPath(changed.clipPath(), changed.clipOperation());
        }
        if (flags & DirtyClipRegion) {
            m_target.setClipRegion(changed.clipRegion(), changed.clipOperation());
        }
        if (flags & DirtyClipEnabled) {
            m_target.setClipping(changed.isClipEnabled());
        }
    }

    void drawPath(const QPainterPath &path) override { m_target.drawPath(path); }
    void drawRects(const QRectF *rects, int count) override { m_target.drawRects(rects, count); }
    void drawLines(const QLineF *lines, int count) override { m_target.drawLines(lines, count); }
    void drawEllipse(const QRectF &rect) override { m_target.drawEllipse(rect); }
    void drawPoints(const QPointF *points, int count) override { m_target.drawPoints(points, count); }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        switch (mode) {
        case PolylineMode:
            m_target.drawPolyline(points, count);
            break;
        case ConvexMode:
            m_target.drawConvexPolygon(points, count);
            break;
        case OddEvenMode:
        case WindingMode:
            m_target.drawPolygon(points, count, mode == OddEvenMode ? Qt::OddEvenFill : Qt::WindingFill);
            break;
        }
    }
    void drawPixmap(const QRectF &rect, const QPixmap &pixmap, const QRectF &source) override
    {
        m_target.drawPixmap(rect, pixmap, source);
    }
    void drawTiledPixmap(const QRectF &rect, const QPixmap &pixmap, const QPointF &offset) override
    {
        m_target.drawTiledPixmap(rect, pixmap, offset);
    }
    void drawImage(
        const QRectF &rect, const QImage &image, const QRectF &source, Qt::ImageConversionFlags flags) override
    {
        m_target.drawImage(rect, image, source, flags);
    }

    void drawTextItem(const QPointF &baseline, const QTextItem &item) override
    {
        const QString text = item.text();
        if (text.isEmpty()) {
            QPaintEngine::drawTextItem(baseline, item); // glyphs without characters: outlines
            return;
        }
        // The same string in the same font (and resolution) lays out to the same glyphs.
        QTextLayout layout(text, item.font());
        QTextOption option;
        option.setWrapMode(QTextOption::NoWrap);
        option.setTextDirection(
            item.renderFlags().testFlag(QTextItem::RightToLeft) ? Qt::RightToLeft : Qt::LeftToRight);
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setPosition(QPointF(0, 0));
        layout.endLayout();
        const QPointF origin = baseline - QPointF(0, line.ascent());
        const auto runs = line.glyphRuns(-1, -1,
            QTextLayout::RetrieveGlyphIndexes | QTextLayout::RetrieveGlyphPositions | QTextLayout::RetrieveStringIndexes
                | QTextLayout::RetrieveString);
        for (const QGlyphRun &run : runs) {
            m_textMap.record(run);
            m_target.drawGlyphRun(origin, run);
        }
    }

private:
    QPainter &m_target;
    PdfTextMap &m_textMap;
    const QTransform m_base;
};

/** A device with the page's size and resolution whose engine forwards to the page's painter. */
class ForwardingDevice final : public QPaintDevice
{
public:
    ForwardingDevice(QPainter &target, PdfTextMap &textMap)
        : m_page(*target.device())
        , m_engine(target, textMap)
    {
    }
    QPaintEngine *paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_page.width();
        case PdmHeight:
            return m_page.height();
        case PdmWidthMM:
            return m_page.widthMM();
        case PdmHeightMM:
            return m_page.heightMM();
        case PdmNumColors:
            return m_page.colorCount();
        case PdmDepth:
            return m_page.depth();
        case PdmDpiX:
            return m_page.logicalDpiX();
        case PdmDpiY:
            return m_page.logicalDpiY();
        case PdmPhysicalDpiX:
            return m_page.physicalDpiX();
        case PdmPhysicalDpiY:
            return m_page.physicalDpiY();
        case PdmDevicePixelRatio:
            return 1;
        default:
            return QPaintDevice::metric(metric);
        }
    }

private:
    const QPaintDevice &m_page;
    mutable ForwardingEngine m_engine;
};

} // namespace

void PdfPicturePlayer::play(QPainter &painter, const QPicture &picture, PdfTextMap &textMap)
{
    painter.save();
    {
        ForwardingDevice device(painter, textMap);
        QPainter forwarding(&device);
        forwarding.drawPicture(QPointF(0, 0), picture);
    }
    painter.restore();
}

} // namespace Fazhi
