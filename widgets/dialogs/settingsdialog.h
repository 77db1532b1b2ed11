// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Fazhi {

class AppSettings;

/**
 * Settings → Configure: the reviewer's name, the UI language, the reader's text size, the theme
 * and where projects are kept. The widgets start from @p settings; OK writes them back (each
 * setting signals its own change), Cancel leaves the settings as they were.
 */
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);

    /** The UI languages offered, each by its own name ("简体中文") with its code ("zh_CN"). */
    static QList<std::pair<QString, QString>> languages();

    void accept() override;

private:
    void onBrowse();
    void updateOkButton();
    void updatePreview();

    AppSettings &m_settings;
    QLineEdit *m_name;
    QComboBox *m_language;
    QComboBox *m_variant;
    QSpinBox *m_textSize;
    QLabel *m_preview;
    QComboBox *m_theme;
    QLineEdit *m_projectFolder;
    QDialogButtonBox *m_buttons;
};

} // namespace Fazhi
