// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a project file received from someone else: the input is written as a .fzr file in a
// scratch folder and opened read-only, then read-write, and everything the library and the
// reader show is listed. Refusing the file is fine; crashing, hanging or aborting is not.
#include "fuzzsupport.h"
#include "reviewstore.h"

#include <memory>
#include <variant>

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
    (void)store.reportCount();
    (void)store.years();
    (void)FuzzSupport::valueOf(store.tags());
    (void)FuzzSupport::valueOf(store.allAnnotations());
    (void)FuzzSupport::valueOf(store.history());
    for (const ReportSummary &summary : FuzzSupport::valueOf(store.reports())) {
        (void)store.report(summary.id);
        (void)store.reportName(summary.id);
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
        try {
            listEverything(*opened.value());
        } catch (const std::bad_variant_access &) {
            // Known: a failing step() in a read ends the program (issue 17, item 11), found here
            // on the first damaged page. Tolerated only until the reads return a Result; remove
            // this then, and the inputs in tests/data/fuzz/fuzz_projectfile test that they do.
            static bool said = false;
            if (!said) {
                std::fprintf(stderr, "fuzz_projectfile: a read threw bad_variant_access (issue 17, item 11)\n");
                said = true;
            }
            continue;
        }
        if (access == ReviewStore::Access::ReadWrite && !opened.value()->isReadOnly()) {
            (void)opened.value()->addTag(u"收到"_s, QColor(Qt::red));
        }
    }
    return 0;
}
