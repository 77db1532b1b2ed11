// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled KSyntaxHighlighting definition for report text: it loads from the resources and
// tells headings, enumerations, figures and dates apart from plain text.
#include "highlightingrepository.h"
#include "scriptconverter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <QApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using Fazhi::HighlightingRepository;

namespace {

// Records which format names cover which characters of one highlighted line.
class FormatRecorder : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QStringList formatAt; // one entry per UTF-16 unit

    void highlight(const QString &line)
    {
        formatAt = QStringList(line.size(), u"Normal Text"_s);
        highlightLine(line, KSyntaxHighlighting::State());
    }

    QString format(const QString &line, const QString &part) const
    {
        const qsizetype at = line.indexOf(part);
        return at < 0 ? u"<part not found>"_s : formatAt.value(at);
    }

    // The one format of every character of part, or a note that it is mixed.
    QString uniformFormat(const QString &line, const QString &part) const
    {
        const qsizetype at = line.indexOf(part);
        if (at < 0) {
            return u"<part not found>"_s;
        }
        const QStringList formats = formatAt.mid(at, part.size());
        return formats.count(formats.first()) == formats.size() ? formats.first() : formats.join(u'|');
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        for (int i = offset; i < offset + length && i < formatAt.size(); ++i) {
            formatAt[i] = format.name();
        }
    }
};

} // namespace

class TestReportSyntax : public QObject
{
    Q_OBJECT

private:
    FormatRecorder m_recorder;

private Q_SLOTS:
    void initTestCase()
    {
        const auto definition = HighlightingRepository::reportDefinition();
        QVERIFY2(definition.isValid(), "the report definition did not load from :/fazhi/syntax");
        QCOMPARE(definition.name(), u"Fazhi Report"_s);
        m_recorder.setDefinition(definition);
        m_recorder.setTheme(HighlightingRepository::instance().defaultTheme());
    }

