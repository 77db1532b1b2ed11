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

Result<QByteArray> AnnotationExporter::exportAll(ReviewStore &store, Format format)
{
    QHash<qint64, QString> tagNames;
    for (const Tag &tag : store.tags()) {
        tagNames.insert(tag.id, tag.name);
    }
    QHash<qint64, ReportSummary> reports;
    for (const ReportSummary &report : store.reports()) {
        reports.insert(report.id, report);
    }
    const QStringList columns { u"report"_s, u"file"_s, u"region"_s, u"year"_s, u"tag"_s, u"start"_s, u"end"_s,
        u"quote"_s, u"comment"_s, u"author"_s, u"status"_s, u"orphaned"_s, u"created"_s, u"updated"_s };
    QJsonArray rows;
    QString csv = columns.join(u',') + u"\r\n"_s;
    for (const Annotation &a : store.allAnnotations()) {
        const ReportSummary report = reports.value(a.reportId);
        const QStringList values { report.title.isEmpty() ? report.fileName : report.title, report.fileName,
            report.region, report.year > 0 ? QString::number(report.year) : QString(), tagNames.value(a.tagId),
            QString::number(a.start), QString::number(a.end), a.quote, a.comment, a.author,
            a.resolved ? u"resolved"_s : u"open"_s, a.orphaned ? u"yes"_s : u"no"_s, a.created.toString(Qt::ISODate),
            a.updated.toString(Qt::ISODate) };
        if (format == Format::Json) {
            QJsonObject row;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                row.insert(columns.at(i), values.at(i));
            }
            row.insert(u"start"_s, a.start);
            row.insert(u"end"_s, a.end);
            row.insert(u"year"_s, report.year);
            row.insert(u"orphaned"_s, a.orphaned);
            rows.append(row);
        } else {
            QStringList fields;
            for (const QString &value : values) {
                fields.append(csvField(value));
            }
            csv += fields.join(u',') + u"\r\n"_s;
        }
    }
    if (format == Format::Json) {
        return QJsonDocument(rows).toJson(QJsonDocument::Indented);
    }
    return QByteArray(QByteArray("\xEF\xBB\xBF") + csv.toUtf8()); // BOM: Excel reads UTF-8 only with it
}

} // namespace Fazhi
