// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The public holidays of Saxony, where the county's offices are, for any Gregorian year: the fixed
// ones, the ones Easter moves, and Buß- und Bettag (the Wednesday before 23 November), as §1 of the
// Sächsisches Sonn- und Feiertagsgesetz lists them. Fronleichnam is a holiday only in some Sorbian
// municipalities (none with a civiq office so far): an office there adds it as a closed day of its
// own. Pure functions.
#include <optional>
#include <string_view>
#include <vector>

#include "domain/berlin_time.hpp"

namespace civiq::booking {

struct Holiday {
  domain::LocalDate date;
  std::string_view name;  // German, as the law names it: "Buß- und Bettag"
};

// Easter Sunday of a Gregorian year (the Meeus/Jones/Butcher computus).
[[nodiscard]] domain::LocalDate easter_sunday(int year);
// Every public holiday of Saxony in that year, in date order.
[[nodiscard]] std::vector<Holiday> saxony_holidays(int year);
// The holiday on that day, if it is one.
[[nodiscard]] std::optional<Holiday> saxony_holiday(domain::LocalDate date);

}  // namespace civiq::booking
