// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "net/rate_limiter.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>

namespace civiq::net {
namespace {

using namespace std::chrono_literals;
using Clock = RateLimiter::Clock;

// A fixed origin: the limiter only ever sees the time points it is given.
const Clock::time_point kT0 = Clock::time_point{} + 1000h;

// How many requests in a row are allowed for `key` at `now`, up to `limit`.
int allowed_in_a_row(RateLimiter& limiter, const std::string& key, Clock::time_point now, int limit = 10'000) {
  int allowed = 0;
  while (allowed < limit && !limiter.acquire(key, now)) ++allowed;
  return allowed;
}

TEST_CASE("a new client gets a full burst of per_minute requests, then a Retry-After") {
  RateLimiter limiter(60);
  CHECK(allowed_in_a_row(limiter, "10.0.0.1", kT0) == 60);
  const auto retry = limiter.acquire("10.0.0.1", kT0);
  REQUIRE(retry.has_value());
  CHECK(*retry == 1s);  // 60 per minute: one more each second
  // Refused requests cost nothing: asking again at once gets the same answer.
  CHECK(limiter.acquire("10.0.0.1", kT0) == std::optional(1s));
}

TEST_CASE("tokens refill evenly over the minute") {
  RateLimiter limiter(60);
  REQUIRE(allowed_in_a_row(limiter, "a", kT0) == 60);

  CHECK(allowed_in_a_row(limiter, "a", kT0 + 1s) == 1);
  CHECK(allowed_in_a_row(limiter, "a", kT0 + 11s) == 10);
  CHECK(allowed_in_a_row(limiter, "a", kT0 + 11s + 500ms) == 0);
  CHECK(allowed_in_a_row(limiter, "a", kT0 + 12s) == 1);  // the half tokens add up
  CHECK(allowed_in_a_row(limiter, "a", kT0 + 42s) == 30);
}

TEST_CASE("refill stops at the burst size") {
  RateLimiter limiter(60);
  CHECK(allowed_in_a_row(limiter, "a", kT0, 1) == 1);
  // An hour idle does not bank 3600 requests.
  CHECK(allowed_in_a_row(limiter, "a", kT0 + 1h) == 60);
}

TEST_CASE("Retry-After is the whole seconds until the next token") {
  SUBCASE("6 per minute: one every 10 s") {
    RateLimiter limiter(6);
    REQUIRE(allowed_in_a_row(limiter, "a", kT0) == 6);
    CHECK(limiter.acquire("a", kT0) == std::optional(10s));
    CHECK(limiter.acquire("a", kT0 + 4s) == std::optional(6s));
    CHECK(limiter.acquire("a", kT0 + 9s) == std::optional(1s));
    CHECK(limiter.acquire("a", kT0 + 9s + 500ms) == std::optional(1s));  // rounded up, never 0
    CHECK_FALSE(limiter.acquire("a", kT0 + 10s).has_value());
    CHECK(limiter.acquire("a", kT0 + 10s) == std::optional(10s));
  }
  SUBCASE("10 per minute (login): one every 6 s") {
    RateLimiter limiter(10);
    REQUIRE(allowed_in_a_row(limiter, "a", kT0) == 10);
    CHECK(limiter.acquire("a", kT0) == std::optional(6s));
    CHECK(limiter.acquire("a", kT0 + 3s) == std::optional(3s));
    CHECK(limiter.acquire("a", kT0 + 5s + 500ms) == std::optional(1s));
  }
  SUBCASE("600 per minute: sub-second waits still say 1 s") {
    RateLimiter limiter(600);
    REQUIRE(allowed_in_a_row(limiter, "a", kT0) == 600);
    CHECK(limiter.acquire("a", kT0) == std::optional(1s));
  }
}

TEST_CASE("a non-positive rate is treated as one per minute") {
  for (const int per_minute : {0, -5}) {
    CAPTURE(per_minute);
    RateLimiter limiter(per_minute);
    CHECK(allowed_in_a_row(limiter, "a", kT0) == 1);
    CHECK(limiter.acquire("a", kT0) == std::optional(60s));
  }
}

TEST_CASE("clients are limited separately") {
  RateLimiter limiter(5);
  REQUIRE(allowed_in_a_row(limiter, "10.0.0.1 /api/v1/tickets/{token}", kT0) == 5);
  CHECK(allowed_in_a_row(limiter, "10.0.0.2 /api/v1/tickets/{token}", kT0) == 5);
  CHECK(allowed_in_a_row(limiter, "10.0.0.1 /api/v1/auth/login", kT0) == 5);
  CHECK(limiter.acquire("10.0.0.1 /api/v1/tickets/{token}", kT0).has_value());
}

TEST_CASE("time going backwards neither refills nor breaks a bucket") {
  RateLimiter limiter(60);
  REQUIRE(allowed_in_a_row(limiter, "a", kT0 + 10s) == 60);
  CHECK(allowed_in_a_row(limiter, "a", kT0) == 0);
  CHECK(allowed_in_a_row(limiter, "a", kT0 + 1s) == 1);  // counts from the earlier time now
}

TEST_CASE("memory stays bounded: at max_clients idle buckets are dropped first") {
  RateLimiter limiter(60, 4);
  // When "new" comes at +70 s the table is full: "older" and "old" have been idle longer than a full
  // refill (60 s) and go; "busy" (used 20 s before) and "recent" stay.
  CHECK(allowed_in_a_row(limiter, "older", kT0, 1) == 1);
  CHECK(allowed_in_a_row(limiter, "old", kT0 + 1s, 1) == 1);
  REQUIRE(allowed_in_a_row(limiter, "busy", kT0 + 50s) == 60);
  CHECK(allowed_in_a_row(limiter, "recent", kT0 + 55s, 1) == 1);
  CHECK(allowed_in_a_row(limiter, "new", kT0 + 70s, 1) == 1);
  // "busy" was kept: 20 tokens refilled since +50 s, not a fresh bucket of 60.
  CHECK(allowed_in_a_row(limiter, "busy", kT0 + 70s) == 20);
}

// Regression: at the bound, a request from a client that already had a bucket once emptied the
// table, its own exhausted bucket included, and so got a fresh burst.
TEST_CASE("a known client's bucket survives a full table") {
  RateLimiter limiter(60, 3);
  CHECK(allowed_in_a_row(limiter, "a", kT0, 1) == 1);
  CHECK(allowed_in_a_row(limiter, "b", kT0, 1) == 1);
  CHECK(allowed_in_a_row(limiter, "c", kT0) == 60);
  CHECK(limiter.acquire("c", kT0).has_value());
}

TEST_CASE("memory stays bounded under a scan of fresh keys") {
  RateLimiter limiter(60, 100);
  // Every key is new and active, so nothing is idle: at the bound the table is emptied rather than
  // grown. The price is that a client limited just before forgets its debt (a design trade-off, see
  // forget_idle()).
  REQUIRE(allowed_in_a_row(limiter, "victim", kT0) == 60);
  for (int i = 0; i < 10'000; ++i) REQUIRE_FALSE(limiter.acquire("scan-" + std::to_string(i), kT0).has_value());
  CHECK(allowed_in_a_row(limiter, "victim", kT0) == 60);
  // A client under the bound keeps its state.
  RateLimiter roomy(60, 100);
  REQUIRE(allowed_in_a_row(roomy, "victim", kT0) == 60);
  for (int i = 0; i < 98; ++i) REQUIRE_FALSE(roomy.acquire("scan-" + std::to_string(i), kT0).has_value());
  CHECK(allowed_in_a_row(roomy, "victim", kT0) == 0);
}

}  // namespace
}  // namespace civiq::net
