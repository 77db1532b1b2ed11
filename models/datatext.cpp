// SPDX-License-Identifier: GPL-3.0-or-later
#include "datatext.h"

#include "scriptconverter.h"

#include <map>
#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

struct State
{
    std::mutex mutex;
    QString language = u"zh_CN"_s;
    DataText::Variant variant = DataText::Variant::Taiwan;
    // Loading a configuration reads its dictionaries: once per variant, on first use.
    std::map<DataText::Variant, std::shared_ptr<const ScriptConverter>> converters;
};

State &state()
{
    static State instance;
    return instance;
}

} // namespace

void DataText::setLanguage(const QString &language)
{
    const std::lock_guard lock(state().mutex);
    state().language = language;
}

QString DataText::language()
{
    const std::lock_guard lock(state().mutex);
    return state().language;
}

void DataText::setVariant(Variant variant)
{
    const std::lock_guard lock(state().mutex);
    state().variant = variant;
}

DataText::Variant DataText::variant()
{
    const std::lock_guard lock(state().mutex);
    return state().variant;
}

QString DataText::variantId(Variant variant)
{
    return variant == Variant::HongKong ? u"hk"_s : u"tw"_s;
}

DataText::Variant DataText::variantFromId(const QString &id)
{
    return id == u"hk" ? Variant::HongKong : Variant::Taiwan;
}

QString DataText::show(const QString &text)
{
    std::shared_ptr<const ScriptConverter> converter;
    {
        const std::lock_guard lock(state().mutex);
        if (state().language != u"zh_TW" || text.isEmpty()) {
            return text;
        }
        auto &slot = state().converters[state().variant];
        if (!slot) {
            slot = std::make_shared<const ScriptConverter>(state().variant == Variant::HongKong
                    ? ScriptConverter::Direction::ToHongKong
                    : ScriptConverter::Direction::ToTaiwan);
        }
        converter = slot;
    }
    // Unconverted is still readable: a missing dictionary must not blank a name.
    const auto converted = converter->convert(text);
    return converted ? converted.value() : text;
}

} // namespace Fazhi
