// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportreader.h"

#include "reportimporter.h"
#include "reportparser.h"
#include "textcleaner.h"

#include <QFileInfo>

namespace Fazhi {

namespace {

Result<ReportDocument> parseImported(Result<ImportedText> imported, const QString &fileName)
{
    if (!imported) {
        return imported.failure();
    }
    ImportedText text = std::move(imported).value();
    TextCleaner::clean(text);
    if (text.text.trimmed().isEmpty()) {
        return Error{ReportReader::tr("%1: nothing but page furniture (menus, links, tables) was found; "
                                      "there is no report text in it.")
                .arg(fileName)};
    }
    return ReportParser::parse(text, fileName);
}

} // namespace

Result<ReportDocument> ReportReader::read(const QString &path)
{
    return parseImported(ReportImporter::importFile(path), QFileInfo(path).fileName());
}

Result<ReportDocument> ReportReader::readBytes(const QByteArray &bytes, const QString &fileName)
{
    return parseImported(ReportImporter::importBytes(bytes, fileName), fileName);
}

} // namespace Fazhi
