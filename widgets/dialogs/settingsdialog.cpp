// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "appsettings.h"
#include "translationloader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// A smaller, dimmer line under a field that explains it.
QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_name(new QLineEdit(settings.reviewerName(), this))
    , m_language(new QComboBox(this))
    , m_variant(new QComboBox(this))
    , m_textSize(new QSpinBox(this))
    , m_preview(new QLabel(this))
    , m_theme(new QComboBox(this))
    , m_projectFolder(new QLineEdit(QDir::toNativeSeparators(settings.defaultProjectFolder()), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);

    m_name->setObjectName(u"reviewerName"_s);
    m_name->setPlaceholderText(tr("Your name, as colleagues should see it"));
    m_name->setClearButtonEnabled(true);

    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("Follow the system"), QString());
    for (const auto &[name, code] : languages()) {
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.uiLanguage())));
    m_variant->setObjectName(u"traditionalVariant"_s);
    m_variant->addItem(tr("Taiwan: 這裡, 著手, 群眾"), DataText::variantId(DataText::Variant::Taiwan));
    m_variant->addItem(tr("Hong Kong: 這裏, 着手, 羣眾"), DataText::variantId(DataText::Variant::HongKong));
    m_variant->setCurrentIndex(std::max(0, m_variant->findData(DataText::variantId(settings.traditionalVariant()))));
    m_variant->setToolTip(tr("How names and words from the reports are written in traditional script"));

    m_textSize->setObjectName(u"textSize"_s);
    m_textSize->setRange(AppSettings::MinimumTextSize, AppSettings::MaximumTextSize);
    m_textSize->setSuffix(tr(" pt"));
    m_textSize->setValue(settings.textSize());
    m_preview->setObjectName(u"textPreview"_s);
    // A line of a report, not of the interface (the reports are Chinese whatever the UI language
    // is), so the size is judged on the characters that will be read.
    m_preview->setText(u"法治政府建设情况报告 2024年"_s);
    QFont largest = m_preview->font();
    largest.setPointSize(AppSettings::MaximumTextSize);
    // Room for the largest size up front, so the dialog does not jump while the size changes.
    m_preview->setFixedHeight(QFontMetrics(largest).height());

    m_theme->setObjectName(u"theme"_s);
    m_theme->addItem(tr("Follow the system"), AppSettings::themeName(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), AppSettings::themeName(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), AppSettings::themeName(AppSettings::Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(AppSettings::themeName(settings.theme()))));

    m_projectFolder->setObjectName(u"projectFolder"_s);
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(u"browseProjectFolder"_s);

    auto *reviewer = new QGroupBox(tr("Reviewer"), this);
    auto *reviewerForm = new QFormLayout(reviewer);
    reviewerForm->addRow(tr("&Name:"), m_name);
    reviewerForm->addRow(QString(), hintLabel(tr("Your name signs every annotation and decision you make."), this));

    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Language:"), m_language);
    // The open windows are not retranslated: every view would have to rebuild its texts.
    appearanceForm->addRow(QString(), hintLabel(tr("A new language applies when Fazhi Review is restarted."), this));
    appearanceForm->addRow(tr("&Traditional script:"), m_variant);
    appearanceForm->addRow(tr("&Theme:"), m_theme);
    appearanceForm->addRow(tr("Reader &text size:"), m_textSize);
    appearanceForm->addRow(QString(), m_preview);

    auto *projects = new QGroupBox(tr("Projects"), this);
    auto *projectsForm = new QFormLayout(projects);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_projectFolder, 1);
    folderRow->addWidget(browse);
    // A row holding a layout gets no buddy from addRow(QString, …): without one the '&' would show.
    auto *folderLabel = new QLabel(tr("&Default location:"), this);
    folderLabel->setBuddy(m_projectFolder);
    projectsForm->addRow(folderLabel, folderRow);
    projectsForm->addRow(QString(), hintLabel(tr("New projects are saved here, and file dialogs start here."), this));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(reviewer);
    layout->addWidget(appearance);
    layout->addWidget(projects);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SettingsDialog::updateOkButton);
    connect(m_textSize, &QSpinBox::valueChanged, this, &SettingsDialog::updatePreview);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::onBrowse);

    updateOkButton();
    updatePreview();
    setMinimumWidth(480);
}

QList<std::pair<QString, QString>> SettingsDialog::languages()
{
    // Each language in its own words, so that someone who cannot read the current one finds theirs.
    const QHash<QString, QString> names{
        {u"zh_CN"_s, u"简体中文"_s},
        {u"zh_TW"_s, u"繁體中文"_s},
        {u"en"_s, u"English"_s},
    };
    QList<std::pair<QString, QString>> list;
    for (const QString &code : TranslationLoader::availableLanguages()) {
        list.append({names.value(code, code), code});
    }
    return list;
}

void SettingsDialog::accept()
{
    const QString name = m_name->text().simplified();
    if (name.isEmpty()) {
        return;
    }
    m_settings.setReviewerName(name);
    m_settings.setUiLanguage(m_language->currentData().toString());
    m_settings.setTraditionalVariant(DataText::variantFromId(m_variant->currentData().toString()));
    m_settings.setTheme(AppSettings::themeFromName(m_theme->currentData().toString()));
    m_settings.setTextSize(m_textSize->value());
    m_settings.setDefaultProjectFolder(QDir::fromNativeSeparators(m_projectFolder->text().trimmed()));
    m_settings.sync();
    QDialog::accept();
}

void SettingsDialog::onBrowse()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Default Project Location"), QDir::fromNativeSeparators(m_projectFolder->text().trimmed()));
    if (!folder.isEmpty()) {
        m_projectFolder->setText(QDir::toNativeSeparators(folder));
    }
}

void SettingsDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().simplified().isEmpty());
}

void SettingsDialog::updatePreview()
{
    QFont font = m_preview->font();
    font.setPointSize(m_textSize->value());
    m_preview->setFont(font);
}

} // namespace Fazhi
