// SPDX-License-Identifier: GPL-3.0-or-later
// The outline panel: a report's sections with their categories, jumping, overruling, undo.
#include "outlinecategory.h"
#include "outlinepanel.h"
#include "overruledialog.h"
#include "panelfixture.h"
#include "panelscreenshot.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestOutlinePanel : public QObject
{
    Q_OBJECT

private:
    PanelFixture m_fixture;
    qint64 m_report = 0;
    ReportDocument m_document;

    static QPoint centerOf(QTreeWidget *tree, QTreeWidgetItem *item)
    {
        tree->scrollToItem(item);
        return tree->visualItemRect(item).center();
    }

    static QStringList categoriesShown(QTreeWidget *tree)
    {
        QStringList categories;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            categories.append((*it)->data(0, OutlinePanel::CategoryRole).toString());
        }
        return categories;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.open());
        m_document = SeedReports::document(u"001"_s);
        m_report = m_fixture.import(m_document);
        QVERIFY(m_report != 0);
    }

    void emptyUntilAReportIsChosen()
    {
        OutlinePanel panel(m_fixture.session);
        QVERIFY(!panel.findChild<QTreeWidget *>()->isVisibleTo(&panel));
        panel.setReport(m_report);
        QVERIFY(panel.findChild<QTreeWidget *>()->isVisibleTo(&panel));
        panel.setReport(0);
        QCOMPARE(panel.findChild<QTreeWidget *>()->topLevelItemCount(), 0);
    }

    void showsTheSectionTreeWithCategories()
    {
        OutlinePanel panel(m_fixture.session);
        panel.resize(360, 700);
        panel.setReport(m_report);
        auto *tree = panel.findChild<QTreeWidget *>();
        QCOMPARE(tree->topLevelItemCount(), 2);
        const auto headingsUnder = [](QTreeWidgetItem *item) {
            int count = 0;
            for (int i = 0; i < item->childCount(); ++i) {
                count += item->child(i)->text(0).startsWith(u"¶"_s) ? 0 : 1;
            }
            return count;
        };
        QCOMPARE(headingsUnder(tree->topLevelItem(0)), 7);
        QCOMPARE(headingsUnder(tree->topLevelItem(1)), 5);
        QCOMPARE(tree->topLevelItem(0)->text(0), m_document.sections.at(0).heading);

        const QStringList categories = categoriesShown(tree);
        QVERIFY(categories.contains(u"achievements"_s));
        QVERIFY(categories.contains(u"problems"_s));
        QVERIFY(categories.contains(u"plans"_s));
        // The classifier's reason and the theme names are in the tooltip of a heading.
        const QString tip = tree->topLevelItem(0)->child(0)->toolTip(0);
        QVERIFY2(tip.contains(u"automatic: "_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"依法全面履行政府职能"_s), qPrintable(tip));
        PanelScreenshot::save(&panel, u"outlinepanel"_s);
        tree->scrollToBottom();
        PanelScreenshot::save(&panel, u"outlinepanel-end"_s);
    }

    void unheadedParagraphsOfAnotherCategoryAreListed()
    {
        OutlinePanel panel(m_fixture.session);
        panel.setReport(m_report);
        auto *tree = panel.findChild<QTreeWidget *>();
        int paragraphs = 0;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->text(0).startsWith(u"¶ "_s)) {
                ++paragraphs;
                QVERIFY((*it)->parent());
                QVERIFY(
                    (*it)->data(0, OutlinePanel::CategoryRole) != (*it)->parent()->data(0, OutlinePanel::CategoryRole));
                const int start = (*it)->data(0, OutlinePanel::StartRole).toInt();
                QVERIFY(m_document.text.mid(start).startsWith((*it)->text(0).mid(2, 6)));
            }
        }
        QVERIFY(paragraphs > 0);
    }

    void clickJumpsToTheHeading()
    {
        OutlinePanel panel(m_fixture.session);
        panel.resize(360, 700);
        panel.setReport(m_report);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *tree = panel.findChild<QTreeWidget *>();
        QSignalSpy activated(&panel, &OutlinePanel::rangeActivated);
        QTreeWidgetItem *second = tree->topLevelItem(1);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centerOf(tree, second));
        QCOMPARE(activated.size(), 1);
        const TextRange heading = m_document.sections.at(1).headingRange;
        QCOMPARE(activated.first().at(0).toInt(), heading.start);
        QCOMPARE(activated.first().at(1).toInt(), heading.end);
    }

    void overruleThroughTheDialogAndUndo()
    {
        OutlinePanel panel(m_fixture.session);
        panel.resize(360, 700);
        panel.setReport(m_report);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *tree = panel.findChild<QTreeWidget *>();
        QTreeWidgetItem *item = tree->topLevelItem(0)->child(0);
        const int start = item->data(0, OutlinePanel::StartRole).toInt();
        const QString automatic = item->data(0, OutlinePanel::CategoryRole).toString();
        QCOMPARE(automatic, u"achievements"_s);
        QCOMPARE(panel.effectiveCategory(start), automatic);

        // Right-click, "Change category…", choose 问题, say why, OK.
        const QPoint at = centerOf(tree, item);
        QContextMenuEvent rightClick(QContextMenuEvent::Mouse, at, tree->viewport()->mapToGlobal(at));
        QApplication::sendEvent(tree->viewport(), &rightClick);
        QVERIFY(PanelFixture::chooseFromMenu(u"changeCategory"_s));
        OverruleDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel.findChild<OverruleDialog *>()) && dialog->isVisible());
        auto *problems = dialog->findChild<QRadioButton *>(u"problems"_s);
        QVERIFY(problems);
        QVERIFY(dialog->findChild<QRadioButton *>(u"achievements"_s)->isChecked());
        PanelFixture::clickButton(problems);
        PanelScreenshot::save(dialog, u"overruledialog"_s);
        PanelFixture::type(dialog->findChild<QPlainTextEdit *>(), u"写的是差距"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        const auto decision = m_fixture.decision(m_report, u"part:"_s + QString::number(start));
        QVERIFY(decision);
        QCOMPARE(decision->value, u"problems"_s);
        QCOMPARE(decision->automatic, u"achievements"_s);
        QCOMPARE(decision->comment, u"写的是差距"_s);
        QCOMPARE(decision->author, u"李审阅"_s);

        item = tree->topLevelItem(0)->child(0); // the tree was rebuilt
        QCOMPARE(item->data(0, OutlinePanel::CategoryRole).toString(), u"problems"_s);
        QVERIFY(item->data(0, OutlinePanel::OverruledRole).toBool());
        QCOMPARE(panel.effectiveCategory(start), u"problems"_s);
        const QString automaticName = outlineCategoryName(OutlineCategory::Achievements);
        QVERIFY2(item->toolTip(0).contains(u"automatic: "_s + automaticName), qPrintable(item->toolTip(0)));
        QVERIFY(item->toolTip(0).contains(u"写的是差距"_s));
        PanelScreenshot::save(&panel, u"outlinepanel-overruled"_s);

        m_fixture.session.undoStack()->undo();
        item = tree->topLevelItem(0)->child(0);
        QCOMPARE(item->data(0, OutlinePanel::CategoryRole).toString(), u"achievements"_s);
        QVERIFY(!item->data(0, OutlinePanel::OverruledRole).toBool());
        QVERIFY(!m_fixture.decision(m_report, u"part:"_s + QString::number(start)));
    }

    void confirmKeepsTheCategory()
    {
        OutlinePanel panel(m_fixture.session);
        panel.resize(360, 700);
        panel.setReport(m_report);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *tree = panel.findChild<QTreeWidget *>();
        QTreeWidgetItem *item = tree->topLevelItem(1);
        const int start = item->data(0, OutlinePanel::StartRole).toInt();
        const QString automatic = item->data(0, OutlinePanel::CategoryRole).toString();
        const QPoint at = centerOf(tree, item);
        QContextMenuEvent rightClick(QContextMenuEvent::Mouse, at, tree->viewport()->mapToGlobal(at));
        QApplication::sendEvent(tree->viewport(), &rightClick);
        QVERIFY(PanelFixture::chooseFromMenu(u"confirmCategory"_s));
        const auto decision = m_fixture.decision(m_report, u"part:"_s + QString::number(start));
        QVERIFY(decision);
        QCOMPARE(decision->value, automatic);
        QVERIFY(!tree->topLevelItem(1)->data(0, OutlinePanel::OverruledRole).toBool());
        m_fixture.session.undoStack()->undo();
    }
};

QTEST_MAIN(TestOutlinePanel)
#include "tst_outlinepanel.moc"
