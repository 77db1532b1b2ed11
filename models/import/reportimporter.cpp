// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportimporter.h"

#include "docximporter.h"
#include "htmlimporter.h"
#include "inputfile.h"
#include "pdfimporter.h"
#include "textimporter.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

enum class Format { Unknown, Text, Html, Docx, Pdf, LegacyWord };

/** The format the bytes themselves announce, Unknown when they say nothing definite. */
Format sniff(const QByteArray &bytes, const QString &suffix)
{
    // The PDF header may follow a little junk (some generators prepend a byte order mark).
    if (bytes.left(1024).contains("%PDF-")) {
        return Format::Pdf;
    }
    if (bytes.startsWith("PK\x03\x04")) {
        // The local file headers carry the member names in the clear.
        return bytes.contains("word/document.xml") || suffix == u"docx" ? Format::Docx : Format::Unknown;
    }
    // Word 97–2003 documents and encrypted Office files are OLE compound files.
    if (bytes.startsWith("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")) {
        return Format::LegacyWord;
    }
    qsizetype start = bytes.startsWith("\xef\xbb\xbf") ? 3 : 0;
    const QByteArray head = bytes.mid(start, 1024).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html")
        || (head.startsWith("<?xml") && head.contains("<html"))
        || (head.startsWith("<!--") && head.contains("<html"))) {
        return Format::Html;
    }
    return Format::Unknown;
}

Format formatFromSuffix(const QString &suffix)
{
    if (suffix == u"txt" || suffix == u"text") {
        return Format::Text;
    }
    if (suffix == u"html" || suffix == u"htm" || suffix == u"shtml" || suffix == u"xhtml") {
        return Format::Html;
    }
    if (suffix == u"docx") {
        return Format::Docx;
    }
    if (suffix == u"pdf") {
        return Format::Pdf;
    }
    if (suffix == u"doc" || suffix == u"wps") {
        return Format::LegacyWord;
    }
    return Format::Unknown;
}

bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

} // namespace

QStringList ReportImporter::supportedPatterns()
{
    return {u"*.txt"_s, u"*.html"_s, u"*.htm"_s, u"*.docx"_s, u"*.pdf"_s};
}

Result<ImportedText> ReportImporter::importFile(const QString &path)
{
    const Result<QByteArray> bytes = InputFile::read(path, maxFileSize());
    if (!bytes) {
        return bytes.failure();
    }
    return importBytes(bytes.value(), QFileInfo(path).fileName());
}

Result<ImportedText> ReportImporter::importBytes(const QByteArray &bytes, const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    if (bytes.size() > maxFileSize()) {
        return Error{InputFile::tooLarge(name, bytes.size(), maxFileSize())};
    }
    if (bytes.isEmpty()) {
        return Error{tr("%1: the file is empty").arg(name)};
    }

    const QString suffix = QFileInfo(fileName).suffix().toLower();
    Format format = sniff(bytes, suffix);
    if (format == Format::Unknown) {
        format = formatFromSuffix(suffix);
    }
    Result<ImportedText> imported = Error{};
    switch (format) {
    case Format::Text:
        imported = TextImporter::importBytes(bytes);
        break;
    case Format::Html:
        imported = HtmlImporter::importBytes(bytes);
        break;
    case Format::Docx:
        imported = DocxImporter::importBytes(bytes);
        break;
    case Format::Pdf:
        imported = PdfImporter::importBytes(bytes);
        break;
    case Format::LegacyWord:
        return Error{tr("%1: is an old Word (.doc/.wps) or password-protected document; save it as .docx "
                        "without a password and import that")
                .arg(name)};
    case Format::Unknown:
        return Error{tr("%1: unsupported file type (%2): supported are .txt, .html, .htm, .docx, .pdf")
                .arg(name, suffix.isEmpty() ? tr("no extension") : u"."_s + suffix)};
    }
    if (!imported) {
        return Error{tr("%1: %2").arg(name, imported.error())};
    }
    if (isBlank(imported.value().text)) {
        return Error{tr("%1: the file is empty (it contains no text)").arg(name)};
    }
    return imported;
}

} // namespace Fazhi
