// SPDX-License-Identifier: GPL-3.0-or-later
// The prefilter may only rule out patterns that cannot match: checked on every pattern of the
// bundled standard against every line of the real reports, and on syntax it must read or refuse.
#include "outlinestandard.h"
#include "seedreports.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fazhi;

namespace {

// Every pattern of the standard with its prefilter.
QList<std::pair<QRegularExpression, PatternPrefilter>> standardPatterns(const OutlineStandard &standard)
{
    QList<std::pair<QRegularExpression, PatternPrefilter>> patterns;
    const auto addCues = [&](const QList<OutlineCue> &cues) {
        for (const OutlineCue &cue : cues) {
            patterns.append({cue.pattern, cue.prefilter});
        }
    };
    for (const OutlineCategoryRules &rules : standard.categories()) {
        addCues(rules.headingCues);
        addCues(rules.paragraphCues);
    }
    for (const OutlineTheme &theme : standard.themes()) {
        addCues(theme.keywords);
    }
    addCues(standard.checklist().causeHints);
    patterns.append({standard.checklist().quantity, standard.checklist().quantityPrefilter});
    for (const IndicatorDefinition &indicator : standard.indicators()) {
        for (const IndicatorPattern &pattern : indicator.patterns) {
            patterns.append({pattern.regex, pattern.regexPrefilter});
            patterns.append({pattern.context, pattern.contextPrefilter});
            patterns.append({pattern.rival, pattern.rivalPrefilter});
        }
    }
    return patterns;
}

bool mayMatch(const QString &pattern, const QString &text)
{
    return PatternPrefilter::Subject(text).mayMatch(PatternPrefilter(QRegularExpression(pattern)));
}

} // namespace

class TestPatternPrefilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverRulesOutAMatch()
    {
        const Result<OutlineStandard> standard = OutlineStandard::bundled();
        QVERIFY2(standard, qPrintable(standard ? QString() : standard.error()));
        const auto patterns = standardPatterns(standard.value());
        int ruledOut = 0;
        for (const QString &seed : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
            const ReportDocument document = SeedReports::document(seed);
            for (const QString &line : document.normalized.text().split(u'\n')) {
                const PatternPrefilter::Subject subject(line);
                for (const auto &[pattern, prefilter] : patterns) {
                    if (subject.mayMatch(prefilter)) {
                        continue;
                    }
                    ++ruledOut;
                    QVERIFY2(!pattern.match(line).hasMatch(), qPrintable(pattern.pattern() + u" in "_s + line));
                }
            }
        }
        // The filter is worth having only if it rules out most searches.
        QVERIFY(ruledOut > 10000);
    }

    void readsTheSyntaxOfTheStandard_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("mayMatch");
        QTest::newRow("literal") << u"述法"_s << u"开展述职"_s << false;
        QTest::newRow("literal present") << u"述法"_s << u"法治述评"_s << true;
        QTest::newRow("alternatives") << u"原因|根源"_s << u"找准根源"_s << true;
        QTest::newRow("alternatives absent") << u"原因|根源"_s << u"问题"_s << false;
        QTest::newRow("alternatives need a whole branch") << u"原因|根源"_s << u"根本"_s << false;
        QTest::newRow("optional part") << u"主要(问题)?不足"_s << u"主要不足"_s << true;
        QTest::newRow("zero repeats") << u"a{0,3}b"_s << u"b"_s << true;
        QTest::newRow("class") << u"[区市县]将"_s << u"我镇将"_s << false;
        QTest::newRow("class present") << u"[区市县]将"_s << u"我县将"_s << true;
        QTest::newRow("range") << u"[0-9]件"_s << u"5件"_s << true;
        QTest::newRow("negated class") << u"[^。]将"_s << u"将"_s << true;
        QTest::newRow("lookbehind needs nothing") << u"(?<!出庭)应诉"_s << u"应诉"_s << true;
        QTest::newRow("named group") << u"(?<value>\\d+)件"_s << u"12个"_s << false;
        QTest::newRow("escaped literal") << QRegularExpression::escape(u"其他(事项)"_s) << u"其他事项"_s << false;
        QTest::newRow("hex escape") << u"\\x{5C06}"_s << u"将"_s << true;
        QTest::newRow("hex escape absent") << u"\\x{5C06}"_s << u"要"_s << false;
        // What the reader does not understand must not rule anything out.
        QTest::newRow("inline option") << u"(?i)app"_s << u"APP"_s << true;
        QTest::newRow("back reference") << u"(a)\\1"_s << u"b"_s << true;
        QTest::newRow("quoted") << u"\\Qa\\E"_s << u"b"_s << true;
    }

    void readsTheSyntaxOfTheStandard()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, mayMatch);
        QCOMPARE(::mayMatch(pattern, text), mayMatch);
        if (!mayMatch) {
            QVERIFY(!QRegularExpression(pattern).match(text).hasMatch());
        }
    }

    void optionsDisableTheFilter()
    {
        const QRegularExpression pattern(u"app"_s, QRegularExpression::CaseInsensitiveOption);
        QVERIFY(PatternPrefilter::Subject(u"APP"_s).mayMatch(PatternPrefilter(pattern)));
    }

    void invalidTextIsStillSearched()
    {
        // A lone surrogate: PCRE2 must check the text itself, and finds nothing in invalid UTF-16.
        const QString text = u"述法"_s + QChar(0xD800);
        const PatternPrefilter::Subject subject(text);
        const QRegularExpression pattern(u"述法"_s);
        QCOMPARE(subject.indexIn(pattern, PatternPrefilter(pattern)), pattern.match(text).capturedStart());
    }
};

QTEST_GUILESS_MAIN(TestPatternPrefilter)
#include "tst_patternprefilter.moc"
