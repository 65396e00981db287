// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "catalog.hpp"

#include <algorithm>
#include <set>

namespace civiq::domain {
namespace {

std::size_t monday_based_index(LocalDate date) {
  return std::chrono::weekday{std::chrono::sys_days{date}}.iso_encoding() - 1;
}

}  // namespace

const std::string& Service::name(const std::string& language) const {
  if (const auto it = names.find(language); it != names.end()) return it->second;
  return names.at("de");
}

std::optional<std::string> Service::group(const std::string& language) const {
  if (group_names.empty()) return std::nullopt;
  if (const auto it = group_names.find(language); it != group_names.end()) return it->second;
  return group_names.at("de");
}

bool OpeningHours::is_open(const LocalDateTime& at) const {
  const auto& intervals = by_weekday[monday_based_index(at.date)];
  return std::any_of(intervals.begin(), intervals.end(), [&](const OpeningInterval& interval) {
    return at.time_of_day >= interval.opens && at.time_of_day < interval.closes;
  });
}

std::optional<std::chrono::seconds> OpeningHours::closing_time(LocalDate date) const {
  const auto& intervals = by_weekday[monday_based_index(date)];
  if (intervals.empty()) return std::nullopt;
  return std::max_element(intervals.begin(), intervals.end(),
                          [](const auto& a, const auto& b) { return a.closes < b.closes; })
      ->closes;
}

OpeningHours OpeningHours::always_open() {
  OpeningHours hours;
  for (auto& day : hours.by_weekday) day = {{std::chrono::seconds{0}, std::chrono::hours{24}}};
  return hours;
}

const Service* Catalog::find_service(ServiceId id) const {
  const auto it = std::find_if(services.begin(), services.end(), [&](const Service& s) { return s.id == id; });
  return it == services.end() ? nullptr : &*it;
}

const Counter* Catalog::find_counter(CounterId id) const {
  const auto it = std::find_if(counters.begin(), counters.end(), [&](const Counter& c) { return c.id == id; });
  return it == counters.end() ? nullptr : &*it;
}

Result<void> Catalog::validate() const {
  std::set<ServiceId> service_ids;
  for (const auto& service : services) {
    if (!service_ids.insert(service.id).second)
      return {ErrorCode::InvalidArgument, "duplicate service id " + std::to_string(service.id.value)};
    if (service.prefix.empty())
      return {ErrorCode::InvalidArgument, "service " + std::to_string(service.id.value) + " has no prefix"};
    if (!service.names.contains("de"))
      return {ErrorCode::InvalidArgument, "service " + std::to_string(service.id.value) + " has no German name"};
    if (!service.group_names.empty() && !service.group_names.contains("de"))
      return {ErrorCode::InvalidArgument, "service " + std::to_string(service.id.value) + "'s group has no German name"};
    if (service.default_service_time.count() <= 0)
      return {ErrorCode::InvalidArgument, "service " + std::to_string(service.id.value) + " needs a positive default service time"};
  }
  std::set<CounterId> counter_ids;
  for (const auto& counter : counters) {
    const auto label = "counter " + std::to_string(counter.id.value);
    if (!counter_ids.insert(counter.id).second) return {ErrorCode::InvalidArgument, "duplicate " + label};
    for (const auto& [service, weight] : counter.services) {
      if (!service_ids.contains(service))
        return {ErrorCode::UnknownService, label + " serves unknown service " + std::to_string(service.value)};
      if (weight <= 0.0) return {ErrorCode::InvalidArgument, label + " has a non-positive weight"};
    }
  }
  for (const auto& day : hours.by_weekday)
    for (const auto& interval : day)
      if (interval.opens < std::chrono::seconds{0} || interval.closes > std::chrono::hours{24} ||
          interval.opens >= interval.closes)
        return {ErrorCode::InvalidArgument, "opening interval must lie within one day and not be empty"};
  return {};
}

}  // namespace civiq::domain
