// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadataextractor.h"

#include "chinesedate.h"
#include "scriptconverter.h"
#include "scriptdetector.h"
#include "textnormalizer.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Fazhi {

namespace {

const QString Han = u"\\x{3400}-\\x{9FFF}"_s;
const QString PlaceSuffix = u"(?:自治区|自治州|自治县|特别行政区|街道|省|市|区|县|镇|乡|旗|盟)"_s;
const QString BodySuffix
    = u"(?:人民政府|人民政府办公室|委员会|党委|党工委|管委会|管理委员会|办事处|常委会|政府|局|厅|委|办)"_s;

class Extractor
{
public:
    Extractor(ReportDocument &doc, const ReportMatter &matter, const QMap<QString, QString> &fields)
        : m_doc(doc)
        , m_norm(doc.normalized.text())
        , m_matter(matter)
        , m_fields(fields)
    {
    }

    void run()
    {
        readFront();
        readBack();
        readImportedFields();
        readRegion();
        readYear();
        inferTitle();
    }

private:
    QString norm(const TextRange &r) const { return m_norm.mid(r.start, r.length()); }

    QString original(const TextRange &normalizedRange) const
    {
        const NormalizedText &n = m_doc.normalized;
        if (normalizedRange.length() <= 0) {
            return {};
        }
        const int start = n.toOriginal(normalizedRange.start);
        const int end = n.toOriginal(normalizedRange.end - 1) + 1;
        return m_doc.text.mid(start, end - start);
    }

    void set(const char *key, const QString &value, double confidence, const QString &originalText = {})
    {
        const QString k = QString::fromLatin1(key);
        if (value.isEmpty() || (m_doc.metadata.contains(k) && m_doc.metadata.value(k).confidence >= confidence)) {
            return;
        }
        m_doc.metadata.insert(k, {value, originalText == value ? QString() : originalText, confidence});
    }

    // Values from the importer are as written; names are compared and grouped in simplified form.
    static QString simplified(const QString &value)
    {
        static const ScriptConverter converter(ScriptConverter::Direction::ToSimplified);
        QString folded = TextNormalizer::normalize(value, false).text();
        return ScriptDetector::containsTraditional(folded) ? converter.convert(folded).value() : folded;
    }

    void readFront()
    {
        static const QRegularExpression openMode(u"^(主动公开|依申请公开|不予公开|免予公开)$"_s);
        static const QRegularExpression number(
            u"([%1]{1,12}\\s*[〔\\[(（]\\s*\\d{4}\\s*[〕\\])）]\\s*\\d{1,4}\\s*号)"_s.arg(Han));
        static const QRegularExpression signer(u"签发人\\s*[:：]\\s*([%1·]{2,8})"_s.arg(Han));
        static const QRegularExpression addressee(
            u"^([%1、]{2,40}?(?:委|政府|人大|常委会|政协|办公室|局|厅|办|部|领导))\\s*[:：]?$"_s.arg(Han));
        for (const TextRange &range : m_matter.front) {
            const QString line = norm(range);
            if (const auto m = openMode.match(line); m.hasMatch()) {
                set(MetadataKey::OpenMode, line, 0.95, original(range));
                continue;
            }
            bool usedLine = false;
            if (const auto m = number.match(line); m.hasMatch()) {
                const TextRange r{range.start + int(m.capturedStart(1)), range.start + int(m.capturedEnd(1))};
                set(MetadataKey::DocumentNumber, m.captured(1).remove(u' '), 0.9, original(r));
                usedLine = true;
            }
            if (const auto m = signer.match(line); m.hasMatch()) {
                const TextRange r{range.start + int(m.capturedStart(1)), range.start + int(m.capturedEnd(1))};
                set(MetadataKey::Signer, m.captured(1), 0.9, original(r));
                usedLine = true;
            }
            if (usedLine) {
                continue;
            }
            if ((line.endsWith(u"报告") || line.contains(u"法治")) && line.size() <= 80
                && !m_doc.metadata.contains(u"title"_s)) {
                set(MetadataKey::Title, line, line.endsWith(u"报告") ? 0.95 : 0.7, original(range));
                continue;
            }
            if (const auto m = addressee.match(line); m.hasMatch() && line.size() <= 40) {
                const TextRange r{range.start + int(m.capturedStart(1)), range.start + int(m.capturedEnd(1))};
                set(MetadataKey::Addressee, m.captured(1), line.endsWith(u':') ? 0.9 : 0.75, original(r));
            }
        }
    }

