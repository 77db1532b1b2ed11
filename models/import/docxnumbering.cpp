// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxnumbering.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

int intAttribute(const QXmlStreamReader &reader, QStringView name = u"val", int fallback = 0)
{
    bool ok = false;
    const int value = DocxNumbering::wordAttribute(reader, name).toInt(&ok);
    return ok ? value : fallback;
}

QString chineseNumber(int value, QStringView digits, QStringView units)
{
    // digits: 〇一…九 (ten entries); units: 十百千. 10 → 十, 11 → 十一, 101 → 一百零一.
    if (value <= 0 || value > 9999) {
        return QString::number(value);
    }
    QString out;
    bool pendingZero = false;
    for (int power = 3; power >= 0; --power) {
        int divisor = 1;
        for (int i = 0; i < power; ++i) {
            divisor *= 10;
        }
        const int digit = (value / divisor) % 10;
        if (digit == 0) {
            pendingZero = !out.isEmpty();
            continue;
        }
        if (pendingZero) {
            out.append(digits[0]);
            pendingZero = false;
        }
        // "十一", not "一十一", when ten is the leading unit.
        if (!(power == 1 && digit == 1 && out.isEmpty())) {
            out.append(digits[digit]);
        }
        if (power > 0) {
            out.append(units[power - 1]);
        }
    }
    return out;
}

QString letters(int value, char16_t first)
{
    // Word repeats the letter: A … Z, AA … ZZ, AAA …
    const int count = (value - 1) / 26 + 1;
    return QString(count, QChar(char16_t(first + (value - 1) % 26)));
}

QString roman(int value)
{
    static const std::pair<int, const char16_t *> table[] = {{1000, u"M"}, {900, u"CM"}, {500, u"D"}, {400, u"CD"},
        {100, u"C"}, {90, u"XC"}, {50, u"L"}, {40, u"XL"}, {10, u"X"}, {9, u"IX"}, {5, u"V"}, {4, u"IV"}, {1, u"I"}};
    QString out;
    for (const auto &[number, numeral] : table) {
        while (value >= number) {
            out.append(QStringView(numeral));
            value -= number;
        }
    }
    return out;
}

QString enclosed(int value, char16_t first, int count)
{
    return value >= 1 && value <= count ? QString(QChar(char16_t(first + value - 1))) : QString::number(value);
}

} // namespace

QStringView DocxNumbering::wordAttribute(const QXmlStreamReader &reader, QStringView localName)
{
    // Matched by local name: generators differ in the prefix they bind to the WordprocessingML namespace.
    for (const QXmlStreamAttribute &attribute : reader.attributes()) {
        if (attribute.name() == localName) {
            return attribute.value();
        }
    }
    return {};
}

QString DocxNumbering::formatNumber(int value, QStringView numFmt)
{
    if (numFmt == u"chineseCounting" || numFmt == u"chineseCountingThousand" || numFmt == u"taiwaneseCounting"
        || numFmt == u"taiwaneseCountingThousand" || numFmt == u"japaneseCounting" || numFmt == u"ideographDigital") {
        return chineseNumber(value, u"〇一二三四五六七八九", u"十百千");
    }
    if (numFmt == u"chineseLegalSimplified") {
        return chineseNumber(value, u"零壹贰叁肆伍陆柒捌玖", u"拾佰仟");
    }
    if (numFmt == u"ideographLegalTraditional") {
        return chineseNumber(value, u"零壹貳參肆伍陸柒捌玖", u"拾佰仟");
    }
    if (numFmt == u"ideographTraditional") {
        return value >= 1 && value <= 10 ? QString(u"甲乙丙丁戊己庚辛壬癸"[value - 1]) : QString::number(value);
    }
    if (numFmt == u"ideographZodiac") {
        return value >= 1 && value <= 12 ? QString(u"子丑寅卯辰巳午未申酉戌亥"[value - 1]) : QString::number(value);
    }
    if (numFmt == u"decimalEnclosedCircle" || numFmt == u"decimalEnclosedCircleChinese") {
        return enclosed(value, 0x2460, 20);
    }
    if (numFmt == u"decimalEnclosedParen") {
        return enclosed(value, 0x2474, 20);
    }
    if (numFmt == u"decimalEnclosedFullstop") {
        return enclosed(value, 0x2488, 20);
    }
    if (numFmt == u"decimalFullWidth" || numFmt == u"decimalFullWidth2") {
        QString out = QString::number(value);
        for (QChar &c : out) {
            c = QChar(char16_t(c.unicode() - u'0' + 0xff10));
        }
        return out;
    }
    if (numFmt == u"decimalZero") {
        return value < 10 ? u"0"_s + QString::number(value) : QString::number(value);
    }
    if (numFmt == u"upperLetter") {
        return letters(value, u'A');
    }
    if (numFmt == u"lowerLetter") {
        return letters(value, u'a');
    }
    if (numFmt == u"upperRoman") {
        return roman(value);
    }
    if (numFmt == u"lowerRoman") {
        return roman(value).toLower();
    }
    return QString::number(value);
}

