// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A review project in a temporary folder with seed reports imported and analysed, for the
// widget tests of the panels.
#include "reportanalyzer.h"
#include "reportdecisions.h"
#include "reviewsession.h"
#include "seedreports.h"
#include "storereads.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QInputMethodEvent>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class ReviewFixture
{
public:
    /** Opens a new project signed by 李审阅; false (with a QTest failure message) if that fails. */
    bool open()
    {
        QStandardPaths::setTestModeEnabled(true);
        session.setAuthor(QStringLiteral("李审阅"));
        const auto opened = session.open(dir.filePath(QStringLiteral("panels.fzr")));
        if (!opened) {
            qWarning("%s", qPrintable(opened.error()));
        }
        return dir.isValid() && opened.ok();
    }

    /** Imports @p document with its automatic analysis; the report's id, or 0. */
    qint64 import(const Fazhi::ReportDocument &document)
    {
        return SeedReports::importAnalysed(*session.store(), document);
    }

    /** The seed starting with @p prefix ("001"), imported. */
    qint64 importSeed(const QString &prefix) { return import(SeedReports::document(prefix)); }

    /** The id of the tag called @p name, or 0. */
    qint64 tagNamed(const QString &name)
    {
        for (const Fazhi::Tag &tag : READ_OK(session.store()->tags())) {
            if (tag.name == name) {
                return tag.id;
            }
        }
        return 0;
    }

    /** The decision in force on @p target of @p reportId, if any. */
    std::optional<Fazhi::Decision> decision(qint64 reportId, const QString &target)
    {
        return Fazhi::ReportDecisions(READ_OK(session.store()->decisions(reportId))).inForce(target);
    }

    /** Types @p text into @p widget as an input method commits it: how Chinese is typed. */
    static void type(QWidget *widget, const QString &text)
    {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(widget->focusProxy() ? widget->focusProxy() : widget, &event);
    }

    /**
     * Chooses the entry @p actionName (object name) of the context menu open now, with the
     * keyboard: mouse clicks on a popup depend on where the platform thinks the cursor is.
     */
    static bool chooseFromMenu(const QString &actionName)
    {
        QMenu *menu = nullptr;
        if (!QTest::qWaitFor([&menu] { return (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())); })) {
            return false;
        }
        const QList<QAction *> actions = menu->actions();
        const auto action = std::find_if(actions.cbegin(), actions.cend(),
            [&actionName](const QAction *a) { return a->objectName() == actionName; });
        if (action == actions.cend() || !(*action)->isEnabled()) {
            return false;
        }
        for (int i = 0; i < actions.size() && menu->activeAction() != *action; ++i) {
            QTest::keyClick(menu, Qt::Key_Down);
        }
        if (menu->activeAction() != *action) {
            return false;
        }
        QTest::keyClick(menu, Qt::Key_Return);
        return true;
    }

    /** Clicks a radio button or check box on its indicator, wherever the layout stretched it. */
    static void clickButton(QWidget *button)
    {
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    }

    QTemporaryDir dir;
    Fazhi::ReviewSession session;
};
