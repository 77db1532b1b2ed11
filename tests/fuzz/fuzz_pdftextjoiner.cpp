// SPDX-License-Identifier: GPL-3.0-or-later
// PDF text joining: the input is the text PDFium gives, pages separated by form feeds, lines by
// line feeds, each line trimmed and empty ones left out, as PdfImporter hands them over.
#include "fuzzsupport.h"
#include "pdftextjoiner.h"

using namespace Fazhi;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString text = FuzzSupport::text(data, size);
    text.replace(u'\r', u'\n').replace(QChar(0x2028), u'\n').replace(QChar(0x2029), u'\n');
    QList<QStringList> pages;
    qsizetype lineCount = 0;
    for (const QStringView page : QStringView(text).tokenize(u'\f')) {
        QStringList lines;
        for (const QStringView line : page.tokenize(u'\n')) {
            const QStringView trimmed = line.trimmed();
            if (!trimmed.isEmpty()) {
                lines.append(trimmed.toString());
                (void)PdfTextJoiner::isPageNumber(trimmed);
                (void)PdfTextJoiner::startsWithHeadingMarker(trimmed);
                const QString gapless = PdfTextJoiner::withoutScriptGaps(trimmed);
                // Only spaces are taken out.
                FUZZ_CHECK(gapless.size() <= trimmed.size());
                FUZZ_CHECK(QString(gapless).remove(u' ') == trimmed.toString().remove(u' '));
            }
        }
        lineCount += lines.size();
        pages.append(lines);
    }
    qsizetype removed = -1;
    const QStringList paragraphs = PdfTextJoiner::paragraphs(pages, &removed);
    FUZZ_CHECK(removed >= 0 && removed <= lineCount);
    for (const QString &paragraph : paragraphs) {
        FUZZ_CHECK(!paragraph.contains(u'\n'));
    }
    return 0;
}