bool DocxNumbering::load(QByteArrayView xml)
{
    QXmlStreamReader reader(xml);
    int abstractId = -1;
    int numId = -1;
    int overrideLevel = -1;
    // The level being read, by position: a pointer into m_abstractLevels would dangle when a
    // later abstractNum (even one nested in the lvl, or of the same id) grows or replaces it.
    int levelAbstract = -1;
    int levelIndex = -1;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement()) {
            if (reader.name() == u"lvl") {
                levelAbstract = -1;
            }
            continue;
        }
        if (!reader.isStartElement()) {
            continue;
        }
        const QStringView name = reader.name();
        const auto found = levelAbstract >= 0 ? m_abstractLevels.find(levelAbstract) : m_abstractLevels.end();
        Level *level = found != m_abstractLevels.end() && levelIndex >= 0 && levelIndex < found->size()
            ? &(*found)[levelIndex]
            : nullptr;
        if (name == u"abstractNum") {
            abstractId = intAttribute(reader, u"abstractNumId");
            m_abstractLevels[abstractId] = QList<Level>(LevelCount);
        } else if (name == u"lvl" && abstractId >= 0 && numId < 0) {
            levelIndex = intAttribute(reader, u"ilvl");
            levelAbstract = levelIndex >= 0 && levelIndex < LevelCount ? abstractId : -1;
        } else if (name == u"num") {
            abstractId = -1;
            numId = intAttribute(reader, u"numId");
        } else if (name == u"abstractNumId" && numId >= 0) {
            m_abstractOfNum.insert(numId, intAttribute(reader));
        } else if (name == u"lvlOverride" && numId >= 0) {
            overrideLevel = intAttribute(reader, u"ilvl");
        } else if (name == u"startOverride" && numId >= 0) {
            m_startOverrides[numId].insert(overrideLevel, intAttribute(reader, u"val", 1));
        } else if (level && name == u"start") {
            level->start = intAttribute(reader, u"val", 1);
        } else if (level && name == u"numFmt") {
            level->numFmt = wordAttribute(reader, u"val").toString();
        } else if (level && name == u"lvlText") {
            level->text = wordAttribute(reader, u"val").toString();
        } else if (level && name == u"suff") {
            level->suffix = wordAttribute(reader, u"val").toString();
        } else if (level && name == u"isLgl") {
            level->legal = true;
        }
    }
    if (reader.hasError()) {
        m_abstractLevels.clear();
        m_abstractOfNum.clear();
        m_startOverrides.clear();
        return false;
    }
    return true;
}

QString DocxNumbering::nextLabel(int numId, int level)
{
    const auto abstractIt = m_abstractOfNum.constFind(numId);
    if (numId <= 0 || level < 0 || level >= LevelCount || abstractIt == m_abstractOfNum.constEnd()
        || !m_abstractLevels.contains(*abstractIt)) {
        return {};
    }
    const QList<Level> &levels = m_abstractLevels[*abstractIt];
    const QHash<int, int> overrides = m_startOverrides.value(numId);
    auto startOf = [&](int index) {
        return overrides.value(index, levels[index].start);
    };
    // Lists sharing an abstract definition continue each other's numbering, as in Word.
    const QString key = overrides.isEmpty() ? u"a"_s + QString::number(*abstractIt) : u"n"_s + QString::number(numId);
    QList<int> &counters = m_counters[key];
    if (counters.isEmpty()) {
        counters = QList<int>(LevelCount, 0);
    }
    counters[level] = counters[level] == 0 ? startOf(level) : counters[level] + 1;
    for (int deeper = level + 1; deeper < LevelCount; ++deeper) {
        counters[deeper] = 0;
    }

    const Level &format = levels[level];
    if (format.numFmt == u"bullet") {
        return {};
    }
    QString label;
    const QString &pattern = format.text;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == u'%' && i + 1 < pattern.size() && pattern[i + 1] >= u'1' && pattern[i + 1] <= u'9') {
            const int index = pattern[i + 1].unicode() - u'1';
            const int value = counters[index] == 0 ? startOf(index) : counters[index];
            const bool legal = format.legal && index < level;
            label.append(formatNumber(value, legal ? u"decimal"_s : levels[index].numFmt));
            ++i;
        } else {
            label.append(pattern[i]);
        }
    }
    if (label.isEmpty() || format.suffix == u"nothing") {
        return label;
    }
    // Word shows a tab after the label; "一、" reads right without a gap, "1." needs a space.
    const bool endsWide = label.back().unicode() >= 0x2e80;
    return format.suffix == u"space" || !endsWide ? label + u' ' : label;
}

} // namespace Fazhi
