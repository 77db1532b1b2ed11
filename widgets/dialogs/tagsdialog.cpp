// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagsdialog.h"

#include "categorycolors.h"
#include "colordot.h"
#include "reviewsession.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// A color not yet taken by the project's tags, so that a new tag stands out at once.
QColor freshColor(const QList<Tag> &tags)
{
    for (int hue = 15; hue < 360; hue += 47) {
        const QColor candidate = QColor::fromHsv(hue, 150, 200);
        const bool taken = std::any_of(tags.begin(), tags.end(),
            [&](const Tag &tag) { return std::abs(tag.color.hsvHue() - candidate.hsvHue()) < 20; });
        if (!taken) {
            return candidate;
        }
    }
    return CategoryColors::ownTag();
}

} // namespace

TagsDialog::TagsDialog(ReviewSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
{
    setObjectName(u"tagsDialog"_s);
    setWindowTitle(tr("Tags"));
    m_list->setIconSize(QSize(16, 16));
    m_list->setMinimumWidth(300);

    auto *add = new QPushButton(tr("&Add…"), this);
    m_rename = new QPushButton(tr("Re&name…"), this);
    m_recolor = new QPushButton(tr("&Color…"), this);
    m_merge = new QPushButton(tr("&Merge Into…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, &TagsDialog::askAdd);
    connect(m_rename, &QPushButton::clicked, this, &TagsDialog::askRename);
    connect(m_recolor, &QPushButton::clicked, this, &TagsDialog::askRecolor);
    connect(m_merge, &QPushButton::clicked, this, &TagsDialog::askMerge);
    connect(m_remove, &QPushButton::clicked, this, &TagsDialog::removeSelected);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {add, m_rename, m_recolor, m_merge, m_remove}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, &TagsDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &TagsDialog::askRename);
    connect(&m_session, &ReviewSession::tagsChanged, this, &TagsDialog::reload);
    reload();
}

void TagsDialog::reload()
{
    const qint64 selected = selectedTag();
    m_list->clear();
    if (!m_session.store()) {
        updateButtons();
        return;
    }
    // How many annotations use each tag: the reviewer sees what a merge or removal touches.
    QHash<qint64, int> uses;
    for (const Annotation &annotation : m_session.read(m_session.store()->allAnnotations())) {
        ++uses[annotation.tagId];
    }
    for (const Tag &tag : m_session.read(m_session.store()->tags())) {
        const QString name = ReviewStore::displayName(tag);
        QString text = tag.shortcut > 0 ? u"%1  %2"_s.arg(tag.shortcut).arg(name) : name;
        text += u"  ("_s + tr("%n annotation(s)", nullptr, uses.value(tag.id)) + u')';
        auto *item = new QListWidgetItem(ColorDot::icon(tag.color), text, m_list);
        item->setData(Qt::UserRole, tag.id);
        if (tag.id == selected) {
            m_list->setCurrentItem(item);
        }
    }
    updateButtons();
}

qint64 TagsDialog::selectedTag() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void TagsDialog::updateButtons()
{
    const bool selected = selectedTag() != 0;
    for (QPushButton *button : {m_rename, m_recolor, m_merge, m_remove}) {
        button->setEnabled(selected);
    }
}

bool TagsDialog::report(const QString &error)
{
    if (error.isEmpty()) {
        return true;
    }
    QMessageBox::warning(this, windowTitle(), error);
    return false;
}

bool TagsDialog::addTag(const QString &name, const QColor &color)
{
    const auto added = m_session.addTag(name.trimmed(), color);
    if (added) {
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(Qt::UserRole).toLongLong() == added.value().id) {
                m_list->setCurrentRow(i);
            }
        }
    }
    return report(added.error());
}

bool TagsDialog::renameSelected(const QString &name)
{
    return report(m_session.renameTag(selectedTag(), name.trimmed()).error());
}

bool TagsDialog::recolorSelected(const QColor &color)
{
    return report(m_session.recolorTag(selectedTag(), color).error());
}

bool TagsDialog::mergeSelectedInto(qint64 targetTagId)
{
    return report(m_session.mergeTags(selectedTag(), targetTagId).error());
}

bool TagsDialog::removeSelected()
{
    const qint64 tag = selectedTag();
    if (tag == 0 || !m_session.store()) {
        return false;
    }
    const QList<Annotation> all = m_session.read(m_session.store()->allAnnotations());
    if (std::any_of(all.begin(), all.end(), [tag](const Annotation &a) { return a.tagId == tag; })) {
        // Removing it would drop reviewers' work: merging keeps every annotation.
        return report(tr("This tag is used by annotations. Merge it into another tag instead; "
                         "its annotations then carry that tag."));
    }
    return report(m_session.removeTag(tag).error());
}

void TagsDialog::askAdd()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Tag"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty()) {
        addTag(name, freshColor(m_session.store() ? m_session.read(m_session.store()->tags()) : QList<Tag>()));
    }
}

void TagsDialog::askRename()
{
    if (!m_list->currentItem()) {
        return;
    }
    const QList<Tag> tags = m_session.read(m_session.store()->tags());
    const auto tag = std::find_if(tags.begin(), tags.end(), [this](const Tag &t) { return t.id == selectedTag(); });
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename Tag"), tr("Name:"), QLineEdit::Normal, tag != tags.end() ? tag->name : QString(), &ok);
    if (ok && !name.trimmed().isEmpty()) {
        renameSelected(name);
    }
}

void TagsDialog::askRecolor()
{
    const QList<Tag> tags = m_session.read(m_session.store()->tags());
    const auto tag = std::find_if(tags.begin(), tags.end(), [this](const Tag &t) { return t.id == selectedTag(); });
    if (tag == tags.end()) {
        return;
    }
    const QColor color = QColorDialog::getColor(tag->color, this, tr("Tag Color"));
    if (color.isValid()) {
        recolorSelected(color);
    }
}

void TagsDialog::askMerge()
{
    const QList<Tag> tags = m_session.read(m_session.store()->tags());
    QStringList names;
    QList<qint64> ids;
    for (const Tag &tag : tags) {
        if (tag.id != selectedTag()) {
            names.append(tag.name);
            ids.append(tag.id);
        }
    }
    bool ok = false;
    const QString target = QInputDialog::getItem(
        this, tr("Merge Tags"), tr("Give its annotations this tag, then remove it:"), names, 0, false, &ok);
    if (ok && names.contains(target)) {
        mergeSelectedInto(ids.at(names.indexOf(target)));
    }
}

} // namespace Fazhi
