// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "ticket_projection.hpp"

#include <doctest/doctest.h>

#include "test_database.hpp"

namespace civiq::storage {
namespace {

using test::DbKind;
using test::TestDb;

TicketRow ticket(std::int64_t id, std::string number, std::string token, std::string office_day = "2026-11-23") {
  return TicketRow{.id = id,
                   .office_id = "buergeramt-mitte",
                   .office_day = std::move(office_day),
                   .number = std::move(number),
                   .token = std::move(token),
                   .status = "waiting",
                   .service_id = 3,
                   .state_json = R"({"status":"waiting"})",
                   .last_seq = id};
}

void check_duplicate(TicketProjection& tickets, const TicketRow& row) {
  try {
    tickets.upsert(row);
    FAIL("expected a duplicate");
  } catch (const ConstraintError& e) {
    CHECK(e.is_duplicate());
  }
}

TEST_CASE("upsert inserts, then replaces the row with the same id") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    TestDb t{kind};
    TicketProjection tickets{t.db};
    TicketRow row = ticket(1, "A001", "tok-1");
    tickets.upsert(row);
    CHECK(tickets.find_by_token("tok-1") == row);

    row.status = "called";
    row.state_json = R"({"status":"called","counter":2})";
    row.last_seq = 9;
    tickets.upsert(row);
    CHECK(tickets.find_by_token("tok-1") == row);
    CHECK(tickets.find_by_token("tok-2") == std::nullopt);
  }
}

TEST_CASE("a number is handed out once per office day, a token once ever") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    TestDb t{kind};
    TicketProjection tickets{t.db};
    tickets.upsert(ticket(1, "A001", "tok-1"));
    check_duplicate(tickets, ticket(2, "A001", "tok-2"));
    check_duplicate(tickets, ticket(2, "A002", "tok-1"));
    CHECK_NOTHROW(tickets.upsert(ticket(2, "A001", "tok-2", "2026-11-24")));  // the next day starts over
    TicketRow other_office = ticket(3, "A001", "tok-3");
    other_office.office_id = "buergeramt-nord";
    CHECK_NOTHROW(tickets.upsert(other_office));
  }
}

TEST_CASE("state must be JSON") {
  TestDb t{DbKind::Memory};
  TicketProjection tickets{t.db};
  TicketRow row = ticket(1, "A001", "tok-1");
  row.state_json = "waiting";
  try {
    tickets.upsert(row);
    FAIL("invalid JSON must be rejected");
  } catch (const ConstraintError& e) {
    CHECK(e.kind() == ConstraintKind::Check);
  }
}

TEST_CASE("list_day returns one office day's tickets by id") {
  TestDb t{DbKind::Memory};
  TicketProjection tickets{t.db};
  tickets.upsert(ticket(2, "A002", "tok-2"));
  tickets.upsert(ticket(1, "A001", "tok-1"));
  tickets.upsert(ticket(3, "A001", "tok-3", "2026-11-24"));
  const std::vector<TicketRow> day = tickets.list_day("buergeramt-mitte", "2026-11-23");
  REQUIRE(day.size() == 2);
  CHECK(day[0].id == 1);
  CHECK(day[1].id == 2);
}

}  // namespace
}  // namespace civiq::storage
