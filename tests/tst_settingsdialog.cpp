// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog: what is typed and picked reaches the settings on OK, and only then.
#include "appsettings.h"
#include "inputmethod.h"
#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    /** Settings as a reviewer has them after a while. */
    QString seasonedSettings()
    {
        const QString file = m_dir.filePath(u"settings%1.ini"_s.arg(++m_files));
        AppSettings settings(file);
        settings.setReviewerName(u"张三"_s);
        settings.setUiLanguage(u"zh_CN"_s);
        settings.setTextSize(14);
        settings.setTheme(AppSettings::Theme::System);
        settings.setDefaultProjectFolder(m_dir.path());
        settings.sync();
        return file;
    }

    template<typename T> static T *child(const SettingsDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (widget == nullptr) {
            qFatal("no %s in the settings dialog", name);
        }
        return widget;
    }

    static QPushButton *button(const SettingsDialog &dialog, QDialogButtonBox::StandardButton which)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(which);
    }

    static void retype(QWidget *field, const QString &text)
    {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_Backspace);
        InputMethod::type(field, text);
    }

    static void pick(QComboBox *combo, const QString &itemText)
    {
        const int index = combo->findText(itemText);
        QVERIFY2(index >= 0, qPrintable(itemText));
        combo->setCurrentIndex(index);
    }

    /** Changes every field through the widgets, as a person would. */
    void changeEverything(SettingsDialog &dialog, const QString &folder)
    {
        retype(child<QLineEdit>(dialog, "reviewerName"), u"李审阅"_s);
        pick(child<QComboBox>(dialog, "language"), u"繁體中文"_s);
        retype(child<QSpinBox>(dialog, "textSize"), u"18"_s);
        pick(child<QComboBox>(dialog, "theme"), u"Dark"_s);
        retype(child<QLineEdit>(dialog, "projectFolder"), folder);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void showsTheCurrentSettings()
    {
        AppSettings settings(seasonedSettings());
        const SettingsDialog dialog(settings);
        QCOMPARE(child<QLineEdit>(dialog, "reviewerName")->text(), u"张三"_s);
        QCOMPARE(child<QComboBox>(dialog, "language")->currentData().toString(), u"zh_CN"_s);
        QCOMPARE(child<QSpinBox>(dialog, "textSize")->value(), 14);
        QCOMPARE(child<QSpinBox>(dialog, "textSize")->minimum(), 9);
        QCOMPARE(child<QSpinBox>(dialog, "textSize")->maximum(), 28);
        QCOMPARE(child<QComboBox>(dialog, "theme")->currentText(), u"Follow the system"_s);
        QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(dialog, "projectFolder")->text()), m_dir.path());
    }

    void okSavesEverything()
    {
        const QString file = seasonedSettings();
        const QString folder = m_dir.filePath(u"projects"_s);
        {
            AppSettings settings(file);
            QSignalSpy size(&settings, &AppSettings::textSizeChanged);
            QSignalSpy theme(&settings, &AppSettings::themeChanged);
            SettingsDialog dialog(settings);
            dialog.show();
            changeEverything(dialog, folder);
            QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(size.size(), 1);
            QCOMPARE(theme.size(), 1);
        }
        // Read back from the file, as the next start would.
        const AppSettings settings(file);
        QCOMPARE(settings.reviewerName(), u"李审阅"_s);
        QCOMPARE(settings.uiLanguage(), u"zh_TW"_s);
        QCOMPARE(settings.textSize(), 18);
        QCOMPARE(settings.theme(), AppSettings::Theme::Dark);
        QCOMPARE(settings.defaultProjectFolder(), folder);
    }

    void cancelChangesNothing()
    {
        const QString file = seasonedSettings();
        AppSettings settings(file);
        QSignalSpy name(&settings, &AppSettings::reviewerNameChanged);
        SettingsDialog dialog(settings);
        dialog.show();
        changeEverything(dialog, m_dir.filePath(u"elsewhere"_s));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(name.size(), 0);
        QCOMPARE(settings.reviewerName(), u"张三"_s);
        QCOMPARE(settings.uiLanguage(), u"zh_CN"_s);
        QCOMPARE(settings.textSize(), 14);
        QCOMPARE(settings.theme(), AppSettings::Theme::System);
        QCOMPARE(settings.defaultProjectFolder(), m_dir.path());
    }

    void anEmptyNameCannotBeSaved()
    {
        AppSettings settings(seasonedSettings());
        SettingsDialog dialog(settings);
        dialog.show();
        auto *name = child<QLineEdit>(dialog, "reviewerName");
        QPushButton *ok = button(dialog, QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        retype(name, QString());
        QVERIFY(!ok->isEnabled());
        InputMethod::type(name, u"   "_s);
        QVERIFY(!ok->isEnabled());
        // Enter does not get past it either.
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(settings.reviewerName(), u"张三"_s);
        InputMethod::type(name, u"王五"_s);
        QVERIFY(ok->isEnabled());
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(settings.reviewerName(), u"王五"_s); // the spaces around it are dropped
    }

    void saysWhenALanguageTakesEffect()
    {
        AppSettings settings(seasonedSettings());
        const SettingsDialog dialog(settings);
        bool said = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            said = said || label->text().contains(u"restarted"_s);
        }
        QVERIFY(said);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
