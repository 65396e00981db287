// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// DayPlan: every random draw of one simulated day, made up front from one seed. Who arrives when,
// for which services, how long each of their services will take, how long they walk up, how patient
// they are. Drawing everything before the day runs lets two calling rules (civiq, FCFS) face exactly
// the same citizens (common random numbers), so their difference is the rule, not the dice.
//
// Randomness: std::mt19937_64 plus the std:: distributions. The engine is specified bit for bit, the
// distributions are not: the same seed gives the same day with the same standard library (libstdc++
// here), but may not with another. Invariant: visits are sorted by `arrives` (then by index); each
// visit has one walk_up/service_time/wrap_up per service. Thread rule: value types.
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "domain/appointment.hpp"
#include "scenario.hpp"

namespace civiq::bench {

struct Visit {
  domain::TimePoint arrives;  // walk-in: takes the ticket; appointment: checks in at the kiosk
  std::vector<domain::ServiceId> services;
  bool priority = false;
  std::optional<std::size_t> appointment;  // index into DayPlan::appointments
  std::vector<Seconds> walk_up;            // per service: from the call to the start of service
  std::vector<Seconds> service_time;       // per service: start to finish
  std::vector<Seconds> wrap_up;            // per service: finish to the clerk's next call
  Seconds patience{0};                     // gives up after waiting this long in one queue
  bool cancels_when_leaving = false;       // on the live ticket; otherwise simply leaves
  std::string language = "de";             // of the ticket and the live-ticket page
  bool transferred = false;  // asks for services[0] only; that clerk transfers the ticket to services[1]
};

struct DayPlan {
  std::uint64_t seed = 0;
  std::vector<domain::Appointment> appointments;  // everything booked, including those who never come
  std::vector<Visit> visits;
};

[[nodiscard]] DayPlan plan_day(const Scenario& scenario, std::uint64_t seed);

// A lognormal service time with the given mean and coefficient of variation, in whole seconds.
class LognormalSeconds {
 public:
  LognormalSeconds(Seconds mean, double cv);
  template <class Engine>
  Seconds operator()(Engine& engine) { return to_seconds(distribution_(engine)); }

 private:
  static Seconds to_seconds(double value);
  std::lognormal_distribution<double> distribution_;
};

}  // namespace civiq::bench
