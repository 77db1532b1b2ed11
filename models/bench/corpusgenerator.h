// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Fazhi {

/**
 * Makes any number of realistic reports from a few real ones, for benchmarks and load tests:
 * each variant renames the region (with names built like real ones), changes the figures and
 * so differs in content and hash, while keeping the structure, vocabulary and script of its
 * model. Deterministic: the same index always gives the same text.
 */
class CorpusGenerator final
{
public:
    /** @p models are report texts (e.g. the bundled samples); @p seed varies the whole corpus. */
    explicit CorpusGenerator(QList<QString> models, quint32 seed = 2024);

    /** The bundled sample reports (":/fazhi/samples"), the usual models. */
    static QList<QString> sampleReports();

    qsizetype modelCount() const { return m_models.size(); }
    /** Variant number @p index. */
    QString report(int index) const;

private:
    struct Model
    {
        QString text;
        QString region; // as written in the text, e.g. 江门市江海区 or 江海区
    };
    QList<Model> m_models;
    quint32 m_seed;
};

} // namespace Fazhi
