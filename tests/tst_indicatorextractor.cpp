// SPDX-License-Identifier: GPL-3.0-or-later
// Indicators: crafted sentences with synonyms, number forms and traditional script, and the
// figures of the real reports.
#include "indicatorextractor.h"
#include "seedreports.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fazhi;

namespace {

IndicatorExtractor makeExtractor()
{
    const Result<OutlineStandard> standard = OutlineStandard::bundled();
    if (!standard) {
        qFatal("%s", qPrintable(standard.error()));
    }
    return IndicatorExtractor(standard.value());
}

// "id=value unit" for each value found.
QStringList rows(const QList<IndicatorValue> &values)
{
    QStringList result;
    for (const IndicatorValue &value : values) {
        result.append(u"%1=%2%3"_s.arg(value.id, QString::number(value.value, 'g', 10), value.unit));
    }
    return result;
}

} // namespace

class TestIndicatorExtractor : public QObject
{
    Q_OBJECT

private:
    IndicatorExtractor m_extractor = makeExtractor();

private Q_SLOTS:
    void sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("appearance rate") << u"行政机关负责人出庭应诉率达100%。"_s
                                         << QStringList{u"court_appearance_rate=100%"_s};
        QTest::newRow("appearance synonym")
            << u"全年行政机关负责人出庭率为96.5%。"_s << QStringList{u"court_appearance_rate=96.5%"_s};
        QTest::newRow("appearance traditional")
            << u"行政機關負責人出庭應訴率達100%。"_s << QStringList{u"court_appearance_rate=100%"_s};
        QTest::newRow("reconsideration") << u"全年共受理行政复议案件1.2万件,办结11800件,纠错率8.5%。"_s
                                         << QStringList{u"reconsideration_received=12000件"_s,
                                                u"reconsideration_concluded=11800件"_s,
                                                u"reconsideration_correction_rate=8.5%"_s};
        QTest::newRow("reconsideration traditional")
            << u"共受理行政復議案件52件,辦結44件。"_s
            << QStringList{u"reconsideration_received=52件"_s, u"reconsideration_concluded=44件"_s};
        QTest::newRow("settlement rates by subject")
            << u"收到复议申请474件,调撤228件,调撤率51.5%;一审行政诉讼收案184件,调撤率49.4%,败诉率2.25%。"_s
            << QStringList{u"reconsideration_received=474件"_s, u"reconsideration_settlement_rate=51.5%"_s,
                   u"litigation_cases=184件"_s, u"litigation_settlement_rate=49.4%"_s, u"litigation_loss_rate=2.25%"_s};
        QTest::newRow("zero losses") << u"全年行政诉讼零败诉。"_s << QStringList{u"litigation_loss_rate=0%"_s};
        QTest::newRow("normative documents")
            << u"共审核行政规范性文件34件,备案审核部门单位和乡镇(街道)行政规范性文件21件。"_s
            << QStringList{u"normative_documents_reviewed=34件"_s, u"normative_documents_filed=21件"_s};
        QTest::newRow("decisions and advisers")
            << u"重大行政决策8件。法律顾问全年出具法律意见320份。"_s
            << QStringList{u"major_decisions=8件"_s, u"legal_adviser_opinions=320份"_s};
        QTest::newRow("case files") << u"抽查各类执法案卷495件,行政执法案卷优良率提升至97.2%。"_s
                                    << QStringList{
                                           u"case_files_reviewed=495件"_s, u"case_files_excellent_rate=97.2%"_s};
        QTest::newRow("mediation") << u"全区共调解纠纷1934件,调解成功率98.9%。"_s
                                   << QStringList{u"mediation_cases=1934件"_s, u"mediation_success_rate=98.9%"_s};
        QTest::newRow("legal aid") << u"法律援助中心共办理法援案件633件。全年办理法律援助案件1.5万件。"_s
                                   << QStringList{u"legal_aid_cases=633件"_s, u"legal_aid_cases=15000件"_s};
        QTest::newRow("hotline") << u"12345服务热线共受理诉求55361宗,办结率98.7%。"_s
                                 << QStringList{u"hotline_cases=55361宗"_s, u"hotline_completion_rate=98.7%"_s};
        QTest::newRow("publicity") << u"开展各类普法宣传活动3000多场次。"_s
                                   << QStringList{u"publicity_activities=3000场次"_s};
        QTest::newRow("officers") << u"组织行政执法人员培训1300余人次。全区179名执法人员通过考试。"_s
                                  << QStringList{u"enforcement_officers_trained=1300人次"_s,
                                         u"enforcement_officers_trained=179名"_s};
        QTest::newRow("deployed is not trained") << u"累计出动执法人员3800人次。"_s << QStringList{};
        QTest::newRow("no figures") << u"全面推进依法行政,法治政府建设取得明显成效。"_s << QStringList{};
    }

    void sentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const QList<IndicatorValue> values = m_extractor.extractFromText(text);
        QCOMPARE(rows(values), expected);
        for (const IndicatorValue &value : values) {
            QVERIFY(value.match.start >= value.sentence.start && value.match.end <= value.sentence.end);
            QVERIFY(!value.name.isEmpty());
        }
    }

    void offsetsPointAtTheOriginal()
    {
        const QString text = u"前言。區各部門行政機關負責人出庭應訴率達100%。"_s;
        const QList<IndicatorValue> values = m_extractor.extractFromText(text);
        QCOMPARE(values.size(), 1);
        QCOMPARE(text.mid(values.first().match.start, values.first().match.length()), u"出庭應訴率達100%"_s);
        QVERIFY(text.mid(values.first().sentence.start, values.first().sentence.length()).startsWith(u"區各部門"));
    }

    void seeds_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QStringList>("expected"); // a subset that must be found
        QTest::newRow("000") << u"000"_s
                             << QStringList{u"hotline_cases=55361宗"_s, u"hotline_completion_rate=98.7%"_s,
                                    u"court_appearance_rate=100%"_s, u"legal_adviser_opinions=59条"_s,
                                    u"legal_aid_cases=633件"_s, u"case_files_excellent_rate=97.2%"_s,
                                    u"publicity_activities=3000场次"_s};
        QTest::newRow("001") << u"001"_s
                             << QStringList{u"reconsideration_received=52件"_s, u"reconsideration_concluded=44件"_s,
                                    u"mediation_cases=1934件"_s, u"mediation_success_rate=98.9%"_s,
                                    u"legal_aid_cases=299件"_s, u"case_files_reviewed=273宗"_s,
                                    u"enforcement_officers_trained=179名"_s, u"legal_adviser_opinions=100份"_s};
        QTest::newRow("002") << u"002"_s
                             << QStringList{u"reconsideration_received=474件"_s,
                                    u"reconsideration_settlement_rate=51.5%"_s, u"litigation_cases=184件"_s,
                                    u"litigation_loss_rate=2.25%"_s, u"court_appearance_rate=100%"_s,
                                    u"normative_documents_reviewed=34件"_s, u"normative_documents_filed=21件"_s,
                                    u"major_decisions=8件"_s, u"case_files_reviewed=495件"_s,
                                    u"enforcement_officers_trained=156人"_s, u"publicity_activities=150场"_s};
        QTest::newRow("004") << u"004"_s << QStringList{u"hotline_cases=4942件"_s, u"hotline_completion_rate=100%"_s};
    }

    void seeds()
    {
        QFETCH(QString, seed);
        QFETCH(QStringList, expected);
        const ReportDocument document = SeedReports::document(seed);
        QStringList found = rows(m_extractor.extract(document));
        for (const QString &row : expected) {
            QVERIFY2(found.contains(row), qPrintable(row + u" not in "_s + found.join(u", "_s)));
        }
        QCOMPARE(found.removeDuplicates(), 0);
        // "出庭应诉案件4宗" counts appearances, not lawsuits; "出台规范性文件" is issuing, not review.
        QVERIFY(!found.contains(u"litigation_cases=4宗"_s));
        QVERIFY(!found.contains(u"normative_documents_reviewed=5份"_s));
    }
};

QTEST_GUILESS_MAIN(TestIndicatorExtractor)
#include "tst_indicatorextractor.moc"
