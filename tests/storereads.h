// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Store reads return a Result: a test reads through READ_OK(store->tags()), which is the value
// when the read succeeded and otherwise fails the test with the store's reason (never a crash
// on an unchecked value()).
#include "result.h"

#include <QTest>

namespace StoreReads {

template<typename T> T readOk(Fazhi::Result<T> read, const char *expression, const char *file, int line)
{
    if (!read) {
        // QVERIFY's own fail action is a bare return, which cannot leave a function that returns
        // a value; throwing on failure (Qt 6.8) ends the test function from here, from a
        // fixture's helper as from the test itself, and the test framework reports it as failed.
        const QTest::ThrowOnFailEnabler throwing;
        [&] {
            if (!QTest::qVerify(false, expression, qPrintable(read.error()), file, line)) {
                QTEST_FAIL_ACTION;
            }
        }();
    }
    return std::move(read).value();
}

} // namespace StoreReads

/** The value @p read (a Result) holds; a failed read fails the running test with its reason. */
#define READ_OK(read) StoreReads::readOk((read), #read, __FILE__, __LINE__)
