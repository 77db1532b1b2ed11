// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importedtext.h"

#include <QStringView>

namespace Fazhi {

/**
 * Collects an importer's output line by line into ImportedText, so that every format trims its
 * lines, drops empty ones and numbers heading lines the same way.
 */
class ImportedTextBuilder final
{
public:
    explicit ImportedTextBuilder(const QString &format);

    /**
     * Appends one line (a paragraph), trimmed of surrounding white space including U+3000 and
     * U+00A0; empty lines are dropped. A line containing '\n' becomes several lines.
     * @p headingLevel > 0 marks each resulting line as a heading of that level.
     */
    void addLine(QStringView line, int headingLevel = 0);
    /** Number of lines added so far. */
    int lineCount() const { return m_lineCount; }
    /** Sets a metadata field unless @p value is empty or says "none" (无, 無, -). */
    void setField(const QString &key, const QString &value);
    /** Like setField() but only when the field is not set yet. */
    void setFieldIfUnset(const QString &key, const QString &value);
    /** Sets a date field in ISO form (yyyy-MM-dd) if @p value holds a recognisable date. */
    void setDateField(const QString &key, QStringView value);
    bool hasField(const QString &key) const { return m_result.fields.contains(key); }
    /** The metadata field @p key, or an empty string. */
    QString field(const QString &key) const { return m_result.fields.value(key); }
    void addWarning(const QString &warning) { m_result.warnings.append(warning); }
    void setEncoding(const QString &encoding) { m_result.encoding = encoding; }

    /** The text collected; the builder is empty afterwards. */
    ImportedText take();

    /** "2025-02-08 15:56", "2025年2月8日", "2025/2/8" → "2025-02-08"; empty when no date is found. */
    static QString isoDate(QStringView value);

private:
    ImportedText m_result;
    int m_lineCount = 0;
};

} // namespace Fazhi
