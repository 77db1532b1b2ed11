// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the libFuzzer targets share: a check that fails the run like a crash, quiet Qt
// messages, and ways to read an input as text.
#include "importedtext.h"
#include "reportdocument.h"
#include "reportparser.h"
#include "result.h"
#include "textcleaner.h"
#include "textimporter.h"

#include <cstdio>
#include <cstdlib>

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

/** Fails the run, keeping the input, when a promise of the unit under test is broken. */
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: broken promise: %s\n", __FILE__, __LINE__, #condition);                       \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace FuzzSupport {

/**
 * Drops Qt's warnings (a damaged input makes many; printing them would slow the run and bury
 * libFuzzer's report) but still aborts on fatal ones.
 */
inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
}

inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** The input as UTF-8 text, as the later stages get it from an importer (invalid bytes become U+FFFD). */
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(bytes(data, size));
}

/** @p text as a .txt file brings it to the parser: line ends normalised, cleaned. */
inline Fazhi::ImportedText cleaned(const QString &text)
{
    Fazhi::ImportedText imported;
    imported.text = Fazhi::TextImporter::normalizeLineEnds(text);
    imported.format = QStringLiteral("txt");
    imported.encoding = QStringLiteral("UTF-8");
    Fazhi::TextCleaner::clean(imported);
    return imported;
}

/** @p text cleaned and parsed as the report file @p fileName. */
inline Fazhi::ReportDocument parsed(const QString &text, const QString &fileName = QStringLiteral("fuzz.txt"))
{
    return Fazhi::ReportParser::parse(cleaned(text), fileName);
}

/** The value of a read of the store, or an empty one: a read may fail on a damaged file, but says why. */
template<typename T> T valueOf(Fazhi::Result<T> result)
{
    FUZZ_CHECK(result || !result.error().isEmpty());
    return result ? std::move(result).value() : T{};
}

/** Whether @p range lies inside a text of @p size UTF-16 units: everything later slices the text with it. */
inline bool inside(const Fazhi::TextRange &range, qsizetype size)
{
    return range.start >= 0 && range.start <= range.end && range.end <= size;
}

inline void checkSection(const Fazhi::ReportSection &section, qsizetype size)
{
    FUZZ_CHECK(inside(section.range, size));
    FUZZ_CHECK(inside(section.headingRange, size));
    for (const Fazhi::ReportSection &child : section.children) {
        checkSection(child, size);
    }
}

/** Every range of @p document points into its text. */
inline void checkDocument(const Fazhi::ReportDocument &document)
{
    const qsizetype size = document.text.size();
    for (const Fazhi::ReportSection &section : document.sections) {
        checkSection(section, size);
    }
    for (const Fazhi::ReportParagraph &paragraph : document.paragraphs) {
        FUZZ_CHECK(inside(paragraph.range, size));
        for (const Fazhi::TextRange &item : paragraph.items) {
            FUZZ_CHECK(inside(item, size));
        }
    }
}

/** An importer's promises: no '\r' in the text, heading levels only on lines that exist. */
inline void checkImported(const Fazhi::ImportedText &imported)
{
    FUZZ_CHECK(!imported.text.contains(u'\r'));
    const qsizetype lines = imported.text.count(u'\n') + 1;
    for (auto it = imported.headingLevels.cbegin(); it != imported.headingLevels.cend(); ++it) {
        FUZZ_CHECK(it.key() >= 0 && it.key() < lines);
    }
}

} // namespace FuzzSupport
