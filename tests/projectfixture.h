// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A review project in a temporary folder with sample reports imported and analysed, worked on
// through a ReviewSession: the model layer of the tests, Qt Core and Gui only.
#include "reportdecisions.h"
#include "reviewsession.h"
#include "seedreports.h"
#include "storereads.h"

#include <QStandardPaths>
#include <QTemporaryDir>

class ProjectFixture
{
public:
    /** Opens a new project signed by 李审阅; false (with a warning) if that fails. */
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

    /** The sample starting with @p prefix ("001"), imported. */
    qint64 importSeed(const QString &prefix) { return import(SeedReports::document(prefix)); }

    /** The id of the tag called @p name in @p store, or 0. */
    static qint64 tagNamed(Fazhi::ReviewStore &store, const QString &name)
    {
        for (const Fazhi::Tag &tag : READ_OK(store.tags())) {
            if (tag.name == name) {
                return tag.id;
            }
        }
        return 0;
    }

    /** The id of the tag called @p name in the project, or 0. */
    qint64 tagNamed(const QString &name) { return tagNamed(*session.store(), name); }

    /** The decision in force on @p target of @p reportId, if any. */
    std::optional<Fazhi::Decision> decision(qint64 reportId, const QString &target)
    {
        return Fazhi::ReportDecisions(READ_OK(session.store()->decisions(reportId))).inForce(target);
    }

    QTemporaryDir dir;
    Fazhi::ReviewSession session;
};
