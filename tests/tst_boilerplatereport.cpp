// SPDX-License-Identifier: GPL-3.0-or-later
// The project-wide boilerplate pass: set phrases are what many reports of one year share
// (either script), two districts sharing wording is not enough, the pass can be cancelled,
// and the compare view mutes set phrases while it underlines real copies.
#include "boilerplatereport.h"
#include "comparecolumn.h"
#include "comparedwording.h"
#include "compareview.h"
#include "panelscreenshot.h"
#include "projectfixture.h"
#include "scriptconverter.h"
#include "setphrasesdialog.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Fazhi;

namespace {

// A set phrase every district writes, and wording only two districts share.
const QString SetPhraseText = u"深入学习贯彻习近平法治思想全面推进严格规范公正文明执法"_s;
const QString CopiedText = u"率先建成覆盖全镇村居的公共法律服务驿站并配备专职调解员常年坐班接待群众"_s;

/** Characters no two reports share by chance: the districts' own wording. */
QString ownWording(QRandomGenerator &random, int length)
{
    QString text;
    for (int i = 0; i < length; ++i) {
        text.append(QChar(char16_t(0x4E00 + random.bounded(0x5000))));
        if (i % 37 == 36) {
            text.append(u'，');
        }
    }
    return text;
}

} // namespace

class TestBoilerplateReport : public QObject
{
    Q_OBJECT

private:
    ProjectFixture m_fixture;
    QList<qint64> m_ids; // the 2024 reports, in the order made
    const QStringList m_regions{u"东城区"_s, u"西城区"_s, u"南山区"_s, u"北湖区"_s, u"中原区"_s, u"新华区"_s};

    qint64 importReport(const QString &region, int year, const QStringList &phrases, QRandomGenerator &random)
    {
        QString text = u"%1%2年度法治政府建设情况报告\n一、主要成效\n"_s.arg(region).arg(year);
        for (const QString &phrase : phrases) {
            text += ownWording(random, 80) + u"。"_s + phrase + u"。"_s;
        }
        text += ownWording(random, 120) + u"。\n二、存在问题\n"_s + ownWording(random, 100) + u"。\n"_s;
        return m_fixture.import(SeedReports::parse(text, u"%1-%2.txt"_s.arg(region).arg(year)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.open());
        QRandomGenerator random(20241123);
        const ScriptConverter toTraditional(ScriptConverter::Direction::ToTraditional);
        const QString traditionalSetPhrase = toTraditional.convert(SetPhraseText).value();
        QVERIFY(traditionalSetPhrase != SetPhraseText);
        // 2024: five of six write the set phrase (one in traditional script); two share a copy.
        for (int i = 0; i < m_regions.size(); ++i) {
            QStringList phrases;
            if (i < 5) {
                phrases.append(i == 4 ? traditionalSetPhrase : SetPhraseText);
            }
            if (i < 2) {
                phrases.append(CopiedText);
            }
            m_ids.append(importReport(m_regions.at(i), 2024, phrases, random));
            QVERIFY(m_ids.last() != 0);
        }
        // Another year, where the copied wording is everywhere: it must not count for 2024.
        for (int i = 0; i < 4; ++i) {
            QVERIFY(importReport(u"旧%1"_s.arg(m_regions.at(i)), 2023, {CopiedText}, random) != 0);
        }
    }

    void setPhrasesOfAYear()
    {
        BoilerplateReport::Options options;
        options.year = 2024;
        QList<std::pair<int, int>> steps;
        const auto report = BoilerplateReport::build(
            m_fixture.session.path(), options, [&steps](int done, int total) { steps.append({done, total}); });
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error()));
        QCOMPARE(report.value().reportCount(), 6);
        QCOMPARE(report.value().threshold(), 3); // 20 % of 6 is 2, but never fewer than 3 reports

        const QList<SetPhrase> &phrases = report.value().phrases();
        const auto setPhrase = std::find_if(phrases.cbegin(), phrases.cend(),
            [](const SetPhrase &p) { return p.text.contains(SetPhraseText.mid(2, 20)); });
        QVERIFY2(setPhrase != phrases.cend(), "the phrase five reports share is missing");
        QCOMPARE(setPhrase->reports, 5); // the traditional copy counts too
        const auto copied = std::find_if(phrases.cbegin(), phrases.cend(),
            [](const SetPhrase &p) { return p.text.contains(CopiedText.mid(2, 20)); });
        QVERIFY2(copied == phrases.cend(), "two reports (and another year) do not make a set phrase");

        // The example points at the phrase in its report.
        const auto example = m_fixture.session.store()->report(setPhrase->exampleReport);
        QVERIFY(example.ok());
        const QString shown = example.value().text.mid(setPhrase->exampleRange.start, setPhrase->exampleRange.length());
        QVERIFY2(shown.contains(SetPhraseText.mid(2, 20)) || shown.size() >= 20, qPrintable(shown));

