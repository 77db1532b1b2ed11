// SPDX-License-Identifier: GPL-3.0-or-later
// LibraryFilterModel over the library's listing of the sample reports, as the library panel uses
// it: words in either script and width, year, level and review status, alone and together,
// numbers sorted as numbers, rows that come and change while a filter is set.
#include "libraryfiltermodel.h"
#include "librarymodel.h"
#include "projectfixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestLibraryFilterModel : public QObject
{
    Q_OBJECT

private:
    ProjectFixture m_fixture;
    std::unique_ptr<LibraryModel> m_model;
    std::unique_ptr<LibraryFilterModel> m_filter;

    /** The regions of the rows that pass, sorted. */
    QStringList regions() const
    {
        QStringList names;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            names.append(m_filter->index(row, LibraryModel::Region).data().toString());
        }
        names.sort();
        return names;
    }

    /** The rows that pass with only @p text typed. */
    QStringList matching(const QString &text)
    {
        m_filter->setFilterText(text);
        const QStringList found = regions();
        m_filter->setFilterText({});
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.open());
        for (const QString &sample : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
            QVERIFY(m_fixture.importSeed(sample) > 0);
        }
        m_model = std::make_unique<LibraryModel>(m_fixture.session);
        m_filter = std::make_unique<LibraryFilterModel>();
        m_filter->setSourceModel(m_model.get());
        new QAbstractItemModelTester(m_filter.get(), QAbstractItemModelTester::FailureReportingMode::Fatal, this);
        // The listing is read on a worker thread.
        QTRY_COMPARE(m_filter->rowCount(), 5);
    }

    void cleanup()
    {
        m_filter->setFilterText({});
        m_filter->setYear(0);
        m_filter->setLevel({});
        m_filter->setStatus({});
        QCOMPARE(m_filter->rowCount(), m_model->rowCount());
    }

    void wordsInEitherScript()
    {
        // 鎮江 is traditional, the report says 镇江市; 高明区 is simplified, that report traditional.
        QCOMPARE(matching(u"鎮江"_s), QStringList{u"镇江市"_s});
        QCOMPARE(matching(u"高明区"_s), QStringList{u"佛山市高明区"_s});
        QCOMPARE(matching(u"高明區"_s), QStringList{u"佛山市高明区"_s});
        // The title holds them: 绍兴市上虞区2024年度法治政府建设工作情况报告.
        QCOMPARE(matching(u"上虞 工作情况"_s), QStringList{u"绍兴市上虞区"_s});
    }

    void everyWordMustMatch()
    {
        QCOMPARE(matching(u"江 2024"_s), (QStringList{u"江门市江海区"_s, u"镇江市"_s}));
        QCOMPARE(matching(u"江 2019"_s), QStringList());
        QCOMPARE(matching(u"没有这个地方"_s), QStringList());
        // Spaces alone name no word.
        QCOMPARE(matching(u"   "_s).size(), 5);
        QCOMPARE(matching(QString()).size(), 5);
    }

    void widthAndCaseDoNotMatter()
    {
        QCOMPARE(matching(u"２０１９"_s), QStringList{u"佛山市高明区"_s});
        // The file name: 000_c0a3792a5667bb51.txt.
        QCOMPARE(matching(u"C0A3792A"_s), QStringList{u"江门市江海区"_s});
        QCOMPARE(matching(u"ｃ０ａ３"_s), QStringList{u"江门市江海区"_s});
    }

    void yearLevelAndStatus()
    {
        m_filter->setYear(2019);
        QCOMPARE(regions(), QStringList{u"佛山市高明区"_s});
        m_filter->setYear(2024);
        QCOMPARE(regions().size(), 4);
        m_filter->setYear(1999);
        QCOMPARE(regions(), QStringList());
        m_filter->setYear(0);

        m_filter->setLevel(u"区"_s);
        QCOMPARE(regions(), (QStringList{u"佛山市高明区"_s, u"江门市江海区"_s, u"绍兴市上虞区"_s}));
        m_filter->setLevel(u"镇"_s);
        QCOMPARE(regions(), QStringList{u"东莞市洪梅镇"_s});
        m_filter->setLevel({});

        m_filter->setStatus(u"unreviewed"_s);
        QCOMPARE(regions().size(), 5);
        m_filter->setStatus(u"done"_s);
        QCOMPARE(regions(), QStringList());
        QCOMPARE(m_filter->status(), u"done"_s);
    }

    void filtersTogether()
    {
        m_filter->setYear(2024);
        m_filter->setLevel(u"区"_s);
        QCOMPARE(regions(), (QStringList{u"江门市江海区"_s, u"绍兴市上虞区"_s}));
        m_filter->setFilterText(u"紹興"_s);
        QCOMPARE(regions(), QStringList{u"绍兴市上虞区"_s});
        QCOMPARE(m_filter->filterText(), u"紹興"_s);
        QCOMPARE(m_filter->year(), 2024);
        QCOMPARE(m_filter->level(), u"区"_s);
    }

    void rowsFollowTheProject()
    {
        // A report marked done joins the done filter when the listing is read again.
        m_filter->setStatus(u"done"_s);
        qint64 id = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->summary(row).region == u"镇江市") {
                id = m_model->summary(row).id;
            }
        }
        QVERIFY(id > 0);
        QVERIFY(m_fixture.session.store()->setReviewStatus(id, u"done"_s).ok());
        m_fixture.session.notifyReportsChanged();
        QTRY_COMPARE(regions(), QStringList{u"镇江市"_s});

        // A new report of 2024 and a district comes in under the filters it matches.
        m_filter->setStatus({});
        m_filter->setYear(2024);
        m_filter->setLevel(u"区"_s);
        QCOMPARE(regions().size(), 2);
        // Shorter than the samples by a digit: 7xx characters against 3,xxx and more.
        const QString text
            = u"某某市某某区2024年度法治政府建设情况报告\n2024年,某某区坚持以习近平法治思想为指导,全面推进依法行政。\n"
              u"一、主要举措和成效\n"_s
            + u"全区办理行政复议案件128件,行政机关负责人出庭应诉率100%。"_s.repeated(20);
        const qint64 added = m_fixture.import(SeedReports::parse(text, u"某某区.txt"_s));
        QVERIFY(added > 0);
        m_fixture.session.notifyReportsChanged();
        QTRY_COMPARE(regions(), (QStringList{u"某某市某某区"_s, u"江门市江海区"_s, u"绍兴市上虞区"_s}));
    }

    void sortsNumbersAsNumbers()
    {
        m_filter->sort(LibraryModel::Length, Qt::AscendingOrder);
        QList<qlonglong> lengths;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            lengths.append(m_filter->index(row, LibraryModel::Length).data(LibraryModel::SortRole).toLongLong());
        }
        // The short report first, however its digits compare with the others' as text.
        QVERIFY(std::is_sorted(lengths.cbegin(), lengths.cend()));
        QVERIFY(lengths.first() < 1000 && lengths.last() > 1000);
        QCOMPARE(m_filter->index(0, LibraryModel::Region).data().toString(), u"某某市某某区"_s);

        m_filter->sort(LibraryModel::Year, Qt::DescendingOrder);
        QCOMPARE(
            m_filter->index(m_filter->rowCount() - 1, LibraryModel::Year).data(LibraryModel::SortRole).toInt(), 2019);
        m_filter->sort(-1);
    }
};

// The status column draws badges: QIcon wants a QGuiApplication.
QTEST_MAIN(TestLibraryFilterModel)
#include "tst_libraryfiltermodel.moc"
