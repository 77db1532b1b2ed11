// SPDX-License-Identifier: GPL-3.0-or-later
// Text from data (names of the standard, the report's words) in the script of the UI language.
#include "datatext.h"
#include "reviewstore.h"
#include "scriptconverter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestDataText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        DataText::setLanguage(u"zh_CN"_s);
        DataText::setVariant(DataText::Variant::Taiwan);
    }

    void simplifiedAndEnglishShowTheDataAsStored()
    {
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            DataText::setLanguage(language);
            QCOMPARE(DataText::show(u"党的领导和学法用法"_s), u"党的领导和学法用法"_s);
        }
    }

    void traditionalWithTaiwanOrHongKongConventions()
    {
        DataText::setLanguage(u"zh_TW"_s);
        QCOMPARE(DataText::show(u"为群众办实事"_s), u"為群眾辦實事"_s);
        // Plain OpenCC s2t writes 爲, which readers in Taiwan and Hong Kong do not use.
        QVERIFY(ScriptConverter(ScriptConverter::Direction::ToTraditional).convert(u"为"_s).value() != u"為"_s);
        QCOMPARE(DataText::show(u"这里着手"_s), u"這裡著手"_s);
        // The genre's terms stay what they are: no software phrases (文件 → 檔案, 程序 → 程式).
        QCOMPARE(DataText::show(u"规范性文件备案审查程序，事项目录"_s), u"規範性文件備案審查程序，事項目錄"_s);
        DataText::setVariant(DataText::Variant::HongKong);
        QCOMPARE(DataText::show(u"为群众办实事"_s), u"為羣眾辦實事"_s);
        QCOMPARE(DataText::show(u"这里着手"_s), u"這裏着手"_s);
        QCOMPARE(DataText::show(u"规范性文件备案审查程序"_s), u"規範性文件備案審查程序"_s);
    }

    void builtInTagNames()
    {
        const Tag causes{1, {}, u"原因"_s, QColor(), 3, 0, u"causes"_s};
        const Tag own{2, {}, u"亮点为先"_s, QColor(), 0, 0, {}};
        QCOMPARE(ReviewStore::displayName(causes), u"原因"_s);
        DataText::setLanguage(u"zh_TW"_s);
        QCOMPARE(ReviewStore::displayName(own), u"亮點為先"_s);
        DataText::setLanguage(u"en"_s);
        QCOMPARE(ReviewStore::displayName(causes), u"Cause"_s);
        // The office's own tag is its own word.
        QCOMPARE(ReviewStore::displayName(own), u"亮点为先"_s);
    }
};

QTEST_GUILESS_MAIN(TestDataText)
#include "tst_datatext.moc"
