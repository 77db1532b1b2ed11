// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpaths.h"
#include "translationloader.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Fazhi::TranslationLoader;

class TestTranslationLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("explicit zh_CN") << u"zh_CN"_s << QStringList{u"en-US"_s} << u"zh_CN"_s;
        QTest::newRow("explicit zh-Hant") << u"zh-Hant"_s << QStringList{} << u"zh_TW"_s;
        QTest::newRow("explicit en_GB") << u"en_GB"_s << QStringList{u"zh-CN"_s} << u"en"_s;
        QTest::newRow("system Taiwan") << QString() << QStringList{u"zh-Hant-TW"_s} << u"zh_TW"_s;
        QTest::newRow("system Hong Kong") << QString() << QStringList{u"zh-HK"_s} << u"zh_TW"_s;
        QTest::newRow("system mainland") << QString() << QStringList{u"zh-Hans-CN"_s, u"zh-CN"_s} << u"zh_CN"_s;
        QTest::newRow("first usable system entry") << QString() << QStringList{u"fr-FR"_s, u"en-US"_s} << u"en"_s;
        QTest::newRow("nothing usable: Chinese first") << QString() << QStringList{u"C"_s} << u"zh_CN"_s;
    }

    void resolve()
    {
        QFETCH(QString, requested);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        const auto language = TranslationLoader::resolve(requested, system);
        QVERIFY2(language.ok(), qPrintable(language.error()));
        QCOMPARE(language.value(), expected);
    }

    void fallbackIsUsedWhenNothingMatches()
    {
        QCOMPARE(TranslationLoader::resolve(QString(), {u"de-DE"_s}, u"en"_s).value(), u"en"_s);
    }

    void unknownLanguageIsAnError()
    {
        const auto language = TranslationLoader::resolve(u"fr"_s, {});
        QVERIFY(!language.ok());
        QVERIFY(language.error().contains(u"fr"));
        QVERIFY(language.error().contains(u"zh_CN"));
    }

    void installLoadsChineseCatalogues()
    {
        const QStringList missing = TranslationLoader::install(QCoreApplication::instance(), u"zh_CN"_s);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
        QCOMPARE(QCoreApplication::translate("Fazhi::MainWindow", "Library"), u"报告库"_s);
    }

    // The English catalogue gives counts their two forms, where the source says "report(s)".
    void englishCountsReadAsEnglish()
    {
        const QStringList missing = TranslationLoader::install(QCoreApplication::instance(), u"en"_s);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
        const auto footer = [](int total) {
            return QCoreApplication::translate("Fazhi::LibraryPanel", "%1 of %n report(s)", nullptr, total).arg(1);
        };
        QCOMPARE(footer(1), u"1 of 1 report"_s);
        QCOMPARE(footer(12), u"1 of 12 reports"_s);
        QCOMPARE(QCoreApplication::translate("Fazhi::ImportDialog", "%n copies not imported", nullptr, 1),
            u"1 copy not imported"_s);
        QCOMPARE(QCoreApplication::translate("Fazhi::MainWindow", "Library"), u"Library"_s);
    }

    // Every catalogue we ship is complete: no string left unfinished or empty.
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << u"zh_CN"_s;
        QTest::newRow("zh_TW") << u"zh_TW"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        QFile file(TestPaths::sourceDir() + u"/translations/fazhi_"_s + language + u".ts"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QDomDocument document;
        QVERIFY(document.setContent(&file));
        const QDomNodeList messages = document.elementsByTagName(u"message"_s);
        QVERIFY2(messages.size() > 20, "the catalogue holds too few messages to be the real one");
        for (int i = 0; i < messages.size(); ++i) {
            const QDomElement message = messages.at(i).toElement();
            const QString source = message.firstChildElement(u"source"_s).text();
            const QDomElement translation = message.firstChildElement(u"translation"_s);
            const QString type = translation.attribute(u"type"_s);
            QVERIFY2(type != u"unfinished" && type != u"vanished" && type != u"obsolete",
                qPrintable(u"%1: \"%2\" is %3"_s.arg(language, source, type)));
            const bool hasText
                = !translation.text().isEmpty() || !translation.firstChildElement(u"numerusform"_s).text().isEmpty();
            QVERIFY2(hasText, qPrintable(u"%1: \"%2\" has no translation"_s.arg(language, source)));
            if (language == u"en" && message.attribute(u"numerus"_s) == u"yes") {
                // One form for 1 and one for the rest, neither of them "(s)".
                const QDomNodeList forms = translation.elementsByTagName(u"numerusform"_s);
                QVERIFY2(forms.size() == 2, qPrintable(source));
                for (int f = 0; f < forms.size(); ++f) {
                    QVERIFY2(!forms.at(f).toElement().text().contains(u"(s)"_s), qPrintable(source));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
