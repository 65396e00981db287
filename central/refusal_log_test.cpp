// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "refusal_log.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace civiq::central {
namespace {

using namespace std::chrono;

const domain::TimePoint kNine{seconds{1'796'634'000}};  // a whole minute

TEST_CASE("refusals are counted per minute, route, code, subnet and office: a flood is one count") {
  RefusalLog log;
  for (int i = 0; i < 500; ++i)
    log.note(kNine + seconds{i % 60}, "POST /api/v1/booking/holds", "rate_limited", "203.0.113.0/24", "");
  log.note(kNine + seconds{60}, "POST /api/v1/booking/holds", "rate_limited", "203.0.113.0/24", "");
  log.note(kNine, "POST /api/v1/booking/holds", "slot_taken", "203.0.113.0/24", "loebau");
  log.note(kNine, "POST /api/v1/booking/holds", "slot_taken", "198.51.100.0/24", "loebau");
  const auto counts = log.take();
  REQUIRE(counts.size() == 4);
  CHECK(counts[0].key.minute == kNine);
  CHECK(counts[0].key.error == "rate_limited");
  CHECK(counts[0].count == 500);
  CHECK(counts[3].key.minute == kNine + minutes{1});
  CHECK(counts[3].count == 1);
  CHECK(log.take().empty());  // taken is gone
}

TEST_CASE("beyond its keys the log counts under route and subnet \"*\": memory and rows stay bounded") {
  RefusalLog log(3);
  for (int host = 0; host < 100; ++host)
    log.note(kNine, "GET /api/v1/booking/slots", "rate_limited", "10.0." + std::to_string(host) + ".0/24", "");
  log.note(kNine, "GET /api/v1/booking/slots", "rate_limited", "10.0.0.0/24", "");  // a known key still counts
  const auto counts = log.take();
  REQUIRE(counts.size() == 4);
  std::int64_t total = 0;
  for (const auto& entry : counts) total += entry.count;
  CHECK(total == 101);  // nothing is lost
  const auto overflow = std::find_if(counts.begin(), counts.end(), [](const auto& c) { return c.key.subnet == "*"; });
  REQUIRE(overflow != counts.end());
  CHECK(overflow->key.route == "*");
  CHECK(overflow->key.error == "rate_limited");
  CHECK(overflow->count == 97);
}

TEST_CASE("counts that could not be written come back with the next take") {
  RefusalLog log;
  log.note(kNine, "POST /api/v1/booking/staff/login", "invalid_credentials", "127.0.0.0/24", "");
  const auto first = log.take();
  log.note(kNine, "POST /api/v1/booking/staff/login", "invalid_credentials", "127.0.0.0/24", "");
  log.restore(first);
  const auto again = log.take();
  REQUIRE(again.size() == 1);
  CHECK(again[0].count == 2);
}

TEST_CASE("only the refusals that matter against abuse are audited") {
  for (const char* code : {"proof_of_work", "rate_limited", "address_limit", "slot_taken", "invalid_credentials"})
    CHECK(audited_error(code));
  for (const char* code : {"slot_not_bookable", "invalid_argument", "unknown_hold", "unauthorized", "not_found", ""})
    CHECK_FALSE(audited_error(code));
}

TEST_CASE("a refusal's route is its pattern: no token of a path reaches the log") {
  CHECK(refusal_route("POST", "/api/v1/booking/holds") == "POST /api/v1/booking/holds");
  CHECK(refusal_route("POST", "/api/v1/booking/manage/0123abcd/rebook") == "POST /api/v1/booking/manage/{token}/rebook");
  CHECK(refusal_route("GET", "/api/v1/booking/manage/0123abcd/cancel") == "GET /api/v1/booking/manage/{token}/cancel");
  CHECK(refusal_route("GET", "/api/v1/booking/slots") == "GET /api/v1/booking/slots");
  CHECK(refusal_route("POST", "/api/v1/booking/staff/login") == "POST /api/v1/booking/staff/login");
  CHECK(refusal_route("DELETE", "/api/v1/booking/staff/closures/7") == "DELETE /api/v1/booking/staff/closures/{id}");
  CHECK(refusal_route("GET", "/booking/activate/0123abcd") == "GET /booking/");
  CHECK(refusal_route("GET", "/wp-admin/secret-token") == "other");
}

}  // namespace
}  // namespace civiq::central
