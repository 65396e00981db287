// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "ticket_event_store.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "domain/events.hpp"
#include "test_database.hpp"
#include "ticket_projection.hpp"
#include "transaction.hpp"

namespace civiq::storage {
namespace {

using test::DbKind;
using test::TestDb;

constexpr std::int64_t kMonday0800 = 1'795'417'200;  // 2026-11-23 08:00 Berlin (07:00 UTC)

StoredEvent event(std::string type, std::optional<std::int64_t> ticket_id, std::int64_t occurred_at,
                  std::optional<std::string> key = std::nullopt, std::string office_day = "2026-11-23",
                  std::string office_id = "buergeramt-mitte") {
  return StoredEvent{.seq = 0,
                     .office_id = std::move(office_id),
                     .office_day = std::move(office_day),
                     .ticket_id = ticket_id,
                     .type = std::move(type),
                     .actor = "kiosk-1",
                     .payload = R"({"service":3})",
                     .occurred_at = occurred_at,
                     .idempotency_key = std::move(key),
                     .personal = std::nullopt};
}

TEST_CASE("appended events come back for their office day in seq order") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    TestDb t{kind};
    TicketEventStore store{t.db};
    std::vector<StoredEvent> expected = {
        event("ticket_issued", 1, kMonday0800),
        event("counter_opened", std::nullopt, kMonday0800 + 5),
        event("ticket_called", 1, kMonday0800 + 60),
    };
    store.append(event("ticket_issued", 2, kMonday0800, std::nullopt, "2026-11-24"));  // another day
    store.append(event("ticket_issued", 3, kMonday0800, std::nullopt, "2026-11-23", "other-office"));
    std::int64_t previous = 0;
    for (StoredEvent& e : expected) {
      e.seq = store.append(e);
      CHECK(e.seq > previous);
      previous = e.seq;
    }
    CHECK(store.load_day("buergeramt-mitte", "2026-11-23") == expected);
    CHECK(store.load_day("buergeramt-mitte", "2026-11-25").empty());
  }
}

TEST_CASE("a range of office days: every day from first to last, inclusive, one office, in seq order") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    TestDb t{kind};
    TicketEventStore store{t.db};
    const auto before = store.append(event("ticket_issued", 1, kMonday0800, std::nullopt, "2026-11-22"));
    const auto first = store.append(event("ticket_issued", 2, kMonday0800, std::nullopt, "2026-11-23"));
    (void)store.append(event("ticket_issued", 3, kMonday0800, std::nullopt, "2026-11-24", "other-office"));
    const auto last = store.append(event("ticket_issued", 4, kMonday0800, std::nullopt, "2026-11-25"));
    const auto after = store.append(event("ticket_issued", 5, kMonday0800, std::nullopt, "2026-11-26"));
    std::vector<std::int64_t> seqs;
    for (const auto& e : store.load_days("buergeramt-mitte", "2026-11-23", "2026-11-25")) seqs.push_back(e.seq);
    CHECK(seqs == std::vector<std::int64_t>{first, last});
    CHECK(before < first);
    CHECK(store.load_days("buergeramt-mitte", "2026-11-27", "2026-12-31").empty());
    CHECK(store.load_days("buergeramt-mitte", "2026-11-26", "2026-11-26").at(0).seq == after);
  }
}

TEST_CASE("an idempotency key is used once; the first event stays findable by it") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    TestDb t{kind};
    TicketEventStore store{t.db};
    StoredEvent first = event("ticket_issued", 1, kMonday0800, "kiosk-1/req-17");
    first.seq = store.append(first);
    try {
      (void)store.append(event("ticket_issued", 2, kMonday0800 + 1, "kiosk-1/req-17"));
      FAIL("a reused idempotency key must be rejected");
    } catch (const ConstraintError& e) {
      CHECK(e.is_duplicate());
    }
    CHECK(store.find_by_idempotency_key("kiosk-1/req-17") == first);
    CHECK(store.find_by_idempotency_key("kiosk-1/req-18") == std::nullopt);
    // Events without a key do not collide with each other.
    CHECK_NOTHROW(store.append(event("ticket_called", 1, kMonday0800 + 2)));
    CHECK_NOTHROW(store.append(event("service_finished", 1, kMonday0800 + 3)));
  }
}

