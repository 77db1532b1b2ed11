// SPDX-License-Identifier: GPL-3.0-or-later
// Removing a report in the workstation as a reviewer does: Delete in the library, the question
// answered, its tabs gone; Ctrl+Z, and everything is back. And the library's columns fit their
// headers and values in every language.
#include "appsettings.h"
#include "compareview.h"
#include "librarymodel.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "panelscreenshot.h"
#include "readerpane.h"
#include "reviewsession.h"
#include "screenshotproject.h"
#include "storereads.h"
#include "translationloader.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestLibraryHousekeeping : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /** The tabs' reports, for comparing what is open before and after. */
    static QStringList tabReports(const MainWindow &window)
    {
        QStringList tabs;
        for (int i = 1; i < window.workspace()->count(); ++i) {
            if (auto *pane = qobject_cast<ReaderPane *>(window.workspace()->widget(i))) {
                tabs.append(u"report %1"_s.arg(pane->reportId()));
            } else if (auto *compare = qobject_cast<CompareView *>(window.workspace()->widget(i))) {
                tabs.append(u"compare %1"_s.arg(compare->reports().size()));
            }
        }
        return tabs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void deleteClosesTheTabsAndUndoBringsThemBack()
    {
        const QString project = m_dir.filePath(u"remove.fzr"_s);
        QVERIFY(ScreenshotProject::createFromSamples(project).ok());
        AppSettings settings(m_dir.filePath(u"remove.ini"_s));
        settings.setReviewerName(u"周审阅"_s);
        MainWindow window(settings);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(project).ok());
        QTreeView *list = window.library()->view();
        QTRY_COMPARE(list->model()->rowCount(), 5);
        const QList<qint64> chosen = ScreenshotProject::defaultReports(*window.session().store(), 2);
        QCOMPARE(chosen.size(), 2);
        const qint64 removed = chosen.first();
        const int annotations = int(READ_OK(window.session().store()->annotations(removed)).size());
        window.openReport(removed);
        window.openReport(chosen.last());
        window.openCompare(chosen);
        const QStringList before = tabReports(window);
        QCOMPARE(before.size(), 3);

        window.library()->selectReports({removed});
        list->setFocus();
        QString question;
        QTimer::singleShot(0, this, [&question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
                    button->click();
                }
            }
        });
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY2(question.contains(u"%1 annotation"_s.arg(annotations)), qPrintable(question));
        QVERIFY(!window.session().store()->report(removed).ok());
        // Its reader and the compare showing it are gone; the other reader stays.
        QCOMPARE(tabReports(window), QStringList{u"report %1"_s.arg(chosen.last())});
        QTRY_COMPARE(list->model()->rowCount(), 4);

        // Undo, as the Edit menu's: the report, its marks and its tabs come back.
        window.session().undoStack()->undo();
        QVERIFY(window.session().store()->report(removed).ok());
        QCOMPARE(READ_OK(window.session().store()->annotations(removed)).size(), annotations);
        QStringList after = tabReports(window);
        after.sort();
        QStringList expected = before;
        expected.sort();
        QCOMPARE(after, expected);
        QTRY_COMPARE(list->model()->rowCount(), 5);
    }

    void libraryColumnsFitHeadersAndValues_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << u"zh_CN"_s;
        QTest::newRow("zh_TW") << u"zh_TW"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void libraryColumnsFitHeadersAndValues()
    {
        QFETCH(QString, language);
        (void)TranslationLoader::install(qApp, language);
        const QString project = m_dir.filePath(u"columns-%1.fzr"_s.arg(language));
        QVERIFY(ScreenshotProject::createFromSamples(project).ok());
        ReviewSession session;
        QVERIFY(session.open(project).ok());
        // Every status and grade shown at least once, the longest ones included.
        const QList<ReportSummary> reports = READ_OK(session.store()->reports());
        const QStringList grades{u"excellent"_s, u"good"_s, u"pass"_s, u"fail"_s};
        for (qsizetype i = 0; i < reports.size(); ++i) {
            QVERIFY(session.store()->decide(reports.at(i).id, u"verdict:grade"_s, {}, grades.at(i % 4)).ok());
            QVERIFY(session.store()->setReviewStatus(reports.at(i).id, LibraryModel::statuses().at(i % 3)).ok());
        }
        LibraryPanel panel(session);
        panel.resize(1200, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_COMPARE(panel.model()->rowCount(), 5);
        QTreeView *view = panel.view();
        QHeaderView *header = view->header();
        const QFontMetrics metrics(view->font());
        const QFontMetrics headerMetrics(header->font());
        for (int column = LibraryModel::Level; column < LibraryModel::ColumnCount; ++column) {
            const QString title = panel.model()->headerData(column, Qt::Horizontal).toString();
            // The header's text, its sort arrow and margins.
            const int needed = headerMetrics.horizontalAdvance(title)
                + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin)
                + header->style()->pixelMetric(QStyle::PM_HeaderMarkSize);
            QVERIFY2(header->sectionSize(column) >= needed,
                qPrintable(u"%1: column %2 (%3) is %4 px, its header needs %5"_s.arg(language)
                        .arg(column)
                        .arg(title)
                        .arg(header->sectionSize(column))
                        .arg(needed)));
            // The grade column's words are item 9's (names, not keys); its width comes from the names.
            for (int row = 0; row < panel.model()->rowCount() && column != LibraryModel::Grade; ++row) {
                const QModelIndex index = view->model()->index(row, column);
                const int icon = index.data(Qt::DecorationRole).isValid()
                    ? view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 8
                    : 0;
                const int value = metrics.horizontalAdvance(index.data().toString()) + icon + 8;
                QVERIFY2(header->sectionSize(column) >= value,
                    qPrintable(u"%1: column %2 is %3 px, \"%4\" needs %5"_s.arg(language)
                            .arg(title)
                            .arg(header->sectionSize(column))
                            .arg(index.data().toString())
                            .arg(value)));
            }
        }
        PanelScreenshot::save(&panel, u"libraryhousekeeping-%1"_s.arg(language));
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

QTEST_MAIN(TestLibraryHousekeeping)
#include "tst_libraryhousekeeping.moc"
