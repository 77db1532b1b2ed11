// SPDX-License-Identifier: GPL-3.0-or-later
#include "importedtextbuilder.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Fazhi {

ImportedTextBuilder::ImportedTextBuilder(const QString &format)
{
    m_result.format = format;
}

void ImportedTextBuilder::addLine(QStringView line, int headingLevel)
{
    for (const QStringView part : line.tokenize(u'\n')) {
        const QStringView trimmed = part.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        if (headingLevel > 0) {
            m_result.headingLevels.insert(m_lineCount, headingLevel);
        }
        if (m_lineCount > 0) {
            m_result.text.append(u'\n');
        }
        m_result.text.append(trimmed);
        ++m_lineCount;
    }
}

void ImportedTextBuilder::setField(const QString &key, const QString &value)
{
    const QString trimmed = value.trimmed();
    static const QRegularExpression nothing(u"^(无|無|暂无|暫無|-+|—+|/)$"_s);
    if (trimmed.isEmpty() || nothing.matchView(trimmed).hasMatch()) {
        return;
    }
    m_result.fields.insert(key, trimmed);
}

void ImportedTextBuilder::setFieldIfUnset(const QString &key, const QString &value)
{
    if (!hasField(key)) {
        setField(key, value);
    }
}

void ImportedTextBuilder::setDateField(const QString &key, QStringView value)
{
    setField(key, isoDate(value));
}

ImportedText ImportedTextBuilder::take()
{
    ImportedText result = std::move(m_result);
    m_result = ImportedText();
    m_result.format = result.format;
    m_lineCount = 0;
    return result;
}

QString ImportedTextBuilder::isoDate(QStringView value)
{
    static const QRegularExpression datePattern(u"(\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})"_s);
    const auto match = datePattern.matchView(value);
    if (!match.hasMatch()) {
        return {};
    }
    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace Fazhi
