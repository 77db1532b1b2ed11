// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A review project in a temporary folder with seed reports imported and analysed, and the
// poppler tools that read the PDFs the exporters write, for the exporter tests.
#include "reviewstore.h"
#include "seedreports.h"
#include "storereads.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class ExportFixture
{
public:
    /** Opens a new project signed by 李审阅; false (with a warning) if that fails. */
    bool open()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto opened = Fazhi::ReviewStore::open(dir.filePath(QStringLiteral("export.fzr")));
        if (!opened) {
            qWarning("%s", qPrintable(opened.error()));
            return false;
        }
        store = std::move(opened).value();
        store->setAuthor(QStringLiteral("李审阅"));
        // FAZHI_KEEP_EXPORTS=1 keeps the files to look at them.
        dir.setAutoRemove(!qEnvironmentVariableIsSet("FAZHI_KEEP_EXPORTS"));
        if (!dir.autoRemove()) {
            qInfo("exports kept in %s", qPrintable(dir.path()));
        }
        return dir.isValid();
    }

    /** Imports @p document with its automatic analysis; the report's id, or 0. */
    qint64 import(const Fazhi::ReportDocument &document) { return SeedReports::importAnalysed(*store, document); }

    qint64 importSeed(const QString &prefix) { return import(SeedReports::document(prefix)); }

    /** The id of the tag at @p position in the project's list (the default tags), or 0. */
    qint64 tag(int position)
    {
        const QList<Fazhi::Tag> tags = READ_OK(store->tags());
        return position < tags.size() ? tags.at(position).id : 0;
    }

    /** Annotates the first occurrence of @p quote in report @p reportId; the annotation id, or 0. */
    qint64 annotate(qint64 reportId, const QString &quote, qint64 tagId, const QString &comment = {})
    {
        const auto document = store->report(reportId);
        const qsizetype at = document ? document.value().text.indexOf(quote) : -1;
        if (at < 0) {
            qWarning("quote not found: %s", qPrintable(quote));
            return 0;
        }
        const auto added = store->addAnnotation(reportId, int(at), int(at + quote.size()), tagId, comment);
        return added ? added.value().id : 0;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return {};
        }
        return file.fileName();
    }

    /** Runs a poppler tool; its standard output (UTF-8), or empty with a warning. */
    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    /**
     * The text of @p pdf (pages @p first to @p last, 0: all) without any white space; @p raw: in
     * the order it is drawn (the text column, then the notes beside it) rather than as poppler
     * guesses the columns.
     */
    static QString pdfText(const QString &pdf, int first = 0, int last = 0, bool raw = false)
    {
        QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
        if (raw) {
            arguments << QStringLiteral("-raw");
        }
        if (first > 0) {
            arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
                      << QString::number(last);
        }
        return squeezed(run(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-")));
    }

    static QString squeezed(QString text)
    {
        text.remove(QRegularExpression(QStringLiteral("\\s+")));
        return text;
    }

    static int pageCount(const QString &pdf)
    {
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        return match.hasMatch() ? match.captured(1).toInt() : 0;
    }

    /** Page @p page of @p pdf rendered at 40 dpi. */
    QImage render(const QString &pdf, int page)
    {
        const QString prefix = dir.filePath(QStringLiteral("page%1").arg(page));
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, prefix});
        return QImage(prefix + QStringLiteral(".png"));
    }

    /** Pixels of @p image that are not (nearly) white. */
    static int inkedPixels(const QImage &image)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qGray(image.pixel(x, y)) < 200) {
                    ++count;
                }
            }
        }
        return count;
    }

    QTemporaryDir dir;
    std::unique_ptr<Fazhi::ReviewStore> store;
};
