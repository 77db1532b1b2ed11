// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusgenerator.h"

#include "reportparser.h"
#include "textcleaner.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

// Characters that real place names are made of.
const QString NameCharacters = u"东西南北中安平宁和兴丰华新清河山海阳江湖城乐昌德福嘉金龙明泉荣瑞盛顺泰文武祥永云长"_s;

QString placeName(QRandomGenerator &random)
{
    QString name;
    for (int i = 0; i < 2; ++i) {
        name.append(NameCharacters.at(random.bounded(int(NameCharacters.size()))));
    }
    return name;
}

// The short name of a region as the text writes it: 江门市江海区 → 江海区.
QString lastPlace(const QString &region)
{
    static const QRegularExpression place(u"([\\x{3400}-\\x{9FFF}]{2,4}?(?:街道|区|县|镇|市|乡))$"_s);
    const auto match = place.match(region);
    return match.hasMatch() ? match.captured(1) : region;
}

} // namespace

CorpusGenerator::CorpusGenerator(QList<QString> models, quint32 seed)
    : m_seed(seed)
{
    for (const QString &text : std::as_const(models)) {
        ImportedText imported;
        imported.text = text;
        TextCleaner::clean(imported);
        const ReportDocument document = ReportParser::parse(imported, {});
        QString region = lastPlace(document.metadataValue(MetadataKey::Region));
        // Find the region as written (the text may be traditional).
        const int at = document.text.isEmpty() ? -1 : int(document.normalized.text().indexOf(region));
        if (at >= 0) {
            const int start = document.normalized.toOriginal(at);
            const int end = document.normalized.toOriginal(at + int(region.size()) - 1) + 1;
            region = document.text.mid(start, end - start);
        }
        m_models.append({imported.text, region});
    }
}

QList<QString> CorpusGenerator::sampleReports()
{
    QList<QString> texts;
    const QDir samples(u":/fazhi/samples"_s);
    for (const QString &name : samples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile file(samples.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            texts.append(QString::fromUtf8(file.readAll()));
        }
    }
    return texts;
}

QString CorpusGenerator::report(int index) const
{
    if (m_models.isEmpty()) {
        return {};
    }
    const Model &model = m_models.at(index % m_models.size());
    QRandomGenerator random(m_seed ^ quint32(index * 2654435761u));
    QString text = model.text;
    if (model.region.size() >= 2) {
        // Keep the suffix (区, 镇, …) so that the level stays what it was.
        const QString suffix = model.region.right(model.region.endsWith(u"街道") ? 2 : 1);
        text.replace(model.region, placeName(random) + suffix);
    }
    // New figures, same shape: digits change, years (19xx/20xx before 年) stay.
    static const QRegularExpression figure(u"(?<![0-9])([0-9]{1,4})(?![0-9]|年)"_s);
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = figure.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out.append(QStringView(text).mid(last, match.capturedStart() - last));
        const qsizetype length = match.capturedLength();
        QString digits;
        for (qsizetype i = 0; i < length; ++i) {
            digits.append(QChar(u'0' + (i == 0 && length > 1 ? 1 + random.bounded(9) : random.bounded(10))));
        }
        out.append(digits);
        last = match.capturedEnd();
    }
    out.append(QStringView(text).mid(last));
    return out + u"\n（编号：%1）"_s.arg(index);
}

} // namespace Fazhi
