// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a project file received from someone else: the input is written as a .fzr file in a
// scratch folder and opened read-only, then read-write, and everything the library and the
// reader show is listed. Refusing the file is fine; crashing, hanging or aborting is not.
#include "fuzzsupport.h"
#include "reviewstore.h"

#include <memory>

#include <QColor>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Fazhi;

namespace {

std::unique_ptr<QTemporaryDir> scratch;

void listEverything(ReviewStore &store)
{
    (void)FuzzSupport::valueOf(store.reportCount());
    (void)FuzzSupport::valueOf(store.years());
    (void)FuzzSupport::valueOf(store.tags());
    (void)FuzzSupport::valueOf(store.allAnnotations());
    (void)FuzzSupport::valueOf(store.history());
    for (const ReportSummary &summary : FuzzSupport::valueOf(store.reports())) {
        (void)store.report(summary.id);
        (void)FuzzSupport::valueOf(store.reportName(summary.id));
        (void)FuzzSupport::valueOf(store.annotations(summary.id));
        (void)FuzzSupport::valueOf(store.parts(summary.id));
        (void)FuzzSupport::valueOf(store.decisions(summary.id));
        (void)FuzzSupport::valueOf(store.checklist(summary.id));
        (void)FuzzSupport::valueOf(store.indicators(summary.id));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::quietQt();
    QStandardPaths::setTestModeEnabled(true);
    scratch = std::make_unique<QTemporaryDir>();
    FUZZ_CHECK(scratch->isValid());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QDir dir(scratch->path());
    // What the last input left: the file, SQLite's -wal and -shm, a backup before an upgrade.
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        dir.remove(name);
    }
    const QString path = dir.filePath(u"received.fzr"_s);
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly));
        FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }
    for (const ReviewStore::Access access : {ReviewStore::Access::ReadOnly, ReviewStore::Access::ReadWrite}) {
        auto opened = ReviewStore::open(path, access);
        if (!opened) {
            FUZZ_CHECK(!opened.error().isEmpty());
            continue;
        }
        // A damaged page fails the read that meets it (a Result), never the program.
        listEverything(*opened.value());
        if (access == ReviewStore::Access::ReadWrite && !opened.value()->isReadOnly()) {
            (void)opened.value()->addTag(u"收到"_s, QColor(Qt::red));
        }
    }
    return 0;
}
