// SPDX-License-Identifier: GPL-3.0-or-later
// The cleaner and the report parser on any text, as a .txt file brings it: every range of the
// parsed report must lie inside its text.
#include "fuzzsupport.h"

using namespace Qt::StringLiterals;
using namespace Fazhi;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ImportedText imported = FuzzSupport::cleaned(FuzzSupport::text(data, size));
    FuzzSupport::checkImported(imported);
    const ReportDocument document = ReportParser::parse(imported, u"fuzz.txt"_s);
    FuzzSupport::checkDocument(document);
    return 0;
}
