// SPDX-License-Identifier: GPL-3.0-or-later
// Find in report: words in either script, wrapping, and closing with Esc.
#include "findbar.h"
#include "inputmethod.h"
#include "seedreports.h"
#include "textnormalizer.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestFindBar : public QObject
{
    Q_OBJECT

private:
    QWidget m_window;
    QPlainTextEdit *m_editor = nullptr;
    FindBar *m_bar = nullptr;

    QLineEdit *field() const { return m_bar->findChild<QLineEdit *>(u"findField"_s); }
    QString count() const { return m_bar->findChild<QLabel *>(u"findCount"_s)->text(); }
    QString selected() const { return m_editor->textCursor().selectedText(); }

    void openWith(const QString &text, const QString &words)
    {
        m_editor->setPlainText(text);
        m_editor->moveCursor(QTextCursor::Start);
        m_bar->activate();
        InputMethod::type(field(), words);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_editor = new QPlainTextEdit(&m_window);
        m_editor->setReadOnly(true);
        m_bar = new FindBar(m_editor, &m_window);
        m_bar->hide();
        auto *layout = new QVBoxLayout(&m_window);
        layout->addWidget(m_editor);
        layout->addWidget(m_bar);
        m_window.resize(600, 400);
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    }

    void simplifiedWordsFindTraditionalText()
    {
        const QString text = SeedReports::text(u"001"_s);
        QVERIFY(text.contains(u"問題"_s));
        QSignalSpy changed(m_bar, &FindBar::matchesChanged);
        openWith(text, u"问题"_s);
        QVERIFY(!changed.isEmpty());
        // Every 問題 of the text, and the simplified spelling should the text mix scripts.
        QCOMPARE(m_bar->matches().size(), text.count(u"問題"_s) + text.count(u"问题"_s));
        QCOMPARE(m_bar->currentIndex(), 0);
        QCOMPARE(TextNormalizer::normalize(selected()).text(), u"问题"_s);
        QCOMPARE(count(), u"1 of %1"_s.arg(m_bar->matches().size()));
        for (const auto &[start, end] : m_bar->matches()) {
            QCOMPARE(text.mid(start, end - start), u"問題"_s);
        }
    }

    void traditionalWordsFindSimplifiedText()
    {
        const QString text = SeedReports::text(u"000"_s);
        openWith(text, u"報告"_s);
        QCOMPARE(m_bar->matches().size(), text.count(u"报告"_s));
        QCOMPARE(selected(), u"报告"_s);
    }

    void fullWidthDigitsAreDigits()
    {
        openWith(u"二〇二四年即２０２４年，2024年。"_s, u"2024"_s);
        QCOMPARE(m_bar->matches().size(), 2);
        QCOMPARE(selected(), u"２０２４"_s);
    }

    void nextAndPreviousWrap()
    {
        openWith(SeedReports::text(u"001"_s), u"問題"_s);
        const int total = int(m_bar->matches().size());
        QVERIFY(total > 2);
        QSignalSpy current(m_bar, &FindBar::currentMatchChanged);
        QTest::keyClick(field(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(m_bar->currentIndex(), total - 1); // before the first: the last
        QCOMPARE(count(), u"%1 of %1"_s.arg(total));
        QTest::keyClick(field(), Qt::Key_Return);
        QCOMPARE(m_bar->currentIndex(), 0); // after the last: the first
        QTest::keyClick(field(), Qt::Key_Return);
        QCOMPARE(m_bar->currentIndex(), 1);
        const auto [start, end] = m_bar->matches().at(1);
        QCOMPARE(m_editor->textCursor().selectionStart(), start);
        QCOMPARE(m_editor->textCursor().selectionEnd(), end);
        QCOMPARE(current.size(), 3);
    }

    void typingOnStaysWhereTheSearchIs()
    {
        openWith(u"法治甲。法规乙。法治丙。"_s, QString());
        InputMethod::type(field(), u"法"_s);
        QCOMPARE(m_bar->matches().size(), 3);
        QTest::keyClick(field(), Qt::Key_Return);
        QCOMPARE(m_bar->currentIndex(), 1); // 法规
        InputMethod::type(field(), u"治"_s);
        // 法规 no longer matches: the next 法治 after it, not the first in the text.
        QCOMPARE(m_bar->matches().size(), 2);
        QCOMPARE(m_bar->currentIndex(), 1);
        QCOMPARE(m_editor->textCursor().selectionStart(), 8);
    }

    void nothingFound()
    {
        openWith(u"法治政府"_s, u"量子"_s);
        QVERIFY(m_bar->matches().isEmpty());
        QCOMPARE(m_bar->currentIndex(), -1);
        QCOMPARE(count(), u"No matches"_s);
    }

    void escapeHidesAndForgetsTheMatches()
    {
        openWith(SeedReports::text(u"001"_s), u"问题"_s);
        QVERIFY(!m_bar->matches().isEmpty());
        QSignalSpy changed(m_bar, &FindBar::matchesChanged);
        QTest::keyClick(field(), Qt::Key_Escape);
        QVERIFY(!m_bar->isVisible());
        QVERIFY(m_bar->matches().isEmpty());
        QCOMPARE(changed.size(), 1);
        // Opening again finds the same words again, with the selection as the words.
        m_bar->activate();
        QVERIFY(m_bar->isVisible());
        QCOMPARE(TextNormalizer::normalize(field()->text()).text(), u"问题"_s);
        QVERIFY(!m_bar->matches().isEmpty());
    }

    void followsTheEditorsText()
    {
        openWith(u"报告一"_s, u"報告"_s);
        QCOMPARE(m_bar->matches().size(), 1);
        m_editor->setPlainText(u"报告一，报告二"_s);
        QCOMPARE(m_bar->matches().size(), 2);
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
