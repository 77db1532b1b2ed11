// SPDX-License-Identifier: GPL-3.0-or-later
// Text decoding and encoding detection: any bytes named .txt, and any bytes a page declares a
// charset for.
#include "fuzzsupport.h"
#include "textimporter.h"

using namespace Qt::StringLiterals;
using namespace Fazhi;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes = FuzzSupport::bytes(data, size);
    if (const auto imported = TextImporter::importBytes(bytes)) {
        FuzzSupport::checkImported(imported.value());
        FUZZ_CHECK(!imported.value().encoding.isEmpty());
    }
    (void)TextImporter::decode(bytes);
    // The names pages declare, the right ones and the wrong ones.
    static const QString names[] = {u"gbk"_s, u"gb2312"_s, u"gb18030"_s, u"big5"_s, u"utf-8"_s, u"utf-16"_s,
        u"iso-8859-1"_s, u"x-no-such-charset"_s};
    const QString &name = names[size % std::size(names)];
    if (const auto decoded = TextImporter::decodeAs(bytes, name)) {
        FUZZ_CHECK(!decoded.value().encoding.isEmpty());
    }
    return 0;
}
