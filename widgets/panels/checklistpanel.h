// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdecisions.h"
#include "reviewchecklist.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QVBoxLayout;

namespace Fazhi {

class MessageStack;
class ReviewSession;

/**
 * The current report's review checklist: the eight items with their status, why, and links to
 * the evidence; the reviewer confirms or overrules each (an overrule shows the reviewer's
 * value, the automatic one beside it, the comment and who decided). Above the list, always in
 * view, the grade and the review status; below it the summary comment. Every change goes
 * through the session.
 */
class ChecklistPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistPanel(ReviewSession &session, QWidget *parent = nullptr);

    /** Shows the report @p reportId; 0 shows none. */
    void setReport(qint64 reportId);
    qint64 report() const { return m_reportId; }

    /** The grade ids stored as the value of "verdict:grade", best first. */
    static QStringList gradeIds();
    /** The name of grade @p id ("excellent" → 优秀), translated. */
    static QString gradeName(const QString &id);
    /** The name of a checklist status, translated. */
    static QString statusName(ChecklistStatus status);

Q_SIGNALS:
    /** The reviewer followed an evidence link: original offsets, for the reader to show. */
    void rangeActivated(int start, int end);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void reload();
    void refresh();
    void showMessage(const QString &message);
    QWidget *itemCard(const ChecklistItem &item);
    void overrule(const QString &itemId);
    void decide(const QString &target, const QString &automatic, const QString &value, const QString &comment = {});
    void onGradeActivated(int index);
    void onStatusActivated(int index);
    void saveSummary();

    ReviewSession &m_session;
    qint64 m_reportId = 0;
    QList<ChecklistItem> m_items;
    ReportDecisions m_decisions;
    MessageStack *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_itemsContainer;
    QVBoxLayout *m_itemsLayout;
    QComboBox *m_grade;
    QPlainTextEdit *m_summary;
    QComboBox *m_status;
};

} // namespace Fazhi
