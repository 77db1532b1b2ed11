// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfimporter.h"

#include "importedtextbuilder.h"
#include "pdftextjoiner.h"

#include <QBuffer>
#include <QDateTime>
#include <QPdfDocument>

using namespace Qt::StringLiterals;

namespace Fazhi {

Result<ImportedText> PdfImporter::importBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    // A random-access device loads synchronously: status() is final when load() returns.
    document.load(&buffer);
    switch (document.error()) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
        return Error { tr("is protected by a password; remove the protection and import it again") };
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return Error { tr("is encrypted with an unsupported security scheme") };
    default:
        return Error { tr("is not a readable PDF (the file is damaged or truncated)") };
    }
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() <= 0) {
        return Error { tr("is not a readable PDF (the file is damaged or truncated)") };
    }

    QList<QStringList> pages;
    pages.reserve(document.pageCount());
    int pagesWithoutText = 0;
    for (int page = 0; page < document.pageCount(); ++page) {
        QStringList lines;
        // PDFium ends lines with "\r\n"; some producers use U+2028 or a lone '\r'.
        QString pageText = document.getAllText(page).text();
        pageText.replace(u'\r', u'\n').replace(QChar(0x2028), u'\n').replace(QChar(0x2029), u'\n');
        for (const QStringView line : QStringView(pageText).tokenize(u'\n')) {
            const QStringView trimmed = line.trimmed();
            if (!trimmed.isEmpty()) {
                lines.append(trimmed.toString());
            }
        }
        if (lines.isEmpty()) {
            ++pagesWithoutText;
        }
        pages.append(lines);
    }
    if (pagesWithoutText == document.pageCount()) {
        return Error { tr("has no text layer — OCR is not supported") };
    }

    ImportedTextBuilder builder(u"pdf"_s);
    builder.setEncoding(u"UTF-8"_s);
    builder.setField(u"title"_s, document.metaData(QPdfDocument::MetaDataField::Title).toString());
    builder.setField(u"author"_s, document.metaData(QPdfDocument::MetaDataField::Author).toString());
    const QDateTime created = document.metaData(QPdfDocument::MetaDataField::CreationDate).toDateTime();
    if (created.isValid()) {
        builder.setField(u"created"_s, created.date().toString(Qt::ISODate));
    }
    if (pagesWithoutText > 0) {
        builder.addWarning(tr("%n page(s) had no text (scanned images are not read).", nullptr, pagesWithoutText));
    }
    for (const QString &paragraph : PdfTextJoiner::paragraphs(pages)) {
        builder.addLine(paragraph);
    }
    return builder.take();
}

} // namespace Fazhi