TEST_CASE("ticket_events is append-only: UPDATE and DELETE are rejected by triggers") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    TestDb t{kind};
    TicketEventStore store{t.db};
    (void)store.append(event("ticket_issued", 1, kMonday0800));
    for (const char* sql : {"UPDATE ticket_events SET type = 'TicketCancelled'", "DELETE FROM ticket_events"}) {
      CAPTURE(sql);
      Statement statement{t.db, sql};
      const Execution execution{statement};
      try {
        statement.run();
        FAIL("history must not change");
      } catch (const ConstraintError& e) {
        CHECK(e.kind() == ConstraintKind::Trigger);
        CHECK(std::string{e.what()}.find("ticket_events is append-only") != std::string::npos);
      }
    }
    CHECK(store.load_day("buergeramt-mitte", "2026-11-23").size() == 1);
  }
}

TEST_CASE("a payload that is not JSON is rejected") {
  TestDb t{DbKind::Memory};
  TicketEventStore store{t.db};
  StoredEvent bad = event("ticket_issued", 1, kMonday0800);
  bad.payload = "{not json";
  try {
    (void)store.append(bad);
    FAIL("invalid JSON must be rejected");
  } catch (const ConstraintError& e) {
    CHECK(e.kind() == ConstraintKind::Check);
  }
}

TEST_CASE("events appended in a rolled-back transaction are gone") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    TestDb t{kind};
    TicketEventStore store{t.db};
    {
      Transaction transaction{t.db};
      (void)store.append(event("ticket_issued", 1, kMonday0800));
      (void)store.append(event("ticket_called", 1, kMonday0800 + 1));
    }
    CHECK(store.load_day("buergeramt-mitte", "2026-11-23").empty());
  }
}

TEST_CASE("max_ticket_id looks at events and at the projection") {
  TestDb t{DbKind::Memory};
  TicketEventStore store{t.db};
  TicketProjection tickets{t.db};
  CHECK(store.max_ticket_id() == 0);
  (void)store.append(event("counter_opened", std::nullopt, kMonday0800));
  CHECK(store.max_ticket_id() == 0);
  (void)store.append(event("ticket_issued", 7, kMonday0800));
  (void)store.append(event("ticket_issued", 5, kMonday0800));
  CHECK(store.max_ticket_id() == 7);
  tickets.upsert(TicketRow{.id = 12, .office_id = "buergeramt-mitte", .office_day = "2026-11-23", .number = "A001",
                           .token = "tok", .status = "waiting", .service_id = 3, .state_json = "{}", .last_seq = 1});
  CHECK(store.max_ticket_id() == 12);
}

TEST_CASE("recent_of_type returns the newest events of one type and office first") {
  TestDb t{DbKind::Memory};
  TicketEventStore store{t.db};
  for (std::int64_t i = 0; i < 5; ++i) {
    (void)store.append(event("service_finished", i, kMonday0800 + i));
    (void)store.append(event("ticket_called", i, kMonday0800 + i));
  }
  (void)store.append(event("service_finished", 99, kMonday0800 + 99, std::nullopt, "2026-11-23", "other-office"));
  const std::vector<StoredEvent> recent = store.recent_of_type("buergeramt-mitte", "service_finished", 3);
  REQUIRE(recent.size() == 3);
  CHECK(recent[0].ticket_id == 4);
  CHECK(recent[1].ticket_id == 3);
  CHECK(recent[2].ticket_id == 2);
  CHECK(store.recent_of_type("buergeramt-mitte", "service_finished", 100).size() == 5);
  CHECK(store.recent_of_type("buergeramt-mitte", "service_finished", 0).empty());
}

TEST_CASE("export_all streams every event in seq order") {
  TestDb t{DbKind::Memory};
  TicketEventStore store{t.db};
  std::vector<std::int64_t> appended;
  appended.push_back(store.append(event("ticket_issued", 1, kMonday0800)));
  appended.push_back(store.append(event("ticket_issued", 2, kMonday0800, std::nullopt, "2026-11-24")));
  appended.push_back(store.append(event("ticket_issued", 3, kMonday0800, std::nullopt, "2026-11-23", "other")));
  std::vector<std::int64_t> exported;
  store.export_all([&](const StoredEvent& e) { exported.push_back(e.seq); });
  CHECK(exported == appended);
}

