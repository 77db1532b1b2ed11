// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>

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

    /** The reviewer's name, which signs every annotation and decision. */
    QString reviewerName() const;
    void setReviewerName(const QString &name);

    void sync();

Q_SIGNALS:
    void uiLanguageChanged(const QString &language);
    void reviewerNameChanged(const QString &name);

private:
    QSettings m_settings;
};

} // namespace Fazhi
