// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// What every booking the centre confirms satisfies, written once for both sides: civiq-central
// books by these rules, and a branch checks each appointment it receives against them before its
// kiosk may check it in (docs/sync.md, "What a branch refuses"). Pure; thread rule: stateless.
#include <cstddef>
#include <string>
#include <string_view>

namespace civiq::booking {

// A citizen's name is at most this many characters (not bytes: "ü" counts once).
inline constexpr std::size_t kMaxNameCharacters = 100;

// The code a booking is checked in with, "LOE-3F9A0C2B": the first three letters of its office's
// id in capitals, a dash, eight upper-case hex digits (minted by the centre, unique county-wide).
[[nodiscard]] std::string booking_code_prefix(std::string_view office_id);
[[nodiscard]] bool is_booking_code_of(std::string_view code, std::string_view office_id);

// Why `name` cannot be a booked citizen's name ("" when it can): blank, or longer than the limit.
[[nodiscard]] std::string citizen_name_problem(std::string_view name);

}  // namespace civiq::booking
