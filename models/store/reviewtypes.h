// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Fazhi {

/** A label reviewers put on passages: 成效, 问题, 亮点, … or their own. */
struct Tag
{
    qint64 id = 0;
    QString uid;
    QString name;
    QColor color;
    int shortcut = 0; ///< 1–9, or 0 for none
    int position = 0;
    /** The outline category a tag stands for ("problems" for 问题), empty for a reviewer's own tag. */
    QString category;
};

/** A tagged passage of a report's original text, with the reviewer's comment. */
struct Annotation
{
    qint64 id = 0;
    QString uid;
    qint64 reportId = 0;
    qint64 tagId = 0;
    int start = 0;
    int end = 0;
    QString quote;
    QString contextBefore;
    QString contextAfter;
    QString comment;
    QString author;
    bool resolved = false;
    /** The text it was anchored to is gone from a newer version of the report; kept, not dropped. */
    bool orphaned = false;
    QDateTime created;
    QDateTime updated;
};

/** A reviewer's confirmation or overrule of an automatic value, or a report's verdict. */
struct Decision
{
    qint64 id = 0;
    QString uid;
    qint64 reportId = 0;
    /** What is decided: "part:<start>" (a part's category), "checklist:<item>", "verdict:grade", "verdict:summary". */
    QString target;
    QString automatic; ///< the automatic value at the time, shown beside the decision
    QString value;
    QString comment;
    QString author;
    QDateTime created;
    /** Another reviewer's differing decision came in by merge; both are kept and shown. */
    bool conflict = false;
};

/** One line of a report list: what the library shows without loading any text. */
struct ReportSummary
{
    qint64 id = 0;
    QString uid;
    QString fileName;
    QString title;
    QString region;
    QString level;
    int year = 0;
    int length = 0;
    QString script;
    QString reviewStatus;
    QString grade;
    int openAnnotations = 0;
    /** Checklist items that fail, after the reviewers' overrules. */
    int checklistFailures = 0;
    QDateTime imported;
    /** The details a reviewer corrected (MetadataKey → the parsed value overruled). */
    QMap<QString, QString> corrected;
};

/** One entry of the change record. */
struct HistoryEntry
{
    QDateTime at;
    QString author;
    QString action; ///< "add", "update", "remove", "merge", …
    QString entity; ///< "annotation", "tag", "decision", "report"
    QString entityUid;
    qint64 reportId = 0;
    QString before; ///< JSON
    QString after; ///< JSON
};

/** A heading or paragraph as stored, with its automatic classification. */
struct StoredPart
{
    qint64 id = 0;
    bool heading = false;
    int level = 0; ///< 1–3 for headings, 0 for paragraphs
    int start = 0; ///< original offsets: the heading line, or the paragraph
    int end = 0;
    int sectionStart = -1; ///< for headings: where their section starts
    QString category; ///< outline category id, empty when the report was stored unclassified
    QStringList themes;
    double confidence = 0;
    QString reason;
};

/** A half-open range [start, end) of UTF-16 offsets into a search hit's snippet. */
struct SnippetMatch
{
    int start = 0;
    int end = 0;

    bool operator==(const SnippetMatch &) const = default;
};

/** One search hit: a part of a report, a passage of it, and where the words are in both. */
struct SearchHit
{
    qint64 reportId = 0;
    QString reportTitle;
    QString region;
    int year = 0;
    qint64 partId = 0;
    int start = 0; ///< original offsets of the part
    int end = 0;
    /**
     * Original offsets of the first of the words in the part; the whole part when the words are
     * not there as written (the index also matches them across punctuation).
     */
    int matchStart = 0;
    int matchEnd = 0;
    QString category;
    /** The passage around the words, as plain text in the index's form (simplified, half-width), with "…" where it is
     * cut. */
    QString snippet;
    /** Where the words are in snippet: in order, none overlapping another. */
    QList<SnippetMatch> snippetMatches;
    double rank = 0;

    /**
     * The snippet with its matches marked: as plain text, each between [ and ] (as fazhi-cli
     * prints it); as Qt::RichText, HTML with each in bold and everything else escaped.
     */
    QString markedSnippet(Qt::TextFormat format) const;
};

} // namespace Fazhi
