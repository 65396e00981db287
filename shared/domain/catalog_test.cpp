// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "catalog.hpp"

#include <doctest/doctest.h>

#include <functional>
#include <optional>
#include <vector>

namespace civiq::domain {
namespace {

using namespace std::chrono;

constexpr ServiceId kPassport{1};
constexpr ServiceId kRegistration{2};

Service service(ServiceId id, std::string prefix) {
  Service s;
  s.id = id;
  s.names = {{"de", "Dienst " + prefix}, {"en", "Service " + prefix}};
  s.prefix = std::move(prefix);
  return s;
}

Catalog valid_catalog() {
  Catalog catalog;
  catalog.office_name = "Bürgeramt Mitte";
  catalog.services = {service(kPassport, "A"), service(kRegistration, "B")};
  catalog.counters = {Counter{CounterId{1}, "Schalter 1", {{kPassport, 1.0}}},
                      Counter{CounterId{2}, "Schalter 2", {{kPassport, 0.5}, {kRegistration, 2.0}}}};
  catalog.hours.by_weekday[0] = {{hours{8}, hours{12}}, {hours{14}, hours{18}}};
  return catalog;
}

constexpr LocalDate date(int y, unsigned m, unsigned d) { return LocalDate{year{y}, month{m}, day{d}}; }
// 2026-09-21 is a Monday; the following six days run to Sunday 2026-09-27.
constexpr LocalDate kMonday = date(2026, 9, 21);
LocalDate plus_days(LocalDate d, int n) { return LocalDate{sys_days{d} + days{n}}; }
LocalDateTime at(LocalDate d, seconds time_of_day) { return {d, time_of_day}; }

}  // namespace

TEST_CASE("Catalog::validate accepts a sound catalog") {
  CHECK(valid_catalog().validate().has_value());
  Catalog open_until_midnight = valid_catalog();
  open_until_midnight.hours.by_weekday[4] = {{hours{20}, hours{24}}};
  CHECK(open_until_midnight.validate().has_value());
}

TEST_CASE("Catalog::validate rejects each broken rule") {
  struct Row {
    const char* rule;
    std::function<void(Catalog&)> breaks;
    ErrorCode code;
  };
  const std::vector<Row> rows{
      {"duplicate service id", [](Catalog& c) { c.services[1].id = kPassport; }, ErrorCode::InvalidArgument},
      {"empty prefix", [](Catalog& c) { c.services[0].prefix.clear(); }, ErrorCode::InvalidArgument},
      {"no German name", [](Catalog& c) { c.services[1].names.erase("de"); }, ErrorCode::InvalidArgument},
      {"a group without a German name", [](Catalog& c) { c.services[1].group_names = {{"en", "Vehicles"}}; },
       ErrorCode::InvalidArgument},
      {"zero default service time", [](Catalog& c) { c.services[0].default_service_time = seconds{0}; },
       ErrorCode::InvalidArgument},
      {"negative default service time", [](Catalog& c) { c.services[0].default_service_time = seconds{-60}; },
       ErrorCode::InvalidArgument},
      {"duplicate counter id", [](Catalog& c) { c.counters[1].id = CounterId{1}; }, ErrorCode::InvalidArgument},
      {"counter serves unknown service", [](Catalog& c) { c.counters[0].services[ServiceId{99}] = 1.0; },
       ErrorCode::UnknownService},
      {"zero weight", [](Catalog& c) { c.counters[1].services[kRegistration] = 0.0; }, ErrorCode::InvalidArgument},
      {"negative weight", [](Catalog& c) { c.counters[0].services[kPassport] = -1.0; }, ErrorCode::InvalidArgument},
      {"interval opens before midnight", [](Catalog& c) { c.hours.by_weekday[2] = {{seconds{-1}, hours{10}}}; },
       ErrorCode::InvalidArgument},
      {"interval closes after 24h", [](Catalog& c) { c.hours.by_weekday[2] = {{hours{20}, hours{24} + seconds{1}}}; },
       ErrorCode::InvalidArgument},
      {"empty interval", [](Catalog& c) { c.hours.by_weekday[6] = {{hours{9}, hours{9}}}; },
       ErrorCode::InvalidArgument},
      {"reversed interval", [](Catalog& c) { c.hours.by_weekday[0].push_back({hours{19}, hours{18}}); },
       ErrorCode::InvalidArgument},
  };
  for (const auto& row : rows) {
    CAPTURE(row.rule);
    Catalog catalog = valid_catalog();
    row.breaks(catalog);
    const auto result = catalog.validate();
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == row.code);
    CHECK_FALSE(result.error().detail.empty());
  }
}