TEST_CASE("the sync's outbox: the events after a seq, bounded, without personal data, and how many remain") {
  TestDb t{DbKind::Memory};
  TicketEventStore store{t.db};
  std::vector<std::int64_t> seqs;
  for (int i = 1; i <= 5; ++i) {
    auto e = event("ticket_transferred", i, kMonday0800 + i);
    e.personal = R"({"note":"Vollmacht liegt vor"})";
    seqs.push_back(store.append(e));
  }
  const auto batch = store.after(seqs[1], 2);
  REQUIRE(batch.size() == 2);
  CHECK(batch[0].seq == seqs[2]);
  CHECK(batch[1].seq == seqs[3]);
  CHECK_FALSE(batch[0].personal.has_value());
  CHECK(store.count_after(seqs[1]) == 3);
  CHECK(store.count_after(seqs[4]) == 0);
  CHECK(store.after(seqs[4], 10).empty());
}

TEST_CASE("personal data comes back with its event and retention forgets only it") {
  TestDb t{DbKind::Memory};
  TicketEventStore store{t.db};
  auto early = event("ticket_transferred", 1, kMonday0800);
  early.personal = R"({"note":"Frau M. braucht einen Dolmetscher"})";
  auto late = event("ticket_transferred", 2, kMonday0800 + 3600);
  late.personal = R"({"note":"Vollmacht liegt vor"})";
  early.seq = store.append(early);
  late.seq = store.append(late);
  auto plain = event("ticket_called", 1, kMonday0800);
  plain.seq = store.append(plain);
  CHECK(store.load_day("buergeramt-mitte", "2026-11-23") == std::vector<StoredEvent>{early, late, plain});
  std::vector<std::optional<std::string>> exported;
  store.export_all([&](const StoredEvent& e) { exported.push_back(e.personal); });
  CHECK(exported == std::vector<std::optional<std::string>>(3));  // an export is for statistics

  CHECK(store.forget_personal_data_until(kMonday0800) == 1);
  const auto after = store.load_day("buergeramt-mitte", "2026-11-23");
  CHECK_FALSE(after[0].personal.has_value());
  CHECK(after[0].payload == early.payload);  // the event itself is untouched
  CHECK(after[1].personal == late.personal);
  CHECK(store.forget_personal_data_until(kMonday0800) == 0);
}

TEST_CASE("personal data must be a JSON object") {
  TestDb t{DbKind::Memory};
  TicketEventStore store{t.db};
  auto bad = event("ticket_transferred", 1, kMonday0800);
  bad.personal = "Frau M.";
  CHECK_THROWS(store.append(bad));
}

// A new domain event needs a migration that lists its type, or the store refuses it at the first
// append, in the office, mid-day. This catches the forgotten migration in the build instead.
template <std::size_t... I>
std::vector<std::string> every_domain_event_type(std::index_sequence<I...>) {
  return {domain::event_type_name(domain::EventBody{std::in_place_index<I>})...};
}

TEST_CASE("the store accepts every event type the domain knows, and no other") {
  TestDb t{DbKind::Memory};
  TicketEventStore store{t.db};
  for (const auto& type :
       every_domain_event_type(std::make_index_sequence<std::variant_size_v<domain::EventBody>>{})) {
    CAPTURE(type);
    CHECK_NOTHROW(store.append(event(type, std::nullopt, kMonday0800)));
  }
  CHECK_THROWS(store.append(event("counter_exploded", std::nullopt, kMonday0800)));
}

TEST_CASE("durability smoke: events survive closing and reopening the file") {
  TestDb t{DbKind::File};
  std::vector<StoredEvent> written;
  {
    TicketEventStore store{t.db};
    Transaction transaction{t.db};
    for (std::int64_t i = 1; i <= 3; ++i) {
      StoredEvent e = event("ticket_issued", i, kMonday0800 + i, "key-" + std::to_string(i));
      e.seq = store.append(e);
      written.push_back(e);
    }
    transaction.commit();
  }
  t.reopen();
  TicketEventStore reopened{t.db};
  CHECK(reopened.load_day("buergeramt-mitte", "2026-11-23") == written);
  CHECK(reopened.find_by_idempotency_key("key-2") == written[1]);
}

}  // namespace
}  // namespace civiq::storage
