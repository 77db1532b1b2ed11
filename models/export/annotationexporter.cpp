// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationexporter.h"

#include "reviewstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Fazhi {

QString AnnotationExporter::csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r')) {
        return value;
    }
    QString escaped = value;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

namespace {

// Rows as CSV (UTF-8 with BOM, so that Excel reads the Chinese) or as a JSON array of objects;
// @p numbers names the columns that JSON should carry as numbers.
QByteArray table(const QStringList &columns, const QList<QStringList> &rows, AnnotationExporter::Format format,
    const QStringList &numbers = {})
{
    if (format == AnnotationExporter::Format::Json) {
        QJsonArray array;
        for (const QStringList &values : rows) {
            QJsonObject row;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                row.insert(columns.at(i),
                    numbers.contains(columns.at(i)) ? QJsonValue(values.at(i).toLongLong()) : QJsonValue(values.at(i)));
            }
            array.append(row);
        }
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    QString csv = columns.join(u',') + u"\r\n"_s;
    for (const QStringList &values : rows) {
        QStringList fields;
        for (const QString &value : values) {
            fields.append(AnnotationExporter::csvField(value));
        }
        csv += fields.join(u',') + u"\r\n"_s;
    }
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace

Result<QByteArray> AnnotationExporter::exportHistory(ReviewStore &store, Format format)
{
    QHash<qint64, ReportSummary> reports;
    const auto readReports = store.reports();
    if (!readReports) {
        return readReports.failure();
    }
    for (const ReportSummary &report : readReports.value()) {
        reports.insert(report.id, report);
    }
    const QStringList columns{u"at"_s, u"author"_s, u"action"_s, u"entity"_s, u"entity_uid"_s, u"report"_s, u"region"_s,
        u"before"_s, u"after"_s};
    QList<QStringList> rows;
    const auto readHistory = store.history();
    if (!readHistory) {
        return readHistory.failure();
    }
    for (const HistoryEntry &entry : readHistory.value()) {
        const ReportSummary report = reports.value(entry.reportId);
        rows.append({entry.at.toString(Qt::ISODate), entry.author, entry.action, entry.entity, entry.entityUid,
            report.title.isEmpty() ? report.fileName : report.title, report.region, entry.before, entry.after});
    }
    return table(columns, rows, format);
}

Result<QByteArray> AnnotationExporter::exportAll(ReviewStore &store, Format format)
{
    QHash<qint64, QString> tagNames;
    const auto readTags = store.tags();
    if (!readTags) {
        return readTags.failure();
    }
    for (const Tag &tag : readTags.value()) {
        tagNames.insert(tag.id, ReviewStore::displayName(tag));
    }
    QHash<qint64, ReportSummary> reports;
    const auto readReports = store.reports();
    if (!readReports) {
        return readReports.failure();
    }
    for (const ReportSummary &report : readReports.value()) {
        reports.insert(report.id, report);
    }
    const QStringList columns{u"report"_s, u"file"_s, u"region"_s, u"year"_s, u"tag"_s, u"start"_s, u"end"_s,
        u"quote"_s, u"comment"_s, u"author"_s, u"status"_s, u"orphaned"_s, u"created"_s, u"updated"_s};
    QList<QStringList> rows;
    const auto readAllAnnotations = store.allAnnotations();
    if (!readAllAnnotations) {
        return readAllAnnotations.failure();
    }
    for (const Annotation &a : readAllAnnotations.value()) {
        const ReportSummary report = reports.value(a.reportId);
        rows.append({report.title.isEmpty() ? report.fileName : report.title, report.fileName, report.region,
            report.year > 0 ? QString::number(report.year) : QString(), tagNames.value(a.tagId),
            QString::number(a.start), QString::number(a.end), a.quote, a.comment, a.author,
            a.resolved ? u"resolved"_s : u"open"_s, a.orphaned ? u"yes"_s : u"no"_s, a.created.toString(Qt::ISODate),
            a.updated.toString(Qt::ISODate)});
    }
    return table(columns, rows, format, {u"start"_s, u"end"_s, u"year"_s});
}

} // namespace Fazhi
