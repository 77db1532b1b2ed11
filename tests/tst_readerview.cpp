// SPDX-License-Identifier: GPL-3.0-or-later
// The reader as a reviewer uses it: select, press a number, comment, undo, switch scripts.
#include "categorypalette.h"
#include "readerview.h"
#include "reportanalyzer.h"
#include "reviewsession.h"
#include "scriptconverter.h"
#include "seedreports.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
        for (const ReportSummary &summary : m_session.store()->reports()) {
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
        for (const Tag &tag : m_session.store()->tags()) {
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

        const QList<Annotation> stored = m_session.store()->annotations(m_reports.value(u"000"_s));
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
        QVERIFY(m_session.store()->annotations(m_reports.value(u"000"_s)).isEmpty());
        QVERIFY(!drawnAt(start, end).has_value());
        m_session.undoStack()->redo();
        QVERIFY(drawnAt(start, end).has_value());
    }

    void enterEditsTheCommentInPlace()
    {
        const QList<Annotation> before = m_session.store()->annotations(m_reports.value(u"000"_s));
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
        const qint64 id = m_session.store()->annotations(m_reports.value(u"000"_s)).first().id;
        m_reader->selectAnnotation(id);
        QTest::keyClick(m_reader.get(), Qt::Key_Delete);
        QVERIFY(m_session.store()->annotations(m_reports.value(u"000"_s)).isEmpty());
        m_session.undoStack()->undo();
        QCOMPARE(m_session.store()->annotations(m_reports.value(u"000"_s)).size(), 1);
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

        m_reader->setScript(ReaderView::Script::Simplified);
        const QString simplified = m_reader->toPlainText();
        QCOMPARE(simplified.size(), original.size());
        QCOMPARE(simplified.mid(start, end - start), u"行政复议"_s);
        QVERIFY(drawnAt(start, end).has_value());
        QVERIFY(!simplified.contains(u"問題"_s));

        m_reader->setScript(ReaderView::Script::Traditional);
        QCOMPARE(m_reader->toPlainText().mid(start, end - start), u"行政復議"_s);
        QVERIFY(drawnAt(start, end).has_value());
        m_reader->setScript(ReaderView::Script::Original);
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
        const qint64 tag = m_session.store()->tags().first().id;
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
};

QTEST_MAIN(TestReaderView)
#include "tst_readerview.moc"
