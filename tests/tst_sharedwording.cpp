// SPDX-License-Identifier: GPL-3.0-or-later
// Shared wording: a passage copied from one seed into another is found, in either script and
// whatever its punctuation, at the right offsets in both; short set phrases are not.
#include "boilerplateindex.h"
#include "scriptconverter.h"
#include "seedreports.h"
#include "sharedwording.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestSharedWording : public QObject
{
    Q_OBJECT

private:
    /** Only the letters and digits of @p text, in simplified script: what a copy must keep. */
    static QString skeleton(const QString &text)
    {
        static const ScriptConverter toSimplified(ScriptConverter::Direction::ToSimplified);
        const QString simplified = toSimplified.convert(text).value();
        QString out;
        for (const QChar c : simplified) {
            if (c.isLetterOrNumber()) {
                out.append(c.toCaseFolded());
            }
        }
        return out;
    }

    /** @p length characters of seed 003 that start and end with a letter and contain punctuation. */
    static QString passageFrom003(int length)
    {
        const QString text = SeedReports::text(u"003"_s);
        for (const QString &line : text.split(u'\n')) {
            for (int at = 0; at + length <= line.size(); ++at) {
                const QString candidate = line.mid(at, length);
                if (candidate.front().isLetter() && candidate.back().isLetter()
                    && (candidate.contains(u',') || candidate.contains(u'，'))) {
                    return candidate;
                }
            }
        }
        return {};
    }

    /** Seed 000 with @p passage as a paragraph of its own after its fifth line. */
    static QString insertInto000(const QString &passage)
    {
        QStringList lines = SeedReports::text(u"000"_s).split(u'\n');
        lines.insert(5, passage);
        return lines.join(u'\n');
    }

    void checkFound(const QString &inserted, const QString &original)
    {
        const ReportDocument a = SeedReports::parse(insertInto000(inserted), u"copy.txt"_s);
        const ReportDocument b = SeedReports::document(u"003"_s);
        const int startA = int(a.text.indexOf(inserted));
        const int startB = int(b.text.indexOf(original));
        QVERIFY(startA >= 0);
        QVERIFY(startB >= 0);

        const QList<SharedPassage> passages = SharedWording::find(a, b);
        const auto found = std::find_if(passages.cbegin(), passages.cend(),
            [&](const SharedPassage &p) { return p.first.start <= startA + 1 && p.first.end >= startA + 1; });
        QVERIFY2(found != passages.cend(), qPrintable(u"%1 passages, none at %2"_s.arg(passages.size()).arg(startA)));
        QCOMPARE(found->first, (TextRange{startA, startA + int(inserted.size())}));
        QCOMPARE(found->second, (TextRange{startB, startB + int(original.size())}));
        QCOMPARE(skeleton(a.textAt(found->first)), skeleton(original));
        QCOMPARE(skeleton(b.textAt(found->second)), skeleton(original));
        QCOMPARE(skeleton(found->text), skeleton(original));
        QCOMPARE(found->length, skeleton(original).size());
        // In the order of the first report and not overlapping there.
        for (qsizetype i = 1; i < passages.size(); ++i) {
            QVERIFY(passages.at(i - 1).first.end <= passages.at(i).first.start);
        }
    }

    /** @p passage with its middle letter replaced by two others: "nearly" verbatim. */
    static QString withChangedLetter(const QString &passage)
    {
        qsizetype middle = passage.size() / 2;
        while (middle < passage.size() && !passage.at(middle).isLetter()) {
            ++middle;
        }
        return passage.left(middle) + u"甲乙"_s + passage.mid(middle + 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!SeedReports::text(u"000"_s).isEmpty(), "the seeds are missing");
        QVERIFY(ScriptConverter(ScriptConverter::Direction::ToTraditional).isValid());
    }

    void findsACopyInTheSameScript()
    {
        const QString passage = passageFrom003(40);
        QCOMPARE(passage.size(), 40);
        checkFound(passage, passage);
    }

    void findsACopyInTraditionalScriptWithOtherPunctuation()
    {
        const QString passage = passageFrom003(40);
        QString traditional = ScriptConverter(ScriptConverter::Direction::ToTraditional).convert(passage).value();
        QCOMPARE(traditional.size(), passage.size());
        // The other kind of comma: full-width where the seed has ASCII and the other way round.
        for (QChar &c : traditional) {
            c = c == u',' ? u'，' : c == u'，' ? u',' : c;
        }
        traditional.replace(u'、', u' ');
        QVERIFY(traditional != passage);
        checkFound(traditional, passage);
    }

    void aPassageLengthIsWhatBothCopiesHave()
    {
        // Copied with a letter changed into two: the passage spans two letters more in the copy
        // than the letters both copies have. Its length is those letters, the same for both
        // copies (the compare view shows one length whichever column it is read from).
        const QString original = passageFrom003(60);
        const QString changed = withChangedLetter(original);
        const ReportDocument a = SeedReports::parse(insertInto000(changed), u"copy.txt"_s);
        const ReportDocument b = SeedReports::document(u"003"_s);
        const int startA = int(a.text.indexOf(changed));
        QVERIFY(startA >= 0);
        const QList<SharedPassage> passages = SharedWording::find(a, b);
        const auto found = std::find_if(passages.cbegin(), passages.cend(),
            [&](const SharedPassage &p) { return p.first.start <= startA + 1 && startA + 1 < p.first.end; });
        QVERIFY(found != passages.cend());
        QCOMPARE(skeleton(a.textAt(found->first)).size(), skeleton(original).size() + 1);
        QCOMPARE(skeleton(b.textAt(found->second)).size(), skeleton(original).size());
        QCOMPARE(found->length, int(skeleton(original).size()) - 1);
    }

    void ignoresAShortCommonPhrase()
    {
        // 15 letters copied: shared, but below the 20 a reviewer cares about.
        const QString phrase = passageFrom003(40).left(15);
        const ReportDocument a = SeedReports::parse(insertInto000(phrase), u"copy.txt"_s);
        const ReportDocument b = SeedReports::document(u"003"_s);
        const int startA = int(a.text.indexOf(phrase));
        QVERIFY(startA >= 0);
        for (const SharedPassage &p : SharedWording::find(a, b)) {
            QVERIFY(p.length >= 20);
            QVERIFY2(p.first.end <= startA || p.first.start >= startA + phrase.size(), qPrintable(p.text));
        }
        // …and found once the minimum is lowered.
        bool found = false;
        for (const SharedPassage &p : SharedWording::find(a, b, 12)) {
            found = found || (p.first.start <= startA && p.first.end >= startA + 12);
        }
        QVERIFY(found);
    }

    void unrelatedSeedsShareOnlyLongPassages()
    {
        const ReportDocument a = SeedReports::document(u"000"_s);
        const ReportDocument b = SeedReports::document(u"001"_s);
        const QList<SharedPassage> passages = SharedWording::find(a, b);
        for (const SharedPassage &p : passages) {
            QVERIFY(p.length >= 20);
            QCOMPARE(skeleton(a.textAt(p.first)), skeleton(b.textAt(p.second)));
            qInfo().noquote() << "000/001 share:" << p.text;
        }
        QVERIFY(passages.size() < 10);
    }

    void boilerplateIsWhatManyReportsShare()
    {
        // An invented set phrase in three of the five seeds, once in traditional script.
        const QString phrase = u"本区着力打造云端法治服务驿站矩阵实现群众诉求秒级响应"_s;
        const QString traditional = ScriptConverter(ScriptConverter::Direction::ToTraditional).convert(phrase).value();
        BoilerplateIndex index;
        QList<ReportDocument> documents;
        const QStringList seeds{u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s};
        for (const QString &seed : seeds) {
            QString text = SeedReports::text(seed);
            if (seed == u"001"_s) {
                text.insert(text.indexOf(u'\n') + 1, traditional + u"。\n"_s);
            } else if (seed == u"000"_s || seed == u"002"_s) {
                text.insert(text.indexOf(u'\n') + 1, phrase + u"。\n"_s);
            }
            documents.append(SeedReports::parse(text, seed + u".txt"_s));
            index.add(documents.last());
        }
        QCOMPARE(index.reportCount(), 5);
        QCOMPARE(index.reportsWith(phrase.left(BoilerplateIndex::GramLength)), 3);
        QVERIFY(index.isBoilerplate(phrase.mid(10, BoilerplateIndex::GramLength), 3));
        QVERIFY(!index.isBoilerplate(phrase.mid(10, BoilerplateIndex::GramLength), 4));

        const ReportDocument &withTraditional = documents.at(1);
        const int start = int(withTraditional.text.indexOf(traditional));
        QVERIFY(start >= 0);
        const auto covers = [&](const QList<TextRange> &ranges) {
            return std::any_of(ranges.cbegin(), ranges.cend(),
                [&](const TextRange &r) { return r.start <= start && r.end >= start + int(traditional.size()); });
        };
        QVERIFY(covers(index.boilerplateRanges(withTraditional, 3)));
        QVERIFY(!covers(index.boilerplateRanges(withTraditional, 4)));
        // Not boilerplate in a report that does not have it.
        const ReportDocument &without = documents.at(3);
        for (const TextRange &r : index.boilerplateRanges(without, 3)) {
            QVERIFY(!skeleton(without.textAt(r)).contains(phrase.left(BoilerplateIndex::GramLength)));
        }
    }

    void twoLongReportsAreFast()
    {
        QString first;
        QString second;
        const QStringList seeds{u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s};
        while (first.size() < 60000) {
            for (const QString &seed : seeds) {
                first += SeedReports::text(seed);
                second.prepend(SeedReports::text(seed));
            }
        }
        const ReportDocument a = SeedReports::parse(first, u"a.txt"_s);
        const ReportDocument b = SeedReports::parse(second, u"b.txt"_s);
        QElapsedTimer timer;
        timer.start();
        const QList<SharedPassage> passages = SharedWording::find(a, b);
        const qint64 ms = timer.elapsed();
        qInfo("two reports of %lld and %lld characters: %d passages in %lld ms", qlonglong(a.text.size()),
            qlonglong(b.text.size()), int(passages.size()), ms);
        QVERIFY(!passages.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSharedWording)
#include "tst_sharedwording.moc"
