// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readerview.h"
#include "reportdocument.h"

#include <QWidget>

class QLabel;

namespace Fazhi {

class ReviewSession;

/**
 * One report in a compare: its name, a line that says when the report has no part for the
 * outline row chosen above, and the same reader as a report's own tab (annotations, tagging,
 * comments and undo work alike).
 */
class CompareColumn final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareColumn)

public:
    explicit CompareColumn(ReviewSession &session, QWidget *parent = nullptr);

    ReaderView *reader() const { return m_reader; }
    qint64 reportId() const { return m_reader->reportId(); }
    /** Shows report @p reportId under the heading @p title. */
    void setReport(qint64 reportId, const QString &title);
    QString title() const;
    /**
     * Goes to the first of @p ranges, the report's part for outline row @p rowName; with no
     * ranges, says that the report has no such part and leaves the text where it is.
     */
    void showPart(const QString &rowName, const QList<TextRange> &ranges);
    /** The "missing" line while it is shown, else empty. */
    QString missingText() const;
    /** Says again whether the report has row @p rowName (after a tag or an undo), without scrolling. */
    void updateMissing(const QString &rowName, bool missing);
    /** Marks this column as the one the side panels follow: its heading in the highlight color. */
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyHeadingColors();

    ReaderView *m_reader = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_missing = nullptr;
    bool m_current = false;
};

} // namespace Fazhi
