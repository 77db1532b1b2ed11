// SPDX-License-Identifier: GPL-3.0-or-later
// The settings façade: defaults, limits, change signals, and what survives a restart.
#include "appsettings.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fazhi;

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshFile() { return m_dir.filePath(u"settings%1.ini"_s.arg(++m_files)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void defaults()
    {
        const AppSettings settings(freshFile());
        QCOMPARE(settings.textSize(), AppSettings::DefaultTextSize);
        QCOMPARE(settings.theme(), AppSettings::Theme::System);
        QCOMPARE(settings.defaultProjectFolder(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        QVERIFY(settings.recentProjects().isEmpty());
        QVERIFY(settings.lastProject().isEmpty());
        QVERIFY(settings.openReportIds().isEmpty());
    }

    void textSizeIsClampedAndSignalledOnce()
    {
        AppSettings settings(freshFile());
        QSignalSpy changed(&settings, &AppSettings::textSizeChanged);
        settings.setTextSize(18);
        settings.setTextSize(18);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toInt(), 18);
        settings.setTextSize(100);
        QCOMPARE(settings.textSize(), AppSettings::MaximumTextSize);
        settings.setTextSize(1);
        QCOMPARE(settings.textSize(), AppSettings::MinimumTextSize);
        QCOMPARE(changed.size(), 3);
    }

    void themeSurvivesARestart()
    {
        const QString file = freshFile();
        {
            AppSettings settings(file);
            QSignalSpy changed(&settings, &AppSettings::themeChanged);
            settings.setTheme(AppSettings::Theme::Dark);
            settings.setTheme(AppSettings::Theme::Dark);
            QCOMPARE(changed.size(), 1);
            settings.setTextSize(20);
            settings.setDefaultProjectFolder(m_dir.path());
            settings.setLastProject(m_dir.filePath(u"a.fzr"_s));
            settings.setOpenReportIds({7, 3, 12});
            settings.setDisplayScript(DisplayScript::Traditional);
            settings.sync();
        }
        const AppSettings settings(file);
        QCOMPARE(settings.theme(), AppSettings::Theme::Dark);
        QCOMPARE(settings.textSize(), 20);
        QCOMPARE(settings.defaultProjectFolder(), m_dir.path());
        QCOMPARE(settings.lastProject(), m_dir.filePath(u"a.fzr"_s));
        QCOMPARE(settings.openReportIds(), (QList<qint64>{7, 3, 12}));
        QCOMPARE(settings.displayScript(), DisplayScript::Traditional);
        QCOMPARE(AppSettings::themeFromName(u"nonsense"_s), AppSettings::Theme::System);
    }

    void recentProjectsAreMostRecentFirstAndUnique()
    {
        AppSettings settings(freshFile());
        QSignalSpy changed(&settings, &AppSettings::recentProjectsChanged);
        for (int i = 1; i <= 12; ++i) {
            settings.addRecentProject(m_dir.filePath(u"p%1.fzr"_s.arg(i)));
        }
        QStringList recent = settings.recentProjects();
        QCOMPARE(recent.size(), AppSettings::MaximumRecentProjects);
        QCOMPARE(recent.first(), m_dir.filePath(u"p12.fzr"_s));
        QCOMPARE(recent.last(), m_dir.filePath(u"p3.fzr"_s));

        // The same file by another spelling moves up instead of appearing twice.
        settings.addRecentProject(m_dir.path() + u"/sub/../p5.fzr"_s);
        recent = settings.recentProjects();
        QCOMPARE(recent.size(), AppSettings::MaximumRecentProjects);
        QCOMPARE(recent.first(), m_dir.filePath(u"p5.fzr"_s));
        QCOMPARE(recent.count(m_dir.filePath(u"p5.fzr"_s)), 1);
        QCOMPARE(changed.size(), 13);

        settings.removeRecentProject(m_dir.filePath(u"p5.fzr"_s));
        QVERIFY(!settings.recentProjects().contains(m_dir.filePath(u"p5.fzr"_s)));
        settings.clearRecentProjects();
        QVERIFY(settings.recentProjects().isEmpty());
    }

    void displayScriptKeepsTheNamesOfEarlierVersions()
    {
        const QString file = freshFile();
        {
            // As the main window wrote it before the setting had a type of its own.
            QSettings written(file, QSettings::IniFormat);
            written.setValue(u"Session/viewMode"_s, u"simplified"_s);
        }
        {
            AppSettings settings(file);
            QCOMPARE(settings.displayScript(), DisplayScript::Simplified);
            QSignalSpy changed(&settings, &AppSettings::displayScriptChanged);
            settings.setDisplayScript(DisplayScript::Simplified);
            QCOMPARE(changed.size(), 0);
            settings.setDisplayScript(DisplayScript::Traditional);
            settings.setDisplayScript(DisplayScript::Traditional);
            QCOMPARE(changed.size(), 1);
            QCOMPARE(changed.first().first().value<DisplayScript>(), DisplayScript::Traditional);
            settings.sync();
        }
        QCOMPARE(QSettings(file, QSettings::IniFormat).value(u"Session/viewMode"_s).toString(), u"traditional"_s);
        // A value no version wrote shows the reports as imported.
        QSettings(file, QSettings::IniFormat).setValue(u"Session/viewMode"_s, u"reader:traditional"_s);
        QCOMPARE(AppSettings(file).displayScript(), DisplayScript::Original);
        QCOMPARE(AppSettings(freshFile()).displayScript(), DisplayScript::Original);
    }

    void unchangedNamesSignalNothing()
    {
        AppSettings settings(freshFile());
        QSignalSpy name(&settings, &AppSettings::reviewerNameChanged);
        QSignalSpy language(&settings, &AppSettings::uiLanguageChanged);
        settings.setReviewerName(u"李审阅"_s);
        settings.setReviewerName(u"李审阅"_s);
        settings.setUiLanguage(u"zh_TW"_s);
        settings.setUiLanguage(u"zh_TW"_s);
        QCOMPARE(name.size(), 1);
        QCOMPARE(language.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
