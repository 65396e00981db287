// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Who a signed-in staff member is on central booking, and what they may do: an office manager
// manages the offices their account lists (their bookings with the citizens' contact data, their
// closures, the refusals that named them); the county's admin manages every office and sees every
// refusal. Checked on the server for every request. Pure; thread rule: stateless.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/berlin_time.hpp"

namespace civiq::central {

enum class StaffRole { Manager, Admin };

[[nodiscard]] std::string_view role_name(StaffRole role);
[[nodiscard]] std::optional<StaffRole> parse_role(std::string_view name);

// A signed-in staff member, as their session names them. Invariant: a manager lists at least one
// office (the database refuses a manager without one).
struct StaffPrincipal {
  std::string name;
  StaffRole role = StaffRole::Manager;
  std::vector<std::string> offices;  // a manager's; empty for an admin
  domain::TimePoint expires_at;      // of the session
};

// Whether `who` manages `office_id`: an admin every office, a manager the ones listed.
[[nodiscard]] bool may_manage(const StaffPrincipal& who, std::string_view office_id);

// The offices whose refusals `who` reads besides those that named no office: nothing for an admin
// (every refusal), a manager's own offices otherwise.
[[nodiscard]] std::optional<std::vector<std::string>> refusal_offices(const StaffPrincipal& who);

// The token of an "Authorization: Bearer TOKEN" header (the scheme in any case); nothing for any
// other header, or none.
[[nodiscard]] std::optional<std::string> bearer_token(std::optional<std::string_view> authorization);

// A staff user's name: 1 to 64 of a-z, A-Z, 0-9, '.', '_', '-', '@'.
[[nodiscard]] bool valid_staff_name(std::string_view name);
// An office id as county.toml writes them ("loebau"): 1 to 64 of a-z, 0-9, '_', '-'.
[[nodiscard]] bool valid_office_id(std::string_view id);

}  // namespace civiq::central
