// SPDX-License-Identifier: GPL-3.0-or-later
// A report's metadata from its front and back matter, from what the importer found and from its
// body: the sample reports, traditional script read as simplified with the original kept, the
// order of the sources by confidence, and text that names nothing.
#include "metadataextractor.h"
#include "seedreports.h"
#include "textnormalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fazhi;

namespace {

/**
 * The metadata of a report made of @p lines, whose first @p front lines are its front matter
 * and last @p back lines its back matter (the parser's part), the first body line its preamble.
 */
ReportDocument extracted(const QStringList &lines, int front, int back, const QMap<QString, QString> &fields = {},
    const QString &lineEnd = u"\n"_s)
{
    ReportDocument document;
    document.text = lines.join(lineEnd);
    document.normalized = TextNormalizer::normalize(document.text);
    // Normalizing keeps the line breaks: line n of the normalized text is line n of the report.
    QList<TextRange> ranges;
    int start = 0;
    for (const QString &line : document.normalized.text().split(u'\n')) {
        ranges.append({start, start + int(line.size())});
        start += int(line.size()) + 1;
    }
    ReportMatter matter;
    matter.front = ranges.mid(0, front);
    matter.back = ranges.mid(ranges.size() - back);
    if (front < ranges.size() - back) {
        matter.firstParagraph = ranges.at(front);
    }
    MetadataExtractor::extract(document, matter, fields);
    return document;
}

const QString Preamble
    = u"2019年,我区认真贯彻落实中央和省、市关于法治政府建设的工作要求,坚持以法治精神推动全区改革发展。"_s;

} // namespace

class TestMetadataExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samples_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QMap<QString, QString>>("expected");
        QTest::newRow("000") << u"000"_s
                             << QMap<QString, QString>{
                                    {u"title"_s, u"江门市江海区关于2024年度法治政府建设情况的报告"_s},
                                    {u"region"_s, u"江门市江海区"_s}, {u"level"_s, u"区"_s}, {u"year"_s, u"2024"_s},
                                    {u"addressee"_s, u"市委、市政府"_s},
                                    {u"issuers"_s, u"中国共产党江门市江海区委员会、江门市江海区人民政府"_s},
                                    {u"reportDate"_s, u"2024-12-24"_s}};
        QTest::newRow("001") << u"001"_s
                             << QMap<QString, QString>{{u"openMode"_s, u"主动公开"_s},
                                    {u"documentNumber"_s, u"明府〔2019〕44号"_s}, {u"signer"_s, u"梁耀斌"_s},
                                    {u"title"_s, u"佛山市高明区人民政府关于2019年度法治政府建设工作的报告"_s},
                                    {u"region"_s, u"佛山市高明区"_s}, {u"level"_s, u"区"_s}, {u"year"_s, u"2019"_s},
                                    {u"addressee"_s, u"区人大常委会"_s}, {u"issuers"_s, u"佛山市高明区人民政府"_s},
                                    {u"reportDate"_s, u"2019-12-05"_s},
                                    {u"contact"_s, u"联系人:陈火胜〈区司法局〉,联系电话:88261112"_s}};
        QTest::newRow("002") << u"002"_s
                             << QMap<QString, QString>{{u"title"_s, u"绍兴市上虞区2024年度法治政府建设工作情况报告"_s},
                                    {u"region"_s, u"绍兴市上虞区"_s}, {u"level"_s, u"区"_s}, {u"year"_s, u"2024"_s},
                                    {u"publishDate"_s, u"2025-02-08"_s}, {u"openMode"_s, u"主动公开"_s}};
        QTest::newRow("003") << u"003"_s
                             << QMap<QString, QString>{{u"title"_s, u"镇江市2024年度法治政府建设情况报告"_s},
                                    {u"region"_s, u"镇江市"_s}, {u"level"_s, u"市"_s}, {u"year"_s, u"2024"_s}};
        QTest::newRow("004") << u"004"_s
                             << QMap<QString, QString>{
                                    {u"region"_s, u"东莞市洪梅镇"_s}, {u"level"_s, u"镇"_s}, {u"year"_s, u"2024"_s}};
    }

    void samples()
    {
        QFETCH(QString, seed);
        using Expected = QMap<QString, QString>;
        QFETCH(Expected, expected);
        const ReportDocument document = SeedReports::document(seed);
        QVERIFY2(!document.text.isEmpty(), qPrintable(seed));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QCOMPARE(document.metadata.value(it.key()).value, it.value());
            QVERIFY(document.metadata.value(it.key()).confidence > 0.4);
        }
    }

    void frontAndBackMatter()
    {
        const ReportDocument document = extracted(
            {u"主动公开"_s, u"明府〔2019〕44号 签发人:梁耀斌"_s,
                u"佛山市高明区人民政府关于2019年度法治政府建设工作的报告"_s, u"区人大常委会:"_s, Preamble,
                u"特此报告。"_s, u"佛山市高明区人民政府"_s, u"2019年12月5日"_s, u"(联系人:陈火胜,联系电话:88261112)"_s},
            4, 4);
        const auto value = [&document](const char *key) {
            return document.metadataValue(key);
        };
        QCOMPARE(value(MetadataKey::OpenMode), u"主动公开"_s);
        QCOMPARE(value(MetadataKey::DocumentNumber), u"明府〔2019〕44号"_s);
        QCOMPARE(value(MetadataKey::Signer), u"梁耀斌"_s);
        QCOMPARE(value(MetadataKey::Title), u"佛山市高明区人民政府关于2019年度法治政府建设工作的报告"_s);
        QCOMPARE(value(MetadataKey::Addressee), u"区人大常委会"_s);
        QCOMPARE(value(MetadataKey::Issuers), u"佛山市高明区人民政府"_s);
        QCOMPARE(value(MetadataKey::ReportDate), u"2019-12-05"_s);
        QCOMPARE(value(MetadataKey::Contact), u"联系人:陈火胜,联系电话:88261112"_s);
        QCOMPARE(value(MetadataKey::Region), u"佛山市高明区"_s);
        QCOMPARE(value(MetadataKey::Level), u"区"_s);
        QCOMPARE(value(MetadataKey::Year), u"2019"_s);
        // The closing words are not a body that issued the report.
        QVERIFY(!value(MetadataKey::Issuers).contains(u"特此报告"_s));
        // What the report states outright is more certain than what is inferred.
        QVERIFY(document.metadata.value(u"title"_s).confidence > 0.9);
        QVERIFY(document.metadata.value(u"region"_s).confidence >= 0.9);
    }

    void traditionalIsReadAsSimplifiedWithTheOriginalKept()
    {
        const ReportDocument document
            = extracted({u"佛山市高明區人民政府關于2019年度法治政府建設工作的報告"_s, u"區人大常委會:"_s,
                            u"2019年,我區認真貫徹落實中央和省、市關于法治政府建設的工作要求。"_s,
                            u"佛山市高明區人民政府"_s, u"二〇一九年十二月五日"_s},
                2, 2);
        const MetadataField title = document.metadata.value(u"title"_s);
        QCOMPARE(title.value, u"佛山市高明区人民政府关于2019年度法治政府建设工作的报告"_s);
        QCOMPARE(title.original, u"佛山市高明區人民政府關于2019年度法治政府建設工作的報告"_s);
        QCOMPARE(document.metadataValue(MetadataKey::Region), u"佛山市高明区"_s);
        QCOMPARE(document.metadata.value(u"addressee"_s).original, u"區人大常委會"_s);
        QCOMPARE(document.metadata.value(u"issuers"_s).original, u"佛山市高明區人民政府"_s);
        QCOMPARE(document.metadataValue(MetadataKey::ReportDate), u"2019-12-05"_s);
        QCOMPARE(document.metadata.value(u"reportDate"_s).original, u"二〇一九年十二月五日"_s);
        // A value written as it is stored keeps no separate original.
        QCOMPARE(document.metadata.value(u"year"_s).original, QString());
    }

    void originalsAcrossSurrogatePairsAndCrLf()
    {
        // 𠮷 is two UTF-16 units; the original must be cut from the report at the same characters.
        const QStringList lines{
            u"𠮷野縣2024年度法治政府建設情況報告"_s, Preamble, u"江海區人民政府"_s, u"2025年1月20日"_s};
        const ReportDocument document = extracted(lines, 1, 2, {}, u"\r\n"_s);
        const MetadataField title = document.metadata.value(u"title"_s);
        QCOMPARE(title.value, u"𠮷野县2024年度法治政府建设情况报告"_s);
        QCOMPARE(title.original, lines.first());
        QCOMPARE(document.metadata.value(u"issuers"_s).original, u"江海區人民政府"_s);
        QCOMPARE(document.metadataValue(MetadataKey::ReportDate), u"2025-01-20"_s);
        QCOMPARE(document.metadata.value(u"reportDate"_s).original, u"2025年1月20日"_s);
    }

    void departmentsAndGovernments()
    {
        const ReportDocument department
            = extracted({u"江门市司法局关于2024年度法治政府建设情况的报告"_s, Preamble, u"江门市司法局"_s}, 1, 1);
        QCOMPARE(department.metadataValue(MetadataKey::Region), u"江门市"_s);
        QCOMPARE(department.metadataValue(MetadataKey::Level), u"部门"_s);
        const ReportDocument government
            = extracted({u"江门市人民政府关于2024年度法治政府建设情况的报告"_s, Preamble, u"江门市人民政府"_s}, 1, 1);
        QCOMPARE(government.metadataValue(MetadataKey::Region), u"江门市"_s);
        QCOMPARE(government.metadataValue(MetadataKey::Level), u"市"_s);
    }

    void regionAndTitleFromTheBody()
    {
        // No title, no signature: the subject of the preamble, completed with the city the
        // report names most; the title it would have, marked as a guess.
        const ReportDocument document = extracted(
            {u"2024年,洪梅镇坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻东莞市委、市政府工作部署。"_s,
                u"一、主要举措和成效"_s, u"推进全市一体化政务服务,落实东莞市“放管服”改革要求。"_s},
            0, 0);
        QCOMPARE(document.metadataValue(MetadataKey::Region), u"东莞市洪梅镇"_s);
        QCOMPARE(document.metadataValue(MetadataKey::Level), u"镇"_s);
        QCOMPARE(document.metadataValue(MetadataKey::Year), u"2024"_s);
        QCOMPARE(document.metadataValue(MetadataKey::Title), u"东莞市洪梅镇2024年度法治政府建设情况报告"_s);
        QVERIFY(document.metadata.value(u"title"_s).confidence < 0.5);
        QVERIFY(document.metadata.value(u"region"_s).confidence < document.metadata.value(u"year"_s).confidence);
    }

    void yearFromTheDateWhenTheTextSaysNone()
    {
        // Reports are written in the first months after the year they cover.
        const QStringList body{u"我局坚持依法行政,推进法治政府建设。"_s, u"江门市司法局"_s};
        QCOMPARE(extracted(body + QStringList{u"2025年1月20日"_s}, 0, 2).metadataValue(MetadataKey::Year), u"2024"_s);
        QCOMPARE(extracted(body + QStringList{u"2024年12月24日"_s}, 0, 2).metadataValue(MetadataKey::Year), u"2024"_s);
        QVERIFY(extracted(body + QStringList{u"2024年12月24日"_s}, 0, 2).metadata.value(u"year"_s).confidence <= 0.5);
    }

    void importedFieldsRankBelowTheText()
    {
        const QMap<QString, QString> fields{{u"title"_s, u"紹興市上虞區2024年度法治政府建設工作情況報告"_s},
            {u"publishDate"_s, u"2025-02-08"_s}, {u"openMode"_s, u"主動公開"_s}, {u"publisher"_s, u"上虞區司法局"_s}};
        // A page with no title of its own takes the index table's, in simplified script.
        const ReportDocument page = extracted({Preamble}, 0, 0, fields);
        QCOMPARE(page.metadataValue(MetadataKey::Title), u"绍兴市上虞区2024年度法治政府建设工作情况报告"_s);
        QCOMPARE(page.metadata.value(u"title"_s).original, fields.value(u"title"_s));
        QCOMPARE(page.metadataValue(MetadataKey::Region), u"绍兴市上虞区"_s);
        QCOMPARE(page.metadataValue(MetadataKey::PublishDate), u"2025-02-08"_s);
        QCOMPARE(page.metadataValue(MetadataKey::OpenMode), u"主动公开"_s);
        QCOMPARE(page.metadataValue(MetadataKey::Issuers), u"上虞区司法局"_s);
        // The report's own title line wins over the table's.
        const ReportDocument titled
            = extracted({u"绍兴市上虞区人民政府2024年法治政府建设报告"_s, Preamble}, 1, 0, fields);
        QCOMPARE(titled.metadataValue(MetadataKey::Title), u"绍兴市上虞区人民政府2024年法治政府建设报告"_s);
    }

    void textThatNamesNothing()
    {
        QVERIFY(extracted({QString()}, 0, 0).metadata.isEmpty());
        QVERIFY(extracted({u"加强依法行政。"_s, u"推进法治建设。"_s}, 0, 0).metadata.isEmpty());
        // A line that only looks like a date is not the report's date.
        QVERIFY(!extracted({u"加强依法行政。"_s, u"2024年2月30日"_s}, 0, 1).metadata.contains(u"reportDate"_s));
    }

    void levels_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("level");
        QTest::newRow("省") << u"广东省"_s << u"省"_s;
        QTest::newRow("自治区") << u"广西壮族自治区"_s << u"省"_s;
        QTest::newRow("特别行政区") << u"香港特别行政区"_s << u"省"_s;
        QTest::newRow("市") << u"江门市"_s << u"市"_s;
        QTest::newRow("自治州") << u"延边朝鲜族自治州"_s << u"市"_s;
        QTest::newRow("盟") << u"锡林郭勒盟"_s << u"市"_s;
        QTest::newRow("区") << u"江门市江海区"_s << u"区"_s;
        QTest::newRow("县") << u"长兴县"_s << u"县"_s;
        QTest::newRow("自治县") << u"长阳土家族自治县"_s << u"县"_s;
        QTest::newRow("旗") << u"额济纳旗"_s << u"县"_s;
        QTest::newRow("镇") << u"东莞市洪梅镇"_s << u"镇"_s;
        QTest::newRow("乡") << u"某某乡"_s << u"镇"_s;
        QTest::newRow("街道") << u"南山街道"_s << u"街道"_s;
        QTest::newRow("a department") << u"江门市司法局"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void levels()
    {
        QFETCH(QString, name);
        QFETCH(QString, level);
        QCOMPARE(MetadataExtractor::levelOf(name), level);
    }
};

QTEST_GUILESS_MAIN(TestMetadataExtractor)
#include "tst_metadataextractor.moc"
