// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Fazhi {

/**
 * What an importer made of one file's bytes: the text, one paragraph per line, and what the
 * file format itself said about it. The cleaner and parser take it from here.
 */
struct ImportedText
{
    /** The file's text; paragraphs separated by '\n', no '\r'. */
    QString text;
    /** "txt", "html", "docx" or "pdf". */
    QString format;
    /** The character encoding found ("UTF-8", "UTF-8 (BOM)", "UTF-16LE", "GB18030", "Big5", …). */
    QString encoding;
    /**
     * Metadata the format carried, by key: "title", "publishDate" (ISO date), "documentNumber",
     * "publisher", "indexNumber", "openMode" (公开方式), "author", "created" (ISO date). Only
     * what the file states; values as written (not converted to simplified).
     */
    QMap<QString, QString> fields;
    /**
     * Heading levels the format marked explicitly (Word heading styles / outline levels, HTML
     * h1–h6), by line index into text: 1 for the top level. Lines not listed are not marked.
     */
    QHash<int, int> headingLevels;
    /** Things the reviewer should know that did not stop the import (e.g. "3 pages had no text"). */
    QStringList warnings;
};

} // namespace Fazhi