    void parts_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("format");
        QTest::newRow("level 1") << u"一、主要做法及成效"_s << u"一、主要做法及成效"_s << u"Heading 1"_s;
        QTest::newRow("level 1 traditional") << u"二、存在問題及下階段工作計劃"_s << u"存在問題"_s << u"Heading 1"_s;
        QTest::newRow("level 2 half-width") << u"(一)坚持依法全面履行政府职能。"_s << u"(一)坚持"_s << u"Heading 2"_s;
        QTest::newRow("level 2 full-width")
            << u"（三）严格落实党政主要负责人法治政府建设责任"_s << u"（三）严格"_s << u"Heading 2"_s;
        QTest::newRow("level 2 ends at its sentence")
            << u"(一)深入学习贯彻党的二十大精神。充分发挥示范引领作用"_s << u"充分发挥"_s << u"Normal Text"_s;
        QTest::newRow("level 3") << u"1.切实做好政府机构改革工作。"_s << u"1.切实"_s << u"Heading 3"_s;
        QTest::newRow("level 3 full-width brackets") << u"（2）规范行政执法行为"_s << u"（2）规范"_s << u"Heading 3"_s;
        QTest::newRow("decimal is not a heading") << u"8.18亿元的减税"_s << u"8.18"_s << u"Figure"_s;
        QTest::newRow("enumeration") << u"取得成效。一是深化商事制度改革"_s << u"一是"_s << u"Enumeration"_s;
        QTest::newRow("not an enumeration inside a word") << u"标准统一是关键"_s << u"一是"_s << u"Normal Text"_s;
        QTest::newRow("percentage") << u"问题整改率达100%。"_s << u"100%"_s << u"Percentage"_s;
        QTest::newRow("full-width percentage") << u"出庭应诉率１００％"_s << u"１００％"_s << u"Percentage"_s;
        QTest::newRow("figure with unit") << u"共受理业务594宗,服务群众594人次"_s << u"594人次"_s << u"Figure"_s;
        QTest::newRow("money") << u"新增减税8.18亿元"_s << u"8.18亿元"_s << u"Figure"_s;
        QTest::newRow("date") << u"2025年2月8日印发"_s << u"2025年2月8日"_s << u"Date"_s;
        QTest::newRow("document title") << u"制定《江海区部门职责分工分歧处理办法(试行)》"_s
                                        << u"《江海区部门职责分工分歧处理办法(试行)》"_s << u"Document Title"_s;
        QTest::newRow("slogan") << u"持续深化“放管服”改革"_s << u"“放管服”"_s << u"Slogan"_s;
        QTest::newRow("plain number") << u"第12号"_s << u"12"_s << u"Number"_s;
        QTest::newRow("plain text") << u"坚持以习近平法治思想为指导"_s << u"坚持"_s << u"Normal Text"_s;
        QTest::newRow("problem cue") << u"但仍存在一些短板:一是"_s << u"短板"_s << u"Problem Cue"_s;
        QTest::newRow("problem cue traditional") << u"與群眾期待仍有差距"_s << u"差距"_s << u"Problem Cue"_s;
        QTest::newRow("plan cue") << u"下一步,我区将进一步加强"_s << u"下一步"_s << u"Plan Cue"_s;
        QTest::newRow("plan cue will") << u"2025年,江海区将持续深化改革"_s << u"将"_s << u"Plan Cue"_s;
        QTest::newRow("plan cue traditional") << u"明年將繼續推進"_s << u"將"_s << u"Plan Cue"_s;
        QTest::newRow("将 as a preposition") << u"将其纳入考核"_s << u"将"_s << u"Normal Text"_s;
        // Cues and percentages as the reader shows them in 繁體.
        QTest::newRow("不夠") << u"學法用法意識不夠強"_s << u"不夠"_s << u"Problem Cue"_s;
        QTest::newRow("滯後") << u"配套制度建設滯後"_s << u"滯後"_s << u"Problem Cue"_s;
        QTest::newRow("百分之…點") << u"增長百分之三點五"_s << u"百分之三點五"_s << u"Percentage"_s;
    }

    void parts()
    {
        QFETCH(QString, line);
        QFETCH(QString, part);
        QFETCH(QString, format);
        m_recorder.highlight(line);
        QCOMPARE(m_recorder.uniformFormat(line, part), format);
    }

    // The same definition drives the reader's QSyntaxHighlighter: a heading and a figure get a
    // different character format from plain text.
    void documentFormatsDiffer()
    {
        QTextDocument document(u"一、主要做法及成效\n共受理业务594宗，服务群众。"_s);
        KSyntaxHighlighting::SyntaxHighlighter highlighter(&document);
        highlighter.setDefinition(HighlightingRepository::reportDefinition());
        highlighter.setTheme(HighlightingRepository::themeForPalette(QApplication::palette()));
        highlighter.rehighlight();

        auto formatAt = [](const QTextBlock &block, int position) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (position >= range.start && position < range.start + range.length) {
                    return range.format;
                }
            }
            return QTextCharFormat();
        };
        const QTextBlock heading = document.firstBlock();
        const QTextBlock body = heading.next();
        const QTextCharFormat headingFormat = formatAt(heading, 2);
        const QTextCharFormat figureFormat = formatAt(body, body.text().indexOf(u"594"));
        const QTextCharFormat plainFormat = formatAt(body, 0);
        QVERIFY(headingFormat != plainFormat);
        QVERIFY(figureFormat != plainFormat);
        QVERIFY(headingFormat.fontWeight() >= QFont::Bold);
    }

    void libraryVersionIsKf6()
    {
        QVERIFY2(HighlightingRepository::libraryVersion().startsWith(u"6."),
            qPrintable(HighlightingRepository::libraryVersion()));
    }

    // The reader shows the text converted to 繁體 (or 简体): figures and their measure words are
    // highlighted whole in the converted text as in the original, whatever the unit.
    void figuresInConvertedText_data()
    {
        QTest::addColumn<QString>("simplified");
        QTest::addColumn<QString>("figure");
        QTest::newRow("个") << u"共办理3个项目"_s << u"3个"_s;
        QTest::newRow("项") << u"完成11项改革任务"_s << u"11项"_s;
        QTest::newRow("亿元") << u"新增减税8.18亿元"_s << u"8.18亿元"_s;
        QTest::newRow("万余人次") << u"服务群众2万余人次"_s << u"2万余人次"_s;
        QTest::newRow("场次") << u"开展普法活动120场次"_s << u"120场次"_s;
        QTest::newRow("户") << u"走访企业35户"_s << u"35户"_s;
        QTest::newRow("条") << u"收集意见建议46条"_s << u"46条"_s;
        QTest::newRow("个工作日") << u"办结时限压缩至5个工作日"_s << u"5个工作日"_s;
        QTest::newRow("辆") << u"配备执法车辆12辆"_s << u"12辆"_s;
        QTest::newRow("小时") << u"培训时长40小时"_s << u"40小时"_s;
        QTest::newRow("亩") << u"整治违建3000亩"_s << u"3000亩"_s;
    }

    void figuresInConvertedText()
    {
        QFETCH(QString, simplified);
        QFETCH(QString, figure);
        const Fazhi::ScriptConverter toTraditional(Fazhi::ScriptConverter::Direction::ToTraditional);
        const auto line = toTraditional.convertKeepingOffsets(simplified);
        QVERIFY2(line.ok(), qPrintable(line.error()));
        const QString traditional = line.value();
        const qsizetype at = simplified.indexOf(figure);
        const QString shown = traditional.mid(at, figure.size());
        m_recorder.highlight(traditional);
        QCOMPARE(m_recorder.uniformFormat(traditional, shown), u"Figure"_s);
        m_recorder.highlight(simplified);
        QCOMPARE(m_recorder.uniformFormat(simplified, figure), u"Figure"_s);
    }
};

QTEST_MAIN(TestReportSyntax)
#include "tst_reportsyntax.moc"
