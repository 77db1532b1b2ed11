// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boilerplateindex.h"
#include "result.h"

#include <atomic>
#include <functional>
#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Fazhi {

/** A set phrase of the genre: wording that recurs in many reports of one year. */
struct SetPhrase
{
    /** The phrase as in the normalized (simplified) text of its first report. */
    QString text;
    /** In how many reports it occurs. */
    int reports = 0;
    /** One report that uses it, and where (original offsets): what "show me" opens. */
    qint64 exampleReport = 0;
    TextRange exampleRange;
};

/**
 * The project-wide boilerplate pass: indexes every report of a year (BoilerplateIndex) and lists
 * the phrases that recur in at least a share of them. The compare view mutes shared wording that
 * is one of these, so that what stays underlined is really copied between two districts.
 *
 * The reports are read and indexed on every core, each thread with its own store connection.
 */
class BoilerplateReport final
{
    Q_DECLARE_TR_FUNCTIONS(Fazhi::BoilerplateReport)

public:
    struct Options
    {
        /** The year whose reports are compared (0: every report of the project). */
        int year = 0;
        /** A phrase is boilerplate when at least this share of the reports uses it … */
        double minShare = 0.2;
        /** … and at least this many reports, so that two reports alone never make a set phrase. */
        int minReports = 3;
        /** Phrases shorter than this (letters and digits) are not listed. */
        int minLength = 8;
    };

    /**
     * Reads and indexes the reports of @p options.year in the project at @p projectPath.
     * @p progress is called (from worker threads, serialized) with reports done and total;
     * setting @p cancel stops the pass with an Error.
     */
    static Result<BoilerplateReport> build(const QString &projectPath, const Options &options,
        const std::function<void(int done, int total)> &progress = {}, const std::atomic_bool *cancel = nullptr);

    /** How many reports must share an n-gram for it to count as boilerplate among @p reportCount reports. */
    static int threshold(int reportCount, const Options &options);

    const Options &options() const { return m_options; }
    int reportCount() const { return m_index->reportCount(); }
    /** The report count from which an n-gram is boilerplate in this pass. */
    int threshold() const { return threshold(reportCount(), m_options); }
    /** The index behind the pass, shared with the views that mute by it. */
    std::shared_ptr<const BoilerplateIndex> index() const { return m_index; }
    /** The set phrases, the most widespread first. */
    const QList<SetPhrase> &phrases() const { return m_phrases; }
    /** The phrases as CSV (UTF-8 with BOM): reports, phrase, example report id, start, end. */
    QByteArray toCsv() const;

private:
    Options m_options;
    std::shared_ptr<const BoilerplateIndex> m_index = std::make_shared<BoilerplateIndex>();
    QList<SetPhrase> m_phrases;
};

} // namespace Fazhi
