// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "staff_checks.hpp"

#include <charconv>

namespace civiq::central {

std::variant<const BookingOffice*, Refusal> managed_office(const CountyConfig& county, const StaffPrincipal& who,
                                                           const std::string& office_id) {
  if (office_id.empty()) return invalid("office: an office id like loebau");
  const BookingOffice* office = county.find_office(office_id);
  if (!office) return refused(protocol::BookingError::UnknownOffice, "no office \"" + office_id + "\"");
  if (!may_manage(who, office_id)) return not_managed(office->name);
  return office;
}

Refusal not_managed(const std::string& office) {
  return refused(protocol::ErrorCode::Forbidden, "you do not manage " + office + "; ask the county's admin");
}

std::optional<std::int64_t> record_id(const std::string& id) {
  std::int64_t number = 0;
  const auto [end, error] = std::from_chars(id.data(), id.data() + id.size(), number);
  if (error != std::errc{} || end != id.data() + id.size() || number < 1) return std::nullopt;
  return number;
}

}  // namespace civiq::central
