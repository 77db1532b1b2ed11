// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptdetector.h"

#include "scriptconverter.h"

#include <algorithm>
#include <array>
#include <atomic>

#include <QHash>
#include <QMutex>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

enum CharClass : quint8 { Unknown = 0, Neutral, Traditional, Simplified };

// One entry per BMP code unit. Filled lazily from OpenCC; reads are lock-free.
std::array<std::atomic<quint8>, 0x10000> s_classes {};
QMutex s_classifyMutex;

bool isHan(char16_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

quint8 classOf(char16_t c)
{
    return isHan(c) ? s_classes[c].load(std::memory_order_relaxed) : quint8(Neutral);
}

// Asks OpenCC about characters not seen before, one per line so that no phrase spans two.
void classifyCharacters(const QList<char16_t> &unknown)
{
    QMutexLocker lock(&s_classifyMutex);
    QString batch;
    QList<char16_t> todo;
    QSet<char16_t> queued;
    for (char16_t c : unknown) {
        if (s_classes[c].load(std::memory_order_relaxed) == Unknown && !queued.contains(c)) {
            queued.insert(c);
            todo.append(c);
            batch.append(QChar(c));
            batch.append(u'\n');
        }
    }
    if (todo.isEmpty()) {
        return;
    }
    static const ScriptConverter toSimplified(ScriptConverter::Direction::ToSimplified);
    static const ScriptConverter toTraditional(ScriptConverter::Direction::ToTraditional);
    const QStringList simplified = toSimplified.convert(batch).value().split(u'\n');
    const QStringList traditional = toTraditional.convert(batch).value().split(u'\n');
    for (qsizetype i = 0; i < todo.size(); ++i) {
        const QString original(QChar(todo.at(i)));
        const bool changedByT2s = simplified.value(i, original) != original;
        const bool changedByS2t = traditional.value(i, original) != original;
        const quint8 result = changedByT2s ? Traditional : (changedByS2t ? Simplified : Neutral);
        s_classes[todo.at(i)].store(result, std::memory_order_relaxed);
    }
}

} // namespace

ScriptDetector::Counts ScriptDetector::count(QStringView text)
{
    Counts counts;
    QHash<char16_t, qsizetype> unknown; // distinct characters not classified yet, with their counts
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!isHan(c)) {
            continue;
        }
        ++counts.han;
        switch (classOf(c)) {
        case Traditional:
            ++counts.traditional;
            break;
        case Simplified:
            ++counts.simplified;
            break;
        case Unknown:
            ++unknown[c];
            break;
        default:
            break;
        }
    }
    if (!unknown.isEmpty()) {
        classifyCharacters(unknown.keys());
        for (auto it = unknown.cbegin(); it != unknown.cend(); ++it) {
            const quint8 cls = classOf(it.key());
            counts.traditional += cls == Traditional ? it.value() : 0;
            counts.simplified += cls == Simplified ? it.value() : 0;
        }
    }
    return counts;
}

Script ScriptDetector::classify(const Counts &counts)
{
    const qsizetype t = counts.traditional;
    const qsizetype s = counts.simplified;
    if (t == 0 && s == 0) {
        return Script::Unknown;
    }
    // Each script borrows a few of the other's characters (干部 in Hong Kong usage, 后 for 後),
    // so one script has to dominate clearly rather than exclusively.
    if (t >= 4 * s) {
        return Script::Traditional;
    }
    if (s >= 4 * t) {
        return Script::Simplified;
    }
    return Script::Mixed;
}

bool ScriptDetector::isTraditional(char16_t c)
{
    if (!isHan(c)) {
        return false;
    }
    if (classOf(c) == Unknown) {
        classifyCharacters({ c });
    }
    return classOf(c) == Traditional;
}

bool ScriptDetector::containsTraditional(QStringView text)
{
    QSet<char16_t> unknown;
    for (QChar ch : text) {
        const quint8 cls = classOf(ch.unicode());
        if (cls == Traditional) {
            return true;
        }
        if (cls == Unknown) {
            unknown.insert(ch.unicode());
        }
    }
    if (unknown.isEmpty()) {
        return false;
    }
    classifyCharacters(unknown.values());
    return std::any_of(unknown.cbegin(), unknown.cend(), [](char16_t c) { return classOf(c) == Traditional; });
}

Script scriptFromName(const QString &name)
{
    for (Script script : { Script::Simplified, Script::Traditional, Script::Mixed }) {
        if (scriptName(script) == name) {
            return script;
        }
    }
    return Script::Unknown;
}

QString scriptName(Script script)
{
    switch (script) {
    case Script::Simplified:
        return u"simplified"_s;
    case Script::Traditional:
        return u"traditional"_s;
    case Script::Mixed:
        return u"mixed"_s;
    case Script::Unknown:
        break;
    }
    return u"unknown"_s;
}

} // namespace Fazhi
