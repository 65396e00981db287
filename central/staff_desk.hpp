// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// What central booking answers its staff (office managers, the county's admins), decided from the
// county's configuration, the stores and who is asking: signing in and out, the bookings of an
// office's day with the citizens' contact data, closing an office's day (every booking of it
// cancelled, each citizen told) and opening it again, and the audit log of refusals. Every answer
// checks the role and the office on the server.
// No HTTP here. Thread rule: stateless; the BookingStore is the calling worker's own.
#include <optional>
#include <string>
#include <variant>

#include "booking_desk.hpp"
#include "staff_access.hpp"

namespace civiq::central {

// A sign-in lasts this long; then the staff member signs in again.
inline constexpr std::chrono::hours kStaffSessionLifetime{12};
// The most refusal counts one answer lists (the rest: ask for a shorter time).
inline constexpr std::size_t kMaxRefusalRows = 5000;
// A closure's reason goes into every citizen's mail: one or a few lines.
inline constexpr std::size_t kMaxReasonCharacters = 500;

// The password checked (argon2id; an unknown user against a dummy hash, so that the time taken
// does not tell which names exist, and with the same answer) and a session opened.
[[nodiscard]] std::variant<protocol::StaffSession, Refusal> staff_login(BookingStore& store,
                                                                        const protocol::StaffLoginRequest& request,
                                                                        domain::TimePoint now);

// Who signed in with `token`, while the session lasts; otherwise the 401.
[[nodiscard]] std::variant<StaffPrincipal, Refusal> staff_principal(BookingStore& store, const std::string& token,
                                                                    domain::TimePoint now);

// `office` and `day` as a query gives them ("loebau", "2026-12-08").
[[nodiscard]] std::variant<protocol::StaffBookingList, Refusal> staff_day_bookings(const CountyConfig& county,
                                                                                   BookingStore& store,
                                                                                   const StaffPrincipal& who,
                                                                                   const std::string& office,
                                                                                   const std::string& day);

// Closes the office's day (today or later): from now on it offers no slot, and every booking of it
// is cancelled with a mail to its citizen (closure_mail.hpp), all in one transaction.
[[nodiscard]] std::variant<protocol::Closure, Refusal> close_office_day(const CountyConfig& county,
                                                                        BookingStore& store, const StaffPrincipal& who,
                                                                        const protocol::ClosureRequest& request,
                                                                        domain::TimePoint now);

// The office's closures from `from` (a date; empty: today) on.
[[nodiscard]] std::variant<protocol::ClosureList, Refusal> office_closures(const CountyConfig& county,
                                                                           BookingStore& store,
                                                                           const StaffPrincipal& who,
                                                                           const std::string& office,
                                                                           const std::string& from, domain::TimePoint now);

// Opens the day of closure `id` again (the bookings it cancelled stay cancelled).
[[nodiscard]] std::variant<protocol::Closure, Refusal> reopen_office_day(BookingStore& store, const StaffPrincipal& who,
                                                                         const std::string& id);

// The refusal counts from `from` to `to` (ISO 8601 times, or dates: `from` a day's start, `to` a
// day's end; empty: the last 24 hours): an admin's all, a manager's those of their offices and
// those that named none.
[[nodiscard]] std::variant<protocol::RefusalList, Refusal> refusal_list(BookingStore& store, const StaffPrincipal& who,
                                                                        const std::string& from, const std::string& to,
                                                                        domain::TimePoint now);

}  // namespace civiq::central
