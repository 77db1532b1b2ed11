// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptconverter.h"

#include <exception>

#include <QCoreApplication>
#include <opencc/SimpleConverter.hpp>

using namespace Qt::StringLiterals;

namespace Fazhi {

ScriptConverter::ScriptConverter(Direction direction)
    : m_direction(direction)
{
    const QByteArray config = configName(direction).toUtf8();
    try {
        m_converter = std::make_unique<opencc::SimpleConverter>(config.toStdString());
    } catch (const std::exception &e) {
        m_loadError
            = QCoreApplication::translate("Fazhi::ScriptConverter", "Cannot load the OpenCC configuration %1: %2")
                  .arg(QString::fromUtf8(config), QString::fromUtf8(e.what()));
    }
}

ScriptConverter::~ScriptConverter() = default;

QString ScriptConverter::configName(Direction direction)
{
    switch (direction) {
    case Direction::ToSimplified:
        return u"t2s.json"_s;
    case Direction::ToTraditional:
        break;
    case Direction::ToTaiwan:
        return u"s2tw.json"_s;
    case Direction::ToHongKong:
        return u"s2hk.json"_s;
    }
    return u"s2t.json"_s;
}

Result<QString> ScriptConverter::convert(QStringView text) const
{
    if (!m_converter) {
        return Error{m_loadError};
    }
    if (text.isEmpty()) {
        return QString();
    }
    // QString always encodes to valid UTF-8 (a lone surrogate becomes a replacement), which matters:
    // OpenCC 1.1 misbehaves on input that ends inside a multi-byte sequence.
    const QByteArray utf8 = text.toUtf8();
    try {
        const std::string converted = m_converter->Convert(utf8.constData(), static_cast<size_t>(utf8.size()));
        return QString::fromStdString(converted);
    } catch (const std::exception &e) {
        return Error{QCoreApplication::translate("Fazhi::ScriptConverter", "OpenCC could not convert the text: %1")
                .arg(QString::fromUtf8(e.what()))};
    }
}

Result<QString> ScriptConverter::convertKeepingOffsets(const QString &text) const
{
    const auto converted = convert(text);
    if (!converted) {
        return converted;
    }
    if (converted.value().size() == text.size()) {
        return converted;
    }
    // Some phrase conversions change the length; those lines keep their original script, so
    // that every offset into the text (annotations, sections) still points at its characters.
    QString result;
    result.reserve(text.size());
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype end = text.indexOf(u'\n', from);
        if (end < 0) {
            end = text.size();
        }
        const QStringView line = QStringView(text).mid(from, end - from);
        const auto lineConverted = convert(line);
        result
            += lineConverted && lineConverted.value().size() == line.size() ? lineConverted.value() : line.toString();
        if (end < text.size()) {
            result += u'\n';
        }
        from = end + 1;
    }
    return result;
}

} // namespace Fazhi
