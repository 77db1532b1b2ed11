// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfimporter.h"

#include "importedtextbuilder.h"
#include "pdftextjoiner.h"

#include <QBuffer>
#include <QDateTime>
#include <QHash>
#include <QPdfDocument>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

/**
 * CJK fonts give a radical and the ideograph of the same shape one glyph, and PDF writers (Word,
 * WPS, Qt) often map that glyph back to the radical: "⼀、" (U+2F00) for "一、", "⼈⺠" for "人民".
 * Replaces such radicals in a text layer by the ideographs a reader sees. Kangxi radicals have a
 * compatibility decomposition to them; of the supplement only whole characters are mapped.
 */
QString withUnifiedIdeographs(QString text)
{
    static const QHash<char16_t, char16_t> supplement{
        {0x2E97, u'心'},
        {0x2E9D, u'月'},
        {0x2E9F, u'母'},
        {0x2EA0, u'民'},
        {0x2EA7, u'牛'},
        {0x2EA9, u'王'},
        {0x2EB6, u'羊'},
        {0x2EBC, u'肉'},
        {0x2EBD, u'臼'},
        {0x2EC1, u'虎'},
        {0x2EC4, u'西'},
        {0x2EC5, u'见'},
        {0x2EC6, u'角'},
        {0x2EC9, u'贝'},
        {0x2ECB, u'车'},
        {0x2ED1, u'長'},
        {0x2ED3, u'长'},
        {0x2ED4, u'门'},
        {0x2ED7, u'雨'},
        {0x2ED8, u'青'},
        {0x2ED9, u'韦'},
        {0x2EDA, u'页'},
        {0x2EDB, u'风'},
        {0x2EDC, u'飞'},
        {0x2EDD, u'食'},
        {0x2EE2, u'马'},
        {0x2EE3, u'骨'},
        {0x2EE4, u'鬼'},
        {0x2EE5, u'鱼'},
        {0x2EE6, u'鸟'},
        {0x2EE7, u'卤'},
        {0x2EE8, u'麦'},
        {0x2EE9, u'黄'},
        {0x2EEA, u'黾'},
        {0x2EEC, u'齐'},
        {0x2EEE, u'齿'},
        {0x2EF0, u'龙'},
        {0x2EF3, u'龟'},
    };
    for (QChar &c : text) {
        const char16_t code = c.unicode();
        if (code >= 0x2F00 && code <= 0x2FD5) {
            c = QString(c).normalized(QString::NormalizationForm_KC).front();
        } else if (code >= 0x2E80 && code <= 0x2EF3) {
            c = QChar(supplement.value(code, code));
        }
    }
    return text;
}

} // namespace

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
        return Error{tr("is protected by a password; remove the protection and import it again")};
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return Error{tr("is encrypted with an unsupported security scheme")};
    default:
        return Error{tr("is not a readable PDF (the file is damaged or truncated)")};
    }
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() <= 0) {
        return Error{tr("is not a readable PDF (the file is damaged or truncated)")};
    }

    QList<QStringList> pages;
    pages.reserve(document.pageCount());
    int pagesWithoutText = 0;
    for (int page = 0; page < document.pageCount(); ++page) {
        QStringList lines;
        // PDFium ends lines with "\r\n"; some producers use U+2028 or a lone '\r'.
        QString pageText = withUnifiedIdeographs(document.getAllText(page).text());
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
        return Error{tr("has no text layer — OCR is not supported")};
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
    qsizetype removed = 0;
    for (const QString &paragraph : PdfTextJoiner::paragraphs(pages, &removed)) {
        builder.addLine(paragraph);
    }
    if (removed > 0) {
        builder.addWarning(tr("%n line(s) at the top or bottom of the pages (running headers, footers, page numbers) "
                              "were left out.",
            nullptr, int(removed)));
    }
    return builder.take();
}

} // namespace Fazhi
