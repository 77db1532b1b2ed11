// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttextkey.h"

#include <QCryptographicHash>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

void textKeyFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto *text = static_cast<const char16_t *>(sqlite3_value_text16(arguments[0]));
    if (!text) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    const qsizetype size = sqlite3_value_bytes16(arguments[0]) / qsizetype(sizeof(char16_t));
    const QString key = ReportTextKey::of(QStringView(text, size));
    sqlite3_result_text16(context, key.utf16(), int(key.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

} // namespace

QString ReportTextKey::of(QStringView normalized)
{
    QString letters;
    letters.reserve(normalized.size());
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const QChar c = normalized.at(i);
        if (c.isHighSurrogate() && i + 1 < normalized.size() && normalized.at(i + 1).isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(c, normalized.at(i + 1));
            if (QChar::isLetterOrNumber(code)) {
                letters.append(c);
                letters.append(normalized.at(i + 1));
            }
            ++i;
        } else if (c.isLetterOrNumber()) {
            letters.append(c.toCaseFolded());
        }
    }
    if (letters.isEmpty()) {
        return {};
    }
    return QString::fromLatin1(QCryptographicHash::hash(letters.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<Done> ReportTextKey::registerWith(sqlite3 *db)
{
    const int rc = sqlite3_create_function_v2(
        db, SqlFunction, 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC, nullptr, &textKeyFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return Error{QString::fromUtf8(sqlite3_errmsg(db))};
    }
    return Done{};
}

} // namespace Fazhi
