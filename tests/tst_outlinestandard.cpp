// SPDX-License-Identifier: GPL-3.0-or-later
// The outline standard as data: the bundled file loads, an office's own file loads from disk,
// and a broken file says which file and which place is wrong.
#include "outlinestandard.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fazhi;

namespace {

QJsonObject bundledJson()
{
    QFile file(OutlineStandard::bundledPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

} // namespace

class TestOutlineStandard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledLoads()
    {
        const Result<OutlineStandard> standard = OutlineStandard::bundled();
        QVERIFY2(standard.ok(), qPrintable(standard.error()));
        QCOMPARE(standard.value().categories().size(), 6);
        for (const OutlineCategory category : allOutlineCategories()) {
            const OutlineCategoryRules &rules = standard.value().rules(category);
            QCOMPARE(rules.category, category);
            QVERIFY(!rules.headingCues.isEmpty());
            QVERIFY(!rules.paragraphCues.isEmpty());
        }
        QVERIFY(standard.value().rules(OutlineCategory::Plans).isPart);
        QVERIFY(!standard.value().rules(OutlineCategory::Leadership).isPart);
        QStringList themes;
        for (const OutlineTheme &theme : standard.value().themes()) {
            themes.append(theme.id);
        }
        QCOMPARE(themes,
            (QStringList{u"functions"_s, u"rules"_s, u"decisions"_s, u"enforcement"_s, u"emergencies"_s, u"disputes"_s,
                u"oversight"_s, u"digital"_s, u"leadership_study"_s, u"publicity"_s}));
        const ChecklistRules &checklist = standard.value().checklist();
        QCOMPARE(checklist.candourWarnBelow, 0.05);
        QCOMPARE(checklist.candourFailBelow, 0.02);
        QCOMPARE(checklist.deadlineMonth, 4);
        QCOMPARE(checklist.deadlineDay, 1);
        QVERIFY(standard.value().indicators().size() >= 20);
    }

    void officeFileFromDisk()
    {
        QTemporaryDir dir;
        QJsonObject json = bundledJson();
        json.insert(u"name"_s, u"某省法治政府建设考评指标体系"_s);
        const QString path = dir.filePath(u"province.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(toBytes(json));
        file.close();
        const Result<OutlineStandard> standard = OutlineStandard::fromFile(path);
        QVERIFY2(standard.ok(), qPrintable(standard.error()));
        QCOMPARE(standard.value().name(), u"某省法治政府建设考评指标体系"_s);
    }

    void missingFileNamesIt()
    {
        const Result<OutlineStandard> standard = OutlineStandard::fromFile(u"/nonexistent/standard.json"_s);
        QVERIFY(!standard.ok());
        QVERIFY2(standard.error().startsWith(u"/nonexistent/standard.json: "), qPrintable(standard.error()));
    }

    void badJsonGivesLineAndColumn()
    {
        const Result<OutlineStandard> standard
            = OutlineStandard::fromJson("{\n  \"name\": \"x\",\n  \"categories\": [ oops ]\n}", u"office.json"_s);
        QVERIFY(!standard.ok());
        QVERIFY2(standard.error().startsWith(u"office.json: line 3, column "), qPrintable(standard.error()));
    }

    void brokenFilesNameThePlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("place");
        QJsonObject json = bundledJson();

        QJsonObject noThemes = json;
        noThemes.remove(u"themes"_s);
        QTest::newRow("missing key") << toBytes(noThemes) << u"office.json: themes: missing"_s;

        QJsonObject badRegex = json;
        QJsonArray categories = badRegex.value(u"categories"_s).toArray();
        QJsonObject problems = categories.at(1).toObject();
        QJsonArray cues = problems.value(u"headingCues"_s).toArray();
        QJsonObject cue = cues.at(2).toObject();
        cue.insert(u"regex"_s, u"存在(问题"_s);
        cues.replace(2, cue);
        problems.insert(u"headingCues"_s, cues);
        categories.replace(1, problems);
        badRegex.insert(u"categories"_s, categories);
        QTest::newRow("bad regex") << toBytes(badRegex)
                                   << u"office.json: categories[1].headingCues[2].regex: invalid regular expression"_s;

        QJsonObject badWeight = json;
        categories = badWeight.value(u"categories"_s).toArray();
        problems = categories.at(1).toObject();
        problems.insert(u"inheritWeight"_s, u"high"_s);
        categories.replace(1, problems);
        badWeight.insert(u"categories"_s, categories);
        QTest::newRow("wrong type") << toBytes(badWeight)
                                    << u"office.json: categories[1].inheritWeight: must be a number"_s;

        QJsonObject missingCategory = json;
        categories = missingCategory.value(u"categories"_s).toArray();
        categories.removeAt(3);
        missingCategory.insert(u"categories"_s, categories);
        QTest::newRow("category missing")
            << toBytes(missingCategory) << u"office.json: categories: category \"leadership\" is missing"_s;

        QJsonObject unknownCategory = json;
        categories = unknownCategory.value(u"categories"_s).toArray();
        QJsonObject renamed = categories.at(5).toObject();
        renamed.insert(u"id"_s, u"misc"_s);
        categories.replace(5, renamed);
        unknownCategory.insert(u"categories"_s, categories);
        QTest::newRow("unknown category")
            << toBytes(unknownCategory) << u"office.json: categories[5].id: unknown category \"misc\""_s;

        QJsonObject noNumber = json;
        QJsonArray indicators = noNumber.value(u"indicators"_s).toArray();
        QJsonObject indicator = indicators.at(0).toObject();
        indicator.insert(u"patterns"_s, QJsonArray{QJsonObject{{u"regex"_s, u"出庭应诉率"_s}}});
        indicators.replace(0, indicator);
        noNumber.insert(u"indicators"_s, indicators);
        QTest::newRow("indicator without number")
            << toBytes(noNumber) << u"office.json: indicators[0].patterns[0].regex: needs {n}"_s;
    }

    void brokenFilesNameThePlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, place);
        const Result<OutlineStandard> standard = OutlineStandard::fromJson(json, u"office.json"_s);
        QVERIFY(!standard.ok());
        QVERIFY2(standard.error().startsWith(place), qPrintable(standard.error()));
    }

    void literalCuesAreEscaped()
    {
        QJsonObject json = bundledJson();
        QJsonArray categories = json.value(u"categories"_s).toArray();
        QJsonObject other = categories.at(5).toObject();
        other.insert(u"headingCues"_s,
            QJsonArray{QJsonObject{{u"literal"_s, u"其他(事项)"_s}, {u"weight"_s, 6}, {u"label"_s, u"其他"_s}}});
        categories.replace(5, other);
        json.insert(u"categories"_s, categories);
        const Result<OutlineStandard> standard = OutlineStandard::fromJson(toBytes(json), u"office.json"_s);
        QVERIFY2(standard.ok(), qPrintable(standard.error()));
        const QRegularExpression &pattern = standard.value().rules(OutlineCategory::Other).headingCues.first().pattern;
        QVERIFY(pattern.match(u"四、其他(事项)"_s).hasMatch());
        QVERIFY(!pattern.match(u"四、其他事项"_s).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestOutlineStandard)
#include "tst_outlinestandard.moc"
