// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "displayscript.h"

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace Fazhi {

class ReaderView;

/**
 * What the main window's workspace asks of a tab (a report's reader, a compare, the outline
 * matrix, the dashboard): the key it is remembered and found by, the reports it shows, the
 * reader the side panels follow, and the script and text size every report text follows.
 * Tabs are widgets that implement this interface as well; the Workspace holds them through it,
 * so that nobody has to find out which kind of tab a widget is.
 */
class WorkspaceTab
{
public:
    /** The kinds of tab, as their keys begin. */
    static constexpr QStringView ReaderKind = u"report";
    static constexpr QStringView CompareKind = u"compare";
    static constexpr QStringView MatrixKind = u"matrix";
    static constexpr QStringView DashboardKind = u"dashboard";

    virtual ~WorkspaceTab() = default;

    /**
     * What the tab shows, as AppSettings::openTabs() keeps it: "report:3", "compare:1,2",
     * "matrix:1,2,4", "dashboard". Two tabs with one key show the same.
     */
    virtual QString tabKey() const = 0;
    /** The reports the tab shows; empty for a tab that follows the whole project. */
    virtual QList<qint64> tabReports() const = 0;
    /** The reader the side panels follow while this tab is current; null when it has none. */
    virtual ReaderView *activeReader() const { return nullptr; }
    /** Shows the report text in @p script; a tab without report text has nothing to change. */
    virtual void setScript(DisplayScript) { }
    /** Sets the report text's size in points; a tab without report text has nothing to change. */
    virtual void setTextSize(int) { }
    /** Whether the tab needs the side docks' room while it is current (a compare of many columns). */
    virtual bool wantsFullWidth() const { return false; }

    /** The key of a tab of @p kind showing @p reportIds: "compare:1,2"; the kind alone without reports. */
    static QString makeKey(QStringView kind, const QList<qint64> &reportIds = {})
    {
        QStringList ids;
        for (const qint64 id : reportIds) {
            ids.append(QString::number(id));
        }
        return ids.isEmpty() ? kind.toString() : kind.toString() + u':' + ids.join(u',');
    }
    /** The kind named by @p key: "compare" for "compare:1,2". */
    static QString keyKind(const QString &key) { return key.section(u':', 0, 0); }
    /** The reports named by @p key, in its order. */
    static QList<qint64> keyReports(const QString &key)
    {
        QList<qint64> ids;
        for (const QString &word : key.section(u':', 1).split(u',', Qt::SkipEmptyParts)) {
            ids.append(word.toLongLong());
        }
        return ids;
    }

protected:
    WorkspaceTab() = default;
    Q_DISABLE_COPY_MOVE(WorkspaceTab)

    /** Sets @p reader's text to @p points: the one way every tab applies the text size. */
    static void setReaderTextSize(QWidget *reader, int points)
    {
        QFont font = reader->font();
        font.setPointSize(points);
        reader->setFont(font);
    }
};

} // namespace Fazhi
