// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datatext.h"
#include "displayscript.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSettings>
#include <QStringList>

namespace Fazhi {

/**
 * The application's settings in one place: typed getters and setters over QSettings, with a
 * change signal per setting, so that no widget reads or writes QSettings keys itself.
 */
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    /** The colors of the program: those of the desktop, or always light or always dark. */
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    /** The reader's text size when none is chosen, and the range the settings accept, in points. */
    static constexpr int DefaultTextSize = 14;
    static constexpr int MinimumTextSize = 9;
    static constexpr int MaximumTextSize = 28;
    /** How many projects File → Recent projects keeps. */
    static constexpr int MaximumRecentProjects = 10;

    /** Settings in the application's default QSettings location. */
    explicit AppSettings(QObject *parent = nullptr);
    /** Settings in the INI file at @p fileName (tests, portable installs). */
    explicit AppSettings(const QString &fileName, QObject *parent = nullptr);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);

    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    /** The UI language chosen by the user ("zh_CN", "zh_TW", "en"), empty to follow the system. */
    QString uiLanguage() const;
    void setUiLanguage(const QString &language);
    /** The conventions of traditional script in zh_TW (Taiwan's or Hong Kong's); Taiwan unless chosen. */
    DataText::Variant traditionalVariant() const;
    void setTraditionalVariant(DataText::Variant variant);

    /** The reviewer's name, which signs every annotation and decision. */
    QString reviewerName() const;
    void setReviewerName(const QString &name);

    /** The reader's text size in points, within MinimumTextSize … MaximumTextSize. */
    int textSize() const;
    /** Sets the text size, clamped to the accepted range. */
    void setTextSize(int points);

    Theme theme() const;
    void setTheme(Theme theme);
    /** "system", "light" or "dark", as stored; unknown names read as Theme::System. */
    static QString themeName(Theme theme);
    static Theme themeFromName(const QString &name);

    /** Where new projects are saved and the open dialogs start: the user's documents folder unless chosen. */
    QString defaultProjectFolder() const;
    /** Sets the folder; an empty @p folder goes back to the documents folder. */
    void setDefaultProjectFolder(const QString &folder);

    /**
     * Where the last export of @p kind went ("pdf", "pdf-folder", "digest", "xlsx", "csv-folder",
     * as the export dialog names its destinations); empty when nothing was exported so yet.
     */
    QString exportDestination(const QString &kind) const;
    void setExportDestination(const QString &kind, const QString &path);

    /** The folder reports were last imported from, where the import dialogs start; empty at first. */
    QString importFolder() const;
    void setImportFolder(const QString &folder);

    /** The projects opened last, the most recent first, at most MaximumRecentProjects, each once. */
    QStringList recentProjects() const;
    /** Puts @p path first in the recent projects (moving it there if it is already listed). */
    void addRecentProject(const QString &path);
    /** Drops @p path from the recent projects (a file that is gone). */
    void removeRecentProject(const QString &path);
    void clearRecentProjects();

    /** The project open when the program was closed, reopened on the next start; empty for none. */
    QString lastProject() const;
    void setLastProject(const QString &path);

    /** The reports open in the reader when the program was closed, in tab order. */
    QList<qint64> openReportIds() const;
    void setOpenReportIds(const QList<qint64> &ids);

    /**
     * Every workspace tab open when the program was closed, in order, as the main window
     * describes them ("report:5", "compare:1,3", "matrix:1,2,4", "dashboard").
     */
    QStringList openTabs() const;
    void setOpenTabs(const QStringList &tabs);

    /** The script the readers show reports in; Original unless chosen (and for a value it does not know). */
    DisplayScript displayScript() const;
    void setDisplayScript(DisplayScript script);

    void sync();

Q_SIGNALS:
    void uiLanguageChanged(const QString &language);
    void traditionalVariantChanged(Fazhi::DataText::Variant variant);
    void reviewerNameChanged(const QString &name);
    void textSizeChanged(int points);
    void displayScriptChanged(Fazhi::DisplayScript script);
    void themeChanged(Fazhi::AppSettings::Theme theme);
    void defaultProjectFolderChanged(const QString &folder);
    void recentProjectsChanged(const QStringList &paths);

private:
    /** Stores @p value under @p key; whether it differed from what was there (callers signal then). */
    bool change(const QString &key, const QVariant &value);
    void storeRecentProjects(const QStringList &paths);

    QSettings m_settings;
};

} // namespace Fazhi
