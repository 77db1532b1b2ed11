// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Whether the test runs under AddressSanitizer (scripts/test --sanitize): gcc says so with a
// macro, clang only through __has_feature. Tests of speed or of address-space limits skip there.
#if defined(__SANITIZE_ADDRESS__)
#define FAZHI_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FAZHI_ASAN 1
#endif
#endif
#ifndef FAZHI_ASAN
#define FAZHI_ASAN 0
#endif

namespace SanitizerBuild {

inline constexpr bool addressSanitizer = FAZHI_ASAN != 0;

} // namespace SanitizerBuild
