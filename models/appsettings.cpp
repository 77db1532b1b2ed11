// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace Key {
const auto MainWindowGeometry = u"MainWindow/geometry"_s;
const auto MainWindowState = u"MainWindow/state"_s;
const auto UiLanguage = u"Interface/language"_s;
const auto ReviewerName = u"Review/reviewerName"_s;
} // namespace Key

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
}

AppSettings::AppSettings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(fileName, QSettings::IniFormat)
{
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
    if (language == uiLanguage()) {
        return;
    }
    m_settings.setValue(Key::UiLanguage, language);
    Q_EMIT uiLanguageChanged(language);
}

QString AppSettings::reviewerName() const
{
    return m_settings.value(Key::ReviewerName).toString();
}

void AppSettings::setReviewerName(const QString &name)
{
    if (name == reviewerName()) {
        return;
    }
    m_settings.setValue(Key::ReviewerName, name);
    Q_EMIT reviewerNameChanged(name);
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace Fazhi
