// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "day_plan.hpp"

#include <algorithm>
#include <cmath>
#include <random>

namespace civiq::bench {
namespace {

using Engine = std::mt19937_64;

Seconds uniform_seconds(Engine& engine, Seconds low, Seconds high) {
  std::uniform_int_distribution<Seconds::rep> distribution(low.count(), std::max(low, high).count());
  return Seconds{distribution(engine)};
}

// The per-service draws and the patience of one citizen.
Visit draw_visit(const Scenario& scenario, Engine& engine, domain::TimePoint arrives,
                 std::vector<domain::ServiceId> services, bool priority, std::optional<std::size_t> appointment) {
  const Behaviour& b = scenario.behaviour;
  Visit visit;
  visit.arrives = arrives;
  visit.services = std::move(services);
  visit.priority = priority;
  visit.appointment = appointment;
  for (const auto id : visit.services) {
    const ServicePlan& plan = scenario.service_plan(id);
    LognormalSeconds service_time(plan.mean_time, plan.cv);
    visit.walk_up.push_back(uniform_seconds(engine, b.walk_up_min, b.walk_up_max));
    visit.service_time.push_back(std::max(b.min_service, service_time(engine)));
    visit.wrap_up.push_back(uniform_seconds(engine, b.wrap_up_min, b.wrap_up_max));
  }
  LognormalSeconds patience(b.patience_mean, b.patience_cv);
  visit.patience = patience(engine);
  visit.cancels_when_leaving = std::bernoulli_distribution(b.cancel_share)(engine);
  return visit;
}

// Walk-ins: a Poisson process whose rate is constant within each opening hour, so exponential gaps
// hour by hour are exact (no thinning needed). Times are truncated to whole seconds.
void draw_walk_ins(const Scenario& scenario, Engine& engine, std::vector<Visit>& visits) {
  std::vector<double> weights;
  for (const auto& mix : scenario.mix) weights.push_back(mix.weight);
  std::discrete_distribution<std::size_t> pick_mix(weights.begin(), weights.end());
  const Behaviour& b = scenario.behaviour;
  std::bernoulli_distribution priority(b.priority_share);
  std::bernoulli_distribution transferred(b.transfer_share);
  std::vector<double> language_weights;
  for (const auto& language : b.languages) language_weights.push_back(language.second);
  std::discrete_distribution<std::size_t> pick_language(language_weights.begin(), language_weights.end());
  for (std::size_t hour = 0; hour < scenario.walk_ins_per_hour.size(); ++hour) {
    const double rate = scenario.walk_ins_per_hour[hour];
    if (rate <= 0) continue;
    const double begin = static_cast<double>((scenario.opens + std::chrono::hours{hour}).count());
    const double end = std::min(begin + 3600.0, static_cast<double>(scenario.closes.count()));
    std::exponential_distribution<double> gap(rate / 3600.0);
    for (double t = begin + gap(engine); t < end; t += gap(engine)) {
      const auto at = at_local(Seconds{static_cast<Seconds::rep>(std::floor(t))});
      const auto& mix = scenario.mix[pick_mix(engine)];
      const bool is_priority = priority(engine);
      // Transfers and languages draw only where the scenario has them, so that adding them left
      // every other scenario's days as they were.
      std::vector<domain::ServiceId> services = mix.services;
      const bool is_transferred = services.size() == 1 && b.transfer_share > 0 && transferred(engine);
      if (is_transferred) services.push_back(b.transfer_to);
      Visit visit = draw_visit(scenario, engine, at, std::move(services), is_priority, std::nullopt);
      visit.transferred = is_transferred;
      if (!b.languages.empty()) visit.language = b.languages[pick_language(engine)].first;
      visits.push_back(std::move(visit));
    }
  }
}

// Booked slots; most check in around ten minutes early, some late, some never. Check-in times are
// clipped into the check-in window (a minute inside it) and the opening hours.
void draw_appointments(const Scenario& scenario, Engine& engine, DayPlan& plan) {
  const Behaviour& b = scenario.behaviour;
  const domain::CheckInWindow& window = scenario.queue.check_in;
  std::bernoulli_distribution comes(1.0 - b.appointment_no_show);
  std::normal_distribution<double> offset(static_cast<double>(b.check_in_mean.count()),
                                          static_cast<double>(b.check_in_sd.count()));
  for (const auto& slots : scenario.appointments) {
    for (Seconds slot = slots.first; slot <= slots.last; slot += slots.every) {
      for (int k = 0; k < slots.per_slot; ++k) {
        domain::Appointment appointment;
        // Appending, not "T" + std::to_string(...): g++ 12 at -O3 warns falsely on the latter (-Wrestrict, PR 105329).
        appointment.code = std::to_string(plan.appointments.size() + 1);
        appointment.code.insert(appointment.code.begin(), 'T');
        appointment.services = slots.services;
        appointment.time = at_local(slot);
        const std::size_t index = plan.appointments.size();
        plan.appointments.push_back(appointment);
        if (!comes(engine)) continue;
        const double earliest = static_cast<double>(std::max((slot - window.earliest_before + Seconds{60}), scenario.opens).count());
        const double latest = static_cast<double>(std::min(slot + window.latest_after - Seconds{60}, scenario.closes - Seconds{60}).count());
        const double at = std::clamp(static_cast<double>(slot.count()) + offset(engine), earliest, latest);
        plan.visits.push_back(draw_visit(scenario, engine, at_local(Seconds{static_cast<Seconds::rep>(at)}),
                                         slots.services, false, index));
      }
    }
  }
}

}  // namespace

LognormalSeconds::LognormalSeconds(Seconds mean, double cv)
    : distribution_(std::log(static_cast<double>(mean.count())) - std::log1p(cv * cv) / 2,
                    std::sqrt(std::log1p(cv * cv))) {}

Seconds LognormalSeconds::to_seconds(double value) { return Seconds{static_cast<Seconds::rep>(std::llround(value))}; }

DayPlan plan_day(const Scenario& scenario, std::uint64_t seed) {
  DayPlan plan;
  plan.seed = seed;
  Engine engine(seed);
  draw_appointments(scenario, engine, plan);
  draw_walk_ins(scenario, engine, plan.visits);
  std::stable_sort(plan.visits.begin(), plan.visits.end(),
                   [](const Visit& a, const Visit& b) { return a.arrives < b.arrives; });
  return plan;
}

}  // namespace civiq::bench
