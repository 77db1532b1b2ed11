// SPDX-License-Identifier: GPL-3.0-or-later
// The whole analysis of the real reports against golden JSON in tests/data/analysis, so that a
// change meant to be internal (speed, refactoring) cannot change a result unnoticed. After an
// intended change of results, regenerate with scripts/update-analysis-goldens and review the diff.
#include "outlinejson.h"
#include "reportanalyzer.h"
#include "seedreports.h"

#include <QJsonDocument>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace Fazhi;

namespace {

const QStringList Seeds = {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s};

QByteArray analysisJson(const ReportAnalyzer &analyzer, const ReportDocument &document)
{
    const ReportAnalysis analysis = analyzer.analyze(document);
    const QJsonObject json{{u"outline"_s, OutlineJson::outline(document, analysis.outline)},
        {u"checklist"_s, OutlineJson::checklist(analysis.checklist)},
        {u"indicators"_s, OutlineJson::indicators(analysis.indicators)}};
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

QString goldenPath(const QString &seed)
{
    return TestPaths::sourceDir() + u"/tests/data/analysis/"_s + seed + u".json"_s;
}

} // namespace

class TestReportAnalyzer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReportAnalyzer> m_analyzer;

private Q_SLOTS:
    void initTestCase()
    {
        auto analyzer = ReportAnalyzer::bundled();
        QVERIFY2(analyzer, qPrintable(analyzer ? QString() : analyzer.error()));
        m_analyzer = std::move(analyzer).value();
    }

    void matchesGolden_data()
    {
        QTest::addColumn<QString>("seed");
        for (const QString &seed : Seeds) {
            QTest::newRow(qPrintable(seed)) << seed;
        }
    }

    void matchesGolden()
    {
        QFETCH(QString, seed);
        const QByteArray actual = analysisJson(*m_analyzer, SeedReports::document(seed));
        QFile golden(goldenPath(seed));
        if (qEnvironmentVariableIsSet("FAZHI_UPDATE_GOLDEN")) {
            QVERIFY(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
            golden.write(actual);
            return;
        }
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        const QByteArray expected = golden.readAll();
        if (actual != expected) {
            const QList<QByteArray> actualLines = actual.split('\n');
            const QList<QByteArray> expectedLines = expected.split('\n');
            qsizetype line = 0;
            while (line < actualLines.size() && line < expectedLines.size()
                && actualLines.at(line) == expectedLines.at(line)) {
                ++line;
            }
            QFAIL(qPrintable(u"%1 differs from line %2: %3 instead of %4"_s.arg(golden.fileName())
                    .arg(line + 1)
                    .arg(QString::fromUtf8(actualLines.value(line)), QString::fromUtf8(expectedLines.value(line)))));
        }
    }

    // analyze() runs on several threads at once on one analyzer during an import.
    void concurrentRunsAgree()
    {
        QList<ReportDocument> documents;
        for (const QString &seed : Seeds) {
            documents.append(SeedReports::document(seed));
        }
        QList<QByteArray> serial;
        for (const ReportDocument &document : documents) {
            serial.append(analysisJson(*m_analyzer, document));
        }
        QList<int> runs(40);
        std::iota(runs.begin(), runs.end(), 0);
        const QList<QByteArray> parallel = QtConcurrent::blockingMapped(
            runs, [&](int run) { return analysisJson(*m_analyzer, documents.at(run % documents.size())); });
        for (qsizetype run = 0; run < parallel.size(); ++run) {
            QCOMPARE(parallel.at(run), serial.at(run % serial.size()));
        }
    }
};

QTEST_GUILESS_MAIN(TestReportAnalyzer)
#include "tst_reportanalyzer.moc"
