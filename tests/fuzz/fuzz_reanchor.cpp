// SPDX-License-Identifier: GPL-3.0-or-later
// Annotation re-anchoring, through ReviewStore with a project in memory: the input is a report's
// text, a NUL byte, the text of its new version, and optionally a NUL byte and the annotated
// spans (pairs of little-endian 16-bit start and length; without them, the first characters of
// the first lines are annotated). The new version replaces the old; every annotation must then
// either quote the new text exactly where it points, or be flagged orphaned with its range
// inside the new text.
#include "fuzzsupport.h"
#include "reviewstore.h"

#include <QCryptographicHash>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Fazhi;

namespace {

ReportImport reportOf(const QString &text)
{
    ReportImport report;
    report.document = FuzzSupport::parsed(text);
    report.contentHash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    report.onDuplicate = DuplicatePolicy::Replace;
    return report;
}

QList<std::pair<int, int>> spansOf(QByteArrayView spans, const QString &text)
{
    QList<std::pair<int, int>> result;
    const int size = int(text.size());
    if (size == 0) {
        return result;
    }
    if (spans.isEmpty()) {
        int lineStart = 0;
        for (int line = 0; line < 6 && lineStart < size; ++line) {
            const int end = int(text.indexOf(u'\n', lineStart));
            const int lineEnd = end < 0 ? size : end;
            if (lineEnd > lineStart) {
                result.append({lineStart, std::min(lineEnd, lineStart + 12)});
            }
            lineStart = lineEnd + 1;
        }
        return result;
    }
    for (qsizetype at = 0; at + 3 < spans.size() && result.size() < 16; at += 4) {
        const auto byte = [&](qsizetype i) {
            return int(uchar(spans[at + i]));
        };
        const int start = (byte(0) | byte(1) << 8) % size;
        const int length = (byte(2) | byte(3) << 8) % 200 + 1;
        result.append({start, std::min(size, start + length)});
    }
    return result;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::quietQt();
    QStandardPaths::setTestModeEnabled(true);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = FuzzSupport::bytes(data, size);
    const qsizetype firstNul = input.indexOf('\0');
    if (firstNul < 0) {
        return 0;
    }
    const qsizetype secondNul = input.indexOf('\0', firstNul + 1);
    const QByteArrayView newBytes
        = secondNul < 0 ? input.sliced(firstNul + 1) : input.sliced(firstNul + 1, secondNul - firstNul - 1);
    const QByteArrayView spanBytes = secondNul < 0 ? QByteArrayView() : input.sliced(secondNul + 1);

    auto opened = ReviewStore::open(u":memory:"_s);
    FUZZ_CHECK(opened.ok());
    std::unique_ptr<ReviewStore> store = std::move(opened).value();
    store->setAuthor(u"fuzz"_s);

    ImportedReport first;
    if (!store->importReport(reportOf(QString::fromUtf8(input.first(firstNul))), &first)) {
        return 0;
    }
    const QString oldText = FuzzSupport::valueOf(store->report(first.reportId)).text;
    const QList<Tag> tags = FuzzSupport::valueOf(store->tags());
    FUZZ_CHECK(!tags.isEmpty());
    int annotated = 0;
    for (const auto &[start, end] : spansOf(spanBytes, oldText)) {
        if (store->addAnnotation(first.reportId, start, end, tags.first().id)) {
            ++annotated;
        }
    }

    ImportedReport second;
    const auto outcome = store->importReport(reportOf(QString::fromUtf8(newBytes)), &second);
    if (!outcome || outcome.value() != ImportOutcome::Updated) {
        return 0;
    }
    const ReanchorResult &moved = second.reanchored;
    FUZZ_CHECK(moved.kept + moved.moved + moved.orphaned == annotated);
    FUZZ_CHECK(moved.orphanedQuotes.size() == moved.orphaned);
    const QString newText = FuzzSupport::valueOf(store->report(second.reportId)).text;
    const QList<Annotation> annotations = FuzzSupport::valueOf(store->annotations(second.reportId));
    FUZZ_CHECK(annotations.size() == annotated);
    for (const Annotation &a : annotations) {
        FUZZ_CHECK(a.start >= 0 && a.start <= a.end && a.end <= newText.size());
        if (!a.orphaned) {
            FUZZ_CHECK(newText.mid(a.start, a.end - a.start) == a.quote);
        }
    }
    return 0;
}
