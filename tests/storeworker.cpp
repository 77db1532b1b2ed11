// SPDX-License-Identifier: GPL-3.0-or-later
// A helper process for tst_storedurability: writes to a project in a loop and reports each
// write on stdout only after the store returned, so the test knows what must have survived
// when it kills this process.
//   storeworker annotate DB REPORT_ID COUNT    add COUNT annotations, print "ok <uid>" each
//   storeworker import DB SEED_TEXT_FILE COUNT  import COUNT variants of a report, print "ok <file>"
#include "reviewstore.h"
#include "seedreports.h"

#include <cstdio>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace Fazhi;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: storeworker annotate|import DB ARG COUNT\n");
        return 2;
    }
    auto opened = ReviewStore::open(args.at(2));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    std::unique_ptr<ReviewStore> store = std::move(opened).value();
    store->setAuthor(u"worker %1"_s.arg(QCoreApplication::applicationPid()));
    const int count = args.at(4).toInt();
    if (args.at(1) == u"annotate") {
        const qint64 report = args.at(3).toLongLong();
        const qint64 tag = store->tags().first().id;
        for (int i = 0; i < count; ++i) {
            const auto added = store->addAnnotation(report, (i * 7) % 500, (i * 7) % 500 + 5, tag, u"批注 %1"_s.arg(i));
            if (!added) {
                std::fprintf(stderr, "%s\n", qPrintable(added.error()));
                return 1;
            }
            std::printf("ok %s\n", qPrintable(added.value().uid));
            std::fflush(stdout);
        }
        return 0;
    }
    QFile seed(args.at(3));
    if (!seed.open(QIODevice::ReadOnly)) {
        return 1;
    }
    const QString text = QString::fromUtf8(seed.readAll());
    for (int i = 0; i < count; ++i) {
        // Each variant differs, so each is a new report.
        const QString variant = text + u"\n（联系人：测试%1-%2）"_s.arg(QCoreApplication::applicationPid()).arg(i);
        const QString name = u"variant-%1-%2.txt"_s.arg(QCoreApplication::applicationPid()).arg(i);
        const ReportDocument document = SeedReports::parse(variant, name);
        const auto imported = store->importReport(
            {document, QCryptographicHash::hash(variant.toUtf8(), QCryptographicHash::Sha256), {}});
        if (!imported) {
            std::fprintf(stderr, "%s\n", qPrintable(imported.error()));
            return 1;
        }
        std::printf("ok %s\n", qPrintable(name));
        std::fflush(stdout);
    }
    return 0;
}
