// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A scenario: one office on one day, and how the day goes: who comes when and for what, how long each
// service takes, who works at which counter when, and how citizens behave (walking up, giving up,
// checking in for appointments). Pure data; the randomness is drawn by plan_day() (day_plan.hpp).
// standard_scenarios() builds the five scenarios of the accuracy report (docs/wait-estimation.md),
// demo_scenario() the demo branch's day.
// Invariant: every service a counter, mix or appointment names is in `services`; walk_ins_per_hour has
// one value per opening hour. Thread rule: value types.
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/catalog.hpp"
#include "domain/office_queue.hpp"

namespace civiq::bench {

using Seconds = std::chrono::seconds;

struct ServicePlan {
  domain::Service service;  // as configured: default_service_time is the office's own guess
  Seconds mean_time{600};   // true mean of the lognormal service time (start to finish)
  double cv = 0.6;          // its coefficient of variation
};

// Since local midnight. No `closes`: the clerk stays until the day's queue is empty.
struct Shift {
  Seconds opens;
  std::optional<Seconds> closes;
};

struct CounterPlan {
  domain::Counter counter;
  std::vector<Shift> shifts;
};

// What a walk-in comes for: one or more services in order, with a relative weight.
struct VisitMix {
  std::vector<domain::ServiceId> services;
  double weight = 1.0;
};

// Booked appointment slots: `per_slot` appointments every `every` from `first` to `last` inclusive.
struct AppointmentSlots {
  std::vector<domain::ServiceId> services;
  Seconds first;
  Seconds last;
  Seconds every;
  int per_slot = 1;
};

struct Behaviour {
  double priority_share = 0.03;     // walk-ins with a priority ticket (disability, pregnancy)
  Seconds patience_mean{5400};      // lognormal; a citizen waits this long in one queue, then gives up
  double patience_cv = 0.5;
  double cancel_share = 0.5;        // of those giving up, cancel on the live ticket; the rest just leave
  Seconds walk_up_min{20};          // call to start of service: walking to the counter (uniform)
  Seconds walk_up_max{90};
  Seconds wrap_up_min{10};          // finish to the clerk's next call: filing, clearing the desk (uniform)
  Seconds wrap_up_max{40};
  Seconds recall_after{45};         // a clerk recalls an absent citizen after this long
  double appointment_no_show = 0.10;  // booked appointments that never check in
  Seconds check_in_mean{-600};      // check-in time relative to the slot (normal, clipped to the window)
  Seconds check_in_sd{480};
  Seconds min_service{60};          // a service never takes less
  // Walk-ins for one service whose clerk then transfers them to `transfer_to` (they came for the
  // wrong service, or need a second one they did not ask for). 0: nobody is transferred.
  double transfer_share = 0.0;
  domain::ServiceId transfer_to{0};
  // Languages of the walk-ins' tickets with weights; empty: everyone chooses German.
  std::vector<std::pair<std::string, double>> languages;
};

struct Scenario {
  std::string name;         // short key: "quiet", "rush_hour", ...
  std::string title;        // for tables and the plot
  std::string description;  // one sentence for the report
  Seconds opens{std::chrono::hours{8}};
  Seconds closes{std::chrono::hours{15}};
  std::vector<ServicePlan> services;
  std::vector<CounterPlan> counters;
  std::vector<double> walk_ins_per_hour;  // Poisson rate per opening hour, from `opens`
  std::vector<VisitMix> mix;
  std::vector<AppointmentSlots> appointments;
  Behaviour behaviour;
  domain::QueueConfig queue;
  std::uint64_t seed = 1;  // day d of the scenario uses seed + d

  // Services, counters and the day's opening hours (Monday [opens, closes)). Same value every call.
  [[nodiscard]] std::shared_ptr<const domain::Catalog> catalog() const;
  [[nodiscard]] const ServicePlan& service_plan(domain::ServiceId id) const;
};

// Every simulated day is this Monday, 2026-11-23 (Europe/Berlin, winter time).
[[nodiscard]] domain::LocalDate simulated_day();
[[nodiscard]] domain::TimePoint at_local(Seconds since_midnight);

// quiet, rush_hour, counter_closes, appointments, counter_subsets.
[[nodiscard]] std::vector<Scenario> standard_scenarios();
// The demo branch's day (loebau: the ids of server/app/demo_loebau.toml), played by scripts/demo.
[[nodiscard]] Scenario demo_scenario();
// A standard scenario or the demo's, by name.
[[nodiscard]] std::optional<Scenario> find_scenario(std::string_view name);

}  // namespace civiq::bench
