// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML importer (libxml2's parser, the article finder) and the cleaner it feeds: any bytes
// named .html.
#include "fuzzsupport.h"
#include "htmlimporter.h"
#include "textcleaner.h"

using namespace Fazhi;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes = FuzzSupport::bytes(data, size);
    (void)HtmlImporter::declaredCharset(bytes);
    auto imported = HtmlImporter::importBytes(bytes);
    if (!imported) {
        FUZZ_CHECK(!imported.error().isEmpty());
        return 0;
    }
    FuzzSupport::checkImported(imported.value());
    TextCleaner::clean(imported.value());
    FuzzSupport::checkImported(imported.value());
    return 0;
}
