// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// What every fuzz harness shares: the libFuzzer entry point's signature and a check that stays on in
// release builds (assert does not), so a broken property is a crash libFuzzer reports and the replay
// test fails on. Thread rule: none needed, harnesses are single-threaded.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace civiq::fuzz {

[[noreturn]] inline void fail(const char* what, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
  std::abort();
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace civiq::fuzz

#define CIVIQ_FUZZ_CHECK(condition) \
  ((condition) ? static_cast<void>(0) : ::civiq::fuzz::fail(#condition, __FILE__, __LINE__))
