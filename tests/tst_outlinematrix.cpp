// SPDX-License-Identifier: GPL-3.0-or-later
// The outline matrix: what each report says per category and theme, the reviewers' decisions
// winning, "missing" where a report is silent, the CSV and `fazhi-cli matrix`.
#include "clirunner.h"
#include "outlinematrix.h"
#include "reportanalyzer.h"
#include "reportdecisions.h"
#include "reviewstore.h"
#include "seedreports.h"
#include "storereads.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestOutlineMatrix : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ReviewStore> m_store;
    std::unique_ptr<ReportAnalyzer> m_analyzer;
    /** Seed prefix ("004") → report id. */
    QHash<QString, qint64> m_ids;

    ReportImport analysed(const ReportDocument &document) const
    {
        return {document, QCryptographicHash::hash(document.text.toUtf8(), QCryptographicHash::Sha256),
            m_analyzer->analyze(document)};
    }

    int column(const OutlineMatrix &matrix, const QString &seed) const
    {
        for (int column = 0; column < matrix.reports().size(); ++column) {
            if (matrix.reports().at(column).id == m_ids.value(seed)) {
                return column;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto analyzer = ReportAnalyzer::bundled();
        QVERIFY2(analyzer.ok(), qPrintable(analyzer.error()));
        m_analyzer = std::move(analyzer.value());
        auto store = ReviewStore::open(m_dir.filePath(u"matrix.fzr"_s));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(store.value());
        for (const QString &seed : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
            const ReportDocument document = SeedReports::document(seed);
            QVERIFY(!document.text.isEmpty());
            QVERIFY(m_store->importReport(analysed(document)).ok());
            for (const ReportSummary &summary : READ_OK(m_store->reports())) {
                if (summary.fileName.startsWith(seed)) {
                    m_ids.insert(seed, summary.id);
                }
            }
        }
        QCOMPARE(m_ids.size(), 5);
    }

    void rowsAndColumns()
    {
        const auto matrix = OutlineMatrix::build(*m_store, READ_OK(OutlineMatrix::reportsOfYear(*m_store, 0)));
        QVERIFY2(matrix.ok(), qPrintable(matrix.error()));
        QCOMPARE(matrix.value().reports().size(), 5);
        for (const QString &id : {u"achievements"_s, u"problems"_s, u"causes"_s, u"leadership"_s, u"plans"_s}) {
            QVERIFY2(matrix.value().rowOf(id) >= 0, qPrintable(id));
            QVERIFY(!matrix.value().rows().at(matrix.value().rowOf(id)).theme);
        }
        QCOMPARE(matrix.value().rowOf(u"other"_s), -1);
        int themes = 0;
        int themeCellsFilled = 0;
        for (int row = 0; row < matrix.value().rows().size(); ++row) {
            if (matrix.value().rows().at(row).theme) {
                ++themes;
                QVERIFY(!matrix.value().rows().at(row).name.isEmpty());
                for (int column = 0; column < 5; ++column) {
                    themeCellsFilled += matrix.value().cell(row, column).missing() ? 0 : 1;
                }
            }
        }
        QVERIFY(themes >= 5);
        QVERIFY2(themeCellsFilled >= 10, qPrintable(QString::number(themeCellsFilled)));
        QVERIFY(matrix.value().cell(99, 0).missing()); // out of range: empty, not a crash
    }

    void cellsHoldTheReportsText()
    {
        const auto matrix = OutlineMatrix::build(*m_store, READ_OK(OutlineMatrix::reportsOfYear(*m_store, 0)));
        QVERIFY(matrix.ok());
        const OutlineMatrix &m = matrix.value();
        const int problems = m.rowOf(u"problems"_s);
        for (int column = 0; column < 5; ++column) {
            const MatrixCell cell = m.cell(problems, column);
            QVERIFY2(!cell.missing(), qPrintable(m.columnTitle(column)));
            QVERIFY2(cell.text.contains(u"不足"_s) || cell.text.contains(u"短板"_s) || cell.text.contains(u"薄弱"_s)
                    || cell.text.contains(u"问题"_s) || cell.text.contains(u"問題"_s),
                qPrintable(m.columnTitle(column) + u": "_s + cell.text.left(200)));
            // The text is the report's own, range by range.
            const ReportDocument document = m_store->report(m.reports().at(column).id).value();
            QStringList pieces;
            int length = 0;
            for (const TextRange &range : cell.ranges) {
                pieces.append(document.textAt(range));
                length += range.length();
            }
            QCOMPARE(cell.text, pieces.join(u'\n'));
            QCOMPARE(cell.length, length);
        }
        // 004 states its leadership duty inside "(三)严格落实党政主要负责人…" under the first item.
        const MatrixCell leadership = m.cell(m.rowOf(u"leadership"_s), column(m, u"004"_s));
        QVERIFY(!leadership.missing());
        QVERIFY2(leadership.text.contains(u"主要负责人"_s), qPrintable(leadership.text.left(300)));
    }

    void indicatorChipsSitInTheirCells()
    {
        const auto matrix = OutlineMatrix::build(*m_store, READ_OK(OutlineMatrix::reportsOfYear(*m_store, 0)));
        QVERIFY(matrix.ok());
        const OutlineMatrix &m = matrix.value();
        int chips = 0;
        for (int column = 0; column < 5; ++column) {
            const QList<IndicatorValue> all = READ_OK(m_store->indicators(m.reports().at(column).id));
            for (int row = 0; row < m.rows().size(); ++row) {
                const MatrixCell cell = m.cell(row, column);
                for (const IndicatorValue &indicator : cell.indicators) {
                    ++chips;
                    const bool inside = std::any_of(cell.ranges.cbegin(), cell.ranges.cend(), [&](const TextRange &r) {
                        return indicator.sentence.start >= r.start && indicator.sentence.end <= r.end;
                    });
                    QVERIFY(inside);
                }
                // Every figure whose sentence lies in the cell is shown there.
                for (const IndicatorValue &indicator : all) {
                    for (const TextRange &r : cell.ranges) {
                        if (indicator.sentence.start >= r.start && indicator.sentence.end <= r.end) {
                            QVERIFY(std::any_of(cell.indicators.cbegin(), cell.indicators.cend(),
                                [&](const IndicatorValue &v) { return v.match == indicator.match; }));
                        }
                    }
                }
            }
        }
        qInfo() << "indicator chips in the matrix:" << chips;
        QVERIFY(chips > 0);
    }

    void decisionsWinAndMissingIsMarked()
    {
        const qint64 id = m_ids.value(u"004"_s);
        const ReportDecisions before(READ_OK(m_store->decisions(id)));
        int overruled = 0;
        for (const StoredPart &part : READ_OK(m_store->parts(id))) {
            if (before.category(part) == u"leadership") {
                QVERIFY(m_store->decide(id, ReportDecisions::partTarget(part.start), part.category, u"achievements"_s)
                        .ok());
                ++overruled;
            }
        }
        QVERIFY(overruled > 0);
        const auto matrix = OutlineMatrix::build(*m_store, {id});
        QVERIFY(matrix.ok());
        const MatrixCell leadership = matrix.value().cell(matrix.value().rowOf(u"leadership"_s), 0);
        QVERIFY(leadership.missing());
        QVERIFY(leadership.text.isEmpty());
        QCOMPARE(leadership.length, 0);
        QVERIFY(matrix.value().cell(matrix.value().rowOf(u"achievements"_s), 0).text.contains(u"主要负责人"_s));
        const QByteArray csv = matrix.value().toCsv();
        QVERIFY(QString::fromUtf8(csv).contains(OutlineMatrix::tr("missing")));
    }

    void columnsFollowTheGivenOrder()
    {
        const QList<qint64> ids{m_ids.value(u"003"_s), m_ids.value(u"000"_s)};
        const auto matrix = OutlineMatrix::build(*m_store, ids);
        QVERIFY(matrix.ok());
        QCOMPARE(matrix.value().reports().size(), 2);
        QCOMPARE(matrix.value().reports().at(0).id, ids.at(0));
        QCOMPARE(matrix.value().reports().at(1).id, ids.at(1));
        QCOMPARE(matrix.value().columnTitle(0), u"镇江市 2024"_s);
    }

    void unknownReportIsAnError() { QVERIFY(!OutlineMatrix::build(*m_store, {987654}).ok()); }

    void csvHasBomAndOneColumnPerReport()
    {
        const auto matrix = OutlineMatrix::build(*m_store, READ_OK(OutlineMatrix::reportsOfYear(*m_store, 0)));
        QVERIFY(matrix.ok());
        const QByteArray csv = matrix.value().toCsv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString header = QString::fromUtf8(csv.mid(3)).section(u"\r\n"_s, 0, 0);
        QCOMPARE(header.split(u',').size(), 6);
        QVERIFY(header.contains(u"佛山市高明区 2019"_s));
    }

    void yearFilter()
    {
        const QList<qint64> ids = READ_OK(OutlineMatrix::reportsOfYear(*m_store, 2019));
        QCOMPARE(ids.size(), 1);
        const auto matrix = OutlineMatrix::build(*m_store, ids);
        QVERIFY(matrix.ok());
        QCOMPARE(matrix.value().reports().first().region, u"佛山市高明区"_s);
        QCOMPARE(matrix.value().columnTitle(0), u"佛山市高明区 2019"_s);
    }

    void commandLineWritesTheCsv()
    {
        const QString out = m_dir.filePath(u"matrix.csv"_s);
        QString outText;
        QString errText;
        QTextStream outStream(&outText);
        QTextStream errStream(&errText);
        CliRunner runner(outStream, errStream);
        const int code = runner.run({u"fazhi-cli"_s, u"matrix"_s, u"--db"_s, m_dir.filePath(u"matrix.fzr"_s),
            u"--year"_s, u"2019"_s, u"--out"_s, out});
        QVERIFY2(code == 0, qPrintable(errText));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString header = QString::fromUtf8(csv.mid(3)).section(u"\r\n"_s, 0, 0);
        QCOMPARE(header.split(u',').size(), 2);
        QCOMPARE(runner.run(
                     {u"fazhi-cli"_s, u"matrix"_s, u"--db"_s, m_dir.filePath(u"matrix.fzr"_s), u"--year"_s, u"last"_s}),
            2);
        QCOMPARE(runner.run({u"fazhi-cli"_s, u"matrix"_s, u"--db"_s, m_dir.filePath(u"matrix.fzr"_s), u"--reports"_s,
                     u"987654"_s, u"--out"_s, out}),
            1);
    }

    void fiftyReportsSpeed()
    {
        auto store = ReviewStore::open(m_dir.filePath(u"fifty.fzr"_s));
        QVERIFY(store.ok());
        QList<ReportImport> imports;
        for (int copy = 0; copy < 10; ++copy) {
            for (const QString &seed : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
                // A different file each time, so that the store keeps every copy: a sentence in
                // the first paragraph (a trailing line might be cleaned away as page furniture).
                QString text = SeedReports::text(seed);
                const qsizetype stop = text.indexOf(u'。');
                QVERIFY(stop > 0);
                text.insert(stop + 1, u"此为第%1份副本。"_s.arg(copy));
                imports.append(analysed(SeedReports::parse(text, u"%1_copy%2.txt"_s.arg(seed).arg(copy))));
            }
        }
        QVERIFY(store.value()->importReports(imports).ok());
        const QList<qint64> ids = READ_OK(OutlineMatrix::reportsOfYear(*store.value(), 0));
        QCOMPARE(ids.size(), 50);
        QElapsedTimer timer;
        timer.start();
        const auto matrix = OutlineMatrix::build(*store.value(), ids);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(matrix.ok());
        qInfo() << "outline matrix of 50 reports built in" << elapsed << "ms";
        QCOMPARE(matrix.value().reports().size(), 50);
        QVERIFY(!matrix.value().cell(matrix.value().rowOf(u"problems"_s), 49).missing());
    }
};

QTEST_GUILESS_MAIN(TestOutlineMatrix)
#include "tst_outlinematrix.moc"
