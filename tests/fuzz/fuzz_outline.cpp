// SPDX-License-Identifier: GPL-3.0-or-later
// The outline classifier and the indicator extractor with the bundled standard, on a report
// parsed from any text, and on its first line as a heading and a paragraph alone.
#include "fuzzsupport.h"
#include "indicatorextractor.h"
#include "outlineclassifier.h"
#include "textimporter.h"

#include <memory>

using namespace Qt::StringLiterals;
using namespace Fazhi;

namespace {

std::unique_ptr<OutlineClassifier> classifier;
std::unique_ptr<IndicatorExtractor> extractor;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::quietQt();
    auto standard = OutlineStandard::bundled();
    if (!standard) {
        std::fprintf(stderr, "the bundled outline standard: %s\n", qPrintable(standard.error()));
        std::abort();
    }
    classifier = std::make_unique<OutlineClassifier>(standard.value());
    extractor = std::make_unique<IndicatorExtractor>(standard.value());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzSupport::text(data, size);
    const QString firstLine = TextImporter::normalizeLineEnds(text).section(u'\n', 0, 0);
    const ReportDocument document = FuzzSupport::parsed(text);
    const qsizetype length = document.text.size();

    const OutlineResult outline = classifier->classify(document);
    for (const QList<PartClassification> *parts : {&outline.sections, &outline.paragraphs}) {
        for (const PartClassification &part : *parts) {
            FUZZ_CHECK(FuzzSupport::inside(part.range, length));
            FUZZ_CHECK(FuzzSupport::inside(part.headingRange, length));
            FUZZ_CHECK(part.confidence >= 0 && part.confidence <= 1);
        }
    }
    const int year = int(size % 40) + 2000;
    (void)classifier->classifyHeading(firstLine, year);
    (void)classifier->classifyParagraph(firstLine, year);

    for (const IndicatorValue &value : extractor->extract(document)) {
        FUZZ_CHECK(FuzzSupport::inside(value.sentence, length));
        FUZZ_CHECK(FuzzSupport::inside(value.match, length));
    }
    for (const IndicatorValue &value : extractor->extractFromText(firstLine)) {
        FUZZ_CHECK(FuzzSupport::inside(value.match, firstLine.size()));
    }
    return 0;
}
