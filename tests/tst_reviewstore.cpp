// SPDX-License-Identifier: GPL-3.0-or-later
// The review database through its public interface, on real SQLite files.
#include "bigramtokenizer.h"
#include "projectfixture.h"
#include "reportreader.h"
#include "reviewstore.h"
#include "seedreports.h"
#include "sqlitedatabase.h"
#include "storereads.h"
#include "storeschema.h"
#include "textnormalizer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Fazhi;

namespace {

QByteArray hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

std::unique_ptr<ReviewStore> openStore(const QString &path)
{
    auto store = ReviewStore::open(path);
    if (!store) {
        qWarning("%s", qPrintable(store.error()));
        return {};
    }
    std::unique_ptr<ReviewStore> result = std::move(store).value();
    result->setAuthor(u"张审核"_s);
    return result;
}

qint64 importSeed(ReviewStore &store, const QString &prefix)
{
    const ReportDocument document = SeedReports::document(prefix);
    const auto outcome = store.importReport({document, hashOf(document.text), {}});
    if (!outcome) {
        qWarning("%s", qPrintable(outcome.error()));
        return 0;
    }
    for (const ReportSummary &summary : READ_OK(store.reports())) {
        if (summary.fileName == document.fileName) {
            return summary.id;
        }
    }
    return 0;
}

/** The hits of @p words (a warning and none when the search fails). */
QList<SearchHit> searchFor(ReviewStore &store, const QString &words)
{
    SearchQuery request;
    request.text = words;
    request.limit = 1000;
    const auto hits = store.search(request);
    if (!hits) {
        qWarning("%s", qPrintable(hits.error()));
        return {};
    }
    return hits.value();
}

} // namespace

class TestReviewStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(u"project%1.fzr"_s.arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void newProjectHasDefaultTags()
    {
        auto store = openStore(freshPath());
        QVERIFY(store);
        const QList<Tag> tags = READ_OK(store->tags());
        QStringList names;
        QList<int> shortcuts;
        QStringList colors;
        for (const Tag &tag : tags) {
            names.append(tag.name);
            shortcuts.append(tag.shortcut);
            colors.append(tag.color.name());
        }
        QCOMPARE(names,
            (QStringList{
                u"成效"_s, u"问题"_s, u"原因"_s, u"第一责任人"_s, u"计划"_s, u"亮点"_s, u"存疑"_s, u"套话"_s}));
        QCOMPARE(shortcuts, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8}));
        // The colours every project has started with: the outline's hues, and three of their own.
        QCOMPARE(colors,
            (QStringList{u"#43a047"_s, u"#e53935"_s, u"#fb8c00"_s, u"#8e24aa"_s, u"#1e88e5"_s, u"#f9a825"_s,
                u"#00acc1"_s, u"#757575"_s}));
        QVERIFY(ReviewStore::defaultProjectPath().endsWith(u"/default.fzr"));
    }

    void fileIsWalWithForeignKeys()
    {
        const QString path = freshPath();
        {
            auto store = openStore(path);
            QVERIFY(store);
        }
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &statement, nullptr);
        QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))), QByteArray("wal"));
        sqlite3_finalize(statement);
        sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr);
        QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
        QVERIFY(sqlite3_column_int(statement, 0) >= 1);
        sqlite3_finalize(statement);
        sqlite3_close(db);
    }

    void importIsIdempotentAndRoundTrips()
    {
        auto store = openStore(freshPath());
        const ReportDocument document = SeedReports::document(u"001"_s);
        QCOMPARE(store->importReport({document, hashOf(document.text), {}}).value(), ImportOutcome::Imported);
        QCOMPARE(store->importReport({document, hashOf(document.text), {}}).value(), ImportOutcome::Unchanged);
        QCOMPARE(READ_OK(store->reportCount()), 1);
        const ReportSummary summary = READ_OK(store->reports()).first();
        QCOMPARE(summary.region, u"佛山市高明区"_s);
        QCOMPARE(summary.year, 2019);
        QCOMPARE(summary.reviewStatus, u"unreviewed"_s);
        const auto loaded = store->report(summary.id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded.value().text, document.text);
        QCOMPARE(loaded.value().normalized.text(), document.normalized.text());
        QCOMPARE(loaded.value().normalized.toOriginal(100), document.normalized.toOriginal(100));
        QCOMPARE(loaded.value().sections.size(), document.sections.size());
        QCOMPARE(loaded.value().sections.first().children.size(), 7);
        QCOMPARE(loaded.value().paragraphs.size(), document.paragraphs.size());
        QCOMPARE(loaded.value().metadataValue(MetadataKey::Title), document.metadataValue(MetadataKey::Title));
        QCOMPARE(loaded.value().script, Script::Traditional);
        QVERIFY(!store->report(9999).ok());
    }

    void annotationsAreRecordedWithHistory()
    {
        auto store = openStore(freshPath());
        const qint64 report = importSeed(*store, u"000"_s);
        const qint64 problems = ProjectFixture::tagNamed(*store, u"问题"_s);
        const auto text = store->report(report).value().text;
        const int start = int(text.indexOf(u"仍存在一些短板"));
        QVERIFY(start > 0);
        const auto added = store->addAnnotation(report, start, start + 7, problems, u"过于笼统"_s);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(added.value().quote, u"仍存在一些短板"_s);
        QCOMPARE(added.value().author, u"张审核"_s);
        QVERIFY(added.value().contextBefore.endsWith(u"但"));
        QVERIFY(store->setAnnotationComment(added.value().id, u"原因分析缺失"_s).ok());
        QVERIFY(store->setAnnotationResolved(added.value().id, true).ok());
        QList<Annotation> stored = READ_OK(store->annotations(report));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().comment, u"原因分析缺失"_s);
        QVERIFY(stored.first().resolved);

        QVERIFY(!store->addAnnotation(report, 10, 5, problems).ok());
        QVERIFY(!store->addAnnotation(report, 0, int(text.size()) + 1, problems).ok());
        QVERIFY(!store->addAnnotation(report, 0, 5, 999).ok());

        QVERIFY(store->removeAnnotation(added.value().id).ok());
        QVERIFY(READ_OK(store->annotations(report)).isEmpty());
        QVERIFY(store->restoreAnnotation(stored.first()).ok());
        QCOMPARE(READ_OK(store->annotations(report)).first().uid, stored.first().uid);

        QStringList actions;
        for (const HistoryEntry &entry : READ_OK(store->history(report))) {
            if (entry.entity == u"annotation") {
                actions.append(entry.action);
                QCOMPARE(entry.author, u"张审核"_s);
            }
        }
        QCOMPARE(actions, (QStringList{u"add"_s, u"update"_s, u"update"_s, u"remove"_s, u"restore"_s}));
    }

    void historyIsAppendOnly()
    {
        const QString path = freshPath();
        {
            auto store = openStore(path);
            importSeed(*store, u"003"_s);
        }
        sqlite3 *db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        QVERIFY(sqlite3_exec(db, "DELETE FROM history", nullptr, nullptr, nullptr) != SQLITE_OK);
        QVERIFY(sqlite3_exec(db, "UPDATE history SET author = 'x'", nullptr, nullptr, nullptr) != SQLITE_OK);
        sqlite3_close(db);
    }

    void tagsCanBeManagedButNotLostSilently()
    {
        auto store = openStore(freshPath());
        const qint64 report = importSeed(*store, u"003"_s);
        const auto mine = store->addTag(u"可推广"_s, QColor(u"#123456"_s));
        QVERIFY(mine.ok());
        QVERIFY(!store->addTag(u"可推广"_s, Qt::red).ok());
        QVERIFY(!store->addTag(u"  "_s, Qt::red).ok());
        QVERIFY(store->renameTag(mine.value().id, u"经验做法"_s).ok());
        QVERIFY(!store->renameTag(mine.value().id, u"问题"_s).ok());
        QVERIFY(store->recolorTag(mine.value().id, QColor(u"#abcdef"_s)).ok());
        const auto tagged = store->addAnnotation(report, 0, 4, mine.value().id);
        QVERIFY2(tagged.ok(), qPrintable(tagged.error()));

        const auto refused = store->removeTag(mine.value().id);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(u"经验做法"));
        QVERIFY(store->mergeTags(mine.value().id, ProjectFixture::tagNamed(*store, u"亮点"_s)).ok());
        QCOMPARE(READ_OK(store->annotations(report)).first().tagId, ProjectFixture::tagNamed(*store, u"亮点"_s));
        QCOMPARE(ProjectFixture::tagNamed(*store, u"经验做法"_s), 0);
        const auto unused = store->addTag(u"临时"_s, Qt::gray);
        QVERIFY(store->removeTag(unused.value().id).ok());
    }

    void newestDecisionIsInForce()
    {
        auto store = openStore(freshPath());
        const qint64 report = importSeed(*store, u"004"_s);
        QVERIFY(store->decide(report, u"checklist:leadership"_s, u"warn"_s, u"pass"_s, u"第(三)部分专门报告"_s).ok());
        QVERIFY(store->decide(report, u"checklist:leadership"_s, u"warn"_s, u"fail"_s, u"改判"_s).ok());
        QVERIFY(store->decide(report, u"verdict:grade"_s, {}, u"良好"_s).ok());
        const QList<Decision> decisions = READ_OK(store->decisions(report));
        QCOMPARE(decisions.size(), 2);
        QCOMPARE(decisions.first().target, u"checklist:leadership"_s);
        QCOMPARE(decisions.first().value, u"fail"_s);
        QCOMPARE(decisions.first().automatic, u"warn"_s);
        QCOMPARE(READ_OK(store->reports()).first().grade, u"良好"_s);
        QVERIFY(!store->decide(4242, u"verdict:grade"_s, {}, u"优秀"_s).ok());
    }

    void searchFindsEitherScriptAndShortTerms()
    {
        auto store = openStore(freshPath());
        for (const QString &seed : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
            QVERIFY(importSeed(*store, seed) > 0);
        }
        auto reportsFor = [&](const QString &query) {
            QSet<qint64> ids;
            for (const SearchHit &hit : searchFor(*store, query)) {
                ids.insert(hit.reportId);
            }
            return ids;
        };
        // 報告 (traditional, two characters) and 行政复议 (simplified, four) find all scripts.
        const QSet<qint64> all{1, 2, 3, 4, 5};
        QCOMPARE(reportsFor(u"行政复议"_s).size(), 5);
        QVERIFY(reportsFor(u"報告"_s).contains(2)); // 001 is traditional
        QVERIFY(reportsFor(u"报告"_s).contains(2));
        QCOMPARE(reportsFor(u"法"_s), all);
        QVERIFY(reportsFor(u"洪梅"_s) == QSet<qint64>{5});
        QVERIFY(reportsFor(u"镇江"_s).contains(4));
        // A short term beside a long one narrows the result instead of being dropped.
        // Terms are matched within one part (paragraph or heading).
        SearchQuery pair;
        pair.text = u"行政复议 案卷"_s;
        pair.limit = 1000;
        const QList<SearchHit> pairHits = store->search(pair).value();
        pair.text = u"行政复议"_s;
        QVERIFY(!pairHits.isEmpty() && pairHits.size() < store->search(pair).value().size());
        for (const SearchHit &hit : pairHits) {
            const QString part = TextNormalizer::normalize(
                store->report(hit.reportId).value().text.mid(hit.start, hit.end - hit.start))
                                     .text();
            QVERIFY2(part.contains(u"行政复议") && part.contains(u"案卷"), qPrintable(part));
        }
        QCOMPARE(reportsFor(u"楓橋經驗"_s), (QSet<qint64>{2, 4})); // 001 traditional, 003 simplified
        QVERIFY(reportsFor(u"不存在的词语组合"_s).isEmpty());

        SearchQuery request;
        request.text = u"第一责任人"_s;
        request.limit = 3;
        const auto hits = store->search(request);
        QVERIFY(hits.ok());
        QCOMPARE(hits.value().size(), 3);
        QVERIFY2(hits.value().first().markedSnippet(Qt::PlainText).contains(u"[第一责任人]"),
            qPrintable(hits.value().first().snippet));
        request.year = 2019;
        request.limit = 100;
        for (const SearchHit &hit : store->search(request).value()) {
            QCOMPARE(hit.year, 2019);
        }
    }

    void searchHitsCarryWhereTheWordsAre()
    {
        auto store = openStore(freshPath());
        // The same report in both scripts; 【】 in the text are normalized to [].
        const QString simplified = u"某市2023年度法治政府建设情况报告\n\n一、推进【行政复议】体制改革\n\n"
                                   "全市办理行政复议案件120件，行政复议纠错率提高。\n"_s;
        const QString traditional = u"某縣2023年度法治政府建設情況報告\n\n一、推進【行政復議】體制改革\n\n"
                                    "全縣辦理行政復議案件120件，行政復議糾錯率提高。\n"_s;
        for (const auto &[text, name] : {std::pair{simplified, u"s.txt"_s}, std::pair{traditional, u"t.txt"_s}}) {
            QCOMPARE(store->importReport({SeedReports::parse(text, name), hashOf(text), {}}).value(),
                ImportOutcome::Imported);
        }
        const auto hitsFor = [&store](const QString &words) {
            return searchFor(*store, words);
        };
        const auto originalAt = [&store](const SearchHit &hit) {
            return store->report(hit.reportId).value().text.mid(hit.matchStart, hit.matchEnd - hit.matchStart);
        };
        const auto isTraditional = [&store](const SearchHit &hit) {
            return store->report(hit.reportId).value().fileName == u"t.txt";
        };
        const auto marked = [](const QList<SearchHit> &hits, Qt::TextFormat format) {
            QStringList all;
            for (const SearchHit &hit : hits) {
                all.append(hit.markedSnippet(format));
            }
            return all.join(u'\n');
        };

        // n characters, in either script of query and report; the text's own brackets stay.
        for (const QString &words : {u"行政复议"_s, u"行政復議"_s}) {
            const QList<SearchHit> hits = hitsFor(words);
            QCOMPARE(hits.size(), 4); // the heading and the paragraph of each report
            for (const SearchHit &hit : hits) {
                QVERIFY(!hit.snippetMatches.isEmpty());
                for (const SnippetMatch &match : hit.snippetMatches) {
                    QCOMPARE(hit.snippet.sliced(match.start, match.end - match.start), u"行政复议"_s);
                }
                QCOMPARE(originalAt(hit), isTraditional(hit) ? u"行政復議"_s : u"行政复议"_s);
                QVERIFY(hit.matchStart >= hit.start && hit.matchEnd <= hit.end);
            }
            QVERIFY2(marked(hits, Qt::PlainText).contains(u"推进[[行政复议]]体制改革"),
                qPrintable(marked(hits, Qt::PlainText)));
            QVERIFY2(marked(hits, Qt::RichText).contains(u"推进[<b>行政复议</b>]体制改革"),
                qPrintable(marked(hits, Qt::RichText)));
        }
        // Two characters, twice in one snippet.
        for (const QString &words : {u"复议"_s, u"復議"_s}) {
            const QList<SearchHit> hits = hitsFor(words);
            QCOMPARE(hits.size(), 4);
            for (const SearchHit &hit : hits) {
                QCOMPARE(originalAt(hit), isTraditional(hit) ? u"復議"_s : u"复议"_s);
                QCOMPARE(hit.snippetMatches.size(), hit.snippet.contains(u"案件") ? 2 : 1);
                for (const SnippetMatch &match : hit.snippetMatches) {
                    QCOMPARE(hit.snippet.sliced(match.start, match.end - match.start), u"复议"_s);
                }
            }
            QVERIFY(marked(hits, Qt::PlainText).contains(u"办理行政[复议]案件"));
        }
        // One character.
        const QList<SearchHit> ones = hitsFor(u"辦"_s);
        QCOMPARE(ones.size(), 2);
        for (const SearchHit &hit : ones) {
            QCOMPARE(hit.snippetMatches.size(), 1);
            QCOMPARE(hit.snippet.sliced(hit.snippetMatches.first().start, 1), u"办"_s);
            QCOMPARE(originalAt(hit), isTraditional(hit) ? u"辦"_s : u"办"_s);
        }
        // Overlapping words are one match, which opens the reader at the longer word.
        for (const SearchHit &hit : hitsFor(u"行政 行政复议"_s)) {
            QVERIFY2(
                !hit.markedSnippet(Qt::PlainText).contains(u"[行政]"), qPrintable(hit.markedSnippet(Qt::PlainText)));
            QCOMPARE(originalAt(hit), isTraditional(hit) ? u"行政復議"_s : u"行政复议"_s);
        }
    }

    void snippetsStayWholeCharacters()
    {
        // A passage starts 24 units before the words, here inside a pair: it must start a unit earlier.
        auto store = openStore(freshPath());
        const QString text
            = u"某市法治政府建设情况报告\n\n一"_s + QString(u"𠀀"_s).repeated(30) + u"一行政复议体制改革。\n"_s;
        QVERIFY(store->importReport({SeedReports::parse(text), hashOf(text), {}}).ok());
        SearchQuery request;
        request.text = u"行政复议"_s;
        const QList<SearchHit> hits = store->search(request).value();
        QCOMPARE(hits.size(), 1);
        const SearchHit &hit = hits.first();
        QVERIFY2(hit.snippet.startsWith(u"…𠀀"), qPrintable(hit.snippet));
        QVERIFY(QStringView(hit.snippet).isValidUtf16());
        QVERIFY2(hit.markedSnippet(Qt::PlainText).endsWith(u"𠀀一[行政复议]体制改革。"), qPrintable(hit.snippet));
        QCOMPARE(
            store->report(hit.reportId).value().text.mid(hit.matchStart, hit.matchEnd - hit.matchStart), u"行政复议"_s);
    }

    void markedSnippetsShowEveryCharacterOnce()
    {
        SearchHit hit;
        hit.snippet = u"…[注]<a>见行政复议"_s;
        hit.snippetMatches = {{8, 10}, {10, 12}};
        QCOMPARE(hit.markedSnippet(Qt::PlainText), u"…[注]<a>见[行政][复议]"_s);
        QCOMPARE(hit.markedSnippet(Qt::RichText), u"…[注]&lt;a&gt;见<b>行政</b><b>复议</b>"_s);
        // Ranges out of order or past the end (a hit made by hand) lose no text and repeat none.
        hit.snippetMatches = {{10, 12}, {8, 10}, {11, 40}};
        QCOMPARE(hit.markedSnippet(Qt::PlainText), u"…[注]<a>见行政[复议]"_s);
    }

    void reimportMovesAnnotationsWithTheirText()
    {
        auto store = openStore(freshPath());
        const ReportDocument original = SeedReports::document(u"003"_s);
        QVERIFY(store->importReport({original, hashOf(original.text), {}}).ok());
        const qint64 report = READ_OK(store->reports()).first().id;
        const qint64 tag = ProjectFixture::tagNamed(*store, u"问题"_s);
        const QString text = original.text;
        const int moving = int(text.indexOf(u"对法治政府建设重要性的认识还不够深刻"));
        const int vanishing = int(text.indexOf(u"建立三级首席数据官制度"));
        QVERIFY(moving > 0 && vanishing > 0);
        QVERIFY(store->addAnnotation(report, moving, moving + 18, tag, u"moves"_s).ok());
        QVERIFY(store->addAnnotation(report, vanishing, vanishing + 11, tag, u"vanishes"_s).ok());
        QVERIFY(store->addAnnotation(report, 0, 5, tag, u"stays"_s).ok());

        // A new version: a paragraph inserted before, one character changed inside another.
        QString changed = text;
        changed.replace(u"建立三级首席数据官制度"_s, u"建立三级首席数据管制度"_s);
        const int paragraphEnd = int(changed.indexOf(u'\n', changed.indexOf(u"一是强化思想引领")));
        changed.insert(paragraphEnd + 1, u"新增的段落,说明本年度新的工作情况。\n"_s);
        const ReportDocument updated = SeedReports::parse(changed, original.fileName);
        ImportedReport imported;
        QCOMPARE(store->importReport({updated, hashOf(changed), {}}, &imported).value(), ImportOutcome::Updated);
        const ReanchorResult &moved = imported.reanchored;
        QCOMPARE(READ_OK(store->reportCount()), 1);
        QCOMPARE(moved.kept, 1);
        QCOMPARE(moved.moved, 1);
        QCOMPARE(moved.orphaned, 1);
        const qint64 newId = READ_OK(store->reports()).first().id;
        const QString newText = store->report(newId).value().text;
        for (const Annotation &a : READ_OK(store->annotations(newId))) {
            if (a.comment == u"moves" || a.comment == u"stays") {
                QVERIFY(!a.orphaned);
                QCOMPARE(newText.mid(a.start, a.end - a.start), a.quote);
            } else {
                QCOMPARE(a.comment, u"vanishes"_s);
                QVERIFY(a.orphaned);
            }
        }
        QCOMPARE(READ_OK(store->annotations(newId)).size(), 3);
    }

    void saveAsMakesAConsistentCopy()
    {
        auto store = openStore(freshPath());
        const qint64 report = importSeed(*store, u"002"_s);
        QVERIFY(store->addAnnotation(report, 0, 3, ProjectFixture::tagNamed(*store, u"亮点"_s), u"copy me"_s).ok());
        const QString copyPath = freshPath();
        const auto saved = store->saveAs(copyPath);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QVERIFY(ReviewStore::verify(copyPath).ok());
        auto copy = openStore(copyPath);
        QVERIFY(copy);
        QCOMPARE(READ_OK(copy->reportCount()), 1);
        QCOMPARE(READ_OK(copy->annotations(READ_OK(copy->reports()).first().id)).first().comment, u"copy me"_s);
        QVERIFY(!store->saveAs(store->path()).ok());
    }

    void searchFindsEverySubstringAndOnlyParts()
    {
        // Any piece of a paragraph, of any length and across punctuation, finds its report; and a
        // hit's part really holds the words (no phrase lined up wrongly).
        auto store = openStore(freshPath());
        QList<qint64> ids;
        for (const QString &seed : {u"000"_s, u"001"_s, u"003"_s}) {
            ids.append(importSeed(*store, seed));
        }
        QRandomGenerator random(20241224);
        for (const qint64 id : std::as_const(ids)) {
            const ReportDocument document = store->report(id).value();
            for (int i = 0; i < 40; ++i) {
                const ReportParagraph &paragraph = document.paragraphs.at(random.bounded(document.paragraphs.size()));
                const int from = document.normalized.fromOriginal(paragraph.range.start);
                const int to = document.normalized.fromOriginal(paragraph.range.end);
                const int length = 1 + random.bounded(12);
                if (to - from <= length) {
                    continue;
                }
                const QString piece
                    = document.normalized.text().mid(from + random.bounded(to - from - length), length).trimmed();
                // Punctuation alone is not searchable: there is no word in it.
                if (piece.contains(u' ')
                    || std::none_of(piece.cbegin(), piece.cend(), [](QChar c) { return c.isLetterOrNumber(); })) {
                    continue;
                }
                SearchQuery request;
                request.text = piece;
                request.limit = 5000;
                const auto hits = store->search(request);
                QVERIFY2(hits.ok(), qPrintable(hits.error()));
                QVERIFY2(std::any_of(hits.value().cbegin(), hits.value().cend(),
                             [&](const SearchHit &h) { return h.reportId == id; }),
                    qPrintable(piece));
                const bool plainWords
                    = std::all_of(piece.cbegin(), piece.cend(), [](QChar c) { return c.isLetterOrNumber(); });
                for (const SearchHit &hit : hits.value()) {
                    if (!plainWords || hit.reportId != id) {
                        continue;
                    }
                    const QString part = document.normalized.text().mid(document.normalized.fromOriginal(hit.start),
                        document.normalized.fromOriginal(hit.end) - document.normalized.fromOriginal(hit.start));
                    QVERIFY2(part.contains(piece, Qt::CaseInsensitive), qPrintable(piece + u" in " + part));
                }
            }
        }
    }

    void statusAndYearsWithoutTheListing()
    {
        auto store = openStore(freshPath());
        const qint64 gaoming = importSeed(*store, u"001"_s); // 2019
        importSeed(*store, u"000"_s); // 2024
        importSeed(*store, u"003"_s); // 2024
        QCOMPARE(READ_OK(store->years()), (QList<int>{2024, 2019}));
        QCOMPARE(READ_OK(store->reviewStatus(gaoming)), u"unreviewed"_s);
        QVERIFY(store->setReviewStatus(gaoming, u"done"_s).ok());
        QCOMPARE(READ_OK(store->reviewStatus(gaoming)), u"done"_s);
        QCOMPARE(store->reviewStatus(999999).code(), Error::Code::NotFound);
    }

    void analysisIsStoredWithTheReport()
    {
        const auto analyzer = ReportAnalyzer::bundled();
        QVERIFY2(analyzer.ok(), qPrintable(analyzer.error()));
        // Seed 001 is traditional and merges problems and plans into one section.
        const ReportDocument document = SeedReports::document(u"001"_s);
        const ReportAnalysis analysis = analyzer.value()->analyze(document);
        auto store = openStore(freshPath());
        QCOMPARE(store->importReport({document, hashOf(document.text), analysis}).value(), ImportOutcome::Imported);
        const qint64 report = READ_OK(store->reports()).first().id;

        const QList<StoredPart> parts = READ_OK(store->parts(report));
        QCOMPARE(parts.size(), analysis.outline.sections.size() + analysis.outline.paragraphs.size());
        int headings = 0;
        for (const StoredPart &part : parts) {
            const auto &list = part.heading ? analysis.outline.sections : analysis.outline.paragraphs;
            const auto match = std::find_if(list.begin(), list.end(), [&](const PartClassification &c) {
                return part.heading ? c.headingRange.start == part.start : c.range.start == part.start;
            });
            QVERIFY2(match != list.end(), qPrintable(u"part at %1"_s.arg(part.start)));
            QCOMPARE(part.category, outlineCategoryId(match->category));
            QCOMPARE(part.themes, match->themes);
            QCOMPARE(part.reason, match->reason);
            QVERIFY(qAbs(part.confidence - match->confidence) < 1e-9);
            headings += part.heading ? 1 : 0;
        }
        QCOMPARE(headings, analysis.outline.sections.size());
        QVERIFY(std::any_of(parts.begin(), parts.end(), [](const StoredPart &p) { return p.category == u"problems"; }));

        const QList<ChecklistItem> checklist = READ_OK(store->checklist(report));
        QCOMPARE(checklist.size(), analysis.checklist.size());
        for (qsizetype i = 0; i < checklist.size(); ++i) {
            QCOMPARE(checklist.at(i).id, analysis.checklist.at(i).id);
            QCOMPARE(checklist.at(i).status, analysis.checklist.at(i).status);
            QCOMPARE(checklist.at(i).title, analysis.checklist.at(i).title);
            QCOMPARE(checklist.at(i).evidence, analysis.checklist.at(i).evidence);
            QCOMPARE(checklist.at(i).details, analysis.checklist.at(i).details);
            QCOMPARE(checklist.at(i).measure.has_value(), analysis.checklist.at(i).measure.has_value());
        }
        const QList<IndicatorValue> indicators = READ_OK(store->indicators(report));
        QCOMPARE(indicators.size(), analysis.indicators.size());
        for (const IndicatorValue &value : indicators) {
            QVERIFY(std::any_of(analysis.indicators.begin(), analysis.indicators.end(), [&](const IndicatorValue &v) {
                return v.id == value.id && v.value == value.value && v.match == value.match && v.name == value.name;
            }));
        }

        // The stored categories drive the search filter: 问题 in problem paragraphs only.
        SearchQuery query;
        query.text = u"问题"_s;
        query.category = u"problems"_s;
        const auto hits = store->search(query);
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
        QVERIFY(!hits.value().isEmpty());
        for (const SearchHit &hit : hits.value()) {
            QCOMPARE(hit.category, u"problems"_s);
        }
    }

    void olderFileIsMigratedAfterABackup()
    {
        const QString path = freshPath();
        {
            // A project as the first released schema wrote it, with a reviewer's tag and a
            // checklist row in it.
            auto opened = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            SqliteDatabase db = std::move(opened).value();
            QVERIFY(BigramTokenizer::registerWith(db.handle()).ok());
            QVERIFY(db.exec(u"PRAGMA journal_mode = WAL"_s).ok());
            QVERIFY(StoreSchema::migrate(db, 1).ok());
            QCOMPARE(StoreSchema::version(db).value(), 1);
            QVERIFY(db.exec(u"INSERT INTO tags (uid, name, color) VALUES ('t1', '典型经验', '#123456')"_s).ok());
            QVERIFY(
                db.exec(u"INSERT INTO reports (uid, content_hash, file_name, format, encoding, script, "
                        "metadata, original_text, normalized_text, normalized_map, structure, warnings, imported_at) "
                        "VALUES ('r1', 'h', 'a.txt', 'txt', 'UTF-8', 'simplified', '{}', '正文', '正文', x'', '{}', "
                        "'[]', '2025-01-01T00:00:00Z')"_s)
                    .ok());
            QVERIFY(
                db.exec(u"INSERT INTO checklist (report_id, item, result, explanation) "
                        "VALUES (1, 'causes', 'fail', '未分析原因')"_s)
                    .ok());
        }
        const auto opened = ReviewStore::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        ReviewStore &store = *opened.value();
        const QList<Tag> tags = READ_OK(store.tags());
        QVERIFY(std::any_of(tags.begin(), tags.end(), [](const Tag &t) { return t.name == u"典型经验"; }));
        const QList<ChecklistItem> checklist = READ_OK(store.checklist(1));
        QCOMPARE(checklist.size(), 1);
        QCOMPARE(checklist.first().status, ChecklistStatus::Fail);
        QCOMPARE(checklist.first().explanation, u"未分析原因"_s);
        // Stored before the facts were kept: the sentence is shown as it was written.
        QVERIFY(checklist.first().reason.isEmpty());
        QCOMPARE(ReviewChecklist::explanation(checklist.first()), u"未分析原因"_s);
        QVERIFY(checklist.first().title.isEmpty());

        // The backup is the file as it was: version 1, the same rows.
        const QString backup = path + u".v1.bak"_s;
        QVERIFY(QFile::exists(backup));
        auto old = SqliteDatabase::open(backup, SqliteDatabase::Mode::ReadOnly);
        QVERIFY(old.ok());
        QCOMPARE(StoreSchema::version(old.value()).value(), 1);
        QCOMPARE(old.value().scalar(u"SELECT count(*) FROM tags WHERE name = '典型经验'"_s).value().toInt(), 1);
        QCOMPARE(old.value().scalar(u"SELECT count(*) FROM reports"_s).value().toInt(), 1);
        // And the upgraded file knows it is current: opening again neither migrates nor backs up.
        QVERIFY(QFile::remove(backup));
        QVERIFY(ReviewStore::open(path).ok());
        QVERIFY(!QFile::exists(backup));
    }

    void newerFileIsRefusedUntouched()
    {
        const QString path = freshPath();
        {
            auto store = openStore(path);
        }
        sqlite3 *db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const auto opened = ReviewStore::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"newer"), qPrintable(opened.error()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void damagedFileIsNeverOverwritten()
    {
        const QString path = freshPath();
        {
            auto store = openStore(path);
            for (const QString &seed : {u"000"_s, u"001"_s, u"002"_s}) {
                importSeed(*store, seed);
            }
            QVERIFY(store->saveAs(path + u".clean"_s).ok());
        }
        // Checkpointed copy without WAL; then scribble over pages in the middle.
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        QVERIFY(QFile::copy(path + u".clean"_s, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        file.seek(size / 2);
        file.write(QByteArray(8192, '\x5a'));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray damaged = file.readAll();
        file.close();

        QVERIFY(!ReviewStore::verify(path).ok());
        const auto opened = ReviewStore::open(path);
        if (opened.ok()) {
            QVERIFY(opened.value()->isReadOnly());
            QVERIFY(!opened.value()->readOnlyReason().isEmpty());
            QVERIFY(!opened.value()->addTag(u"x"_s, Qt::red).ok());
        } else {
            QVERIFY(opened.error().contains(path));
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), damaged);
    }

    void mergeBringsOtherReviewersWork()
    {
        const QString mine = freshPath();
        const QString theirs = freshPath();
        auto a = openStore(mine);
        auto b = openStore(theirs);
        b->setAuthor(u"李审核"_s);
        const qint64 ra = importSeed(*a, u"003"_s);
        const qint64 rb = importSeed(*b, u"003"_s);
        importSeed(*b, u"004"_s);
        const qint64 problems = ProjectFixture::tagNamed(*a, u"问题"_s);
        QVERIFY(a->addAnnotation(ra, 10, 20, problems, u"同一条"_s).ok());
        QVERIFY(b->addAnnotation(rb, 10, 20, ProjectFixture::tagNamed(*b, u"问题"_s), u"同一条"_s).ok());
        QVERIFY(b->addAnnotation(rb, 30, 40, ProjectFixture::tagNamed(*b, u"亮点"_s), u"只有乙有"_s).ok());
        const auto custom = b->addTag(u"乙的标签"_s, Qt::darkGreen);
        QVERIFY(b->addAnnotation(rb, 50, 60, custom.value().id).ok());
        QVERIFY(a->decide(ra, u"verdict:grade"_s, {}, u"优秀"_s).ok());
        QVERIFY(b->decide(rb, u"verdict:grade"_s, {}, u"合格"_s).ok());
        b.reset();

        const auto merged = a->mergeFrom(theirs);
        QVERIFY2(merged.ok(), qPrintable(merged.error()));
        QCOMPARE(READ_OK(a->reportCount()), 2);
        QCOMPARE(READ_OK(a->annotations(ra)).size(), 3); // the identical one is not duplicated
        QVERIFY(ProjectFixture::tagNamed(*a, u"乙的标签"_s) > 0);
        const QList<Decision> decisions = READ_OK(a->decisions(ra));
        QCOMPARE(decisions.size(), 2);
        QVERIFY(decisions.at(0).conflict && decisions.at(1).conflict);
        QStringList values{decisions.at(0).value, decisions.at(1).value};
        values.sort();
        QCOMPARE(values, (QStringList{u"优秀"_s, u"合格"_s}));
        // Merging again changes nothing.
        QVERIFY(a->mergeFrom(theirs).ok());
        QCOMPARE(READ_OK(a->annotations(ra)).size(), 3);
        QCOMPARE(READ_OK(a->decisions(ra)).size(), 2);
    }

    void removedReportComesBackWithItsMarks()
    {
        auto store = openStore(freshPath());
        const qint64 kept = importSeed(*store, u"001"_s);
        const qint64 report = importSeed(*store, u"003"_s);
        const QString text = store->report(report).value().text;
        const int at = int(text.indexOf(u"对法治政府建设重要性的认识还不够深刻"));
        QVERIFY(at > 0);
        const auto first
            = store->addAnnotation(report, at, at + 18, ProjectFixture::tagNamed(*store, u"问题"_s), u"要具体"_s);
        const auto second = store->addAnnotation(report, 0, 5, ProjectFixture::tagNamed(*store, u"亮点"_s));
        QVERIFY(first.ok() && second.ok());
        QVERIFY(store->decide(report, u"checklist:causes"_s, u"fail"_s, u"pass"_s, u"原因写在第三段"_s).ok());
        QVERIFY(store->decide(report, u"verdict:grade"_s, {}, u"good"_s).ok());
        const QList<StoredPart> parts = READ_OK(store->parts(report));
        const QList<ChecklistItem> checklist = READ_OK(store->checklist(report));
        const auto summaryOf = [&store](qint64 id) {
            for (const ReportSummary &summary : READ_OK(store->reports())) {
                if (summary.id == id) {
                    return summary;
                }
            }
            return ReportSummary();
        };
        const ReportSummary before = summaryOf(report);
        const auto hits = [&store](const QString &words) {
            SearchQuery query;
            query.text = words;
            query.limit = 100;
            QSet<qint64> reports;
            for (const SearchHit &hit : store->search(query).value()) {
                reports.insert(hit.reportId);
            }
            return reports;
        };
        QVERIFY(hits(u"认识还不够深刻"_s).contains(report));

        const auto counted = store->marks({report});
        QVERIFY(counted.ok());
        QCOMPARE(counted.value().annotations, 2);
        QCOMPARE(counted.value().decisions, 2);
        QVERIFY(!store->removeReports({report, 9999}).ok()); // one unknown id: nothing goes
        QCOMPARE(READ_OK(store->reportCount()), 2);
        const auto removed = store->removeReports({report});
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QCOMPARE(removed.value().size(), 1);
        QCOMPARE(removed.value().first().annotations, 2);
        QCOMPARE(removed.value().first().decisions, 2);
        QCOMPARE(removed.value().first().name, u"镇江市 2024"_s);
        QCOMPARE(READ_OK(store->reportCount()), 1);
        QVERIFY(READ_OK(store->annotations(report)).isEmpty());
        QVERIFY(READ_OK(store->decisions(report)).isEmpty());
        QVERIFY(!hits(u"认识还不够深刻"_s).contains(report));
        // The record keeps the report and its marks.
        const QList<HistoryEntry> history = READ_OK(store->history(report));
        QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const HistoryEntry &entry) {
            return entry.action == u"remove" && entry.entity == u"report" && entry.before.contains(u"要具体")
                && entry.before.contains(u"原因写在第三段");
        }));
        // A report imported meanwhile does not take its number, which undo needs.
        const qint64 newcomer = importSeed(*store, u"002"_s);
        QVERIFY(newcomer != report);

        QVERIFY(store->restoreReports(removed.value()).ok());
        QCOMPARE(READ_OK(store->reportCount()), 3);
        const QList<Annotation> back = READ_OK(store->annotations(report));
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(1).id, first.value().id);
        QCOMPARE(back.at(1).uid, first.value().uid);
        QCOMPARE(back.at(1).start, at);
        QCOMPARE(back.at(1).quote, first.value().quote);
        QCOMPARE(back.at(1).created, first.value().created);
        QCOMPARE(back.at(0).id, second.value().id);
        QCOMPARE(READ_OK(store->decisions(report)).size(), 2);
        QCOMPARE(READ_OK(store->parts(report)).size(), parts.size());
        QCOMPARE(READ_OK(store->parts(report)).last().category, parts.last().category);
        QCOMPARE(READ_OK(store->checklist(report)).size(), checklist.size());
        QCOMPARE(store->report(report).value().text, text);
        QVERIFY(hits(u"认识还不够深刻"_s).contains(report));
        QCOMPARE(summaryOf(report).uid, before.uid);
        QCOMPARE(summaryOf(report).grade, u"good"_s);
        QVERIFY(store->report(kept).ok());
        QVERIFY(ReviewStore::verify(store->path()).ok());
    }

    void copiesAreRecognisedByTheirText()
    {
        auto store = openStore(freshPath());
        const QString text = SeedReports::text(u"003"_s);
        const auto read = [](const QByteArray &bytes, const QString &name) {
            ReportImport report{ReportReader::readBytes(bytes, name).value(),
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256), {}};
            report.onDuplicate = DuplicatePolicy::Skip;
            return report;
        };
        ImportedReport imported;
        QCOMPARE(
            store->importReport(read(text.toUtf8(), u"shangyu.txt"_s), &imported).value(), ImportOutcome::Imported);
        const qint64 original = imported.reportId;
        QVERIFY(original > 0);

        // The same report saved as GB18030, as a web page, with other line breaks and full-width
        // punctuation: the same text, so not imported again.
        QStringEncoder gb18030("GB18030");
        QVERIFY(gb18030.isValid());
        QString html = u"<html><head><meta charset=\"utf-8\"><title>上虞区报告</title></head><body>"_s;
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
            html += u"<p>"_s + line.toHtmlEscaped() + u"</p>\n"_s;
        }
        html += u"</body></html>"_s;
        QString respaced = text;
        respaced.replace(u"\n"_s, u"\n\n"_s).replace(u"，"_s, u","_s);
        const QList<std::pair<QByteArray, QString>> copies{
            {gb18030.encode(text), u"shangyu-gbk.txt"_s},
            {html.toUtf8(), u"shangyu.html"_s},
            {respaced.toUtf8(), u"shangyu-respaced.txt"_s},
        };
        for (const auto &[bytes, name] : copies) {
            ImportedReport copy;
            QCOMPARE(store->importReport(read(bytes, name), &copy).value(), ImportOutcome::Copy);
            QCOMPARE(copy.matchedReportId, original);
            QCOMPARE(copy.matchedName, u"镇江市 2024"_s);
        }
        QCOMPARE(READ_OK(store->reportCount()), 1);
        // Tools that build projects still import what they are given.
        QCOMPARE(store->importReport({SeedReports::parse(respaced, u"x.txt"_s), hashOf(respaced), {}}).value(),
            ImportOutcome::Imported);
    }

    void anotherVersionIsSkippedReplacedOrKept()
    {
        const auto version = [](const QString &text, const QString &name, DuplicatePolicy policy) {
            ReportImport report{SeedReports::parse(text, name), hashOf(text), {}};
            report.onDuplicate = policy;
            return report;
        };
        const QString text = SeedReports::text(u"003"_s);
        QString changed = text;
        changed.replace(u"建立三级首席数据官制度"_s, u"建立三级首席数据管制度"_s);
        for (const DuplicatePolicy policy : {DuplicatePolicy::Skip, DuplicatePolicy::Keep, DuplicatePolicy::Replace}) {
            auto store = openStore(freshPath());
            ImportedReport first;
            QCOMPARE(store->importReport(version(text, u"v1.txt"_s, DuplicatePolicy::Skip), &first).value(),
                ImportOutcome::Imported);
            const int at = int(text.indexOf(u"建立三级首席数据官制度"));
            const auto vanishing = store->addAnnotation(
                first.reportId, at, at + 11, ProjectFixture::tagNamed(*store, u"问题"_s), u"口径？"_s);
            const auto staying
                = store->addAnnotation(first.reportId, 0, 5, ProjectFixture::tagNamed(*store, u"亮点"_s));
            QVERIFY(vanishing.ok() && staying.ok());
            QVERIFY(store->decide(first.reportId, u"verdict:grade"_s, {}, u"pass"_s).ok());
            // Another district's report of the same year is no version of it.
            QCOMPARE(store->importReport(version(SeedReports::text(u"004"_s), u"zj.txt"_s, policy)).value(),
                ImportOutcome::Imported);

            ImportedReport second;
            const auto outcome = store->importReport(version(changed, u"v2.txt"_s, policy), &second);
            QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
            if (policy == DuplicatePolicy::Skip) {
                QCOMPARE(outcome.value(), ImportOutcome::OtherVersion);
                QCOMPARE(second.matchedReportId, first.reportId);
                QCOMPARE(READ_OK(store->reportCount()), 2);
                continue;
            }
            if (policy == DuplicatePolicy::Keep) {
                QCOMPARE(outcome.value(), ImportOutcome::Imported);
                QCOMPARE(READ_OK(store->reportCount()), 3);
                QCOMPARE(READ_OK(store->annotations(first.reportId)).size(), 2);
                continue;
            }
            QCOMPARE(outcome.value(), ImportOutcome::Updated);
            QCOMPARE(second.matchedReportId, first.reportId);
            QCOMPARE(READ_OK(store->reportCount()), 2);
            QCOMPARE(second.reanchored.kept, 1);
            QCOMPARE(second.reanchored.orphaned, 1);
            QCOMPARE(second.reanchored.orphanedQuotes, QStringList{u"建立三级首席数据官制度"_s});
            QCOMPARE(READ_OK(store->annotations(second.reportId)).size(), 2); // the orphan is kept, flagged
            QCOMPARE(READ_OK(store->decisions(second.reportId)).size(), 1);
            QVERIFY(second.replaced.has_value());
            // Undo: the old version back as it was, with its annotations where they were.
            const auto newer = store->exchangeReport(second.reportId, *second.replaced);
            QVERIFY2(newer.ok(), qPrintable(newer.error()));
            QCOMPARE(READ_OK(store->reportCount()), 2);
            QCOMPARE(store->report(first.reportId).value().text, SeedReports::parse(text).text);
            const QList<Annotation> back = READ_OK(store->annotations(first.reportId));
            QCOMPARE(back.size(), 2);
            QCOMPARE(back.last().id, vanishing.value().id);
            QCOMPARE(back.last().start, vanishing.value().start);
            QVERIFY(!back.last().orphaned);
            QCOMPARE(READ_OK(store->decisions(first.reportId)).size(), 1);
            QVERIFY(!store->report(second.reportId).ok());
            // Redo: the new version again.
            QVERIFY(store->exchangeReport(first.reportId, newer.value()).ok());
            QVERIFY(READ_OK(store->annotations(second.reportId)).last().orphaned);
        }
    }

    void metadataCorrectionsKeepTheParsedValue()
    {
        auto store = openStore(freshPath());
        const qint64 report = importSeed(*store, u"002"_s);
        QCOMPARE(READ_OK(store->automaticMetadata(report, u"region"_s)), u"绍兴市上虞区"_s);
        QVERIFY(!store->editMetadata(report, u"year"_s, u"明年"_s).ok());
        QVERIFY(!store->editMetadata(report, u"level"_s, u"大区"_s).ok());
        QVERIFY(!store->editMetadata(report, u"reportDate"_s, u"2025-13-45"_s).ok());
        QVERIFY(!store->editMetadata(report, u"text"_s, u"x"_s).ok());
        QVERIFY(!store->editMetadata(9999, u"year"_s, u"2024"_s).ok());
        QVERIFY(READ_OK(store->decisions(report)).isEmpty());

        const auto region = store->editMetadata(report, u"region"_s, u"紹興市上虞區"_s, u"标题写错"_s);
        QVERIFY2(region.ok(), qPrintable(region.error()));
        QCOMPARE(region.value().automatic, u"绍兴市上虞区"_s);
        QCOMPARE(region.value().value, u"绍兴市上虞区"_s); // names in simplified script, as parsed ones
        const auto year = store->editMetadata(report, u"year"_s, u"２０２３年"_s);
        QVERIFY(year.ok());
        QVERIFY(store->editMetadata(report, u"reportDate"_s, u"2024年2月5日"_s).ok());
        QVERIFY(store->editMetadata(report, u"region"_s, u"绍兴市"_s).ok());
        // Everything that reads the report sees the correction; the parsed value stays known.
        const ReportSummary summary = READ_OK(store->reports()).first();
        QCOMPARE(summary.region, u"绍兴市"_s);
        QCOMPARE(summary.year, 2023);
        QCOMPARE(summary.corrected.value(u"region"_s), u"绍兴市上虞区"_s);
        QCOMPARE(summary.corrected.value(u"year"_s), u"2024"_s);
        QCOMPARE(READ_OK(store->years()), QList<int>{2023});
        const ReportDocument document = store->report(report).value();
        QCOMPARE(document.metadataValue(MetadataKey::Region), u"绍兴市"_s);
        QCOMPARE(document.metadataValue(MetadataKey::ReportDate), u"2024-02-05"_s);
        QCOMPARE(READ_OK(store->automaticMetadata(report, u"region"_s)), u"绍兴市上虞区"_s);
        SearchQuery query;
        query.text = u"法治"_s;
        query.region = u"绍兴市"_s;
        QVERIFY(!store->search(query).value().isEmpty());

        // Withdrawing a correction (undo) brings back the value before it, the parsed one last.
        QVERIFY(store->withdrawDecision(year.value().id).ok());
        QCOMPARE(READ_OK(store->reports()).first().year, 2024);
        QVERIFY(!READ_OK(store->reports()).first().corrected.contains(u"year"_s));
        const QList<Decision> decisions = READ_OK(store->decisions(report));
        for (const Decision &decision : decisions) {
            if (decision.target == u"metadata:region") {
                QVERIFY(store->withdrawDecision(decision.id).ok());
            }
        }
        QCOMPARE(READ_OK(store->reports()).first().region, u"绍兴市上虞区"_s);
        QVERIFY(store->withdrawDecision(region.value().id).ok());
        QCOMPARE(READ_OK(store->reports()).first().region, u"绍兴市上虞区"_s);
        QCOMPARE(store->report(report).value().metadataValue(MetadataKey::Region), u"绍兴市上虞区"_s);
        QVERIFY(READ_OK(store->reports()).first().corrected.keys() == QStringList{u"reportDate"_s});
    }

    void keysOfReportsStoredBeforeKeysAreComputedOnUpgrade()
    {
        const QString path = freshPath();
        const ReportDocument document = SeedReports::document(u"002"_s);
        {
            // A project as version 2 wrote it: reports without text keys.
            auto opened = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
            QVERIFY(opened.ok());
            SqliteDatabase db = std::move(opened).value();
            QVERIFY(BigramTokenizer::registerWith(db.handle()).ok());
            QVERIFY(StoreSchema::migrate(db, 2).ok());
            auto insert = db.prepare(
                u"INSERT INTO reports (uid, content_hash, file_name, format, encoding, script, region, year, level, "
                "metadata, original_text, normalized_text, normalized_map, structure, warnings, imported_at) VALUES "
                "('r1', 'h', 'old.txt', 'txt', 'UTF-8', 'simplified', '镇江市', 2019, '市', '{}', ?1, ?2, x'', '{}', "
                "'[]', '2025-01-01T00:00:00Z')"_s);
            QVERIFY(insert.ok());
            QVERIFY(insert.value().bind(1, document.text).bind(2, document.normalized.text()).exec().ok());
        }
        auto store = openStore(path);
        QVERIFY(store);
        ReportImport again{document, hashOf(u"other bytes"_s), {}};
        again.onDuplicate = DuplicatePolicy::Skip;
        ImportedReport imported;
        QCOMPARE(store->importReport(again, &imported).value(), ImportOutcome::Copy);
        QCOMPARE(imported.matchedReportId, 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
