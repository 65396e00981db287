// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The audit log of refusals that matter against abuse (proof_of_work, rate_limited, address_limit,
// slot_taken, failed staff sign-ins), counted in memory per minute, route, error code, client subnet
// and office, and written to the table `refusals` now and then (StaffStore::add_refusals, one
// upsert per key). Why in memory: most of these refusals (rate_limited above all) are decided on a
// network thread precisely so that a flood costs no database work; noting one is a map increment
// under a mutex, and a flood of any size becomes a few rows a minute. A crash loses at most the
// counts since the last flush. Memory and rows are bounded: beyond kMaxRefusalKeys keys, new ones
// are counted under route and subnet "*". Nothing personal is kept: the subnet (/24, /64), never
// the address; no e-mail address, no token (routes are patterns).
// Thread rule: note(), take() and restore() from any thread.
#include <compare>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "domain/berlin_time.hpp"

namespace civiq::central {

inline constexpr std::size_t kMaxRefusalKeys = 1000;

struct RefusalKey {
  domain::TimePoint minute;  // the refusal's time, rounded down to its minute (UTC)
  std::string route;         // "POST /api/v1/booking/holds"
  std::string error;         // "slot_taken"
  std::string subnet;        // "203.0.113.0/24"
  std::string office;        // "" when the request named none
  auto operator<=>(const RefusalKey&) const = default;
};

struct RefusalCount {
  RefusalKey key;
  std::int64_t count = 0;
};

// Whether refusals with this error code go to the log.
[[nodiscard]] bool audited_error(std::string_view error);

// The route a request was for, as its pattern ("POST /api/v1/booking/manage/{token}/cancel": no
// token ends up in the log), "GET /booking/" for the booking pages, or "other".
[[nodiscard]] std::string refusal_route(std::string_view method, std::string_view path);

class RefusalLog {
 public:
  explicit RefusalLog(std::size_t max_keys = kMaxRefusalKeys);

  void note(domain::TimePoint at, std::string route, std::string error, std::string subnet, std::string office);
  // Everything counted since the last take(), in key order; the log is empty afterwards.
  [[nodiscard]] std::vector<RefusalCount> take();
  // Puts counts back that could not be written (the next take() has them again).
  void restore(const std::vector<RefusalCount>& counts);

 private:
  void add(RefusalKey key, std::int64_t count);  // under mutex_

  std::size_t max_keys_;
  std::mutex mutex_;
  std::map<RefusalKey, std::int64_t> counts_;
};

}  // namespace civiq::central
