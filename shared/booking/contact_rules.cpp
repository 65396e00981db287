// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "contact_rules.hpp"

#include <algorithm>

namespace civiq::booking {
namespace {

constexpr std::size_t kMaxAddress = 254;  // RFC 5321, path length less the angle brackets

char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Lower-cased ASCII letters; other bytes (UTF-8 of names) kept as they are. Runs of spaces become
// one, and none at either end.
std::string folded(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(lower(c));
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::optional<std::string> normalised_email(std::string_view address) {
  if (address.empty() || address.size() > kMaxAddress) return std::nullopt;
  if (std::any_of(address.begin(), address.end(),
                  [](char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7f; }))
    return std::nullopt;
  const auto at = address.rfind('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == address.size()) return std::nullopt;
  std::string local(address.substr(0, at));
  std::string domain(address.substr(at + 1));
  std::transform(local.begin(), local.end(), local.begin(), lower);
  std::transform(domain.begin(), domain.end(), domain.begin(), lower);
  if (const auto plus = local.find('+'); plus != std::string::npos) local.erase(plus);
  if (domain == "googlemail.com") domain = "gmail.com";
  if (domain == "gmail.com") std::erase(local, '.');  // Gmail delivers a.b@ and ab@ to one box
  if (local.empty()) return std::nullopt;
  return local + "@" + domain;
}

bool within_address_limit(const std::vector<ActiveBooking>& active, const std::string& address, int service_id,
                          int max_active) {
  const auto held = std::count_if(active.begin(), active.end(), [&](const ActiveBooking& booking) {
    return booking.normalised_email == address && booking.service_id == service_id;
  });
  return held < max_active;
}

bool another_person(std::string_view booked_name, std::string_view new_name) {
  return folded(booked_name) != folded(new_name);
}

}  // namespace civiq::booking
