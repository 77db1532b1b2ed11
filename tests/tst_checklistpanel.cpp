// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist panel: the eight items, overrules beside the automatic value, the verdict.
#include "checklistpanel.h"
#include "dashboardfigures.h"
#include "outlinematrix.h"
#include "overruledialog.h"
#include "panelfixture.h"
#include "panelscreenshot.h"
#include "storereads.h"
#include "wheelguard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestChecklistPanel : public QObject
{
    Q_OBJECT

private:
    PanelFixture m_fixture;
    qint64 m_report = 0;

    static QWidget *card(ChecklistPanel &panel, const QString &itemId)
    {
        return panel.findChild<QFrame *>(u"item:"_s + itemId);
    }

    static QString labelText(QWidget *card, const QString &name)
    {
        auto *label = card ? card->findChild<QLabel *>(name) : nullptr;
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        WheelGuard::install(); // as fazhi-review does at start-up
        QVERIFY(m_fixture.open());
        m_report = m_fixture.importSeed(u"001"_s);
        QVERIFY(m_report != 0);
    }

    void showsTheEightItems()
    {
        ChecklistPanel panel(m_fixture.session);
        panel.resize(360, 900);
        panel.setReport(m_report);
        const QList<ChecklistItem> items = READ_OK(m_fixture.session.store()->checklist(m_report));
        QCOMPARE(items.size(), 8);
        for (const ChecklistItem &item : items) {
            QWidget *shown = card(panel, item.id);
            QVERIFY2(shown, qPrintable(item.id));
            QVERIFY2(labelText(shown, u"status"_s).contains(ChecklistPanel::statusName(item.status)),
                qPrintable(item.id + u": "_s + labelText(shown, u"status"_s)));
            QVERIFY(!labelText(shown, u"status"_s).contains(u"automatic"_s));
            QVERIFY(shown->findChild<QLabel *>(u"icon"_s)->toolTip() == ChecklistPanel::statusName(item.status));
        }
        PanelScreenshot::save(&panel, u"checklistpanel"_s);
    }

    void overruleShowsBothValues()
    {
        ChecklistPanel panel(m_fixture.session);
        panel.resize(360, 900);
        panel.setReport(m_report);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const ChecklistItem item = READ_OK(m_fixture.session.store()->checklist(m_report)).at(1);
        const ChecklistStatus chosen
            = item.status == ChecklistStatus::Fail ? ChecklistStatus::Pass : ChecklistStatus::Fail;

        QTest::mouseClick(card(panel, item.id)->findChild<QPushButton *>(u"overrule"_s), Qt::LeftButton);
        OverruleDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel.findChild<OverruleDialog *>()) && dialog->isVisible());
        PanelFixture::clickButton(dialog->findChild<QRadioButton *>(checklistStatusId(chosen)));
        PanelFixture::type(dialog->findChild<QPlainTextEdit *>(), u"第三部分有原因分析"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        const auto decision = m_fixture.decision(m_report, u"checklist:"_s + item.id);
        QVERIFY(decision);
        QCOMPARE(decision->value, checklistStatusId(chosen));
        QCOMPARE(decision->automatic, checklistStatusId(item.status));
        QCOMPARE(decision->comment, u"第三部分有原因分析"_s);

        QWidget *shown = card(panel, item.id);
        const QString status = labelText(shown, u"status"_s);
        QVERIFY2(status.contains(ChecklistPanel::statusName(chosen)), qPrintable(status));
        QVERIFY2(status.contains(u"automatic: "_s + ChecklistPanel::statusName(item.status)), qPrintable(status));
        // The reviewer's value comes first, the automatic one beside it.
        QVERIFY(status.indexOf(ChecklistPanel::statusName(chosen)) < status.indexOf(u"automatic"_s));
        QVERIFY(labelText(shown, u"decision"_s).contains(u"李审阅"_s));
        QVERIFY(labelText(shown, u"decision"_s).contains(u"第三部分有原因分析"_s));
        PanelScreenshot::save(&panel, u"checklistpanel-overruled"_s);

        m_fixture.session.undoStack()->undo();
        QVERIFY(!labelText(card(panel, item.id), u"status"_s).contains(u"automatic"_s));
    }

    void confirmStoresTheAutomaticValue()
    {
        ChecklistPanel panel(m_fixture.session);
        panel.setReport(m_report);
        const ChecklistItem item = READ_OK(m_fixture.session.store()->checklist(m_report)).first();
        QTest::mouseClick(card(panel, item.id)->findChild<QPushButton *>(u"confirm"_s), Qt::LeftButton);
        const auto decision = m_fixture.decision(m_report, u"checklist:"_s + item.id);
        QVERIFY(decision);
        QCOMPARE(decision->value, checklistStatusId(item.status));
        QVERIFY(labelText(card(panel, item.id), u"status"_s).contains(u"confirmed"_s));
        QVERIFY(!card(panel, item.id)->findChild<QPushButton *>(u"confirm"_s)->isEnabled());
    }

    void evidenceLinksJumpToTheText()
    {
        ChecklistPanel panel(m_fixture.session);
        panel.resize(360, 900);
        panel.setReport(m_report);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ChecklistItem withEvidence;
        for (const ChecklistItem &item : READ_OK(m_fixture.session.store()->checklist(m_report))) {
            if (!item.evidence.isEmpty()) {
                withEvidence = item;
                break;
            }
        }
        QVERIFY(!withEvidence.evidence.isEmpty());
        auto *links = card(panel, withEvidence.id)->findChild<QLabel *>(u"evidence"_s);
        QVERIFY(links);
        QSignalSpy activated(&panel, &ChecklistPanel::rangeActivated);
        // With the keyboard: into the label, Tab to the first link, Enter.
        links->setFocus();
        QTest::keyClick(links, Qt::Key_Tab);
        QTest::keyClick(links, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toInt(), withEvidence.evidence.first().start);
        QCOMPARE(activated.first().at(1).toInt(), withEvidence.evidence.first().end);
    }

    void gradeSummaryAndStatus()
    {
        ChecklistPanel panel(m_fixture.session);
        panel.resize(360, 900);
        panel.setReport(m_report);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *grade = panel.findChildren<QComboBox *>().at(0);
        QCOMPARE(grade->currentData().toString(), QString());
        // Choose 良好 with the keyboard, as a reviewer would.
        grade->setFocus();
        QTest::keyClick(grade, Qt::Key_Down);
        QTest::keyClick(grade, Qt::Key_Down);
        QCOMPARE(grade->currentText(), ChecklistPanel::gradeName(u"good"_s));
        auto gradeDecision = m_fixture.decision(m_report, u"verdict:grade"_s);
        QVERIFY(gradeDecision);
        QCOMPARE(gradeDecision->value, u"good"_s);

        auto *summary = panel.findChild<QPlainTextEdit *>();
        summary->setFocus();
        PanelFixture::type(summary, u"结构完整，问题查找不够深入。"_s);
        QVERIFY(!m_fixture.decision(m_report, u"verdict:summary"_s));
        QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
        const auto summaryDecision = m_fixture.decision(m_report, u"verdict:summary"_s);
        QVERIFY(summaryDecision);
        QCOMPARE(summaryDecision->value, u"结构完整，问题查找不够深入。"_s);
        QCOMPARE(summary->toPlainText(), u"结构完整，问题查找不够深入。"_s); // no newline typed

        auto *status = panel.findChildren<QComboBox *>().at(1);
        QSignalSpy reportsChanged(&m_fixture.session, &ReviewSession::reportsChanged);
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down);
        QTest::keyClick(status, Qt::Key_Down);
        QCOMPARE(reportsChanged.size(), 2);
        QCOMPARE(READ_OK(m_fixture.session.store()->reports()).first().reviewStatus, u"done"_s);
        QCOMPARE(READ_OK(m_fixture.session.store()->reports()).first().grade, u"good"_s);
        QCOMPARE(status->currentIndex(), 2);
        panel.findChild<QScrollArea *>()->ensureWidgetVisible(summary);
        PanelScreenshot::save(&panel, u"checklistpanel-verdict"_s);
    }

    void wheelScrollsPastTheGrade()
    {
        QVERIFY(m_fixture.session.decide(m_report, ReportDecisions::gradeTarget(), {}, u"good"_s));
        QVERIFY(m_fixture.session.store()->setReviewStatus(m_report, u"in_progress"_s));
        ChecklistPanel panel(m_fixture.session);
        panel.resize(360, 420); // the eight items do not fit: the list scrolls
        panel.setReport(m_report);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *grade = panel.findChildren<QComboBox *>().at(0);
        auto *status = panel.findChildren<QComboBox *>().at(1);
        QScrollBar *scroll = panel.findChild<QScrollArea *>()->verticalScrollBar();
        QVERIFY(scroll->maximum() > 0);
        QCOMPARE(scroll->value(), 0);
        // Always in view, above the list, however far it scrolls.
        QVERIFY(grade->isVisible() && grade->mapTo(&panel, QPoint()).y() < panel.height() / 4);
        const qsizetype decisions = READ_OK(m_fixture.session.store()->decisions(m_report)).size();
        const auto wheelOver = [&panel](QWidget *widget, int steps) {
            for (int i = 0; i < steps; ++i) {
                QTest::wheelEvent(
                    panel.windowHandle(), widget->mapTo(&panel, widget->rect().center()), QPoint(0, -120));
            }
        };

        wheelOver(grade, 3);
        wheelOver(status, 3);
        QCOMPARE(grade->currentData().toString(), u"good"_s);
        QCOMPARE(status->currentIndex(), 1);
        QCOMPARE(READ_OK(m_fixture.session.store()->decisions(m_report)).size(), decisions);
        QCOMPARE(m_fixture.decision(m_report, ReportDecisions::gradeTarget())->value, u"good"_s);
        QCOMPARE(READ_OK(m_fixture.session.store()->reports()).first().reviewStatus, u"in_progress"_s);
        QVERIFY2(scroll->value() > 0, "the wheel scrolls the items instead");

        // Over a card the list scrolls too, and further.
        const int scrolled = scroll->value();
        wheelOver(panel.findChild<QFrame *>(u"item:causes"_s), 1);
        QVERIFY(scroll->value() > scrolled || scroll->value() == scroll->maximum());

        // Clicked, the combo is the reviewer's choice: now the wheel changes it.
        QTest::mouseClick(grade, Qt::LeftButton);
        if (QWidget *popup = QApplication::activePopupWidget()) {
            QTest::keyClick(popup, Qt::Key_Escape);
        }
        panel.activateWindow(); // the offscreen platform does not give it back after the popup
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QTRY_VERIFY(grade->hasFocus());
        wheelOver(grade, 1);
        QCOMPARE(grade->currentData().toString(), u"pass"_s);
        QCOMPARE(m_fixture.decision(m_report, ReportDecisions::gradeTarget())->value, u"pass"_s);
    }

    void taggedCausesAreTheReviewers()
    {
        // A seed whose causes the classifier did not find.
        qint64 report = 0;
        ChecklistItem causes;
        for (const QString &seed : {u"000"_s, u"002"_s, u"003"_s, u"004"_s}) {
            const qint64 id = m_fixture.importSeed(seed);
            for (const ChecklistItem &item : READ_OK(m_fixture.session.store()->checklist(id))) {
                if (item.id == u"causes" && item.status != ChecklistStatus::Pass) {
                    causes = item;
                }
            }
            if (!causes.id.isEmpty()) {
                report = id;
                break;
            }
        }
        QVERIFY2(report != 0, "every seed has its causes: nothing to tag");
        ReviewStore &store = *m_fixture.session.store();
        const auto summary = [&store, report] {
            for (const ReportSummary &s : READ_OK(store.reports())) {
                if (s.id == report) {
                    return s;
                }
            }
            return ReportSummary{};
        };
        const auto matrixCell = [&store, report] {
            const auto matrix = OutlineMatrix::build(store, {report});
            return matrix ? matrix.value().cell(matrix.value().rowOf(u"causes"_s), 0) : MatrixCell{};
        };
        QVERIFY(matrixCell().missing());
        QVERIFY(READ_OK(DashboardFigures::measure(store, summary())).coverageOf(u"causes").missing());

        ChecklistPanel panel(m_fixture.session);
        panel.resize(360, 900);
        panel.setReport(report);
        QVERIFY(!labelText(card(panel, u"causes"_s), u"status"_s).contains(u"✎"_s));

        // The reviewer tags the first sentence of the problems as 原因 (key 3 in the reader).
        TextRange passage;
        for (const StoredPart &part : READ_OK(store.parts(report))) {
            if (part.category == u"problems" && !part.heading) {
                passage = {part.start, std::min(part.end, part.start + 30)};
                break;
            }
        }
        QVERIFY(passage.length() > 0);
        QVERIFY(
            m_fixture.session.addAnnotation(report, passage.start, passage.end, m_fixture.tagNamed(u"原因"_s)).ok());

        const QString status = labelText(card(panel, u"causes"_s), u"status"_s);
        QVERIFY2(status.contains(ChecklistPanel::statusName(ChecklistStatus::Pass)), qPrintable(status));
        QVERIFY2(status.contains(u"✎"_s), qPrintable(status));
        QVERIFY2(
            status.contains(ChecklistPanel::statusName(causes.status)), qPrintable(status)); // the automatic one beside
        QVERIFY(card(panel, u"causes"_s)->findChild<QLabel *>(u"tagged"_s));
        QVERIFY(!m_fixture.decision(report, u"checklist:causes"_s)); // the reviewer's tags, not a decision
        const MatrixCell cell = matrixCell();
        QVERIFY(!cell.missing());
        QVERIFY(cell.tagged);
        QCOMPARE(cell.ranges, QList<TextRange>{passage});
        const CategoryCoverage coverage = READ_OK(DashboardFigures::measure(store, summary())).coverageOf(u"causes");
        QVERIFY(!coverage.missing());
        QVERIFY(coverage.tagged);
        QCOMPARE(coverage.first, passage);
        PanelScreenshot::save(&panel, u"checklistpanel-tagged"_s);

        m_fixture.session.undoStack()->undo();
        QVERIFY(!labelText(card(panel, u"causes"_s), u"status"_s).contains(u"✎"_s));
        QVERIFY(!card(panel, u"causes"_s)->findChild<QLabel *>(u"tagged"_s));
        QVERIFY(matrixCell().missing());
        QVERIFY(READ_OK(DashboardFigures::measure(store, summary())).coverageOf(u"causes").missing());
    }
};

QTEST_MAIN(TestChecklistPanel)
#include "tst_checklistpanel.moc"
