// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistpanel.h"

#include "colordot.h"
#include "displayformat.h"
#include "messagestack.h"
#include "overruledialog.h"
#include "reviewchecklist.h"
#include "reviewsession.h"
#include "statuspalette.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// Saturated dots with a white mark read on light and dark backgrounds alike; the mark carries
// the status for readers who do not tell red from green.
QIcon statusIcon(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Pass:
        return ColorDot::icon(StatusPalette::color(status), ColorDot::Mark::Check);
    case ChecklistStatus::Warn:
        return ColorDot::icon(StatusPalette::color(status), ColorDot::Mark::Exclamation);
    case ChecklistStatus::Fail:
        return ColorDot::icon(StatusPalette::color(status), ColorDot::Mark::Cross);
    case ChecklistStatus::Unknown:
        break;
    }
    return ColorDot::icon(StatusPalette::color(status), ColorDot::Mark::Question);
}

const QStringList &reviewStatusIds()
{
    static const QStringList ids{u"unreviewed"_s, u"in_progress"_s, u"done"_s};
    return ids;
}

// Links to the evidence ranges, numbered from 1; a long list (41 figures) ends in "all 41" until asked.
QString evidenceLinks(qsizetype count, bool all, bool tagged)
{
    constexpr qsizetype Shown = 12;
    QStringList links;
    for (qsizetype i = 0; i < count && (all || i < Shown); ++i) {
        links.append(u"<a href=\"%1\">%2</a>"_s.arg(i).arg(i + 1));
    }
    if (!all && count > Shown) {
        links.append(u"<a href=\"all\">"_s
            + ChecklistPanel::tr("all %n", nullptr, int(count)).replace(u' ', QChar::Nbsp) + u"</a>"_s);
    }
    const QString joined = links.join(ChecklistPanel::tr(", "));
    return tagged ? ChecklistPanel::tr("Tagged by the reviewer: %1").arg(joined)
                  : ChecklistPanel::tr("Evidence: %1").arg(joined);
}

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

ChecklistPanel::ChecklistPanel(ReviewSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_itemsContainer(new QWidget(this))
    , m_itemsLayout(new QVBoxLayout(m_itemsContainer))
    , m_grade(new QComboBox(this))
    , m_summary(new QPlainTextEdit(this))
    , m_status(new QComboBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // The grade and the review status stay at the top, outside the scrolling list: always in
    // view, and never under the pointer while the wheel scrolls the items.
    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(0);
    auto *verdict = new QWidget(body);
    verdict->setObjectName(u"verdict"_s);
    auto *verdictLayout = new QGridLayout(verdict);
    verdictLayout->setContentsMargins(4, 4, 4, 4);
    auto *gradeLabel = new QLabel(tr("&Grade:"), verdict);
    gradeLabel->setBuddy(m_grade);
    m_grade->addItem(tr("Not graded"), QString());
    for (const QString &id : gradeIds()) {
        m_grade->addItem(gradeName(id), id);
    }
    auto *statusLabel = new QLabel(tr("Review &status:"), verdict);
    statusLabel->setBuddy(m_status);
    m_status->addItem(tr("Unreviewed"), reviewStatusIds().at(0));
    m_status->addItem(tr("In progress"), reviewStatusIds().at(1));
    m_status->addItem(tr("Done"), reviewStatusIds().at(2));
    verdictLayout->addWidget(gradeLabel, 0, 0);
    verdictLayout->addWidget(m_grade, 0, 1);
    verdictLayout->addWidget(statusLabel, 1, 0);
    verdictLayout->addWidget(m_status, 1, 1);
    verdictLayout->setColumnStretch(1, 1);
    bodyLayout->addWidget(verdict);
    auto *rule = new QFrame(body);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    bodyLayout->addWidget(rule);

    m_scroll = new QScrollArea(body);
    bodyLayout->addWidget(m_scroll, 1);
    m_stack = new MessageStack(body, this);
    layout->addWidget(m_stack);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(m_scroll);
    auto *contentLayout = new QVBoxLayout(content);
    m_itemsLayout->setContentsMargins(0, 0, 0, 0);
    m_itemsLayout->setSpacing(0);
    contentLayout->addWidget(m_itemsContainer);

    auto *summaryLabel = new QLabel(tr("Su&mmary:"), content);
    summaryLabel->setWordWrap(true);
    summaryLabel->setBuddy(m_summary);
    m_summary->setParent(content);
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("The overall assessment; saved when you leave the field or press Ctrl+Enter"));
    m_summary->setFixedHeight(m_summary->fontMetrics().height() * 5);
    m_summary->installEventFilter(this);
    contentLayout->addWidget(summaryLabel);
    contentLayout->addWidget(m_summary);
    contentLayout->addStretch();
    m_scroll->setWidget(content);

    connect(m_grade, &QComboBox::activated, this, &ChecklistPanel::onGradeActivated);
    connect(m_status, &QComboBox::activated, this, &ChecklistPanel::onStatusActivated);
    connect(&m_session, &ReviewSession::decisionsChanged, this, [this](qint64 reportId) {
        if (m_reportId != 0 && (reportId == 0 || reportId == m_reportId)) {
            refresh();
        }
    });
    connect(&m_session, &ReviewSession::reportsChanged, this, &ChecklistPanel::reload);
    // A passage tagged 原因 is evidence for the causes.
    connect(&m_session, &ReviewSession::annotationsChanged, this, [this](qint64 reportId) {
        if (m_reportId != 0 && reportId == m_reportId) {
            refresh();
        }
    });
    connect(&m_session, &ReviewSession::closed, this, [this] { setReport(0); });

    showMessage(tr("Open a report to see its checklist."));
}

