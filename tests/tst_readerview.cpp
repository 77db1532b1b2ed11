// SPDX-License-Identifier: GPL-3.0-or-later
// The reader as a reviewer uses it: select, press a number, comment, undo, switch scripts.
#include "categorypalette.h"
#include "readerview.h"
#include "reportanalyzer.h"
#include "reviewsession.h"
#include "scriptconverter.h"
#include "seedreports.h"
#include "storereads.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestReaderView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ReviewSession m_session;
    QHash<QString, qint64> m_reports;
    std::unique_ptr<ReaderView> m_reader;

    qint64 import(const ReportDocument &document, const ReportAnalyzer &analyzer)
    {
        const QByteArray hash = QCryptographicHash::hash(document.text.toUtf8(), QCryptographicHash::Sha256);
        if (!m_session.store()->importReport({document, hash, analyzer.analyze(document)})) {
            return 0;
        }
        for (const ReportSummary &summary : READ_OK(m_session.store()->reports())) {
            if (summary.fileName == document.fileName) {
                return summary.id;
            }
        }
        return 0;
    }

    void select(int start, int end)
    {
        QTextCursor cursor = m_reader->textCursor();
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        m_reader->setTextCursor(cursor);
    }

    // The drawn highlight covering [start, end), if any.
    std::optional<QTextEdit::ExtraSelection> drawnAt(int start, int end) const
    {
        for (const QTextEdit::ExtraSelection &s : m_reader->extraSelections()) {
            if (s.cursor.selectionStart() == start && s.cursor.selectionEnd() == end) {
                return s;
            }
        }
        return std::nullopt;
    }

    QColor tagColor(const QString &name) const
    {
        for (const Tag &tag : READ_OK(m_session.store()->tags())) {
            if (tag.name == name) {
                return tag.color;
            }
        }
        return {};
    }

    // A paragraph's range that holds @p words.
    std::pair<int, int> paragraphWith(qint64 reportId, const QString &words) const
    {
        const ReportDocument document = m_session.store()->report(reportId).value();
        for (const ReportParagraph &paragraph : document.paragraphs) {
            const int at = int(document.textAt(paragraph.range).indexOf(words));
            if (at >= 0) {
                return {paragraph.range.start + at, paragraph.range.start + at + int(words.size())};
            }
        }
        return {-1, -1};
    }

    // Where original offset @p position is drawn in the viewport.
    QRect rectOf(int position) const
    {
        QTextCursor cursor(m_reader->document());
        cursor.setPosition(position);
        return m_reader->cursorRect(cursor);
    }

    struct ScrollPlace
    {
        int vertical = 0;
        int horizontal = 0;
        bool operator==(const ScrollPlace &) const = default;
    };
    ScrollPlace place() const
    {
        return {m_reader->verticalScrollBar()->value(), m_reader->horizontalScrollBar()->value()};
    }

    // Selects @p letters characters from the start of the text line at @p y as a reviewer does:
    // a click, then Shift+Right.
    void selectLineAt(int y, int letters)
    {
        QTest::mouseClick(m_reader->viewport(), Qt::LeftButton, {}, QPoint(1, y));
        for (int i = 0; i < letters; ++i) {
            QTest::keyClick(m_reader->viewport(), Qt::Key_Right, Qt::ShiftModifier);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_session.setAuthor(u"王审阅"_s);
        QVERIFY(m_session.open(m_dir.filePath(u"reader.fzr"_s)).ok());
        const auto analyzer = ReportAnalyzer::bundled();
        QVERIFY(analyzer.ok());
        for (const QString &seed : {u"000"_s, u"001"_s}) {
            m_reports.insert(seed, import(SeedReports::document(seed), *analyzer.value()));
            QVERIFY(m_reports.value(seed) > 0);
        }
        m_reader = std::make_unique<ReaderView>(m_session);
        m_reader->resize(900, 700);
        m_reader->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_reader.get()));
    }

    void pressingTwoTagsTheSelectionAsAProblem()
    {
        m_reader->setReport(m_reports.value(u"000"_s));
        const auto [start, end] = paragraphWith(m_reports.value(u"000"_s), u"短板"_s);
        QVERIFY(start >= 0);
        select(start, end);
        QTest::keyClick(m_reader.get(), Qt::Key_2);

        const QList<Annotation> stored = READ_OK(m_session.store()->annotations(m_reports.value(u"000"_s)));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().start, start);
        QCOMPARE(stored.first().end, end);
        QCOMPARE(stored.first().quote, u"短板"_s);
        QCOMPARE(stored.first().author, u"王审阅"_s);
        const auto drawn = drawnAt(start, end);
        QVERIFY(drawn.has_value());
        // Drawn in the 问题 color, blended so the text stays readable, and marked as current.
        const QColor background = drawn->format.background().color();
        const QColor problems = tagColor(u"问题"_s);
        QVERIFY(background.redF() > background.blueF());
        QVERIFY(background != problems);
        QCOMPARE(m_reader->currentAnnotation(), stored.first().id);

        m_session.undoStack()->undo();
        QVERIFY(READ_OK(m_session.store()->annotations(m_reports.value(u"000"_s))).isEmpty());
        QVERIFY(!drawnAt(start, end).has_value());
        m_session.undoStack()->redo();
        QVERIFY(drawnAt(start, end).has_value());
    }

    void enterEditsTheCommentInPlace()
    {
        const QList<Annotation> before = READ_OK(m_session.store()->annotations(m_reports.value(u"000"_s)));
        QCOMPARE(before.size(), 1);
        m_reader->selectAnnotation(before.first().id);
        QTest::keyClick(m_reader.get(), Qt::Key_Return);
        QLineEdit *editor = m_reader->commentEditor();
        QVERIFY(editor && editor->isVisible());
        editor->insert(u"短板要列出具体表现"_s); // as an input method commits Chinese text
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(!editor->isVisible());
        QCOMPARE(m_session.store()->annotation(before.first().id).value().comment, u"短板要列出具体表现"_s);

        // Esc leaves the comment as it was.
        m_reader->selectAnnotation(before.first().id);
        QTest::keyClick(m_reader.get(), Qt::Key_Return);
        editor->selectAll();
        editor->insert(u"不要保存"_s);
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!editor->isVisible());
        QCOMPARE(m_session.store()->annotation(before.first().id).value().comment, u"短板要列出具体表现"_s);
    }

    void deleteRemovesAndUndoRestores()
    {
        const qint64 id = READ_OK(m_session.store()->annotations(m_reports.value(u"000"_s))).first().id;
        m_reader->selectAnnotation(id);
        QTest::keyClick(m_reader.get(), Qt::Key_Delete);
        QVERIFY(READ_OK(m_session.store()->annotations(m_reports.value(u"000"_s))).isEmpty());
        m_session.undoStack()->undo();
        QCOMPARE(READ_OK(m_session.store()->annotations(m_reports.value(u"000"_s))).size(), 1);
    }

    void marginShowsCategoriesAndOverrules()
    {
        const qint64 report = m_reports.value(u"001"_s);
        m_reader->setReport(report);
        const ReportDocument document = m_session.store()->report(report).value();
        // Seed 001's second section is problems and plans together.
        const ReportSection &second = document.sections.at(1);
        QCOMPARE(m_reader->categoryAt(second.headingRange.start), u"problems"_s);
        QVERIFY(m_session.decide(report, u"part:%1"_s.arg(second.headingRange.start), u"problems"_s, u"plans"_s).ok());
        QCOMPARE(m_reader->categoryAt(second.headingRange.start), u"plans"_s);
        m_session.undoStack()->undo();
        QCOMPARE(m_reader->categoryAt(second.headingRange.start), u"problems"_s);
    }

    void otherScriptKeepsAnnotationsOnTheirCharacters()
    {
        const qint64 report = m_reports.value(u"001"_s); // written in traditional script
        m_reader->setReport(report);
        const auto [start, end] = paragraphWith(report, u"行政復議"_s);
        QVERIFY(start >= 0);
        select(start, end);
        QTest::keyClick(m_reader.get(), Qt::Key_6); // 亮点
        QVERIFY(drawnAt(start, end).has_value());
        const QString original = m_reader->toPlainText();

        m_reader->setScript(DisplayScript::Simplified);
        const QString simplified = m_reader->toPlainText();
        QCOMPARE(simplified.size(), original.size());
        QCOMPARE(simplified.mid(start, end - start), u"行政复议"_s);
        QVERIFY(drawnAt(start, end).has_value());
        QVERIFY(!simplified.contains(u"問題"_s));

        m_reader->setScript(DisplayScript::Traditional);
        QCOMPARE(m_reader->toPlainText().mid(start, end - start), u"行政復議"_s);
        QVERIFY(drawnAt(start, end).has_value());
        m_reader->setScript(DisplayScript::Original);
        QCOMPARE(m_reader->toPlainText(), original);
    }

    void openingALargeReportIsQuick()
    {
        // A 60 KB report (the seeds one after another) with 200 annotations: a benchmark
        // figure for the note, not a timed assertion.
        QString text;
        for (const QString &seed : {u"000"_s, u"002"_s, u"003"_s, u"004"_s, u"000"_s}) {
            text += SeedReports::text(seed) + u'\n';
        }
        const auto analyzer = ReportAnalyzer::bundled();
        const qint64 report = import(SeedReports::parse(text, u"large.txt"_s), *analyzer.value());
        QVERIFY(report > 0);
        const qint64 tag = READ_OK(m_session.store()->tags()).first().id;
        const int step = int(m_session.store()->report(report).value().text.size()) / 210;
        for (int i = 0; i < 200; ++i) {
            const auto added = m_session.store()->addAnnotation(report, i * step, i * step + 12, tag);
            QVERIFY2(added.ok(), qPrintable(added.error()));
        }
        QElapsedTimer timer;
        timer.start();
        m_reader->setReport(report);
        QCoreApplication::processEvents();
        const qint64 ms = timer.elapsed();
        qInfo("opening a %lld-byte report with 200 annotations: %lld ms", qint64(text.toUtf8().size()), ms);
        QCOMPARE(m_reader->extraSelections().size(), 200);
    }

    void taggingCommentingAndUndoLeaveTheViewWhereItIs()
    {
        const auto analyzer = ReportAnalyzer::bundled();
        const qint64 report = import(SeedReports::document(u"003"_s), *analyzer.value());
        QVERIFY(report > 0);
        m_reader->setReport(report);
        m_reader->setFocus();
        QScrollBar *bar = m_reader->verticalScrollBar();
        QVERIFY(bar->maximum() > 40);
        bar->setValue(bar->maximum() / 2); // reading in the middle of the report
        const int line = m_reader->fontMetrics().lineSpacing();

        // A line near the top of the view, tagged with 1.
        selectLineAt(line * 2, 8);
        QVERIFY(m_reader->textCursor().hasSelection());
        const ScrollPlace before = place();
        QTest::keyClick(m_reader->viewport(), Qt::Key_1);
        QCOMPARE(READ_OK(m_session.store()->annotations(report)).size(), 1);
        QCOMPARE(place(), before);

        // Enter: the comment editor opens in the view, next to the passage.
        const Annotation tagged = READ_OK(m_session.store()->annotations(report)).first();
        QCOMPARE(m_reader->currentAnnotation(), tagged.id);
        QTest::keyClick(m_reader->viewport(), Qt::Key_Return);
        QLineEdit *editor = m_reader->commentEditor();
        QVERIFY(editor && editor->isVisible());
        QVERIFY2(m_reader->viewport()->rect().contains(editor->geometry()), "the comment editor is out of view");
        QVERIFY(std::abs(editor->geometry().top() - rectOf(tagged.end).bottom()) <= 2 * line);
        editor->insert(u"写明具体数字"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(m_session.store()->annotation(tagged.id).value().comment, u"写明具体数字"_s);
        QCOMPARE(place(), before);

        // Undo and redo of both, and Delete, leave it too.
        m_session.undoStack()->undo();
        QCOMPARE(place(), before);
        m_session.undoStack()->undo();
        QVERIFY(READ_OK(m_session.store()->annotations(report)).isEmpty());
        QCOMPARE(place(), before);
        m_session.undoStack()->redo();
        m_session.undoStack()->redo();
        QCOMPARE(READ_OK(m_session.store()->annotations(report)).size(), 1);
        QCOMPARE(place(), before);
        QTest::mouseClick(m_reader->viewport(), Qt::LeftButton, {}, rectOf(tagged.start + 1).center());
        QCOMPARE(m_reader->currentAnnotation(), READ_OK(m_session.store()->annotations(report)).first().id);
        QTest::keyClick(m_reader->viewport(), Qt::Key_Delete);
        QVERIFY(READ_OK(m_session.store()->annotations(report)).isEmpty());
        QCOMPARE(place(), before);
        m_session.undoStack()->undo();
        QCOMPARE(place(), before);
    }

    void commentEditorOpensInViewOnTheBottomLine()
    {
        QScrollBar *bar = m_reader->verticalScrollBar();
        bar->setValue(bar->maximum() / 3);
        const int line = m_reader->fontMetrics().lineSpacing();
        // The last line of text that is wholly in view.
        const int y = (m_reader->viewport()->height() / line - 1) * line - line / 2;
        selectLineAt(y, 6);
        const ScrollPlace before = place();
        QTest::keyClick(m_reader->viewport(), Qt::Key_1);
        QCOMPARE(place(), before);
        QTest::keyClick(m_reader->viewport(), Qt::Key_Return);
        QLineEdit *editor = m_reader->commentEditor();
        QVERIFY(editor && editor->isVisible());
        QVERIFY2(m_reader->viewport()->rect().contains(editor->geometry()), "the comment editor is out of view");
        QTest::keyClick(editor, Qt::Key_Escape);
        QCOMPARE(place(), before);
    }

    void aPassageShownHasContextAbove()
    {
        const qint64 report = m_reader->reportId();
        const QString text = m_session.store()->report(report).value().text;
        const int line = m_reader->fontMetrics().lineSpacing();
        for (const double where : {0.3, 0.6, 0.9}) {
            m_reader->verticalScrollBar()->setValue(0);
            const int start = int(text.size() * where);
            m_reader->showRange(start, start + 30);
            const QRect first = rectOf(start);
            QVERIFY2(first.top() >= 2 * line, qPrintable(u"at %1: first line at y=%2"_s.arg(start).arg(first.top())));
            QVERIFY(first.top() < m_reader->viewport()->height() / 3
                || m_reader->verticalScrollBar()->value() == m_reader->verticalScrollBar()->maximum());
            QVERIFY(rectOf(start + 30).bottom() <= m_reader->viewport()->height());
        }
    }
};

QTEST_MAIN(TestReaderView)
#include "tst_readerview.moc"
