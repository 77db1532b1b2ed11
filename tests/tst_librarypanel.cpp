// SPDX-License-Identifier: GPL-3.0-or-later
// The Library: listing loaded off the UI thread, filter in either script, filters, sorting, statuses.
#include "administrativelevel.h"
#include "corpusgenerator.h"
#include "datatext.h"
#include "libraryfiltermodel.h"
#include "librarymodel.h"
#include "librarypanel.h"
#include "panelscreenshot.h"
#include "reportdetailsdialog.h"
#include "reviewsession.h"
#include "seedreports.h"
#include "storereads.h"
#include "translationloader.h"

#include <algorithm>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Fazhi;

/** Types @p text as a Chinese input method does: one committed character at a time. */
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QInputMethodEvent commit;
        commit.setCommitString(c);
        QCoreApplication::sendEvent(widget, &commit);
    }
}

class TestLibraryPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ReviewSession m_session;
    std::unique_ptr<LibraryPanel> m_panel;

    QLineEdit *filterEdit() const { return m_panel->findChild<QLineEdit *>(); }
    QLabel *footer() const { return m_panel->findChild<QLabel *>(); }
    QAbstractItemModel *shown() const { return m_panel->view()->model(); }

    /** The texts of @p column in the rows shown, top to bottom. */
    QStringList column(int column) const
    {
        QStringList texts;
        for (int row = 0; row < shown()->rowCount(); ++row) {
            texts.append(shown()->index(row, column).data().toString());
        }
        return texts;
    }

    /** The row shown for the report in @p region, or -1. */
    int rowOfRegion(const QString &region) const { return int(column(LibraryModel::Region).indexOf(region)); }

    QComboBox *comboWith(const QString &firstItem) const
    {
        for (QComboBox *combo : m_panel->findChildren<QComboBox *>()) {
            if (combo->itemText(0) == firstItem) {
                return combo;
            }
        }
        return nullptr;
    }

    void clickRow(int row, Qt::KeyboardModifiers modifiers = {})
    {
        const QRect rect = m_panel->view()->visualRect(shown()->index(row, 0));
        QTest::mouseClick(m_panel->view()->viewport(), Qt::LeftButton, modifiers, rect.center());
    }

    /** Answers the next message box as a person would: reads it, then Remove (@p yes) or Cancel. */
    void answerNextMessageBox(QString *text, bool yes)
    {
        QTimer::singleShot(0, this, [text, yes] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            *text = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == (yes ? QMessageBox::DestructiveRole : QMessageBox::RejectRole)) {
                    button->click();
                    return;
                }
            }
            QFAIL("no such button");
        });
    }

    void clearFilters()
    {
        filterEdit()->clear();
        for (QComboBox *combo : m_panel->findChildren<QComboBox *>()) {
            combo->setCurrentIndex(0);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The English the program shows: counts in their singular and plural, not "report(s)".
        QVERIFY(TranslationLoader::install(QCoreApplication::instance(), u"en"_s).isEmpty());
        QVERIFY(m_dir.isValid());
        QVERIFY(m_session.open(m_dir.filePath(u"library.fzr"_s)).ok());
        const auto analyzer = ReportAnalyzer::bundled();
        QVERIFY2(analyzer.ok(), qPrintable(analyzer.error()));
        for (const QString &seed : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
            const ReportDocument document = SeedReports::document(seed);
            QVERIFY(!document.text.isEmpty());
            const QByteArray hash = QCryptographicHash::hash(document.text.toUtf8(), QCryptographicHash::Sha256);
            QVERIFY(m_session.store()->importReport({document, hash, analyzer.value()->analyze(document)}).ok());
        }
        m_panel = std::make_unique<LibraryPanel>(m_session);
        new QAbstractItemModelTester(m_panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal, this);
        new QAbstractItemModelTester(
            m_panel->filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal, this);
        m_panel->resize(900, 420);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        // Loaded on a worker thread: nothing is there at first, then all five.
        QTRY_COMPARE(m_panel->model()->rowCount(), 5);
        QTRY_VERIFY(footer()->text().contains(u"5 of 5"_s));
    }

    void showsTheSummaries()
    {
        QCOMPARE(shown()->columnCount(), int(LibraryModel::ColumnCount));
        const int row = rowOfRegion(u"佛山市高明区"_s);
        QVERIFY2(row >= 0, qPrintable(column(LibraryModel::Region).join(u", "_s)));
        const auto cell = [&](int column) {
            return shown()->index(row, column).data();
        };
        QCOMPARE(cell(LibraryModel::Year).toInt(), 2019);
        // Stored as 区, shown in the UI language (the tests run untranslated, in English).
        QCOMPARE(cell(LibraryModel::Level).toString(), u"District"_s);
        QCOMPARE(cell(LibraryModel::Level).toString(), AdministrativeLevel::name(u"区"_s));
        // Data is shown in the script of the UI language: traditional in zh_TW.
        DataText::setLanguage(u"zh_TW"_s);
        QCOMPARE(cell(LibraryModel::Region).toString(), u"佛山市高明區"_s);
        DataText::setLanguage(u"zh_CN"_s);
        QCOMPARE(cell(LibraryModel::Region).toString(), u"佛山市高明区"_s);
        QCOMPARE(cell(LibraryModel::Status).toString(), u"Unreviewed"_s);
        const qint64 id = shown()->index(row, 0).data(LibraryModel::ReportIdRole).toLongLong();
        const ReportDocument document = m_session.store()->report(id).value();
        QCOMPARE(cell(LibraryModel::Length).toString(), QLocale().toString(document.text.size()));
        QVERIFY(shown()->index(row, LibraryModel::Grade).data(Qt::ToolTipRole).toString().contains(u"2019"_s));
        // The stored checklist is counted: the seeds have failures and no annotations yet.
        int failures = 0;
        for (int r = 0; r < shown()->rowCount(); ++r) {
            failures += shown()->index(r, LibraryModel::ChecklistFailures).data(LibraryModel::SortRole).toInt();
            QCOMPARE(shown()->index(r, LibraryModel::OpenAnnotations).data().toInt(), 0);
        }
        QVERIFY(failures > 0);
    }

    void filtersInEitherScript()
    {
        // 鎮江 is traditional; the report says 镇江市.
        typeText(filterEdit(), u"鎮江"_s);
        QCOMPARE(shown()->rowCount(), 1);
        QCOMPARE(column(LibraryModel::Region), QStringList{u"镇江市"_s});
        QCOMPARE(footer()->text(), u"1 of 5 reports"_s);
        // What else a filter matches: tst_libraryfiltermodel.
        filterEdit()->clear();
        typeText(filterEdit(), u"没有这个地方"_s);
        QCOMPARE(shown()->rowCount(), 0);
        QCOMPARE(footer()->text(), u"0 of 5 reports"_s);
        filterEdit()->clear();
        QCOMPARE(shown()->rowCount(), 5);
    }

    void filtersByYearLevelAndStatus()
    {
        QComboBox *years = comboWith(u"All years"_s);
        QVERIFY(years);
        QCOMPARE(years->count(), 3); // All years, 2024, 2019
        QCOMPARE(years->itemText(1), u"2024"_s);
        years->setCurrentIndex(years->findText(u"2019"_s));
        QCOMPARE(shown()->rowCount(), 1);
        QCOMPARE(column(LibraryModel::Region), QStringList{u"佛山市高明区"_s});
        years->setCurrentIndex(0);
        QCOMPARE(shown()->rowCount(), 5);

        QComboBox *levels = comboWith(u"All levels"_s);
        QVERIFY(levels);
        levels->setCurrentIndex(levels->findText(u"City"_s));
        QCOMPARE(column(LibraryModel::Region), QStringList{u"镇江市"_s});
        levels->setCurrentIndex(0);

        QComboBox *statuses = comboWith(u"All statuses"_s);
        QVERIFY(statuses);
        statuses->setCurrentIndex(statuses->findText(u"Done"_s));
        QCOMPARE(shown()->rowCount(), 0);
        QCOMPARE(footer()->text(), u"0 of 5 reports"_s);
        clearFilters();
    }

    void sortsNumbersAsNumbers()
    {
        QHeaderView *header = m_panel->view()->header();
        const auto clickHeader = [header](int section) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                QPoint(
                    header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2));
        };
        clickHeader(LibraryModel::Year);
        const auto years = [this] {
            QList<int> list;
            for (const QString &year : column(LibraryModel::Year)) {
                list.append(year.toInt());
            }
            return list;
        };
        const QList<int> first = years();
        QVERIFY(std::is_sorted(first.cbegin(), first.cend()) || std::is_sorted(first.crbegin(), first.crend()));
        QCOMPARE(first.count(2019), 1);
        clickHeader(LibraryModel::Year);
        const QList<int> second = years();
        QCOMPARE(second, QList<int>(first.crbegin(), first.crend()));

        // Lengths: 9,876 must come before 12,345 however the digits compare as text.
        clickHeader(LibraryModel::Length);
        QList<int> lengths;
        for (int row = 0; row < shown()->rowCount(); ++row) {
            lengths.append(shown()->index(row, LibraryModel::Length).data(LibraryModel::SortRole).toInt());
        }
        QVERIFY(std::is_sorted(lengths.cbegin(), lengths.cend()) || std::is_sorted(lengths.crbegin(), lengths.crend()));
        QVERIFY(lengths.first() != lengths.last());
    }

    void marksStatusFromTheContextMenu()
    {
        const int row = rowOfRegion(u"镇江市"_s);
        QVERIFY(row >= 0);
        clickRow(row);
        QSignalSpy selected(m_panel.get(), &LibraryPanel::selectedReportsChanged);
        const qint64 id = shown()->index(row, 0).data(LibraryModel::ReportIdRole).toLongLong();
        QCOMPARE(m_panel->selectedReports(), QList<qint64>{id});

        auto *done = m_panel->findChild<QAction *>(u"markDone"_s);
        QVERIFY(done);
        QVERIFY(done->isEnabled());
        done->trigger();
        const auto statusInStore = [this, id] {
            for (const ReportSummary &summary : READ_OK(m_session.store()->reports())) {
                if (summary.id == id) {
                    return summary.reviewStatus;
                }
            }
            return QString();
        };
        QCOMPARE(statusInStore(), u"done"_s);
        // The listing is read again in the background and shows it, the selection kept.
        QTRY_COMPARE(shown()->index(rowOfRegion(u"镇江市"_s), LibraryModel::Status).data().toString(), u"Done"_s);
        QCOMPARE(m_panel->selectedReports(), QList<qint64>{id});
        QCOMPARE(selected.size(), 0);

        comboWith(u"All statuses"_s)->setCurrentIndex(comboWith(u"All statuses"_s)->findText(u"Done"_s));
        QCOMPARE(column(LibraryModel::Region), QStringList{u"镇江市"_s});
        clearFilters();
        m_panel->findChild<QAction *>(u"markInProgress"_s)->trigger();
        QCOMPARE(statusInStore(), u"in_progress"_s);
        QTRY_COMPARE(
            shown()->index(rowOfRegion(u"镇江市"_s), LibraryModel::Status).data().toString(), u"In progress"_s);
    }

    void activatesAndCompares()
    {
        QSignalSpy activated(m_panel.get(), &LibraryPanel::reportActivated);
        const int row = rowOfRegion(u"佛山市高明区"_s);
        const qint64 id = shown()->index(row, 0).data(LibraryModel::ReportIdRole).toLongLong();
        const QRect rect = m_panel->view()->visualRect(shown()->index(row, 0));
        // A double-click is a press and release, then the second press that makes it double.
        QTest::mouseClick(m_panel->view()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(m_panel->view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toLongLong(), id);
        QTest::keyClick(m_panel->view(), Qt::Key_Return);
        QCOMPARE(activated.size(), 2);

        // Compare wants 2 to 4 reports.
        auto *compare = m_panel->findChild<QAction *>();
        for (QAction *action : m_panel->findChildren<QAction *>()) {
            if (action->text().contains(u"Compare"_s)) {
                compare = action;
            }
        }
        QVERIFY(!compare->isEnabled());
        QSignalSpy compared(m_panel.get(), &LibraryPanel::compareRequested);
        clickRow(0);
        clickRow(1, Qt::ControlModifier);
        QCOMPARE(m_panel->selectedReports().size(), 2);
        QVERIFY(compare->isEnabled());
        compare->trigger();
        QCOMPARE(compared.size(), 1);
        QCOMPARE(compared.first().first().value<QList<qint64>>(), m_panel->selectedReports());
        m_panel->view()->selectAll();
        QVERIFY(!compare->isEnabled());
    }

    void removesWithDeleteAfterSayingWhatGoes()
    {
        clearFilters();
        const int row = rowOfRegion(u"镇江市"_s);
        QVERIFY(row >= 0);
        const qint64 id = shown()->index(row, 0).data(LibraryModel::ReportIdRole).toLongLong();
        const QString text = m_session.store()->report(id).value().text;
        const auto annotation
            = m_session.addAnnotation(id, 20, 30, READ_OK(m_session.store()->tags()).first().id, u"核实"_s);
        QVERIFY(annotation.ok());
        QVERIFY(m_session.addAnnotation(id, 40, 50, READ_OK(m_session.store()->tags()).first().id).ok());
        QVERIFY(m_session.decide(id, u"verdict:grade"_s, {}, u"pass"_s).ok());
        clickRow(row);
        m_panel->view()->setFocus();

        // Cancelling the question keeps everything.
        QString question;
        answerNextMessageBox(&question, false);
        QTest::keyClick(m_panel->view(), Qt::Key_Delete);
        QVERIFY2(question.contains(u"镇江市"_s), qPrintable(question));
        QVERIFY2(question.contains(u"2 annotation"_s) && question.contains(u"1 decision"_s), qPrintable(question));
        QVERIFY(m_session.store()->report(id).ok());

        // The box gave the focus back to the list, where the reviewer was.
        m_panel->activateWindow();
        m_panel->view()->setFocus();
        QTRY_VERIFY(m_panel->view()->hasFocus());
        answerNextMessageBox(&question, true);
        QTest::keyClick(m_panel->view(), Qt::Key_Delete);
        QVERIFY(!m_session.store()->report(id).ok());
        QTRY_COMPARE(m_panel->model()->rowCount(), 4);
        QCOMPARE(rowOfRegion(u"镇江市"_s), -1);
        QTRY_VERIFY(footer()->text().contains(u"4 of 4"_s));

        // Undo brings it back: the same report, its marks where they were.
        m_session.undoStack()->undo();
        QTRY_COMPARE(m_panel->model()->rowCount(), 5);
        QVERIFY(rowOfRegion(u"镇江市"_s) >= 0);
        QCOMPARE(shown()->index(rowOfRegion(u"镇江市"_s), 0).data(LibraryModel::ReportIdRole).toLongLong(), id);
        QCOMPARE(m_session.store()->report(id).value().text, text);
        QCOMPARE(m_session.store()->annotation(annotation.value().id).value().start, 20);
        QCOMPARE(READ_OK(m_session.store()->decisions(id)).size(), 1);
        // The marks made for this test go again.
        m_session.undoStack()->undo();
        m_session.undoStack()->undo();
        m_session.undoStack()->undo();
        QVERIFY(READ_OK(m_session.store()->annotations(id)).isEmpty());
    }

    void correctsDetailsBesideTheParsedValues()
    {
        clearFilters();
        const int row = rowOfRegion(u"佛山市高明区"_s);
        QVERIFY(row >= 0);
        const qint64 id = shown()->index(row, 0).data(LibraryModel::ReportIdRole).toLongLong();
        clickRow(row);
        QAction *edit = m_panel->findChild<QAction *>(u"editDetails"_s);
        QVERIFY(edit && edit->isEnabled());
        bool checked = false;
        QTimer::singleShot(0, this, [&checked] {
            auto *dialog = qobject_cast<ReportDetailsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // The parsed values are shown beside the fields.
            const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
            QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                [](const QLabel *label) { return label->text() == u"Parsed: 佛山市高明区"_s; }));
            auto *region = qobject_cast<QLineEdit *>(dialog->editor(u"region"_s));
            auto *year = qobject_cast<QLineEdit *>(dialog->editor(u"year"_s));
            QVERIFY(region && year);
            QCOMPARE(region->text(), u"佛山市高明区"_s);
            region->selectAll();
            typeText(region, u"佛山市"_s);
            year->selectAll();
            QTest::keyClicks(year, u"20x9"_s);
            QTest::keyClick(year, Qt::Key_Return);
            QVERIFY(dialog->isVisible()); // 20x9 is no year: said, and the dialog stays
            QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                [](const QLabel *label) { return label->isVisible() && label->text().contains(u"20x9"_s); }));
            year->selectAll();
            QTest::keyClicks(year, u"2020"_s);
            QTest::keyClick(year, Qt::Key_Return);
            checked = true;
        });
        edit->trigger();
        QVERIFY(checked);
        QTRY_VERIFY(rowOfRegion(u"佛山市"_s) >= 0);
        const int edited = rowOfRegion(u"佛山市"_s);
        QCOMPARE(shown()->index(edited, LibraryModel::Year).data().toInt(), 2020);
        QVERIFY(shown()->index(edited, LibraryModel::Region).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(
            shown()->index(edited, LibraryModel::Region).data(Qt::ToolTipRole).toString().contains(u"佛山市高明区"_s));
        QCOMPARE(m_session.store()->report(id).value().metadataValue(MetadataKey::Year), u"2020"_s);

        // One step undoes the whole correction.
        m_session.undoStack()->undo();
        QTRY_VERIFY(rowOfRegion(u"佛山市高明区"_s) >= 0);
        QCOMPARE(shown()->index(rowOfRegion(u"佛山市高明区"_s), LibraryModel::Year).data().toInt(), 2019);
        QVERIFY(!shown()->index(rowOfRegion(u"佛山市高明区"_s), LibraryModel::Region).data(Qt::FontRole).isValid());
        // The dialog is gone: the library's window is the active one again.
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    }

    void focusesTheFilterWithCtrlL()
    {
        m_panel->view()->setFocus();
        QTest::keyClick(m_panel->view(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(filterEdit()->hasFocus());
    }

    void screenshotWithASelection()
    {
        filterEdit()->clear();
        const qint64 second = m_panel->filterModel()->index(1, 0).data(LibraryModel::ReportIdRole).toLongLong();
        m_panel->selectReports({second});
        QCOMPARE(m_panel->selectedReports(), QList<qint64>{second});
        PanelScreenshot::save(m_panel.get(), u"librarypanel"_s);
    }

    void clearsWhenClosed()
    {
        m_session.close();
        QCOMPARE(m_panel->model()->rowCount(), 0);
        QCOMPARE(footer()->text(), u"No project is open"_s);
        QVERIFY(m_session.open(m_dir.filePath(u"library.fzr"_s)).ok());
        QTRY_COMPARE(m_panel->model()->rowCount(), 5);
    }

    void generatedCorpus()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"corpus.fzr"_s);
        // FAZHI_BENCH_REPORTS=10000 measures a full-size project (slow to build, so not the default).
        const int Reports = qEnvironmentVariableIsSet("FAZHI_BENCH_REPORTS")
            ? qEnvironmentVariableIntValue("FAZHI_BENCH_REPORTS")
            : 2000;
        {
            auto store = ReviewStore::open(path);
            QVERIFY(store.ok());
            const CorpusGenerator generator(CorpusGenerator::sampleReports());
            QVERIFY(generator.modelCount() > 0);
            QList<ReportImport> batch;
            for (int i = 0; i < Reports; ++i) {
                const QString text = generator.report(i);
                const ReportDocument document = SeedReports::parse(text, u"corpus-%1.txt"_s.arg(i));
                batch.append({document, QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256), {}});
                if (batch.size() == 250) {
                    QVERIFY(store.value()->importReports(batch).ok());
                    batch.clear();
                }
            }
            QCOMPARE(READ_OK(store.value()->reportCount()), Reports);
        }
        ReviewSession session;
        QVERIFY(session.open(path).ok());
        QElapsedTimer loading;
        loading.start();
        LibraryPanel panel(session);
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), Reports, 30000);
        qInfo("Listing %d reports took %lld ms (on a worker thread)", Reports, loading.elapsed());

        // Each keystroke filters all rows at once; time the slowest.
        QLineEdit *edit = panel.findChild<QLineEdit *>();
        const QString region = panel.filterModel()->index(7, LibraryModel::Region).data().toString();
        qint64 slowest = 0;
        qint64 total = 0;
        int keys = 0;
        const auto type = [&](const std::function<void()> &key) {
            QElapsedTimer timer;
            timer.start();
            key();
            QCoreApplication::processEvents();
            slowest = std::max(slowest, timer.elapsed());
            total += timer.elapsed();
            ++keys;
        };
        for (const QChar c : region.left(3)) {
            type([&] { typeText(edit, c); });
        }
        for (int i = 0; i < 3; ++i) {
            type([&] { QTest::keyClick(edit, Qt::Key_Backspace); });
        }
        edit->clear();
        QElapsedTimer timer;
        timer.start();
        edit->setText(region);
        const qint64 pasted = timer.elapsed();
        QVERIFY(panel.filterModel()->rowCount() >= 1);
        QVERIFY(panel.filterModel()->rowCount() < Reports);
        qInfo("Filtering %d reports: slowest keystroke %lld ms, mean %lld ms, pasting \"%s\" %lld ms", Reports, slowest,
            total / std::max(keys, 1), qPrintable(region), pasted);
    }
};

QTEST_MAIN(TestLibraryPanel)
#include "tst_librarypanel.moc"
