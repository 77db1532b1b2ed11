// SPDX-License-Identifier: GPL-3.0-or-later
// The outline matrix view: "missing" where a report has no leadership part, a double-click
// opens the report there (on the cell, or at the clicked character of the current cell),
// reviewers' overrules move text between rows at once, and the CSV export.
#include "comparefixture.h"
#include "matrixcelldelegate.h"
#include "outlinematrixmodel.h"
#include "outlinematrixview.h"
#include "storereads.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestOutlineMatrixView : public QObject
{
    Q_OBJECT

private:
    ProjectFixture m_fixture;
    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_silent = 0; // 002 with its leadership part cut out

    static int columnOf(const OutlineMatrixModel &model, qint64 reportId)
    {
        for (int column = 0; column < model.columnCount(); ++column) {
            if (model.index(0, column).data(OutlineMatrixModel::ReportIdRole).toLongLong() == reportId) {
                return column;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.open());
        m_first = m_fixture.importSeed(u"001"_s);
        m_second = m_fixture.importSeed(u"003"_s);
        m_silent = CompareFixture::importWithout(m_fixture, u"002"_s, u"leadership"_s);
        QVERIFY(m_first && m_second && m_silent);
        for (const StoredPart &part : READ_OK(m_fixture.session.store()->parts(m_silent))) {
            QVERIFY2(part.category != u"leadership", "the copy must have no leadership part left");
        }
    }

    void missingLeadershipIsMarked()
    {
        OutlineMatrixView view(m_fixture.session);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(view.showReports({m_first, m_silent, m_second}).ok());
        const OutlineMatrixModel &model = *view.model();
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), model.matrix().columnTitle(1));
        const int leadership = model.matrix().rowOf(u"leadership"_s);
        QVERIFY(leadership >= 0);
        QCOMPARE(model.headerData(leadership, Qt::Vertical).toString(), model.matrix().rows().at(leadership).name);

        const QModelIndex silent = model.index(leadership, 1);
        QVERIFY(silent.data(OutlineMatrixModel::MissingRole).toBool());
        QCOMPARE(silent.data().toString(), OutlineMatrixModel::tr("missing"));
        QCOMPARE(silent.data(OutlineMatrixModel::LengthRole).toInt(), 0);
        for (const int column : {0, 2}) {
            const QModelIndex cell = model.index(leadership, column);
            QVERIFY(!cell.data(OutlineMatrixModel::MissingRole).toBool());
            QVERIFY(cell.data(OutlineMatrixModel::LengthRole).toInt() > 20);
            QVERIFY(!cell.data(OutlineMatrixModel::RangesRole).toList().isEmpty());
        }
        // The figures of a cell are its indicator chips.
        int chips = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            chips += int(model.index(row, 0).data(OutlineMatrixModel::IndicatorsRole).toStringList().size());
        }
        QVERIFY(chips > 0);
    }

    void doubleClickOpensTheReportThere()
    {
        OutlineMatrixView view(m_fixture.session);
        view.resize(1200, 800);
        QVERIFY(view.showReports({m_first, m_second}).ok());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy open(&view, &OutlineMatrixView::openRequested);
        const int problems = view.model()->matrix().rowOf(u"problems"_s);
        const QModelIndex cell = view.model()->index(problems, 1);
        const QPoint firstRange = cell.data(OutlineMatrixModel::RangesRole).toList().first().toPoint();
        view.table()->scrollTo(cell);
        const QRect rect = view.table()->visualRect(cell);
        QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, QPoint(rect.center().x(), rect.top() + 6));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toLongLong(), m_second);
        QCOMPARE(open.first().at(1).toInt(), firstRange.x());
        QCOMPARE(open.first().at(2).toInt(), firstRange.y());

        // The current cell scrolls in place; a double-click on its text opens at that character.
        view.table()->setCurrentIndex(cell);
        auto *editor = qobject_cast<QPlainTextEdit *>(view.table()->indexWidget(cell));
        QVERIFY2(editor, "the current cell has no scrollable text");
        QCOMPARE(editor->toPlainText(), cell.data().toString());
        QTextCursor cursor(editor->document());
        cursor.setPosition(5);
        const QPoint at = editor->cursorRect(cursor).center() + QPoint(2, 0);
        QTest::mouseDClick(editor->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(open.size(), 2);
        const int clicked = editor->cursorForPosition(at).position();
        QCOMPARE(open.last().at(1).toInt(), MatrixCellDelegate::originalOffset(cell, clicked));
        QCOMPARE(open.last().at(1).toInt(), firstRange.x() + clicked);
    }

    void overruleMovesTextToAnotherRow()
    {
        OutlineMatrixView view(m_fixture.session);
        QVERIFY(view.showReports({m_first, m_second}).ok());
        const int leadership = view.model()->matrix().rowOf(u"leadership"_s);
        QVERIFY(!view.model()->index(leadership, 0).data(OutlineMatrixModel::MissingRole).toBool());
        for (const StoredPart &part : READ_OK(m_fixture.session.store()->parts(m_first))) {
            if (part.category == u"leadership") {
                QVERIFY(m_fixture.session
                        .decide(m_first, ReportDecisions::partTarget(part.start), part.category, u"achievements"_s)
                        .ok());
            }
        }
        QVERIFY(view.model()->index(leadership, 0).data(OutlineMatrixModel::MissingRole).toBool());
        m_fixture.session.undoStack()->setIndex(0);
        QVERIFY(!view.model()->index(leadership, 0).data(OutlineMatrixModel::MissingRole).toBool());
    }

    void yearScopeAndCsv()
    {
        OutlineMatrixView view(m_fixture.session);
        QVERIFY(view.showYear(0).ok());
        QCOMPARE(view.model()->columnCount(), READ_OK(m_fixture.session.store()->reportCount()));
        QVERIFY(view.showReports({m_silent, m_first}).ok());
        QCOMPARE(view.shownReports(), (QList<qint64>{m_silent, m_first}));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"matrix.csv"_s);
        QVERIFY(view.exportCsv(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv);
        QVERIFY(text.contains(view.model()->matrix().columnTitle(0)));
        QVERIFY(text.contains(OutlineMatrix::tr("missing")));
        QVERIFY(!view.exportCsv(dir.filePath(u"no/such/folder/matrix.csv"_s)).ok());
    }
};

QTEST_MAIN(TestOutlineMatrixView)
#include "tst_outlinematrixview.moc"