        // Every report read twice (index, then phrases), and progress reached the end.
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.last().second, 12);
        int most = 0;
        for (const auto &[done, total] : std::as_const(steps)) {
            most = std::max(most, done);
        }
        QCOMPARE(most, 12);

        const QByteArray csv = report.value().toCsv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(csv).contains(setPhrase->text));
        QCOMPARE(csv.count("\r\n"), phrases.size() + 1);
    }

    void everyYearTogether()
    {
        // Across both years the copied wording is in 6 of 10 reports: now it is boilerplate.
        const auto report = BoilerplateReport::build(m_fixture.session.path(), {});
        QVERIFY(report.ok());
        QCOMPARE(report.value().reportCount(), 10);
        const bool listed = std::any_of(report.value().phrases().cbegin(), report.value().phrases().cend(),
            [](const SetPhrase &p) { return p.text.contains(CopiedText.mid(2, 20)); });
        QVERIFY(listed);
    }

    void cancelledPassIsAnError()
    {
        std::atomic_bool cancel = true;
        BoilerplateReport::Options options;
        options.year = 2024;
        QVERIFY(!BoilerplateReport::build(m_fixture.session.path(), options, {}, &cancel).ok());
        QVERIFY(!BoilerplateReport::build(u"/nonexistent/folder/project.fzr"_s, options).ok());
    }

    void comparedWordingMarksSetPhrases()
    {
        BoilerplateReport::Options options;
        options.year = 2024;
        const auto report = BoilerplateReport::build(m_fixture.session.path(), options);
        QVERIFY(report.ok());
        const QList<ReportDocument> documents{m_fixture.session.store()->report(m_ids.at(0)).value(),
            m_fixture.session.store()->report(m_ids.at(1)).value()};
        const QList<ComparedPassage> passages
            = ComparedWording::find(documents, report.value().index().get(), report.value().threshold());
        int setPhrases = 0;
        int copies = 0;
        for (const ComparedPassage &p : passages) {
            if (p.passage.text.contains(SetPhraseText.mid(2, 20))) {
                QVERIFY(p.setPhrase);
                ++setPhrases;
            } else if (p.passage.text.contains(CopiedText.mid(2, 20))) {
                QVERIFY(!p.setPhrase);
                ++copies;
            }
        }
        QCOMPARE(setPhrases, 1);
        QCOMPARE(copies, 1);
    }

    void dialogListsTheYearsSetPhrases()
    {
        SetPhrasesDialog dialog(m_fixture.session);
        QSignalSpy counted(&dialog, &SetPhrasesDialog::counted);
        QSignalSpy open(&dialog, &SetPhrasesDialog::openRequested);
        dialog.count(2024);
        QVERIFY(dialog.isCounting() || !counted.isEmpty());
        QVERIFY(counted.wait(15000) || !counted.isEmpty());
        QCOMPARE(counted.first().first().toString(), QString()); // no error
        QCOMPARE(dialog.list()->topLevelItemCount(), dialog.phrases().size());
        QTreeWidgetItem *setPhrase = nullptr;
        for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = dialog.list()->topLevelItem(i);
            QVERIFY(!item->text(1).contains(CopiedText.mid(2, 20)));
            if (item->text(1).contains(SetPhraseText.mid(2, 20))) {
                setPhrase = item;
            }
        }
        QVERIFY(setPhrase);
        QCOMPARE(setPhrase->text(0), u"5"_s);
        dialog.show();
        PanelScreenshot::save(&dialog, u"setphrasesdialog"_s);
        Q_EMIT dialog.list()->itemActivated(setPhrase, 1);
        QCOMPARE(open.size(), 1);
        QVERIFY(m_ids.contains(open.first().at(0).toLongLong()));
        QVERIFY(open.first().at(2).toInt() > open.first().at(1).toInt());
    }

    void compareViewMutesSetPhrases()
    {
        CompareView view(m_fixture.session);
        QSignalSpy muted(&view, &CompareView::setPhrasesReady);
        QVERIFY(view.setReports({m_ids.at(0), m_ids.at(1)}).ok());
        QVERIFY(muted.wait(15000));
        QVERIFY(view.setPhrasesApplied());
        // The title line and the set phrase are the genre's; the copied sentence is not.
        const auto passage = [&view](const QString &text) {
            return std::find_if(view.passages().cbegin(), view.passages().cend(),
                [&text](const ComparedPassage &p) { return p.passage.text.contains(text.mid(2, 20)); });
        };
        QVERIFY(passage(SetPhraseText) != view.passages().cend());
        QVERIFY(passage(SetPhraseText)->setPhrase);
        QVERIFY(passage(CopiedText) != view.passages().cend());
        QVERIFY(!passage(CopiedText)->setPhrase);
        // Only the copy is underlined and listed until the reviewer asks for set phrases.
        QCOMPARE(view.passageList()->topLevelItemCount(), 1);
        QVERIFY(view.passageList()->topLevelItem(0)->text(2).contains(CopiedText.mid(2, 20)));
        QCOMPARE(view.column(0)->reader()->marks().size(), 1);
        QCOMPARE(view.column(0)->reader()->marks().first().start, passage(CopiedText)->passage.first.start);
    }
};

QTEST_MAIN(TestBoilerplateReport)
#include "tst_boilerplatereport.moc"
