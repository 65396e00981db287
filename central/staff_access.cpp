// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "staff_access.hpp"

#include <algorithm>
#include <cctype>

namespace civiq::central {
namespace {

constexpr std::size_t kMaxNameLength = 64;
constexpr std::size_t kMaxTokenLength = 256;

bool made_of(std::string_view text, std::string_view allowed) {
  return !text.empty() && text.size() <= kMaxNameLength && text.find_first_not_of(allowed) == std::string_view::npos;
}

}  // namespace

std::string_view role_name(StaffRole role) { return role == StaffRole::Admin ? "admin" : "manager"; }

std::optional<StaffRole> parse_role(std::string_view name) {
  if (name == "manager") return StaffRole::Manager;
  if (name == "admin") return StaffRole::Admin;
  return std::nullopt;
}

bool may_manage(const StaffPrincipal& who, std::string_view office_id) {
  return who.role == StaffRole::Admin ||
         std::find(who.offices.begin(), who.offices.end(), office_id) != who.offices.end();
}

std::optional<std::vector<std::string>> refusal_offices(const StaffPrincipal& who) {
  if (who.role == StaffRole::Admin) return std::nullopt;
  return who.offices;
}

std::optional<std::string> bearer_token(std::optional<std::string_view> authorization) {
  constexpr std::string_view kScheme = "bearer ";
  if (!authorization || authorization->size() <= kScheme.size()) return std::nullopt;
  for (std::size_t i = 0; i < kScheme.size(); ++i)
    if (std::tolower(static_cast<unsigned char>((*authorization)[i])) != kScheme[i]) return std::nullopt;
  auto token = authorization->substr(kScheme.size());
  const auto first = token.find_first_not_of(' ');
  if (first == std::string_view::npos) return std::nullopt;
  token = token.substr(first, token.find_last_not_of(' ') - first + 1);
  if (token.size() > kMaxTokenLength || token.find(' ') != std::string_view::npos) return std::nullopt;
  return std::string(token);
}

bool valid_staff_name(std::string_view name) {
  return made_of(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-@");
}

bool valid_office_id(std::string_view id) { return made_of(id, "abcdefghijklmnopqrstuvwxyz0123456789_-"); }

}  // namespace civiq::central
