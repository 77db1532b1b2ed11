// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdetailsdialog.h"

#include "administrativelevel.h"
#include "reportdocument.h"
#include "reviewstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

bool isKey(const QString &key, const char *name)
{
    return key == QLatin1StringView(name);
}

} // namespace

ReportDetailsDialog::ReportDetailsDialog(const QString &reportName, const QMap<QString, QString> &current,
    const QMap<QString, QString> &parsed, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_level(new QComboBox(this))
    , m_comment(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Report Details: %1").arg(reportName));
    auto *intro = new QLabel(tr("Correct what the program read wrongly. The parsed value stays beside yours; "
                                "Edit → Undo takes a correction back."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    m_level->setEditable(false);
    m_level->addItem(tr("Unknown", "level"), QString());
    for (const QString &level : AdministrativeLevel::all()) {
        m_level->addItem(AdministrativeLevel::name(level), level);
    }
    const QFontMetrics metrics(font());
    for (const QString &key : ReviewStore::editableMetadata()) {
        QWidget *field = m_level;
        if (!isKey(key, MetadataKey::Level)) {
            auto *edit = new QLineEdit(this);
            edit->setMinimumWidth(metrics.horizontalAdvance(u'字') * (isKey(key, MetadataKey::Title) ? 30 : 16));
            if (isKey(key, MetadataKey::ReportDate) || isKey(key, MetadataKey::PublishDate)) {
                edit->setPlaceholderText(tr("2025-03-01 or 2025年3月1日"));
            }
            m_edits.insert(key, edit);
            field = edit;
        }
        field->setObjectName(key);
        setValue(key, current.value(key));
        // The parsed value, always in view, and a click to take it back.
        const QString automatic = parsed.value(key);
        auto *found = new QLabel(tr("Parsed: %1").arg(automatic.isEmpty() ? tr("none") : automatic), this);
        found->setForegroundRole(QPalette::PlaceholderText);
        found->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *reset = new QToolButton(this);
        reset->setText(tr("Use Parsed"));
        reset->setObjectName(key + u"Reset"_s);
        reset->setToolTip(tr("Put the parsed value back in the field"));
        connect(reset, &QToolButton::clicked, this, [this, key, automatic] { setValue(key, automatic); });
        auto *row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(found);
        row->addWidget(reset);
        form->addRow(fieldName(key), row);
    }
    m_comment->setPlaceholderText(tr("Why (optional): e.g. the title names the city, the report is the district's"));
    form->addRow(tr("Comment"), m_comment);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828"_s);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDetailsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString ReportDetailsDialog::fieldName(const QString &key)
{
    const QByteArray name = key.toLatin1();
    if (name == MetadataKey::Region) {
        return tr("Region");
    }
    if (name == MetadataKey::Level) {
        return tr("Level");
    }
    if (name == MetadataKey::Year) {
        return tr("Year");
    }
    if (name == MetadataKey::Title) {
        return tr("Title");
    }
    if (name == MetadataKey::Issuers) {
        return tr("Issued by");
    }
    if (name == MetadataKey::ReportDate) {
        return tr("Report date");
    }
    if (name == MetadataKey::PublishDate) {
        return tr("Published");
    }
    return key;
}

QWidget *ReportDetailsDialog::editor(const QString &key) const
{
    if (isKey(key, MetadataKey::Level)) {
        return m_level;
    }
    return m_edits.value(key);
}

QString ReportDetailsDialog::valueOf(const QString &key) const
{
    if (isKey(key, MetadataKey::Level)) {
        return m_level->currentData().toString();
    }
    const QLineEdit *edit = m_edits.value(key);
    return edit ? edit->text().trimmed() : QString();
}

void ReportDetailsDialog::setValue(const QString &key, const QString &value)
{
    if (isKey(key, MetadataKey::Level)) {
        const int index = m_level->findData(value);
        m_level->setCurrentIndex(index < 0 ? 0 : index);
    } else if (QLineEdit *edit = m_edits.value(key)) {
        edit->setText(value);
    }
}

QMap<QString, QString> ReportDetailsDialog::changes() const
{
    QMap<QString, QString> changed;
    for (const QString &key : ReviewStore::editableMetadata()) {
        if (valueOf(key) != m_current.value(key)) {
            changed.insert(key, valueOf(key));
        }
    }
    return changed;
}

QString ReportDetailsDialog::comment() const
{
    return m_comment->text().trimmed();
}

void ReportDetailsDialog::accept()
{
    QStringList problems;
    const QMap<QString, QString> changed = changes();
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        if (const auto checked = ReviewStore::metadataValue(it.key(), it.value()); !checked) {
            problems.append(tr("%1: %2").arg(fieldName(it.key()), checked.error()));
        }
    }
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(u'\n'));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Fazhi
