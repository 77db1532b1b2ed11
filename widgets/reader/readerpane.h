// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readerview.h"

#include <QWidget>

class QComboBox;
class QToolBar;

namespace Fazhi {

class FindBar;
class ReviewSession;

/**
 * One open report in the workspace: the tag bar (a button per tag, with its key), the script
 * switch, the reader and its find bar.
 */
class ReaderPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderPane)

public:
    explicit ReaderPane(ReviewSession &session, QWidget *parent = nullptr);

    ReaderView *reader() const { return m_reader; }
    /** The 原文/简体/繁體 switch, always in view beside the tag bar. */
    QComboBox *scriptSelector() const { return m_script; }
    FindBar *findBar() const { return m_findBar; }
    qint64 reportId() const { return m_reader->reportId(); }
    void setReport(qint64 reportId) { m_reader->setReport(reportId); }
    void setScript(ReaderView::Script script);

public Q_SLOTS:
    /** Shows the find bar with the selected text (Ctrl+F). */
    void find();

Q_SIGNALS:
    void scriptChanged(ReaderView::Script script);

private:
    void rebuildTagBar();

    ReviewSession &m_session;
    QToolBar *m_tagBar = nullptr;
    QComboBox *m_script = nullptr;
    ReaderView *m_reader = nullptr;
    FindBar *m_findBar = nullptr;
};

} // namespace Fazhi
