// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// What every staff answer about an office checks first, in one place for the staff's closures
// (staff_desk.hpp) and their bookings and desk changes (staff_booking.hpp): the office exists and
// the signed-in staff member manages it; a record they made (a closure, a desk change) named by its
// id exists and is theirs to take back. Thread rule: stateless.
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>

#include "county_config.hpp"
#include "refusal.hpp"
#include "staff_access.hpp"

namespace civiq::central {

// The office `who` asks about (its id as the request names it), when it exists and they manage it.
[[nodiscard]] std::variant<const BookingOffice*, Refusal> managed_office(const CountyConfig& county,
                                                                         const StaffPrincipal& who,
                                                                         const std::string& office_id);

// The answer to a staff member about `office` (as they know it: its name, or its id) they do not manage.
[[nodiscard]] Refusal not_managed(const std::string& office);

// A record's id as a path names it ("17"): a positive number and nothing else.
[[nodiscard]] std::optional<std::int64_t> record_id(const std::string& id);

// Takes back the record `id` names (a type with an `office_id`): `find(number)` reads it (none: not
// known), and when `who` manages its office, `remove(number)` takes it back (false: taken back
// meanwhile). Returns the record as it was; `unknown` for an id that names none.
template <class Find, class Remove>
[[nodiscard]] auto take_back(const StaffPrincipal& who, const std::string& id, const Refusal& unknown, Find&& find,
                             Remove&& remove)
    -> std::variant<typename std::invoke_result_t<Find&, std::int64_t>::value_type, Refusal> {
  const auto number = record_id(id);
  if (!number) return unknown;
  const auto made = find(*number);
  if (!made) return unknown;
  if (!may_manage(who, made->office_id)) return not_managed(made->office_id);
  if (!remove(*number)) return unknown;  // taken back meanwhile
  return *made;
}

}  // namespace civiq::central
