// SPDX-License-Identifier: GPL-3.0-or-later
// The .docx importer: its zip reading and its XML reading. Mutated zip bytes rarely get past
// the archive's checksums to the XML, so the first byte chooses: even, the rest is the .docx
// itself; odd, the rest is its XML parts (document, numbering, styles, core properties, split at
// NUL bytes), packed into a well-formed archive here.
#include "docximporter.h"
#include "fuzzsupport.h"
#include "testdocuments.h"

using namespace Qt::StringLiterals;
using namespace Fazhi;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::quietQt();
    return 0;
}

namespace {

QByteArray packed(QByteArrayView parts)
{
    static const QString names[]
        = {u"word/document.xml"_s, u"word/numbering.xml"_s, u"word/styles.xml"_s, u"docProps/core.xml"_s};
    QList<std::pair<QString, QByteArray>> members;
    members.append({u"[Content_Types].xml"_s,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
        "ContentType=\"application/xml\"/></Types>"_ba});
    qsizetype at = 0;
    for (const QString &name : names) {
        if (at > parts.size()) {
            break;
        }
        qsizetype end = parts.indexOf('\0', at);
        if (end < 0) {
            end = parts.size();
        }
        members.append({name, parts.sliced(at, end - at).toByteArray()});
        at = end + 1;
    }
    return TestDocuments::zip(members);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArrayView rest = FuzzSupport::bytes(data + 1, size - 1);
    const QByteArray docx = (data[0] & 1) ? packed(rest) : rest.toByteArray();
    const auto imported = DocxImporter::importBytes(docx);
    if (imported) {
        FuzzSupport::checkImported(imported.value());
    } else {
        FUZZ_CHECK(!imported.error().isEmpty());
    }
    return 0;
}