    void readBack()
    {
        static const QRegularExpression contact(u"^\\(?\\s*((?:联系人|联系电话|联系方式).*?)\\)?$"_s);
        static const QRegularExpression body(u"^[%1()、]{2,40}%2$"_s.arg(Han, BodySuffix));
        QStringList issuers;
        QStringList issuersOriginal;
        for (const TextRange &range : m_matter.back) {
            const QString line = norm(range);
            if (const QDate date = ChineseDate::parse(line); date.isValid()) {
                set(MetadataKey::ReportDate, date.toString(Qt::ISODate), 0.9, original(range));
            } else if (const auto m = contact.match(line); m.hasMatch()) {
                set(MetadataKey::Contact, m.captured(1), 0.9, original(range));
            } else if (body.match(line).hasMatch()) {
                issuers.append(line);
                issuersOriginal.append(original(range));
            }
        }
        set(MetadataKey::Issuers, issuers.join(u'、'), 0.9, issuersOriginal.join(u'、'));
    }

    void readImportedFields()
    {
        static const QList<std::pair<QString, const char *>> keys{
            {u"publishDate"_s, MetadataKey::PublishDate},
            {u"documentNumber"_s, MetadataKey::DocumentNumber},
            {u"openMode"_s, MetadataKey::OpenMode},
            {u"title"_s, MetadataKey::Title},
            {u"publisher"_s, MetadataKey::Issuers},
            {u"writtenDate"_s, MetadataKey::ReportDate},
        };
        for (const auto &[field, key] : keys) {
            const QString value = m_fields.value(field);
            if (!value.isEmpty()) {
                // A date field the importer read from an index table is as certain as the text.
                set(key, simplified(value), field.endsWith(u"Date") ? 0.95 : 0.85, value);
            }
        }
    }

    // A place name at the start of a title or body name: 江门市江海区关于… → 江门市江海区.
    static QString placePrefix(const QString &name)
    {
        static const QRegularExpression place(u"^(?:中国共产党|中共)?((?:[%1]{1,8}?%2)+)"_s.arg(Han, PlaceSuffix));
        const auto m = place.match(name);
        return m.hasMatch() ? m.captured(1) : QString();
    }

    // The body the report is about, when its title or signature names none: the subject of the
    // preamble ("…，洪梅镇坚持以…"), completed with the city the report mentions most.
    QString regionFromBody() const
    {
        const QString preamble = norm(m_matter.firstParagraph).left(300);
        static const QRegularExpression subject(
            u"(?:^|[,，。;；、\\s])([%1]{2,8}?%2)(?:坚持|深入|认真|全面|紧紧|聚焦|始终|紧扣|围绕|持续|积极|扎实|以|在)"_s
                .arg(Han, PlaceSuffix));
        auto it = subject.globalMatch(preamble);
        QString found;
        while (it.hasNext()) {
            const QString candidate = it.next().captured(1);
            if (!QStringView(u"我全本各该").contains(candidate.front())) {
                found = candidate;
                break;
            }
        }
        if (found.isEmpty() || found.contains(u'市') || found.endsWith(u'省')) {
            return found;
        }
        // The parent city: the two-character name before 市 that recurs most in the text (a
        // word such as 依法治市 turns up once; the city's name recurs).
        static const QRegularExpression city(u"([%1]{2})市"_s.arg(Han));
        QHash<QString, int> counts;
        auto cities = city.globalMatch(m_norm);
        while (cities.hasNext()) {
            const QString name = cities.next().captured(1);
            static const QStringList notNames{
                u"全市"_s, u"本市"_s, u"该市"_s, u"我市"_s, u"各市"_s, u"城市"_s, u"省市"_s};
            if (!notNames.contains(name + u'市') && !QStringView(u"全本该我各城省").contains(name.back())) {
                counts[name] += 1;
            }
        }
        QString best;
        int bestCount = 0;
        for (auto c = counts.cbegin(); c != counts.cend(); ++c) {
            if (c.value() > bestCount || (c.value() == bestCount && c.key() < best)) {
                best = c.key();
                bestCount = c.value();
            }
        }
        return bestCount >= 2 ? best + u'市' + found : found;
    }

