// SPDX-License-Identifier: GPL-3.0-or-later
#include "categorypalette.h"

#include <QPalette>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// The same hues as the default tags (models/store: 成效, 问题, 原因, 第一责任人, 计划).
QColor baseColor(OutlineCategory category)
{
    switch (category) {
    case OutlineCategory::Achievements:
        return QColor(0x43, 0xa0, 0x47);
    case OutlineCategory::Problems:
        return QColor(0xe5, 0x39, 0x35);
    case OutlineCategory::Causes:
        return QColor(0xfb, 0x8c, 0x00);
    case OutlineCategory::Leadership:
        return QColor(0x8e, 0x24, 0xaa);
    case OutlineCategory::Plans:
        return QColor(0x1e, 0x88, 0xe5);
    case OutlineCategory::Other:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

} // namespace

bool CategoryPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor CategoryPalette::color(OutlineCategory category, const QPalette &palette)
{
    const QColor base = baseColor(category);
    return isDark(palette) ? base.lighter(130) : base;
}

QColor CategoryPalette::color(QStringView categoryId, const QPalette &palette)
{
    const auto category = outlineCategoryFromId(categoryId);
    return color(category.value_or(OutlineCategory::Other), palette);
}

QColor CategoryPalette::highlight(const QColor &color, const QPalette &palette)
{
    // Blend toward the text background rather than using alpha, so that overlapping highlights
    // and selection stay predictable: about a third of the tag color.
    const QColor background = palette.color(QPalette::Base);
    const double share = isDark(palette) ? 0.45 : 0.32;
    return QColor::fromRgbF(float(background.redF() * (1 - share) + color.redF() * share),
        float(background.greenF() * (1 - share) + color.greenF() * share),
        float(background.blueF() * (1 - share) + color.blueF() * share));
}

} // namespace Fazhi
