// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

class QXmlStreamReader;

namespace Fazhi {

/**
 * Word's automatic list numbering (word/numbering.xml) turned into the text it prints: a report
 * whose headings are numbered by Word reads "一、", "（一）", "1." only through this. Counters
 * advance as paragraphs are numbered, in document order.
 */
class DocxNumbering final
{
public:
    /** Reads numbering.xml; false when it is not well-formed (the numbering is then empty). */
    bool load(QByteArrayView xml);

    /**
     * The label of the next paragraph numbered with @p numId at level @p level, with the
     * separator Word puts after it ("一、", "（一）", "1. "); empty for bullets and unknown lists.
     */
    QString nextLabel(int numId, int level);

    /** @p value written in Word's number format @p numFmt ("decimal", "chineseCounting", …). */
    static QString formatNumber(int value, QStringView numFmt);

    /** The value of the current element's attribute @p localName ("val" for w:val), whatever its prefix. */
    static QStringView wordAttribute(const QXmlStreamReader &reader, QStringView localName);

private:
    struct Level
    {
        int start = 1;
        QString numFmt = QStringLiteral("decimal");
        QString text;
        QString suffix = QStringLiteral("tab");
        bool legal = false;
    };
    static constexpr int LevelCount = 9;

    QHash<int, QList<Level>> m_abstractLevels;
    QHash<int, int> m_abstractOfNum;
    /** Start overrides by numId; such a list counts on its own instead of sharing its abstract's counters. */
    QHash<int, QHash<int, int>> m_startOverrides;
    QHash<QString, QList<int>> m_counters;
};

} // namespace Fazhi
