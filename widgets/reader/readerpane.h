// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readerview.h"
#include "workspacetab.h"

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
class ReaderPane final : public QWidget, public WorkspaceTab
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

    QString tabKey() const override { return makeKey(ReaderKind, {reportId()}); }
    QList<qint64> tabReports() const override { return {reportId()}; }
    ReaderView *activeReader() const override { return m_reader; }
    /** Shows the report in @p script and the switch says so. */
    void setScript(DisplayScript script) override;
    void setTextSize(int points) override { setReaderTextSize(m_reader, points); }

public Q_SLOTS:
    /** Shows the find bar with the selected text (Ctrl+F). */
    void find();

Q_SIGNALS:
    /** The reviewer chose @p script with the switch. */
    void scriptChanged(Fazhi::DisplayScript script);

private:
    void rebuildTagBar();

    ReviewSession &m_session;
    QToolBar *m_tagBar = nullptr;
    QComboBox *m_script = nullptr;
    ReaderView *m_reader = nullptr;
    FindBar *m_findBar = nullptr;
};

} // namespace Fazhi
