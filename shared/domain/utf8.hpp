// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Lengths of UTF-8 text as people count them: limits on free text (a transfer note, a citizen's
// name) are in characters, not bytes, so "ü" counts once. Thread rule: stateless.
#include <algorithm>
#include <cstddef>
#include <string_view>

namespace civiq::domain {

// Code points of UTF-8 text: every byte but the continuation bytes (10xxxxxx) starts one.
[[nodiscard]] inline std::size_t utf8_characters(std::string_view utf8) {
  return static_cast<std::size_t>(
      std::ranges::count_if(utf8, [](char byte) { return (static_cast<unsigned char>(byte) & 0xC0U) != 0x80U; }));
}

}  // namespace civiq::domain
