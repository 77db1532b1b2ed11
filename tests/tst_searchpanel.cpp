// SPDX-License-Identifier: GPL-3.0-or-later
// Searching the whole project: words in either script, filters, paging, and jumping to a hit.
#include "inputmethod.h"
#include "reportanalyzer.h"
#include "reviewsession.h"
#include "searchpanel.h"
#include "seedreports.h"
#include "storereads.h"
#include "textnormalizer.h"

#include <tuple>

#include <QComboBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestSearchPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ReviewSession m_session;
    std::unique_ptr<SearchPanel> m_panel;

    QLineEdit *field() const { return m_panel->findChild<QLineEdit *>(u"searchQuery"_s); }
    QTreeWidget *results() const { return m_panel->findChild<QTreeWidget *>(u"searchResults"_s); }
    QString status() const { return m_panel->findChild<QLabel *>(u"searchStatus"_s)->text(); }

    /** Types @p words over what is in the field and waits for the one search that follows. */
    void typeAndWait(const QString &words)
    {
        QSignalSpy searched(m_panel.get(), &SearchPanel::resultsChanged);
        field()->selectAll();
        InputMethod::type(field(), words);
        QVERIFY(searched.wait(2000));
        QTest::qWait(SearchPanel::DebounceMilliseconds + 100);
        QCOMPARE(searched.size(), 1); // one query per pause, not one per key
    }

    /** Picks @p categoryId in the category filter with the keyboard. */
    void chooseCategory(const QString &categoryId)
    {
        auto *combo = m_panel->findChild<QComboBox *>(u"searchCategory"_s);
        QSignalSpy searched(m_panel.get(), &SearchPanel::resultsChanged);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < combo->count() && combo->currentData().toString() != categoryId; ++i) {
            QTest::keyClick(combo, Qt::Key_Down);
        }
        QCOMPARE(combo->currentData().toString(), categoryId);
        QVERIFY(!searched.isEmpty());
    }

    QString normalizedTextAt(qint64 reportId, int start, int end)
    {
        const auto report = m_session.store()->report(reportId);
        return report ? TextNormalizer::normalize(report.value().text.mid(start, end - start)).text() : QString();
    }

    /** What a click on result @p row asks to show: the report and the original range. */
    std::tuple<qint64, int, int> clickResult(int row)
    {
        QSignalSpy activated(m_panel.get(), &SearchPanel::hitActivated);
        QTest::mouseClick(results()->viewport(), Qt::LeftButton, {},
            results()->visualItemRect(results()->topLevelItem(row)).center());
        if (activated.size() != 1) {
            qWarning("%lld activations", qint64(activated.size()));
            return {0, 0, 0};
        }
        return {activated.first().at(0).toLongLong(), activated.first().at(1).toInt(), activated.first().at(2).toInt()};
    }

    QSet<qint64> reportsOf(const QList<SearchHit> &hits)
    {
        QSet<qint64> ids;
        for (const SearchHit &hit : hits) {
            ids.insert(hit.reportId);
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_session.open(m_dir.filePath(u"search.fzr"_s)).ok());
        const auto analyzer = ReportAnalyzer::bundled();
        QVERIFY2(analyzer, qPrintable(analyzer.error()));
        for (const QString &seed : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
            const ReportDocument document = SeedReports::document(seed);
            QVERIFY2(!document.text.isEmpty(), qPrintable(seed));
            const QByteArray hash = QCryptographicHash::hash(document.text.toUtf8(), QCryptographicHash::Sha256);
            const auto imported
                = m_session.store()->importReport({document, hash, analyzer.value()->analyze(document)});
            QVERIFY2(imported, qPrintable(imported.error()));
        }
        m_session.notifyReportsChanged();
        m_panel = std::make_unique<SearchPanel>(m_session);
        m_panel->resize(360, 600);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void findsAPhraseInSeveralReports()
    {
        typeAndWait(u"行政复议"_s);
        const QList<SearchHit> &hits = m_panel->hits();
        QVERIFY(hits.size() >= 3);
        QVERIFY(reportsOf(hits).size() >= 3);
        QCOMPARE(results()->topLevelItemCount(), hits.size());
        // "%n result(s)": the English plural comes from fazhi_en.qm, not loaded here.
        QVERIFY2(status().startsWith(QString::number(hits.size()) + u' '), qPrintable(status()));
        // What is shown names the report and holds the passage.
        const QString shown = results()->topLevelItem(0)->text(0);
        QVERIFY2(shown.contains(hits.first().region), qPrintable(shown));
        QVERIFY2(shown.contains(u"行政复议"_s), qPrintable(shown));
    }

    void traditionalWordsFindEitherScript()
    {
        typeAndWait(u"報告"_s);
        const QList<SearchHit> &hits = m_panel->hits();
        QVERIFY(!hits.isEmpty());
        QSet<QString> scripts;
        const QList<ReportSummary> reports = READ_OK(m_session.store()->reports());
        for (const ReportSummary &report : reports) {
            if (reportsOf(hits).contains(report.id)) {
                scripts.insert(report.script);
            }
        }
        QVERIFY2(scripts.size() >= 2, qPrintable(QStringList(scripts.begin(), scripts.end()).join(u',')));
    }

    void categoryFilterNarrows()
    {
        typeAndWait(u"法治"_s);
        QSet<QString> categories;
        for (const SearchHit &hit : m_panel->hits()) {
            categories.insert(hit.category);
        }
        QVERIFY(categories.size() > 1);
        chooseCategory(u"problems"_s);
        QVERIFY(!m_panel->hits().isEmpty());
        for (const SearchHit &hit : m_panel->hits()) {
            QCOMPARE(hit.category, u"problems"_s);
        }
        chooseCategory(QString());
    }

    void moreFetchesTheNextPage()
    {
        typeAndWait(u"法治"_s);
        QVERIFY(m_panel->hasMore());
        QCOMPARE(m_panel->hits().size(), SearchPanel::PageSize);
        auto *more = m_panel->findChild<QPushButton *>(u"searchMore"_s);
        QVERIFY(more->isVisible());
        QTest::mouseClick(more, Qt::LeftButton);
        QVERIFY(m_panel->hits().size() > SearchPanel::PageSize);
        QSet<qint64> parts;
        for (const SearchHit &hit : m_panel->hits()) {
            parts.insert(hit.partId);
        }
        QCOMPARE(parts.size(), m_panel->hits().size()); // no page repeats another
        QCOMPARE(results()->topLevelItemCount(), m_panel->hits().size());
    }

    void clickingAResultJumpsToTheWords()
    {
        typeAndWait(u"行政復議"_s);
        QVERIFY(results()->topLevelItemCount() > 1);
        const auto [report, start, end] = clickResult(1);
        QCOMPARE(report, m_panel->hits().at(1).reportId);
        QVERIFY(start >= m_panel->hits().at(1).start && end <= m_panel->hits().at(1).end);
        QCOMPARE(normalizedTextAt(report, start, end), u"行政复议"_s);
    }

    void enterOnAResultJumpsToo()
    {
        typeAndWait(u"行政复议"_s);
        QSignalSpy activated(m_panel.get(), &SearchPanel::hitActivated);
        QTest::keyClick(field(), Qt::Key_Down);
        QVERIFY(results()->hasFocus() || results()->currentItem() != nullptr);
        QTest::keyClick(results(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toLongLong(), m_panel->hits().first().reportId);
    }

    void nothingFoundSaysSo()
    {
        typeAndWait(u"量子引力"_s);
        QVERIFY(m_panel->hits().isEmpty());
        QCOMPARE(status(), u"No results"_s);
    }

    void bracketsOfTheTextStayAndTheClickFindsTheWords()
    {
        // A traditional report whose text holds 【】, found with simplified words.
        const QString text = u"白鷺洲街道2023年度法治政府建設情況報告\n\n"
                             "白鷺洲街道推進【行政復議】聽證，辦結案件十二件。\n"_s;
        const ReportDocument document = SeedReports::parse(text, u"bailuzhou.txt"_s);
        const QByteArray hash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
        QVERIFY(m_session.store()->importReport({document, hash, {}}).ok());
        m_session.notifyReportsChanged();

        typeAndWait(u"行政复议 白鹭洲"_s);
        QCOMPARE(m_panel->hits().size(), 1);
        const QString shown = results()->topLevelItem(0)->text(0);
        QVERIFY2(shown.contains(u"白鹭洲街道推进[行政复议]听证"_s), qPrintable(shown));

        const auto [report, start, end] = clickResult(0);
        QCOMPARE(report, m_panel->hits().first().reportId);
        // The first of the words, in the report's own script.
        QCOMPARE(m_session.store()->report(report).value().text.mid(start, end - start), u"白鷺洲"_s);
    }
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
