// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "staff_checks.hpp"

#include <doctest/doctest.h>

#include <map>

namespace civiq::central {
namespace {

const StaffPrincipal kManager{"anna", StaffRole::Manager, {"loebau"}, {}};
const StaffPrincipal kAdmin{"root", StaffRole::Admin, {}, {}};

// A record as take_back() wants one: an id and its office.
struct Made {
  std::int64_t id = 0;
  std::string office_id;
};

CountyConfig two_offices() {
  CountyConfig county;
  county.offices.push_back({"loebau", "Bürgerbüro Löbau", "", {}, {}});
  county.offices.push_back({"zittau", "Bürgerbüro Zittau", "", {}, {}});
  return county;
}

TEST_CASE("a staff member works with an office that exists and that they manage") {
  const CountyConfig county = two_offices();
  const auto ok = managed_office(county, kManager, "loebau");
  REQUIRE(std::holds_alternative<const BookingOffice*>(ok));
  CHECK(std::get<const BookingOffice*>(ok)->id == "loebau");
  CHECK(std::holds_alternative<const BookingOffice*>(managed_office(county, kAdmin, "zittau")));

  struct Case {
    const char* office;
    const char* error;
    int status;
  };
  for (const auto& [office, error, status] :
       {Case{"", "invalid_argument", 400}, Case{"atlantis", "unknown_office", 404}, Case{"zittau", "forbidden", 403}}) {
    CAPTURE(office);
    const auto refusal = managed_office(county, kManager, office);
    REQUIRE(std::holds_alternative<Refusal>(refusal));
    CHECK(std::get<Refusal>(refusal).error == error);
    CHECK(std::get<Refusal>(refusal).status == status);
  }
  // The office as the staff know it: by its name.
  CHECK(std::get<Refusal>(managed_office(county, kManager, "zittau")).message ==
        "you do not manage Bürgerbüro Zittau; ask the county's admin");
}

TEST_CASE("a record's id is a positive number and nothing else") {
  CHECK(record_id("17") == 17);
  CHECK(record_id("1") == 1);
  for (const char* id : {"", "0", "-3", "abc", "17a", " 17", "17 ", "+17", "99999999999999999999"}) {
    CAPTURE(id);
    CHECK_FALSE(record_id(id).has_value());
  }
}

TEST_CASE("staff take back what was made for an office they manage, once") {
  std::map<std::int64_t, Made> stored{{1, {1, "loebau"}}, {2, {2, "zittau"}}};
  const auto find = [&](std::int64_t id) {
    const auto found = stored.find(id);
    return found == stored.end() ? std::nullopt : std::optional(found->second);
  };
  const auto remove = [&](std::int64_t id) { return stored.erase(id) == 1; };
  const Refusal unknown = refused(protocol::BookingError::UnknownClosure, "no closure");
  const auto take = [&](const StaffPrincipal& who, const std::string& id) {
    return take_back(who, id, unknown, find, remove);
  };

  CHECK(std::get<Refusal>(take(kManager, "abc")).error == unknown.error);
  CHECK(std::get<Refusal>(take(kManager, "3")).error == unknown.error);
  const auto forbidden = take(kManager, "2");
  REQUIRE(std::holds_alternative<Refusal>(forbidden));
  CHECK(std::get<Refusal>(forbidden).error == "forbidden");
  CHECK(std::get<Refusal>(forbidden).message == "you do not manage zittau; ask the county's admin");
  CHECK(stored.contains(2));

  const auto taken = take(kManager, "1");
  REQUIRE(std::holds_alternative<Made>(taken));
  CHECK(std::get<Made>(taken).office_id == "loebau");
  CHECK_FALSE(stored.contains(1));
  CHECK(std::get<Refusal>(take(kManager, "1")).error == unknown.error);

  // Read, then taken back by someone else before the removal: not known any more.
  const auto gone_meanwhile = take_back(kAdmin, "2", unknown, find, [](std::int64_t) { return false; });
  CHECK(std::get<Refusal>(gone_meanwhile).error == unknown.error);
  CHECK(std::holds_alternative<Made>(take(kAdmin, "2")));
}

}  // namespace
}  // namespace civiq::central
