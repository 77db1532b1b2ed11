// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace Key {
const auto MainWindowGeometry = u"MainWindow/geometry"_s;
const auto MainWindowState = u"MainWindow/state"_s;
const auto UiLanguage = u"Interface/language"_s;
const auto TraditionalVariant = u"Interface/traditionalVariant"_s;
const auto TextSize = u"Interface/textSize"_s;
const auto Theme = u"Interface/theme"_s;
const auto ReviewerName = u"Review/reviewerName"_s;
const auto DefaultProjectFolder = u"Projects/defaultFolder"_s;
const auto RecentProjects = u"Projects/recent"_s;
const auto LastProject = u"Session/lastProject"_s;
const auto OpenReports = u"Session/openReports"_s;
const auto OpenTabs = u"Session/openTabs"_s;
// The key of the days when it named the central view as well: settings written then still load.
const auto DisplayScript = u"Session/viewMode"_s;
const auto ExportDestinations = u"Export/destination/"_s;
const auto ImportFolder = u"Import/lastFolder"_s;
} // namespace Key

namespace {

// The same file reached by different spellings (relative, "..", trailing slash) is one entry.
QString canonicalProjectPath(const QString &path)
{
    return path.isEmpty() ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
}

AppSettings::AppSettings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(fileName, QSettings::IniFormat)
{
}

bool AppSettings::change(const QString &key, const QVariant &value)
{
    if (m_settings.value(key) == value) {
        return false;
    }
    m_settings.setValue(key, value);
    return true;
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings.value(Key::MainWindowGeometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(Key::MainWindowGeometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings.value(Key::MainWindowState).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    m_settings.setValue(Key::MainWindowState, state);
}

QString AppSettings::uiLanguage() const
{
    return m_settings.value(Key::UiLanguage).toString();
}

void AppSettings::setUiLanguage(const QString &language)
{
    if (language != uiLanguage() && change(Key::UiLanguage, language)) {
        Q_EMIT uiLanguageChanged(language);
    }
}

DataText::Variant AppSettings::traditionalVariant() const
{
    return DataText::variantFromId(m_settings.value(Key::TraditionalVariant).toString());
}

void AppSettings::setTraditionalVariant(DataText::Variant variant)
{
    if (variant != traditionalVariant() && change(Key::TraditionalVariant, DataText::variantId(variant))) {
        Q_EMIT traditionalVariantChanged(variant);
    }
}

QString AppSettings::reviewerName() const
{
    return m_settings.value(Key::ReviewerName).toString();
}

void AppSettings::setReviewerName(const QString &name)
{
    if (name != reviewerName() && change(Key::ReviewerName, name)) {
        Q_EMIT reviewerNameChanged(name);
    }
}

int AppSettings::textSize() const
{
    bool ok = false;
    const int points = m_settings.value(Key::TextSize).toInt(&ok);
    return ok ? std::clamp(points, MinimumTextSize, MaximumTextSize) : DefaultTextSize;
}

void AppSettings::setTextSize(int points)
{
    points = std::clamp(points, MinimumTextSize, MaximumTextSize);
    if (points != textSize() && change(Key::TextSize, points)) {
        Q_EMIT textSizeChanged(points);
    }
}

AppSettings::Theme AppSettings::theme() const
{
    return themeFromName(m_settings.value(Key::Theme).toString());
}

void AppSettings::setTheme(Theme theme)
{
    if (theme != this->theme() && change(Key::Theme, themeName(theme))) {
        Q_EMIT themeChanged(theme);
    }
}

QString AppSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return u"light"_s;
    case Theme::Dark:
        return u"dark"_s;
    case Theme::System:
        break;
    }
    return u"system"_s;
}

AppSettings::Theme AppSettings::themeFromName(const QString &name)
{
    if (name == u"light") {
        return Theme::Light;
    }
    if (name == u"dark") {
        return Theme::Dark;
    }
    return Theme::System;
}

QString AppSettings::defaultProjectFolder() const
{
    const QString folder = m_settings.value(Key::DefaultProjectFolder).toString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
}

void AppSettings::setDefaultProjectFolder(const QString &folder)
{
    const QString before = defaultProjectFolder();
    const QString cleaned = folder.isEmpty() ? QString() : QDir::cleanPath(folder);
    if (change(Key::DefaultProjectFolder, cleaned) && defaultProjectFolder() != before) {
        Q_EMIT defaultProjectFolderChanged(defaultProjectFolder());
    }
}

QString AppSettings::exportDestination(const QString &kind) const
{
    return m_settings.value(Key::ExportDestinations + kind).toString();
}

void AppSettings::setExportDestination(const QString &kind, const QString &path)
{
    change(Key::ExportDestinations + kind, path);
}

QString AppSettings::importFolder() const
{
    return m_settings.value(Key::ImportFolder).toString();
}

void AppSettings::setImportFolder(const QString &folder)
{
    change(Key::ImportFolder, folder.isEmpty() ? QString() : QDir::cleanPath(folder));
}

QStringList AppSettings::recentProjects() const
{
    return m_settings.value(Key::RecentProjects).toStringList();
}

void AppSettings::addRecentProject(const QString &path)
{
    const QString canonical = canonicalProjectPath(path);
    if (canonical.isEmpty()) {
        return;
    }
    QStringList paths = recentProjects();
    paths.removeAll(canonical);
    paths.prepend(canonical);
    storeRecentProjects(paths.mid(0, MaximumRecentProjects));
}

void AppSettings::removeRecentProject(const QString &path)
{
    QStringList paths = recentProjects();
    paths.removeAll(canonicalProjectPath(path));
    storeRecentProjects(paths);
}

void AppSettings::clearRecentProjects()
{
    storeRecentProjects({});
}

void AppSettings::storeRecentProjects(const QStringList &paths)
{
    if (paths != recentProjects() && change(Key::RecentProjects, paths)) {
        Q_EMIT recentProjectsChanged(paths);
    }
}

QString AppSettings::lastProject() const
{
    return m_settings.value(Key::LastProject).toString();
}

void AppSettings::setLastProject(const QString &path)
{
    change(Key::LastProject, canonicalProjectPath(path));
}

QList<qint64> AppSettings::openReportIds() const
{
    QList<qint64> ids;
    for (const QString &id : m_settings.value(Key::OpenReports).toStringList()) {
        bool ok = false;
        const qint64 value = id.toLongLong(&ok);
        if (ok && value > 0 && !ids.contains(value)) {
            ids.append(value);
        }
    }
    return ids;
}

void AppSettings::setOpenReportIds(const QList<qint64> &ids)
{
    // Stored as strings: an INI list of numbers reads back as strings anyway.
    QStringList values;
    for (const qint64 id : ids) {
        values.append(QString::number(id));
    }
    change(Key::OpenReports, values);
}

QStringList AppSettings::openTabs() const
{
    return m_settings.value(Key::OpenTabs).toStringList();
}

void AppSettings::setOpenTabs(const QStringList &tabs)
{
    change(Key::OpenTabs, tabs);
}

DisplayScript AppSettings::displayScript() const
{
    return displayScriptFromName(m_settings.value(Key::DisplayScript).toString()).value_or(DisplayScript::Original);
}

void AppSettings::setDisplayScript(DisplayScript script)
{
    if (script != displayScript() && change(Key::DisplayScript, displayScriptName(script))) {
        Q_EMIT displayScriptChanged(script);
    }
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace Fazhi