QStringList ChecklistPanel::gradeIds()
{
    return {u"excellent"_s, u"good"_s, u"pass"_s, u"fail"_s};
}

QString ChecklistPanel::gradeName(const QString &id)
{
    return ReviewChecklist::gradeName(id);
}

QString ChecklistPanel::statusName(ChecklistStatus status)
{
    return ReviewChecklist::statusName(status);
}

void ChecklistPanel::setReport(qint64 reportId)
{
    // The summary being typed belongs to the report it was typed for.
    saveSummary();
    m_reportId = reportId;
    m_summary->document()->setModified(false);
    reload();
}

void ChecklistPanel::reload()
{
    if (m_reportId == 0 || !m_session.store()) {
        m_reportId = 0;
        m_items.clear();
        showMessage(tr("Open a report to see its checklist."));
        return;
    }
    m_items = m_session.read(m_session.store()->checklist(m_reportId));
    QString reviewStatus = m_session.read(m_session.store()->reviewStatus(m_reportId));
    if (reviewStatus.isEmpty()) {
        reviewStatus = reviewStatusIds().first();
    }
    m_status->setCurrentIndex(qMax(0, m_status->findData(reviewStatus)));
    refresh();
    m_stack->showContent();
}

void ChecklistPanel::showMessage(const QString &message)
{
    m_stack->showMessage(message);
}

