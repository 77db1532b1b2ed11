// SPDX-License-Identifier: GPL-3.0-or-later
// The wheel scrolls a panel past its value widgets and changes a value only once it is chosen.
#include "wheelguard.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestWheelGuard : public QObject
{
    Q_OBJECT

private:
    static void wheelOver(QWidget *window, QWidget *widget, int delta = -120)
    {
        QTest::wheelEvent(window->windowHandle(), widget->mapTo(window, widget->rect().center()), QPoint(0, delta));
    }

private Q_SLOTS:
    void initTestCase() { WheelGuard::install(); }

    void valueWidgetsLetTheWheelScrollThePanel()
    {
        QScrollArea area;
        auto *content = new QWidget;
        auto *layout = new QVBoxLayout(content);
        auto *spin = new QSpinBox;
        spin->setRange(0, 100);
        spin->setValue(50);
        auto *combo = new QComboBox;
        combo->addItems({u"优秀"_s, u"良好"_s, u"合格"_s, u"不合格"_s});
        combo->setCurrentIndex(1);
        auto *slider = new QSlider(Qt::Horizontal);
        slider->setRange(0, 100);
        slider->setValue(50);
        layout->addWidget(spin);
        layout->addWidget(combo);
        layout->addWidget(slider);
        layout->addSpacing(2000);
        area.setWidget(content);
        area.setWidgetResizable(true);
        area.resize(300, 300);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        // The window gave its first widget the focus when it opened: not the reviewer's choice.
        QTRY_VERIFY(spin->hasFocus());
        QScrollBar *bar = area.verticalScrollBar();

        for (QWidget *widget : std::initializer_list<QWidget *>{spin, combo, slider}) {
            bar->setValue(0); // the widget under the pointer
            wheelOver(&area, widget);
            QVERIFY2(bar->value() > 0, widget->metaObject()->className());
        }
        QCOMPARE(spin->value(), 50);
        QCOMPARE(combo->currentIndex(), 1);
        QCOMPARE(slider->value(), 50);

        // Chosen by a click, the spin box takes the wheel.
        bar->setValue(0);
        QTest::mouseClick(spin, Qt::LeftButton, {}, QPoint(4, spin->height() / 2));
        QVERIFY(spin->hasFocus());
        wheelOver(&area, spin, 120);
        QCOMPARE(spin->value(), 51);
        QCOMPARE(bar->value(), 0);
        // Tab focus is a choice too; the focus policy still allows it.
        QVERIFY(combo->focusPolicy() & Qt::TabFocus);
        QCOMPARE(combo->focusPolicy(), Qt::StrongFocus);
    }

    void scrollBarsStillScroll()
    {
        QScrollBar bar;
        QSlider slider;
        QVERIFY(!WheelGuard::guards(&bar));
        QVERIFY(WheelGuard::guards(&slider));
    }
};

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
