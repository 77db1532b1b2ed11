// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "componentversions.h"
#include "highlightingrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fazhi {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Fazhi Review"));
    setObjectName(u"aboutDialog"_s);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/fazhi/icons/fazhi-review.svg"_s).pixmap(64, 64));

    auto *title = new QLabel(
        u"<h2>%1</h2><p>%2 %3</p>"_s.arg(tr("Fazhi Review"), tr("Version"), QStringLiteral(FAZHI_VERSION)), this);
    auto *summary = new QLabel(tr("A workstation for reviewing annual rule-of-law government reports: "
                                  "read them side by side, tag achievements, problems, causes, "
                                  "leadership duty and plans, check each report against the statutory "
                                  "outline, and compare districts."),
        this);
    summary->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(title, 1);

    auto *versions = new QFormLayout;
    for (const auto &[name, version] : libraryVersions()) {
        auto *value = new QLabel(version, this);
        value->setObjectName(u"version:"_s + name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        versions->addRow(tr("%1:").arg(name), value);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(summary);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Libraries in use:"), this));
    layout->addLayout(versions);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QList<std::pair<QString, QString>> AboutDialog::libraryVersions()
{
    QList<std::pair<QString, QString>> rows;
    for (const ComponentVersion &component : ComponentVersions::core()) {
        rows.append({component.name, component.version});
    }
    rows.insert(1, {u"KF6 SyntaxHighlighting"_s, HighlightingRepository::libraryVersion()});
    return rows;
}

} // namespace Fazhi
