// SPDX-License-Identifier: GPL-3.0-or-later
// The compare view: the outline bar takes every column to its part or says it is missing,
// shared wording (across scripts) is found with the right offsets and underlined, tagging in
// a column is the reader's tagging, scrolling together follows the outline.
#include "comparecolumn.h"
#include "comparefixture.h"
#include "compareview.h"
#include "outlinebar.h"
#include "readerview.h"
#include "storereads.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestCompareView : public QObject
{
    Q_OBJECT

private:
    /** Whether original offset @p offset is on a line shown in the upper part of @p reader. */
    static bool nearTop(ReaderView *reader, int offset)
    {
        QTextCursor cursor(reader->document());
        cursor.setPosition(offset);
        const int y = reader->cursorRect(cursor).top();
        const bool atEnd = reader->verticalScrollBar()->value() == reader->verticalScrollBar()->maximum();
        return y >= 0 && (y < reader->viewport()->height() / 4 || (atEnd && y < reader->viewport()->height()));
    }

    static QList<TextRange> partsOf(ProjectFixture &fixture, qint64 reportId, const QString &category)
    {
        QList<TextRange> ranges;
        for (const StoredPart &part : READ_OK(fixture.session.store()->parts(reportId))) {
            if (part.category == category) {
                ranges.append({part.start, part.end});
            }
        }
        return ranges;
    }

    static QRect rectOf(ReaderView *reader, int position)
    {
        QTextCursor cursor(reader->document());
        cursor.setPosition(position);
        return reader->cursorRect(cursor);
    }

    /** The whole of [start, end) in view, its first line below the top edge with context above. */
    static bool shownWithContext(ReaderView *reader, int start, int end)
    {
        const int line = reader->fontMetrics().lineSpacing();
        const QScrollBar *bar = reader->verticalScrollBar();
        const int top = rectOf(reader, start).top();
        const bool roomAbove = bar->value() > 0;
        const bool atEnd = bar->value() == bar->maximum();
        return top >= 0 && (!roomAbove || top >= 2 * line) && (atEnd || top < reader->viewport()->height() / 3)
            && rectOf(reader, end).bottom() <= reader->viewport()->height();
    }

    /** The passage of @p view whose copy in the first report overlaps @p range, or -1. */
    static int passageAt(const CompareView &view, int column, const TextRange &range)
    {
        for (int i = 0; i < view.passages().size(); ++i) {
            const ComparedPassage &p = view.passages().at(i);
            const TextRange &copy = p.first == column ? p.passage.first : p.passage.second;
            if ((p.first == column || p.second == column) && copy.start < range.end && range.start < copy.end) {
                return i;
            }
        }
        return -1;
    }

    /** A long paragraph from the middle of seed 001, and where its first 60 characters are. */
    static TextRange middleOf001()
    {
        const ReportDocument source = SeedReports::document(u"001"_s);
        const ReportParagraph &paragraph = source.paragraphs.at(source.paragraphs.size() / 2);
        return {paragraph.range.start, std::min(paragraph.range.end, paragraph.range.start + 60)};
    }

private Q_SLOTS:
    void problemsButtonMovesEveryColumnOrSaysMissing()
    {
        ProjectFixture fixture;
        QVERIFY(fixture.open());
        const qint64 first = fixture.importSeed(u"001"_s);
        const qint64 second = fixture.importSeed(u"003"_s);
        const qint64 silent = CompareFixture::importWithout(fixture, u"002"_s, u"problems"_s);
        QVERIFY(first && second && silent);
        QVERIFY2(partsOf(fixture, silent, u"problems"_s).isEmpty(), "the copy must have no problems part left");

        CompareView view(fixture.session);
        view.resize(1500, 900);
        QVERIFY(view.setReports({first, silent, second}).ok());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.columnCount(), 3);
        for (int c = 0; c < 3; ++c) {
            QCOMPARE(view.column(c)->reader()->verticalScrollBar()->value(), 0);
        }

        QAbstractButton *problems = view.outlineBar()->button(u"problems"_s);
        QVERIFY(problems);
        QTest::mouseClick(problems, Qt::LeftButton);
        QCOMPARE(view.outlineBar()->current(), u"problems"_s);

        for (const int c : {0, 2}) {
            ReaderView *reader = view.column(c)->reader();
            const QList<TextRange> parts = partsOf(fixture, view.reports().at(c), u"problems"_s);
            QVERIFY(!parts.isEmpty());
            QVERIFY2(reader->verticalScrollBar()->value() > 0, "the column did not scroll");
            QVERIFY2(nearTop(reader, parts.first().start), qPrintable(u"column %1"_s.arg(c)));
            QVERIFY(view.column(c)->missingText().isEmpty());
        }
        const QString missing = view.column(1)->missingText();
        QVERIFY2(!missing.isEmpty(), "the column without problems must say so");
        QVERIFY(missing.contains(problems->text()));
        QCOMPARE(view.column(1)->reader()->verticalScrollBar()->value(), 0); // left where it was

        // Another row: the message goes when the report has that part.
        QTest::mouseClick(view.outlineBar()->button(u"plans"_s), Qt::LeftButton);
        QVERIFY(view.column(1)->missingText().isEmpty());
    }

    void copiedPassageInTraditionalIsSharedWording()
    {
        ProjectFixture fixture;
        QVERIFY(fixture.open());
        const ReportDocument source = SeedReports::document(u"001"_s);
        // A long paragraph from the middle of the report: district-specific wording.
        const ReportParagraph &paragraph = source.paragraphs.at(source.paragraphs.size() / 2);
        const TextRange copied{paragraph.range.start, std::min(paragraph.range.end, paragraph.range.start + 60)};
        QVERIFY(copied.length() >= 40);
        const qint64 original = fixture.import(source);
        const auto pasted
            = CompareFixture::importWithPassage(fixture, u"003"_s, source.text.mid(copied.start, copied.length()));
        QVERIFY(original && pasted.reportId);

        CompareView view(fixture.session);
        QSignalSpy ready(&view, &CompareView::wordingReady);
        QVERIFY(view.setReports({original, pasted.reportId}).ok());
        QVERIFY(ready.wait(10000));

        const auto found
            = std::find_if(view.passages().cbegin(), view.passages().cend(), [&](const ComparedPassage &p) {
                  return p.passage.first.start < copied.end && copied.start < p.passage.first.end;
              });
        QVERIFY2(found != view.passages().cend(), "the copied passage was not found");
        QCOMPARE(found->first, 0);
        QCOMPARE(found->second, 1);
        // Offsets in both originals: at most a punctuation mark trimmed at either end.
        QVERIFY2(std::abs(found->passage.first.start - copied.start) <= 2
                && std::abs(found->passage.first.end - copied.end) <= 2,
            qPrintable(u"first [%1,%2) vs [%3,%4)"_s.arg(found->passage.first.start)
                    .arg(found->passage.first.end)
                    .arg(copied.start)
                    .arg(copied.end)));
        QVERIFY2(std::abs(found->passage.second.start - pasted.range.start) <= 2
                && std::abs(found->passage.second.end - pasted.range.end) <= 2,
            qPrintable(u"second [%1,%2) vs [%3,%4)"_s.arg(found->passage.second.start)
                    .arg(found->passage.second.end)
                    .arg(pasted.range.start)
                    .arg(pasted.range.end)));
        QVERIFY(!found->setPhrase);

        // Underlined in both readers, and listed; choosing it shows both copies.
        const auto marked = [](ReaderView *reader, const TextRange &range) {
            const QList<ReaderView::Mark> &marks = reader->marks();
            return std::any_of(marks.cbegin(), marks.cend(),
                [&](const ReaderView::Mark &m) { return m.start == range.start && m.end == range.end && !m.muted; });
        };
        QVERIFY(marked(view.column(0)->reader(), found->passage.first));
        QVERIFY(marked(view.column(1)->reader(), found->passage.second));
        QVERIFY(view.passageList()->topLevelItemCount() >= 1);
        QTreeWidgetItem *item = view.passageList()->topLevelItem(int(found - view.passages().cbegin()));
        QVERIFY(item);
        Q_EMIT view.passageList()->itemActivated(item, 0);
        QCOMPARE(view.column(1)->reader()->textCursor().selectionStart(), found->passage.second.start);
        QCOMPARE(view.column(0)->reader()->textCursor().selectionStart(), found->passage.first.start);
    }

    void taggingInAColumnWritesTheReadersAnnotation()
    {
        ProjectFixture fixture;
        QVERIFY(fixture.open());
        const qint64 a = fixture.importSeed(u"001"_s);
        const qint64 b = fixture.importSeed(u"004"_s);
        CompareView view(fixture.session);
        QVERIFY(view.setReports({a, b}).ok());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        ReaderView *column = view.column(1)->reader();
        QTextCursor cursor(column->document());
        cursor.setPosition(40);
        cursor.setPosition(52, QTextCursor::KeepAnchor);
        column->setTextCursor(cursor);
        column->setFocus();
        QTest::keyClick(column, Qt::Key_2);

        const QList<Annotation> stored = READ_OK(fixture.session.store()->annotations(b));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().start, 40);
        QCOMPARE(stored.first().end, 52);
        qint64 tagTwo = 0;
        for (const Tag &tag : READ_OK(fixture.session.store()->tags())) {
            tagTwo = tag.shortcut == 2 ? tag.id : tagTwo;
        }
        QCOMPARE(stored.first().tagId, tagTwo);
        QCOMPARE(stored.first().author, u"李审阅"_s);

        // The same report's own reader shows that annotation, and undo takes it back everywhere.
        ReaderView reader(fixture.session);
        reader.setReport(b);
        QCOMPARE(reader.annotations().size(), 1);
        QCOMPARE(reader.annotations().first().start, 40);
        fixture.session.undoStack()->undo();
        QVERIFY(READ_OK(fixture.session.store()->annotations(b)).isEmpty());
        QVERIFY(column->annotations().isEmpty());
    }

    void scrollingTogetherFollowsTheOutline()
    {
        ProjectFixture fixture;
        QVERIFY(fixture.open());
        const qint64 a = fixture.importSeed(u"001"_s);
        const qint64 b = fixture.importSeed(u"003"_s);
        CompareView view(fixture.session);
        view.resize(1200, 800);
        QVERIFY(view.setReports({a, b}).ok());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSynchronizedScrolling(true);

        // Scrolling the first column to its plans brings the second to its own plans.
        const QList<TextRange> plansA = partsOf(fixture, a, u"plans"_s);
        const QList<TextRange> plansB = partsOf(fixture, b, u"plans"_s);
        QVERIFY(!plansA.isEmpty() && !plansB.isEmpty());
        view.column(0)->reader()->scrollToOffset(plansA.first().start);
        QVERIFY(nearTop(view.column(1)->reader(), plansB.first().start));

        // Off: the second column stays where it is.
        view.setSynchronizedScrolling(false);
        const int before = view.column(1)->reader()->verticalScrollBar()->value();
        view.column(0)->reader()->scrollToOffset(0);
        QCOMPARE(view.column(1)->reader()->verticalScrollBar()->value(), before);
    }

    void refusesOneOrFiveReports()
    {
        ProjectFixture fixture;
        QVERIFY(fixture.open());
        const qint64 a = fixture.importSeed(u"001"_s);
        CompareView view(fixture.session);
        QVERIFY(!view.setReports({a}).ok());
        QVERIFY(!view.setReports({a, a, a, a, a}).ok());
        QVERIFY(!view.setReports({a, 987654}).ok());
    }

    void setPhrasesAreFoundWithOneThreadInThePool()
    {
        // The set phrases are found by tasks on the global pool and the compare's worker waits
        // for them: it must not take a thread of that pool (on one core, its only one).
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        const auto restore = qScopeGuard([pool, threads] { pool->setMaxThreadCount(threads); });
        ProjectFixture fixture;
        QVERIFY(fixture.open());
        const qint64 a = fixture.importSeed(u"001"_s);
        const qint64 b = fixture.importSeed(u"002"_s);
        CompareView view(fixture.session);
        QSignalSpy ready(&view, &CompareView::setPhrasesReady);
        QVERIFY(view.setReports({a, b}).ok());
        QVERIFY(ready.wait(15000));
        QVERIFY(view.setPhrasesApplied());
    }

    void clickingASharedRowShowsBothCopiesWithContext()
    {
        ProjectFixture fixture;
        QVERIFY(fixture.open());
        const ReportDocument source = SeedReports::document(u"001"_s);
        const TextRange copied = middleOf001();
        const qint64 original = fixture.import(source);
        const auto pasted
            = CompareFixture::importWithPassage(fixture, u"004"_s, source.text.mid(copied.start, copied.length()));
        QVERIFY(original && pasted.reportId);
        CompareView view(fixture.session);
        view.resize(1200, 800);
        QSignalSpy ready(&view, &CompareView::wordingReady);
        QVERIFY(view.setReports({original, pasted.reportId}).ok());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 10000);
        const int index = passageAt(view, 0, copied);
        QVERIFY(index >= 0);
        const ComparedPassage shared = view.passages().at(index);
        // Both columns somewhere else first: the second near its end, where the copy is far above.
        view.column(0)->reader()->verticalScrollBar()->setValue(0);
        QScrollBar *second = view.column(1)->reader()->verticalScrollBar();
        second->setValue(second->maximum());

        QTreeWidget *list = view.passageList();
        QTreeWidgetItem *item = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            item = list->topLevelItem(i)->data(0, Qt::UserRole).toInt() == index ? list->topLevelItem(i) : item;
        }
        QVERIFY(item);
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        QVERIFY2(shownWithContext(view.column(0)->reader(), shared.passage.first.start, shared.passage.first.end),
            "the first copy is not shown with context above");
        QVERIFY2(shownWithContext(view.column(1)->reader(), shared.passage.second.start, shared.passage.second.end),
            "the second copy is not shown with context above");
    }

    void taggingInAColumnLeavesItWhereItIs()
    {
        ProjectFixture fixture;
        QVERIFY(fixture.open());
        const qint64 a = fixture.importSeed(u"001"_s);
        const qint64 b = fixture.importSeed(u"003"_s);
        CompareView view(fixture.session);
        view.resize(1200, 800);
        QVERIFY(view.setReports({a, b}).ok());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ReaderView *column = view.column(1)->reader();
        QScrollBar *bar = column->verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
        const int line = column->fontMetrics().lineSpacing();
        QTest::mouseClick(column->viewport(), Qt::LeftButton, {}, QPoint(1, line * 2));
        for (int i = 0; i < 8; ++i) {
            QTest::keyClick(column->viewport(), Qt::Key_Right, Qt::ShiftModifier);
        }
        const int before = bar->value();
        QTest::keyClick(column->viewport(), Qt::Key_1);
        QCOMPARE(READ_OK(fixture.session.store()->annotations(b)).size(), 1);
        QCOMPARE(bar->value(), before);
        QTest::keyClick(column->viewport(), Qt::Key_Return);
        QVERIFY(column->commentEditor() && column->commentEditor()->isVisible());
        QVERIFY(column->viewport()->rect().contains(column->commentEditor()->geometry()));
        QTest::keyClick(column->commentEditor(), Qt::Key_Escape);
        fixture.session.undoStack()->undo();
        QVERIFY(READ_OK(fixture.session.store()->annotations(b)).isEmpty());
        QCOMPARE(bar->value(), before);
    }

    void theColumnThePanelsFollowIsMarked()
    {
        ProjectFixture fixture;
        QVERIFY(fixture.open());
        const QList<qint64> ids{
            fixture.importSeed(u"001"_s), fixture.importSeed(u"003"_s), fixture.importSeed(u"004"_s)};
        CompareView view(fixture.session);
        view.resize(1500, 800);
        QVERIFY(view.setReports(ids).ok());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto headingColor = [&view](int c) {
            auto *title = view.column(c)->findChild<QLabel *>(u"compareColumnTitle"_s);
            return title ? title->grab().toImage().pixelColor(1, 1) : QColor();
        };
        const QColor marked = view.palette().color(QPalette::Highlight);
        QVERIFY(view.column(0)->isCurrent());
        QCOMPARE(headingColor(0), marked);
        QVERIFY(headingColor(1) != marked);

        // A click into the third column: the panels follow it, and its heading says so.
        QSignalSpy followed(&view, &CompareView::currentReportChanged);
        QTest::mouseClick(view.column(2)->reader()->viewport(), Qt::LeftButton, {}, QPoint(40, 40));
        QTRY_COMPARE(followed.size(), 1);
        QCOMPARE(followed.first().first().toLongLong(), ids.at(2));
        QVERIFY(view.column(2)->isCurrent());
        QVERIFY(!view.column(0)->isCurrent());
        QCOMPARE(headingColor(2), marked);
        QVERIFY(headingColor(0) != marked);
    }

    void aSharedPassageHasOneLengthInEitherColumn()
    {
        ProjectFixture fixture;
        QVERIFY(fixture.open());
        const ReportDocument source = SeedReports::document(u"001"_s);
        const TextRange copied = middleOf001();
        // Copied with one letter changed into two: nearly verbatim, spans of 60 and 61 letters.
        QString passage = source.text.mid(copied.start, copied.length());
        qsizetype middle = passage.size() / 2;
        while (!passage.at(middle).isLetter()) {
            ++middle;
        }
        passage = passage.left(middle) + u"甲乙"_s + passage.mid(middle + 1);
        const qint64 original = fixture.import(source);
        const auto pasted = CompareFixture::importWithPassage(fixture, u"004"_s, passage);
        QVERIFY(original && pasted.reportId);

        QStringList lengths;
        for (const QList<qint64> &order : {QList<qint64>{original, pasted.reportId}, {pasted.reportId, original}}) {
            CompareView view(fixture.session);
            QSignalSpy ready(&view, &CompareView::wordingReady);
            QVERIFY(view.setReports(order).ok());
            QVERIFY(ready.wait(10000));
            const int column = order.first() == original ? 0 : 1;
            const int index = passageAt(view, column, copied);
            QVERIFY(index >= 0);
            for (int i = 0; i < view.passageList()->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = view.passageList()->topLevelItem(i);
                if (item->data(0, Qt::UserRole).toInt() == index) {
                    lengths.append(item->text(1));
                }
            }
        }
        QCOMPARE(lengths.size(), 2);
        QCOMPARE(lengths.at(0), lengths.at(1));
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
