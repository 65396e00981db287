// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "appointment_rules.hpp"

#include <algorithm>

#include "domain/utf8.hpp"

namespace civiq::booking {

std::string booking_code_prefix(std::string_view office_id) {
  std::string prefix(office_id.substr(0, 3));
  std::ranges::transform(prefix, prefix.begin(), [](char c) { return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c; });
  return prefix + '-';
}

bool is_booking_code_of(std::string_view code, std::string_view office_id) {
  const std::string prefix = booking_code_prefix(office_id);
  if (code.size() != prefix.size() + 8 || !code.starts_with(prefix)) return false;
  return code.substr(prefix.size()).find_first_not_of("0123456789ABCDEF") == std::string_view::npos;
}

std::string citizen_name_problem(std::string_view name) {
  if (name.find_first_not_of(" \t") == std::string_view::npos) return "no name";
  if (domain::utf8_characters(name) > kMaxNameCharacters)
    return "a name of more than " + std::to_string(kMaxNameCharacters) + " characters";
  return {};
}

}  // namespace civiq::booking
