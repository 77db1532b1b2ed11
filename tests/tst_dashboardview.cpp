// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard tab: "not reported" is no bar, the heatmap opens the reader, changes redraw, export.
#include "administrativelevel.h"
#include "coverageheatmap.h"
#include "dashboardcharts.h"
#include "dashboardrenderer.h"
#include "dashboardview.h"
#include "datatext.h"
#include "panelscreenshot.h"
#include "projectfixture.h"
#include "translationloader.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestDashboardView : public QObject
{
    Q_OBJECT

private:
    ProjectFixture m_fixture;

    static bool waitForFigures(DashboardView &view)
    {
        return QTest::qWaitFor([&view] { return !view.isComputing(); }, 10000);
    }

    /** An indicator some districts report and others do not. */
    static QString partialIndicator(const DashboardFigures &figures)
    {
        for (const DashboardFigures::IndicatorInfo &info : figures.indicators()) {
            const QList<IndicatorPoint> points = figures.indicatorComparison(info.id);
            const auto reporting
                = std::count_if(points.cbegin(), points.cend(), [](const auto &p) { return p.value.has_value(); });
            if (reporting > 1 && reporting < points.size()) {
                return info.id;
            }
        }
        return {};
    }

    /** How many distinct colors a picture has: a blank one has one. */
    static int colorCount(const QImage &image)
    {
        QSet<QRgb> colors;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                colors.insert(image.pixel(x, y));
            }
        }
        return int(colors.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.open());
        for (const QString &prefix : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
            QVERIFY(m_fixture.importSeed(prefix) != 0);
        }
    }

    void showsEveryDistrictOfTheYear()
    {
        DashboardView view(m_fixture.session);
        QVERIFY(waitForFigures(view));
        view.setScope({});
        QVERIFY(waitForFigures(view));
        QCOMPARE(view.figures().districts().size(), 5);
        QCOMPARE(view.heatmap()->figures().districts().size(), 5);
        for (QChart *chart : {view.proportionsChart(), view.indicatorChart(), view.reviewChart(), view.tagsChart()}) {
            QVERIFY(chart);
            QVERIFY(chart->legend()->isVisible());
            auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
            QVERIFY(axis);
            QCOMPARE(axis->count(), 5);
        }
        view.resize(1500, 1800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        PanelScreenshot::save(&view, u"dashboard"_s);
    }

    void districtsAndLevelsInTheUiLanguage()
    {
        // Regions are stored as the reports write them (simplified); zh_TW shows them traditional.
        DataText::setLanguage(u"zh_TW"_s);
        const auto restore = qScopeGuard([] { DataText::setLanguage(u"zh_CN"_s); });
        DashboardView view(m_fixture.session);
        QVERIFY(waitForFigures(view));
        view.setScope({});
        QVERIFY(waitForFigures(view));
        QStringList labels;
        for (const DistrictFigures &district : view.figures().districts()) {
            labels.append(district.label);
        }
        QVERIFY2(labels.contains(u"佛山市高明區"_s), qPrintable(labels.join(u", "_s)));
        auto *levels = view.findChild<QComboBox *>(u"level"_s);
        QVERIFY(levels);
        // The level is stored as 区 and shown as the UI language names it (untranslated here).
        const int district = levels->findData(u"区"_s);
        QVERIFY(district > 0);
        QCOMPARE(levels->itemText(district), AdministrativeLevel::name(u"区"_s));
        QCOMPARE(levels->itemText(district), u"District"_s);
    }

    void historyChartLabelsAreWhole()
    {
        // In Chinese (its lines are taller than the widget font's), as wide as the dashboard tab
        // between the docks of a 1400 pixel window.
        QVERIFY(TranslationLoader::install(qApp, u"zh_CN"_s).isEmpty());
        const auto untranslate = qScopeGuard([] {
            for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
        });
        DashboardView view(m_fixture.session);
        view.resize(760, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(waitForFigures(view));
        QChart *chart = view.historyChart();
        QVERIFY(chart);
        auto *chartView = view.findChild<QChartView *>(u"historyChart"_s);
        QTest::qWait(100); // the chart's layout is activated by an event
        chartView->grab();
        int texts = 0;
        for (const QGraphicsItem *item : chart->scene()->items()) {
            QString text;
            if (const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item)) {
                text = rich->toPlainText();
            } else if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item)) {
                text = simple->text();
            }
            texts += !text.isEmpty();
            QVERIFY2(!text.contains(u'…') && !text.contains(u"..."_s), qPrintable(text));
        }
        QVERIFY(texts > 5); // the year, the scale, the axis title, the legend
    }

    void aDistrictNotReportingGetsNoBar()
    {
        DashboardView view(m_fixture.session);
        view.setScope({});
        QVERIFY(waitForFigures(view));
        const QString id = partialIndicator(view.figures());
        QVERIFY(!id.isEmpty());
        view.setIndicator(id);
        QCOMPARE(view.indicator(), id);
        QChart *chart = view.indicatorChart();
        auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), 1);
        const QBarSet *set = series->barSets().first();
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
        QCOMPARE(axis->count(), 5);

        int reported = 0;
        for (const IndicatorPoint &point : view.figures().indicatorComparison(id)) {
            if (point.value) {
                // Its bar, with its value.
                const int index = int(axis->categories().indexOf(point.label));
                QVERIFY2(index >= 0 && index < set->count(), qPrintable(point.label));
                QCOMPARE(set->at(index), point.value->value);
                ++reported;
            } else {
                // Named as not reported, and beyond the last bar: nothing drawn, not a zero.
                const int index = int(axis->categories().indexOf(DashboardCharts::notReportedLabel(point.label)));
                QVERIFY2(index >= set->count(), qPrintable(point.label));
                QVERIFY(!axis->categories().contains(point.label));
            }
        }
        QCOMPARE(set->count(), reported);
        QVERIFY(reported < 5);
    }

    void clickingAHeatmapCellOpensTheReaderThere()
    {
        DashboardView view(m_fixture.session);
        view.setScope({});
        QVERIFY(waitForFigures(view));
        view.resize(1400, 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy opened(&view, &DashboardView::openReportRequested);
        CoverageHeatmap *heatmap = view.heatmap();
        const DistrictFigures &second = view.figures().districts().at(1);
        // Row of the second district, column "problems".
        QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellCenter(1, 1));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).toLongLong(), second.report.id);
        QCOMPARE(opened.first().at(1).toInt(), second.coverageOf(u"problems").first.start);
        QVERIFY(second.coverageOf(u"problems").first.start > 0);
        // Outside the cells: nothing.
        QTest::mouseClick(heatmap, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(opened.count(), 1);
    }

    void redrawsWhenReviewersDecide()
    {
        DashboardView view(m_fixture.session);
        view.setScope({});
        QVERIFY(waitForFigures(view));
        const DistrictFigures first = view.figures().districts().first();
        QCOMPARE(first.grade, QString());
        QSignalSpy updated(&view, &DashboardView::figuresUpdated);
        QVERIFY(m_fixture.session.decide(first.report.id, ReportDecisions::gradeTarget(), {}, u"excellent"_s));
        QVERIFY(updated.wait(5000));
        QVERIFY(waitForFigures(view));
        QCOMPARE(view.figures().districts().first().grade, u"excellent"_s);
        auto *axis = qobject_cast<QBarCategoryAxis *>(view.reviewChart()->axes(Qt::Vertical).value(0));
        const QStringList labels = axis->categories().filter(first.label);
        QCOMPARE(labels.size(), 1);
        QVERIFY(labels.first().contains(ReviewChecklist::gradeName(u"excellent"_s)));
        m_fixture.session.undoStack()->undo();
    }

    void exportWritesPngSvgAndCsv()
    {
        DashboardView view(m_fixture.session);
        view.setScope({});
        QVERIFY(waitForFigures(view));
        QTemporaryDir out;
        const auto written = view.exportTo(out.path());
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
        QDir dir(out.path());
        const QStringList pngs = dir.entryList({u"*.png"_s});
        const QStringList svgs = dir.entryList({u"*.svg"_s});
        for (const QString &name : {u"coverage"_s, u"proportions"_s, u"review"_s, u"tags"_s}) {
            QVERIFY2(pngs.contains(name + u".png"_s), qPrintable(name));
            QVERIFY2(svgs.contains(name + u".svg"_s), qPrintable(name));
        }
        QVERIFY(!dir.entryList({u"indicator-*.png"_s}).isEmpty());
        QCOMPARE(pngs.size(), svgs.size());
        for (const QString &name : pngs) {
            QImage image(dir.filePath(name));
            QVERIFY2(!image.isNull(), qPrintable(name));
            // Print resolution: 7.5 inches at 300 dpi.
            QVERIFY(image.width() >= 2200);
            QCOMPARE(image.dotsPerMeterX(), qRound(300 / 0.0254));
            QVERIFY2(colorCount(image) > 8, qPrintable(name));
        }
        for (const QString &name : svgs) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&file);
            bool svg = false;
            int texts = 0;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement()) {
                    svg = svg || xml.name() == u"svg";
                    texts += xml.name() == u"text" ? 1 : 0;
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(name + u": "_s + xml.errorString()));
            QVERIFY(svg);
            QVERIFY2(texts > 5, qPrintable(name));
        }
        QFile coverage(dir.filePath(u"coverage.csv"_s));
        QVERIFY(coverage.open(QIODevice::ReadOnly));
        const QByteArray csv = coverage.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts).size(), 6);
        // The SVG says what the chart shows, in Chinese where the data is Chinese.
        QFile svg(dir.filePath(u"proportions.svg"_s));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(svg.readAll()).contains(view.figures().districts().first().report.region));
    }

    void renderedChartsAreVectorPictures()
    {
        const auto charts = DashboardRenderer::charts(*m_fixture.session.store(), {});
        QVERIFY(charts);
        QVERIFY(charts.value().size() >= 5);
        for (const DashboardChart &chart : charts.value()) {
            QVERIFY2(!chart.picture.isNull(), qPrintable(chart.id));
            QVERIFY(!chart.title.isEmpty());
            QVERIFY(chart.size.width() >= 720);
            QVERIFY(chart.csv.startsWith("\xEF\xBB\xBF"));
        }
    }
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
