// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptconverter.h"
#include "testpaths.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Fazhi::ScriptConverter;

class TestScriptConverter : public QObject
{
    Q_OBJECT

private:
    static QString seedLine(const QString &seed, int lineIndex)
    {
        QFile file(TestPaths::samplesDir() + u'/' + seed);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QString::fromUtf8(file.readAll()).split(u'\n').value(lineIndex);
    }

private Q_SLOTS:
    void traditionalSeedLineBecomesSimplified()
    {
        const QString line = seedLine(u"001_97256ae8d542b572.txt"_s, 5);
        QVERIFY2(line.startsWith(u"2019年,我區"), qPrintable(u"seed 001 not found or changed: "_s + line));

        ScriptConverter converter(ScriptConverter::Direction::ToSimplified);
        QVERIFY2(converter.isValid(), qPrintable(converter.loadError()));
        const auto simplified = converter.convert(line);
        QVERIFY2(simplified.ok(), qPrintable(simplified.error()));
        QCOMPARE(simplified.value(),
            u"2019年,我区认真贯彻落实中央和省、市关于法治政府建设的工作要求,坚持以法治精神、法治思维、"
            u"法治方式推动全区改革发展。现将相关工作报告如下。"_s);
    }

    void titleLineBecomesSimplified()
    {
        ScriptConverter converter(ScriptConverter::Direction::ToSimplified);
        const auto simplified = converter.convert(seedLine(u"001_97256ae8d542b572.txt"_s, 2));
        QVERIFY(simplified.ok());
        QCOMPARE(simplified.value(), u"佛山市高明区人民政府关于2019年度"_s);
    }

    void simplifiedBecomesTraditional()
    {
        ScriptConverter converter(ScriptConverter::Direction::ToTraditional);
        QVERIFY2(converter.isValid(), qPrintable(converter.loadError()));
        const auto traditional = converter.convert(u"存在问题及下阶段工作计划"_s);
        QVERIFY(traditional.ok());
        QCOMPARE(traditional.value(), u"存在問題及下階段工作計劃"_s);
    }

    void simplifiedTextIsUnchangedByToSimplified()
    {
        ScriptConverter converter(ScriptConverter::Direction::ToSimplified);
        const QString text = u"镇江市2024年度法治政府建设情况报告（联系人：张三，电话：0511-1234）"_s;
        QCOMPARE(converter.convert(text).value(), text);
    }

    void emptyAndNonChineseText()
    {
        ScriptConverter converter(ScriptConverter::Direction::ToSimplified);
        QCOMPARE(converter.convert(QString()).value(), QString());
        QCOMPARE(converter.convert(u"ABC 123 %"_s).value(), u"ABC 123 %"_s);
    }

    void loneSurrogateDoesNotBreakConversion()
    {
        // A truncated surrogate pair must not reach OpenCC as broken UTF-8.
        ScriptConverter converter(ScriptConverter::Direction::ToSimplified);
        QString text = u"法治報告"_s;
        text.append(QChar(0xD840));
        const auto converted = converter.convert(text);
        QVERIFY(converted.ok());
        QVERIFY2(converted.value().startsWith(u"法治报告"), qPrintable(converted.value()));
        QCOMPARE(converted.value().size(), 5); // the broken unit became one replacement character
    }
};

QTEST_GUILESS_MAIN(TestScriptConverter)
#include "tst_scriptconverter.moc"
