// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "normalizedtext.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Fazhi {

/** Which Chinese script a text is written in. */
enum class Script {
    Unknown, ///< no Chinese characters that tell the scripts apart
    Simplified,
    Traditional,
    Mixed,
};

/** "simplified", "traditional", "mixed" or "unknown", as used in JSON and the database. */
QString scriptName(Script script);
/** The Script named by scriptName(); Unknown for anything else. */
Script scriptFromName(const QString &name);

/** A half-open range [start, end) of UTF-16 offsets into a report's original text. */
struct TextRange
{
    int start = 0;
    int end = 0;

    int length() const { return end - start; }
    bool operator==(const TextRange &) const = default;
};

/**
 * A heading and everything under it, up to the next heading of the same or a higher level.
 * Level 1 is 一、, level 2 （一）, level 3 1. / 1、 / （1）.
 */
struct ReportSection
{
    int level = 1;
    /** The heading as written, without its marker's trailing sentence punctuation. */
    QString heading;
    /** Where the heading text is. */
    TextRange headingRange;
    /** The whole section: from the heading to the end of its last paragraph. */
    TextRange range;
    QList<ReportSection> children;
};

/** One paragraph of body text, with the enumerated points (一是…二是…) inside it. */
struct ReportParagraph
{
    TextRange range;
    QList<TextRange> items;
};

/** One metadata value, with how sure the parser is of it (0–1). */
struct MetadataField
{
    /** The value, in simplified script for names (region, bodies), ISO form for dates. */
    QString value;
    /** The value as written in the report, when it differs from value. */
    QString original;
    double confidence = 0;
};

/** Metadata keys, as used in JSON and the database. */
namespace MetadataKey {
inline constexpr auto Title = "title";
inline constexpr auto Region = "region";
inline constexpr auto Level = "level";
inline constexpr auto Year = "year";
inline constexpr auto ReportDate = "reportDate";
inline constexpr auto PublishDate = "publishDate";
inline constexpr auto Issuers = "issuers";
inline constexpr auto Addressee = "addressee";
inline constexpr auto DocumentNumber = "documentNumber";
inline constexpr auto Signer = "signer";
inline constexpr auto Contact = "contact";
inline constexpr auto OpenMode = "openMode";
} // namespace MetadataKey

/**
 * One report as the workstation knows it: the original text exactly as imported and cleaned
 * (everything else points into it by UTF-16 offsets), its normalized form for matching, the
 * heading tree, the body paragraphs and the metadata.
 */
struct ReportDocument
{
    QString fileName;
    QString format;
    QString encoding;
    Script script = Script::Unknown;
    QString text;
    NormalizedText normalized;
    QMap<QString, MetadataField> metadata;
    QList<ReportSection> sections;
    QList<ReportParagraph> paragraphs;
    QStringList warnings;

    /** The metadata value for @p key, or an empty string. */
    QString metadataValue(const char *key) const { return metadata.value(QString::fromLatin1(key)).value; }
    /** The original text in @p range. */
    QString textAt(const TextRange &range) const { return text.mid(range.start, range.length()); }
};

} // namespace Fazhi