    void readRegion()
    {
        const QString title = m_doc.metadataValue(MetadataKey::Title);
        QString region = placePrefix(title);
        double confidence = 0.9;
        if (region.isEmpty()) {
            const QString issuers = m_doc.metadataValue(MetadataKey::Issuers);
            for (const QString &issuer : issuers.split(u'、')) {
                region = placePrefix(issuer);
                if (!region.isEmpty()) {
                    break;
                }
            }
            confidence = 0.8;
        }
        if (region.isEmpty()) {
            region = regionFromBody();
            confidence = 0.6;
        }
        set(MetadataKey::Region, region, confidence);
        // A department's report names the department after the place: 江门市司法局关于… (built
        // for each report: it holds this report's region)
        const QRegularExpression department(u"^%1[%2]{1,12}?(?:局|厅|委员会|办公室|办|委)(?:关于|\\d{4}年)"_s.arg(
            QRegularExpression::escape(region), Han));
        if (!region.isEmpty()) {
            const bool isDepartment
                = !title.isEmpty() && department.match(title).hasMatch() && !title.startsWith(region + u"人民政府");
            set(MetadataKey::Level, isDepartment ? u"部门"_s : MetadataExtractor::levelOf(region), confidence);
        }
    }

    void readYear()
    {
        static const QRegularExpression titleYear(u"(\\d{4})\\s*年度?"_s);
        if (const auto m = titleYear.match(m_doc.metadataValue(MetadataKey::Title)); m.hasMatch()) {
            set(MetadataKey::Year, m.captured(1), 0.95);
            return;
        }
        static const QRegularExpression openingYear(u"^(\\d{4})\\s*年(?:度|以来|,|，|是|全|我|在)"_s);
        if (const auto m = openingYear.match(norm(m_matter.firstParagraph)); m.hasMatch()) {
            set(MetadataKey::Year, m.captured(1), 0.85);
            return;
        }
        // Reports are written in the first months after the year they cover.
        for (const char *key : {MetadataKey::ReportDate, MetadataKey::PublishDate}) {
            const QDate date = QDate::fromString(m_doc.metadataValue(key), Qt::ISODate);
            if (date.isValid()) {
                set(MetadataKey::Year, QString::number(date.month() <= 6 ? date.year() - 1 : date.year()), 0.5);
                return;
            }
        }
    }

    // Some reports start straight with the body. The library still needs a name for them: the
    // genre's own title, built from what the body says, with a confidence that marks it a guess.
    void inferTitle()
    {
        const QString region = m_doc.metadataValue(MetadataKey::Region);
        const QString year = m_doc.metadataValue(MetadataKey::Year);
        if (m_doc.metadata.contains(QString::fromLatin1(MetadataKey::Title)) || region.isEmpty() || year.isEmpty()) {
            return;
        }
        set(MetadataKey::Title, u"%1%2年度法治政府建设情况报告"_s.arg(region, year), 0.3);
    }

    ReportDocument &m_doc;
    const QString &m_norm;
    const ReportMatter &m_matter;
    const QMap<QString, QString> &m_fields;
};

} // namespace

QString MetadataExtractor::levelOf(const QString &name)
{
    static const QList<std::pair<QString, QString>> suffixes{
        {u"街道"_s, u"街道"_s},
        {u"自治区"_s, u"省"_s},
        {u"特别行政区"_s, u"省"_s},
        {u"自治州"_s, u"市"_s},
        {u"自治县"_s, u"县"_s},
        {u"省"_s, u"省"_s},
        {u"市"_s, u"市"_s},
        {u"区"_s, u"区"_s},
        {u"县"_s, u"县"_s},
        {u"旗"_s, u"县"_s},
        {u"盟"_s, u"市"_s},
        {u"镇"_s, u"镇"_s},
        {u"乡"_s, u"镇"_s},
    };
    for (const auto &[suffix, level] : suffixes) {
        if (name.endsWith(suffix)) {
            return level;
        }
    }
    return {};
}

void MetadataExtractor::extract(
    ReportDocument &document, const ReportMatter &matter, const QMap<QString, QString> &importedFields)
{
    Extractor(document, matter, importedFields).run();
}

} // namespace Fazhi
