// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// What an office offers: services, counters and opening hours. Loaded from configuration at start and
// immutable while the queue runs. Invariant (checked by validate()): ids unique, every counter serves
// known services with positive weights, prefixes non-empty.
#include <array>
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "berlin_time.hpp"
#include "ids.hpp"
#include "result.hpp"

namespace civiq::domain {

struct Service {
  ServiceId id;
  std::string leika_id;                      // 14-digit federal service catalogue id, may be empty
  std::map<std::string, std::string> names;  // language code -> name; "de" is always present
  // The group its kiosk tile sits in ("Fahrzeug und Führerschein"), language code -> name; empty:
  // no group. Services with the same German group name share a group; "de" is present if any.
  std::map<std::string, std::string> group_names;
  std::string prefix;                        // ticket number prefix, e.g. "A"
  bool active = true;
  std::chrono::seconds default_service_time{600};  // used by wait estimation until data exists

  [[nodiscard]] const std::string& name(const std::string& language) const;
  // The group's name in that language (German when it has none there); nullopt without a group.
  [[nodiscard]] std::optional<std::string> group(const std::string& language) const;
};

struct Counter {
  CounterId id;
  std::string name;                      // "Schalter 3"
  std::map<ServiceId, double> services;  // service -> calling weight (1.0 = neutral)

  [[nodiscard]] bool serves(ServiceId service) const { return services.contains(service); }
};

struct OpeningInterval {
  std::chrono::seconds opens;   // since local midnight
  std::chrono::seconds closes;  // exclusive; 24h allowed
};

// Weekly opening hours, index 0 = Monday.
struct OpeningHours {
  std::array<std::vector<OpeningInterval>, 7> by_weekday;

  [[nodiscard]] bool is_open(const LocalDateTime& at) const;
  // Last closing time of that day, or nothing when closed all day.
  [[nodiscard]] std::optional<std::chrono::seconds> closing_time(LocalDate date) const;
  [[nodiscard]] static OpeningHours always_open();
};

struct Catalog {
  std::string office_name;
  std::vector<Service> services;
  std::vector<Counter> counters;
  OpeningHours hours;

  [[nodiscard]] const Service* find_service(ServiceId id) const;
  [[nodiscard]] const Counter* find_counter(CounterId id) const;
  [[nodiscard]] Result<void> validate() const;
};

}  // namespace civiq::domain