void ChecklistPanel::refresh()
{
    if (m_reportId == 0 || !m_session.store()) {
        return;
    }
    m_decisions = m_session.read(ReportDecisions::load(*m_session.store(), m_reportId));

    // Out of the panel now, deleted later: this may run inside a click on a button of the
    // card being replaced.
    while (QLayoutItem *old = m_itemsLayout->takeAt(0)) {
        if (QWidget *widget = old->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete old;
    }
    if (m_items.isEmpty()) {
        m_itemsLayout->addWidget(wrappedLabel(tr("This report was stored without a checklist."), m_itemsContainer));
    }
    for (const ChecklistItem &item : std::as_const(m_items)) {
        QWidget *card = itemCard(item);
        m_itemsLayout->addWidget(card);
        card->show(); // at once, not when the layout gets round to it: no blank frame
    }

    m_grade->setCurrentIndex(qMax(0, m_grade->findData(m_decisions.value(ReportDecisions::gradeTarget(), {}))));
    // Never replace what the reviewer is typing.
    if (!m_summary->hasFocus() || !m_summary->document()->isModified()) {
        m_summary->setPlainText(m_decisions.value(ReportDecisions::summaryTarget(), {}));
        m_summary->document()->setModified(false);
    }
}

QWidget *ChecklistPanel::itemCard(const ChecklistItem &item)
{
    const QString target = ReportDecisions::checklistTarget(item.id);
    const std::optional<Decision> decision = m_decisions.inForce(target);
    const QString automatic = checklistStatusId(item.status);
    const ChecklistStatus status = m_decisions.status(item);
    const bool overruled = decision && decision->value != automatic;
    // The reviewer's tags (原因 on a passage) make the causes present: theirs, not the classifier's.
    const bool byTags = !decision && m_decisions.taggedStatus(item).has_value();

    auto *card = new QFrame(m_itemsContainer);
    card->setObjectName(u"item:"_s + item.id);
    card->setFrameShape(QFrame::NoFrame);
    auto *grid = new QGridLayout(card);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(3);
    grid->setColumnStretch(1, 1);

    auto *icon = new QLabel(card);
    icon->setObjectName(u"icon"_s);
    const int iconSize = fontMetrics().height();
    icon->setPixmap(statusIcon(status).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    icon->setToolTip(statusName(status));
    grid->addWidget(icon, 0, 0, Qt::AlignTop);

    // The title in today's UI language, whatever the language was when the report was imported.
    const QString titleText
        = ReviewChecklist::itemTitle(item.id).isEmpty() ? item.title : ReviewChecklist::itemTitle(item.id);
    auto *title = wrappedLabel(u"<b>"_s + titleText.toHtmlEscaped() + u"</b>"_s, card);
    grid->addWidget(title, 0, 1);

    // The status in force first; an overrule names the automatic value beside it.
    QString statusText = u"<b>"_s + statusName(status).toHtmlEscaped() + u"</b>"_s;
    if (overruled) {
        statusText += u" ✎ · "_s + tr("automatic: %1").arg(statusName(item.status)).toHtmlEscaped();
    } else if (decision) {
        statusText += u" ✓ · "_s + tr("confirmed").toHtmlEscaped();
    } else if (byTags) {
        statusText += u" ✎ · "_s + tr("by the reviewer's tags").toHtmlEscaped() + u" · "_s
            + tr("automatic: %1").arg(statusName(item.status)).toHtmlEscaped();
    }
    auto *statusLabel = wrappedLabel(statusText, card);
    statusLabel->setObjectName(u"status"_s);
    grid->addWidget(statusLabel, 1, 1);
    int row = 2;
    if (decision) {
        QString signature = decision->author.isEmpty() ? tr("a reviewer") : decision->author;
        if (decision->created.isValid()) {
            signature += u", "_s + DisplayFormat::dateTime(decision->created);
        }
        QString text = u"<i>"_s + signature.toHtmlEscaped();
        if (!decision->comment.isEmpty()) {
            text += u": "_s + decision->comment.toHtmlEscaped();
        }
        auto *reviewer = wrappedLabel(text + u"</i>"_s, card);
        reviewer->setObjectName(u"decision"_s);
        grid->addWidget(reviewer, row++, 1);
    }
    for (const Decision &other : m_decisions.conflicts(target)) {
        grid->addWidget(wrappedLabel(tr("Conflicting decision: %1 chose %2")
                                         .arg(other.author, statusName(checklistStatusFromId(other.value)))
                                         .toHtmlEscaped(),
                            card),
            row++, 1);
    }

    auto *explanation = wrappedLabel(ReviewChecklist::explanation(item).toHtmlEscaped(), card);
    explanation->setObjectName(u"explanation"_s);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(explanation, row++, 1);

    const auto addLinks = [this, card, grid, &row](const QString &name, const QList<TextRange> &ranges, bool tagged) {
        if (ranges.isEmpty()) {
            return;
        }
        auto *links = wrappedLabel(evidenceLinks(ranges.size(), false, tagged), card);
        links->setObjectName(name);
        links->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(links, &QLabel::linkActivated, this, [this, links, ranges, tagged](const QString &link) {
            if (link == u"all") {
                links->setText(evidenceLinks(ranges.size(), true, tagged));
                return;
            }
            const int index = link.toInt();
            if (index >= 0 && index < ranges.size()) {
                Q_EMIT rangeActivated(ranges.at(index).start, ranges.at(index).end);
            }
        });
        grid->addWidget(links, row++, 1);
    };
    addLinks(u"tagged"_s, m_decisions.taggedEvidence(item), true);
    addLinks(u"evidence"_s, item.evidence, false);

    auto *buttons = new QHBoxLayout;
    auto *confirm = new QPushButton(tr("Confirm"), card);
    confirm->setObjectName(u"confirm"_s);
    confirm->setToolTip(tr("Agree with the status shown"));
    auto *overruleButton = new QPushButton(tr("Overrule…"), card);
    overruleButton->setObjectName(u"overrule"_s);
    buttons->addWidget(confirm);
    buttons->addWidget(overruleButton);
    buttons->addStretch();
    grid->addLayout(buttons, row++, 1);
    const QString itemId = item.id;
    const QString value = checklistStatusId(status);
    // Once a reviewer decided, confirming again would only add to the record.
    confirm->setEnabled(!decision);
    connect(
        confirm, &QPushButton::clicked, this, [this, target, automatic, value] { decide(target, automatic, value); });
    connect(overruleButton, &QPushButton::clicked, this, [this, itemId] { overrule(itemId); });

    // A hairline between cards, quieter than a frame around each.
    auto *line = new QFrame(card);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Midlight);
    grid->addWidget(line, row, 0, 1, 2);
    grid->setContentsMargins(4, 8, 4, 0);
    return card;
}

void ChecklistPanel::overrule(const QString &itemId)
{
    const auto item
        = std::find_if(m_items.cbegin(), m_items.cend(), [&itemId](const ChecklistItem &i) { return i.id == itemId; });
    if (item == m_items.cend()) {
        return;
    }
    QList<OverruleChoice> choices;
    for (const ChecklistStatus status : {ChecklistStatus::Pass, ChecklistStatus::Warn, ChecklistStatus::Fail}) {
        choices.append({checklistStatusId(status), statusName(status), statusIcon(status)});
    }
    const QString target = ReportDecisions::checklistTarget(itemId);
    const QString automatic = checklistStatusId(item->status);
    OverruleDialog::ask(this, tr("Overrule checklist item"), item->title, choices, automatic,
        m_decisions.value(target, automatic), [this, target, automatic](const QString &value, const QString &comment) {
            decide(target, automatic, value, comment);
        });
}

void ChecklistPanel::decide(
    const QString &target, const QString &automatic, const QString &value, const QString &comment)
{
    if (m_reportId == 0) {
        return;
    }
    const auto decided = m_session.decide(m_reportId, target, automatic, value, comment);
    if (!decided) {
        QMessageBox::warning(this, tr("Checklist"), decided.error());
    }
}

void ChecklistPanel::onGradeActivated(int index)
{
    const QString value = m_grade->itemData(index).toString();
    if (value != m_decisions.value(ReportDecisions::gradeTarget(), {})) {
        // There is no automatic grade: the verdict is the reviewer's alone.
        decide(ReportDecisions::gradeTarget(), {}, value);
    }
}

void ChecklistPanel::onStatusActivated(int index)
{
    if (m_reportId == 0 || !m_session.store()) {
        return;
    }
    if (const auto set = m_session.store()->setReviewStatus(m_reportId, m_status->itemData(index).toString()); !set) {
        QMessageBox::warning(this, tr("Review status"), set.error());
        return;
    }
    m_session.notifyReportsChanged();
}

void ChecklistPanel::saveSummary()
{
    if (m_reportId == 0 || !m_summary->document()->isModified()) {
        return;
    }
    m_summary->document()->setModified(false);
    const QString text = m_summary->toPlainText().trimmed();
    if (text != m_decisions.value(ReportDecisions::summaryTarget(), {})) {
        decide(ReportDecisions::summaryTarget(), {}, text);
    }
}

void ChecklistPanel::wheelEvent(QWheelEvent *event)
{
    // A wheel over the grade and status (which let it pass unless focused) scrolls the items.
    QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event);
}

bool ChecklistPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_summary) {
        if (event->type() == QEvent::FocusOut) {
            saveSummary();
        } else if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && key->modifiers().testFlag(Qt::ControlModifier)) {
                saveSummary();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Fazhi
