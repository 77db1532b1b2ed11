// SPDX-License-Identifier: GPL-3.0-or-later
// The annotations panel: the report's annotations, filters, the context menu, undo.
#include "annotationspanel.h"
#include "carditemdelegate.h"
#include "panelfixture.h"
#include "panelscreenshot.h"
#include "storereads.h"

#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QInputDialog>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestAnnotationsPanel : public QObject
{
    Q_OBJECT

private:
    PanelFixture m_fixture;
    qint64 m_report = 0;
    QList<qint64> m_annotations; // 问题, 成效, 问题 (with a comment)

    static QTreeWidget *list(AnnotationsPanel &panel) { return panel.findChild<QTreeWidget *>(); }

    static QList<qint64> shown(AnnotationsPanel &panel)
    {
        QList<qint64> ids;
        for (int i = 0; i < list(panel)->topLevelItemCount(); ++i) {
            if (!list(panel)->topLevelItem(i)->isHidden()) {
                ids.append(list(panel)->topLevelItem(i)->data(0, AnnotationsPanel::AnnotationIdRole).toLongLong());
            }
        }
        return ids;
    }

    static QTreeWidgetItem *itemOf(AnnotationsPanel &panel, qint64 id)
    {
        for (int i = 0; i < list(panel)->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list(panel)->topLevelItem(i);
            if (item->data(0, AnnotationsPanel::AnnotationIdRole).toLongLong() == id) {
                return item;
            }
        }
        return nullptr;
    }

    static QStringList badgeTexts(QTreeWidgetItem *item)
    {
        QStringList texts;
        for (const ItemBadge &badge : item->data(0, CardItemDelegate::BadgesRole).value<QList<ItemBadge>>()) {
            texts.append(badge.text);
        }
        return texts;
    }

    /** Right-clicks the annotation's row and clicks the menu entry @p actionName. */
    static void chooseFromMenu(AnnotationsPanel &panel, qint64 id, const QString &actionName)
    {
        QTreeWidgetItem *item = itemOf(panel, id);
        QVERIFY(item);
        list(panel)->scrollToItem(item);
        const QPoint at = list(panel)->visualItemRect(item).center();
        QContextMenuEvent rightClick(QContextMenuEvent::Mouse, at, list(panel)->viewport()->mapToGlobal(at));
        QApplication::sendEvent(list(panel)->viewport(), &rightClick);
        QVERIFY(PanelFixture::chooseFromMenu(actionName));
    }

    void showPanel(AnnotationsPanel &panel)
    {
        panel.resize(360, 600);
        panel.setReport(m_report);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.open());
        m_report = m_fixture.importSeed(u"001"_s);
        QVERIFY(m_report != 0);
    }

    void addedAnnotationsAppearWithTheirTags()
    {
        AnnotationsPanel panel(m_fixture.session);
        showPanel(panel);
        QVERIFY(shown(panel).isEmpty());
        const qint64 problems = m_fixture.tagNamed(u"问题"_s);
        const qint64 achievements = m_fixture.tagNamed(u"成效"_s);
        QVERIFY(problems != 0 && achievements != 0);
        for (const auto &[start, tag, comment] : {std::tuple{200, problems, QString()},
                 std::tuple{400, achievements, QString()}, std::tuple{600, problems, u"数据要核实"_s}}) {
            const auto added = m_fixture.session.addAnnotation(m_report, start, start + 24, tag, comment);
            QVERIFY2(added.ok(), qPrintable(added.error()));
            m_annotations.append(added.value().id);
        }
        QCOMPARE(shown(panel), m_annotations);
        QTreeWidgetItem *first = itemOf(panel, m_annotations.at(0));
        QCOMPARE(badgeTexts(first).first(), u"问题"_s);
        QCOMPARE(badgeTexts(itemOf(panel, m_annotations.at(1))).first(), u"成效"_s);
        QCOMPARE(first->text(0), m_fixture.session.store()->annotation(m_annotations.at(0)).value().quote);
        QTreeWidgetItem *commented = itemOf(panel, m_annotations.at(2));
        QCOMPARE(commented->data(0, CardItemDelegate::NoteRole).toString(), u"数据要核实"_s);
        QVERIFY(commented->data(0, CardItemDelegate::DetailsRole).toStringList().first().startsWith(u"李审阅"_s));
        PanelScreenshot::save(&panel, u"annotationspanel"_s);
    }

    void filterByTagAndStatus()
    {
        AnnotationsPanel panel(m_fixture.session);
        showPanel(panel);
        auto *tags = panel.findChildren<QComboBox *>().at(0);
        tags->setCurrentIndex(tags->findText(u"问题"_s));
        QCOMPARE(shown(panel), (QList<qint64>{m_annotations.at(0), m_annotations.at(2)}));
        tags->setCurrentIndex(tags->findText(u"成效"_s));
        QCOMPARE(shown(panel), QList<qint64>{m_annotations.at(1)});
        tags->setCurrentIndex(0);

        chooseFromMenu(panel, m_annotations.at(1), u"toggleResolved"_s);
        QVERIFY(m_fixture.session.store()->annotation(m_annotations.at(1)).value().resolved);
        auto *status = panel.findChildren<QComboBox *>().at(1);
        status->setCurrentIndex(status->findData(2)); // resolved
        QCOMPARE(shown(panel), QList<qint64>{m_annotations.at(1)});
        status->setCurrentIndex(status->findData(1)); // open
        QCOMPARE(shown(panel), (QList<qint64>{m_annotations.at(0), m_annotations.at(2)}));
        m_fixture.session.undoStack()->undo();
        QCOMPARE(shown(panel), m_annotations);
    }

    void deleteFromTheMenuAndUndo()
    {
        AnnotationsPanel panel(m_fixture.session);
        showPanel(panel);
        chooseFromMenu(panel, m_annotations.at(0), u"deleteAnnotation"_s);
        QVERIFY(!m_fixture.session.store()->annotation(m_annotations.at(0)));
        QCOMPARE(shown(panel), m_annotations.mid(1));
        m_fixture.session.undoStack()->undo();
        QCOMPARE(shown(panel), m_annotations);
        QVERIFY(m_fixture.session.store()->annotation(m_annotations.at(0)));
    }

    void deleteKeyRemovesTheSelectedOne()
    {
        AnnotationsPanel panel(m_fixture.session);
        showPanel(panel);
        panel.selectAnnotation(m_annotations.at(1));
        list(panel)->setFocus();
        QTest::keyClick(list(panel), Qt::Key_Delete);
        QVERIFY(!m_fixture.session.store()->annotation(m_annotations.at(1)));
        m_fixture.session.undoStack()->undo();
        QCOMPARE(shown(panel), m_annotations);
    }

    void editTheCommentInADialog()
    {
        AnnotationsPanel panel(m_fixture.session);
        showPanel(panel);
        chooseFromMenu(panel, m_annotations.at(2), u"editComment"_s);
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel.findChild<QInputDialog *>()) && dialog->isVisible());
        auto *edit = dialog->findChild<QPlainTextEdit *>();
        QCOMPARE(edit->toPlainText(), u"数据要核实"_s);
        edit->selectAll();
        PanelFixture::type(edit, u"已核实：与统计公报一致"_s);
        dialog->accept();
        QCOMPARE(
            m_fixture.session.store()->annotation(m_annotations.at(2)).value().comment, u"已核实：与统计公报一致"_s);
        QCOMPARE(itemOf(panel, m_annotations.at(2))->data(0, CardItemDelegate::NoteRole).toString(),
            u"已核实：与统计公报一致"_s);
        m_fixture.session.undoStack()->undo();
        QCOMPARE(m_fixture.session.store()->annotation(m_annotations.at(2)).value().comment, u"数据要核实"_s);
    }

    void selectAndActivate()
    {
        AnnotationsPanel panel(m_fixture.session);
        showPanel(panel);
        auto *tags = panel.findChildren<QComboBox *>().at(0);
        tags->setCurrentIndex(tags->findText(u"成效"_s));
        // Selecting one the filter hides shows it.
        panel.selectAnnotation(m_annotations.at(2));
        QCOMPARE(panel.currentAnnotation(), m_annotations.at(2));
        QCOMPARE(tags->currentIndex(), 0);
        QVERIFY(list(panel)->currentItem()->isSelected());

        QSignalSpy activated(&panel, &AnnotationsPanel::annotationActivated);
        QTreeWidgetItem *item = itemOf(panel, m_annotations.at(0));
        const QPoint at = list(panel)->visualItemRect(item).center();
        QTest::mouseClick(list(panel)->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(list(panel)->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(activated.size() >= 1);
        QCOMPARE(activated.last().first().toLongLong(), m_annotations.at(0));
        activated.clear();
        panel.selectAnnotation(m_annotations.at(1));
        QTest::keyClick(list(panel), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toLongLong(), m_annotations.at(1));
    }

    void orphanedOnesComeFirstAndAreMarked()
    {
        // Tag a sentence of 002, then import a new version of 002 without that sentence.
        const ReportDocument original = SeedReports::document(u"002"_s);
        const qint64 report = m_fixture.import(original);
        QVERIFY(report != 0);
        const ReportParagraph &paragraph = original.paragraphs.at(original.paragraphs.size() / 2);
        const QString sentence = original.textAt(paragraph.range).left(30);
        QVERIFY(m_fixture.session
                .addAnnotation(report, paragraph.range.start, paragraph.range.start + 30, m_fixture.tagNamed(u"问题"_s))
                .ok());
        QVERIFY(m_fixture.session.addAnnotation(report, 100, 110, m_fixture.tagNamed(u"成效"_s)).ok());
        QString changed = SeedReports::text(u"002"_s);
        QVERIFY(changed.contains(sentence));
        changed.replace(sentence, u"本段已改写。"_s);
        const qint64 updated = m_fixture.import(SeedReports::parse(changed, original.fileName));
        QVERIFY(updated != 0);
        QCOMPARE(READ_OK(m_fixture.session.store()->annotations(updated)).size(), 2);

        AnnotationsPanel panel(m_fixture.session);
        panel.resize(360, 400);
        panel.setReport(updated);
        QTreeWidgetItem *first = list(panel)->topLevelItem(0);
        QVERIFY(first->data(0, AnnotationsPanel::OrphanedRole).toBool());
        QVERIFY(badgeTexts(first).contains(u"Text no longer found"_s));
        QVERIFY(!list(panel)->topLevelItem(1)->data(0, AnnotationsPanel::OrphanedRole).toBool());
        QVERIFY(!badgeTexts(list(panel)->topLevelItem(1)).contains(u"Text no longer found"_s));
        PanelScreenshot::save(&panel, u"annotationspanel-orphaned"_s);
    }

    void emptyWithoutReport()
    {
        AnnotationsPanel panel(m_fixture.session);
        panel.setReport(m_report);
        QVERIFY(list(panel)->isVisibleTo(&panel));
        panel.setReport(0);
        QVERIFY(!list(panel)->isVisibleTo(&panel));
        QCOMPARE(list(panel)->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestAnnotationsPanel)
#include "tst_annotationspanel.moc"
