// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparecolumn.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fazhi {

CompareColumn::CompareColumn(ReviewSession &session, QWidget *parent)
    : QWidget(parent)
    , m_reader(new ReaderView(session, this))
    , m_title(new QLabel(this))
    , m_missing(new QLabel(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setMinimumWidth(1); // a long title is elided, never widens the column
    m_title->setObjectName(u"compareColumnTitle"_s);
    m_title->setMargin(3);
    m_title->setAutoFillBackground(true);
    m_missing->setWordWrap(true);
    m_missing->setAutoFillBackground(true);
    m_missing->setMargin(4);
    m_missing->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_missing);
    layout->addWidget(m_reader, 1);
}

void CompareColumn::setReport(qint64 reportId, const QString &title)
{
    m_reader->setReport(reportId);
    m_title->setText(title);
    m_title->setToolTip(title);
    m_missing->hide();
}

QString CompareColumn::title() const
{
    return m_title->text();
}

void CompareColumn::showPart(const QString &rowName, const QList<TextRange> &ranges)
{
    updateMissing(rowName, ranges.isEmpty());
    if (!ranges.isEmpty()) {
        m_reader->scrollToOffset(ranges.first().start);
    }
}

void CompareColumn::updateMissing(const QString &rowName, bool missing)
{
    if (missing) {
        // What reviewers look for: say it where the text would have been, in a warning color.
        QPalette warning = m_missing->palette();
        warning.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
        warning.setColor(QPalette::WindowText, QColor(0x7a, 0x3e, 0x00));
        m_missing->setPalette(warning);
        m_missing->setText(tr("Missing: this report has no part \"%1\".").arg(rowName));
        m_missing->show();
        return;
    }
    m_missing->hide();
}

QString CompareColumn::missingText() const
{
    return m_missing->isHidden() ? QString() : m_missing->text();
}

void CompareColumn::setCurrent(bool current)
{
    m_current = current;
    m_title->setAccessibleDescription(current ? tr("The side panels show this report") : QString());
    applyHeadingColors();
}

void CompareColumn::applyHeadingColors()
{
    // The column the Outline, Checklist and Annotations panels follow, seen at a glance.
    QPalette colors = palette();
    if (m_current) {
        colors.setColor(QPalette::Window, colors.color(QPalette::Highlight));
        colors.setColor(QPalette::WindowText, colors.color(QPalette::HighlightedText));
    }
    m_title->setPalette(colors);
}

void CompareColumn::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyHeadingColors();
    }
}

} // namespace Fazhi
