// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "refusal_log.hpp"

#include <algorithm>
#include <array>

#include "protocol/booking_messages.hpp"

namespace civiq::central {
namespace {

constexpr std::array<std::string_view, 5> kAudited{"proof_of_work", "rate_limited", "address_limit", "slot_taken",
                                                   "invalid_credentials"};
constexpr std::string_view kOverflow = "*";

}  // namespace

bool audited_error(std::string_view error) {
  return std::find(kAudited.begin(), kAudited.end(), error) != kAudited.end();
}

std::string refusal_route(std::string_view method, std::string_view path) {
  const auto join = [](const protocol::RouteDef& def) { return std::string(def.method) + " " + std::string(def.pattern); };
  const protocol::RouteDef* same_path = nullptr;
  for (const auto& def : protocol::booking_route::kAll) {
    if (!protocol::route_parameter(def, path)) continue;
    if (def.method == method) return join(def);
    if (!same_path) same_path = &def;
  }
  // Another method on a known path (a GET of an action): still that route's pattern, never the path.
  if (same_path) return std::string(method.substr(0, 8)) + " " + std::string(same_path->pattern);
  if (path.starts_with("/booking/") || path == "/booking") return join(protocol::booking_page::kStart);
  return "other";
}

RefusalLog::RefusalLog(std::size_t max_keys) : max_keys_(max_keys) {}

void RefusalLog::note(domain::TimePoint at, std::string route, std::string error, std::string subnet,
                      std::string office) {
  const domain::TimePoint minute = std::chrono::floor<std::chrono::minutes>(at);
  const std::lock_guard lock(mutex_);
  add({minute, std::move(route), std::move(error), std::move(subnet), std::move(office)}, 1);
}

void RefusalLog::add(RefusalKey key, std::int64_t count) {
  if (!counts_.contains(key) && counts_.size() >= max_keys_)
    key = {key.minute, std::string(kOverflow), std::move(key.error), std::string(kOverflow), ""};
  counts_[std::move(key)] += count;
}

std::vector<RefusalCount> RefusalLog::take() {
  std::map<RefusalKey, std::int64_t> taken;
  {
    const std::lock_guard lock(mutex_);
    taken.swap(counts_);
  }
  std::vector<RefusalCount> counts;
  counts.reserve(taken.size());
  for (auto& [key, count] : taken) counts.push_back({key, count});
  return counts;
}

void RefusalLog::restore(const std::vector<RefusalCount>& counts) {
  const std::lock_guard lock(mutex_);
  for (const auto& entry : counts) add(entry.key, entry.count);
}

}  // namespace civiq::central