TEST_CASE("Catalog lookups") {
  const Catalog catalog = valid_catalog();
  REQUIRE(catalog.find_service(kRegistration) != nullptr);
  CHECK(catalog.find_service(kRegistration)->prefix == "B");
  CHECK(catalog.find_service(ServiceId{99}) == nullptr);
  REQUIRE(catalog.find_counter(CounterId{2}) != nullptr);
  CHECK(catalog.find_counter(CounterId{2})->serves(kRegistration));
  CHECK_FALSE(catalog.find_counter(CounterId{1})->serves(kRegistration));
  CHECK(catalog.find_counter(CounterId{3}) == nullptr);
  // A missing translation falls back to German.
  CHECK(catalog.services[0].name("en") == "Service A");
  CHECK(catalog.services[0].name("tr") == "Dienst A");
}

TEST_CASE("OpeningHours::is_open: intervals are half-open, per weekday") {
  const OpeningHours opening = valid_catalog().hours;
  struct Row {
    LocalDateTime at;
    bool open;
  };
  const std::vector<Row> rows{
      {at(kMonday, 7h + 59min + 59s), false}, {at(kMonday, 8h), true},
      {at(kMonday, 11h + 59min + 59s), true},            {at(kMonday, 12h), false},
      {at(kMonday, 13h), false},                          {at(kMonday, 14h), true},
      {at(kMonday, 17h + 59min), true},                   {at(kMonday, 18h), false},
      {at(plus_days(kMonday, 1), 9h), false},             {at(plus_days(kMonday, 7), 9h), true},
  };
  for (const auto& row : rows) {
    CAPTURE(iso_date(row.at.date));
    CAPTURE(row.at.time_of_day.count());
    CHECK(opening.is_open(row.at) == row.open);
  }
}

TEST_CASE("OpeningHours: index 0 is Monday, index 6 is Sunday") {
  for (int index = 0; index < 7; ++index) {
    CAPTURE(index);
    OpeningHours opening;
    opening.by_weekday[static_cast<std::size_t>(index)] = {{10h, 11h}};
    for (int offset = 0; offset < 7; ++offset) {
      CAPTURE(offset);
      const LocalDate day = plus_days(kMonday, offset);
      CHECK(opening.is_open(at(day, 10h + 30min)) == (offset == index));
      CHECK(opening.closing_time(day).has_value() == (offset == index));
    }
  }
}

TEST_CASE("OpeningHours::closing_time is the last closing of the day") {
  OpeningHours opening = valid_catalog().hours;
  // Listed out of order on purpose: the latest close wins, not the last listed.
  opening.by_weekday[2] = {{14h, 18h}, {8h, 12h}};
  CHECK(opening.closing_time(kMonday) == std::optional<seconds>{18h});
  CHECK(opening.closing_time(plus_days(kMonday, 2)) == std::optional<seconds>{18h});
  CHECK(opening.closing_time(plus_days(kMonday, 1)) == std::nullopt);
}

TEST_CASE("OpeningHours::always_open") {
  const OpeningHours opening = OpeningHours::always_open();
  for (int offset = 0; offset < 7; ++offset) {
    const LocalDate day = plus_days(kMonday, offset);
    CAPTURE(iso_date(day));
    CHECK(opening.is_open(at(day, seconds{0})));
    CHECK(opening.is_open(at(day, 23h + 59min + 59s)));
    CHECK(opening.closing_time(day) == std::optional<seconds>{24h});
  }
}

}  // namespace civiq::domain
