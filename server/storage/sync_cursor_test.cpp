// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "sync_cursor.hpp"

#include <doctest/doctest.h>

#include "instance.hpp"
#include "migrations.hpp"
#include "ticket_event_store.hpp"

namespace civiq::storage {
namespace {

const std::string kCentre = "https://termine.example.org";

Database migrated() {
  Database db = Database::open(std::string{Database::kInMemory});
  migrate(db);
  return db;
}

std::int64_t append_event(TicketEventStore& store) {
  return store.append(StoredEvent{0, "loebau", "2026-12-08", 1, "ticket_called", "clerk", R"({"ticket":1})",
                                  1'796'720'400, std::nullopt, std::nullopt});
}

TEST_CASE("the pull's cursor and window end are kept per centre") {
  Database db = migrated();
  CHECK(pull_cursor(db, kCentre).applied_seq == 0);
  CHECK_FALSE(pull_cursor(db, kCentre).window_end);
  const domain::LocalDate end{std::chrono::year{2026}, std::chrono::December, std::chrono::day{15}};
  set_pull_cursor(db, kCentre, {42, end});
  CHECK(pull_cursor(db, kCentre).applied_seq == 42);
  CHECK(pull_cursor(db, kCentre).window_end == end);
  set_pull_cursor(db, kCentre, {43, std::nullopt});
  CHECK_FALSE(pull_cursor(db, kCentre).window_end);
  CHECK(pull_cursor(db, "https://other.example.org").applied_seq == 0);  // another centre: from the start
}

TEST_CASE("the outbox keeps what the centre acknowledged, per centre") {
  Database db = migrated();
  CHECK(fact_outbox(db, kCentre).sent_seq == 0);
  set_sent_fact_seq(db, kCentre, 7);
  CHECK(fact_outbox(db, kCentre).sent_seq == 7);
  CHECK(fact_outbox(db, "https://other.example.org").sent_seq == 0);  // another centre: from the start
}

TEST_CASE("a restored copy names the events it brought by the database that recorded them") {
  Database db = migrated();
  TicketEventStore store{db};
  const std::string original = instance_id(db);
  append_event(store);
  const std::int64_t last_before = append_event(store);
  set_sent_fact_seq(db, kCentre, 1);  // the centre has the first event

  const std::string copy = renew_instance_id(db);  // now it is a restored backup
  const auto outbox = fact_outbox(db, kCentre);
  CHECK(outbox.sent_seq == 1);
  CHECK(instance_of_event(outbox, 1) == original);
  CHECK(instance_of_event(outbox, last_before) == original);  // sent again: the centre has it once
  const std::int64_t after_restore = append_event(store);
  CHECK(instance_of_event(fact_outbox(db, kCentre), after_restore) == copy);

  // Restored again from a copy of the copy: each database keeps its own events.
  set_sent_fact_seq(db, kCentre, after_restore);
  const std::string third = renew_instance_id(db);
  const auto again = fact_outbox(db, kCentre);
  CHECK(instance_of_event(again, last_before) == original);
  CHECK(instance_of_event(again, after_restore) == copy);
  CHECK(instance_of_event(again, after_restore + 1) == third);
}

}  // namespace
}  // namespace civiq::storage
