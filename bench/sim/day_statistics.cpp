// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "day_statistics.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace civiq::bench {

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size())));
  const auto index = std::clamp<std::size_t>(rank, 1, values.size()) - 1;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(index), values.end());
  return values[index];
}

ErrorStats error_stats(std::vector<double> signed_errors) {
  ErrorStats stats;
  stats.n = signed_errors.size();
  if (signed_errors.empty()) return stats;
  double abs_sum = 0;
  double sum = 0;
  for (double& e : signed_errors) {
    sum += e;
    e = std::abs(e);
    abs_sum += e;
  }
  stats.mae_s = abs_sum / static_cast<double>(stats.n);
  stats.bias_s = sum / static_cast<double>(stats.n);
  stats.p90_s = percentile(std::move(signed_errors), 0.9);
  return stats;
}

void RangeStats::add(double actual_s, double low_s, double high_s) {
  ++n;
  if (actual_s < low_s) ++early;
  else if (actual_s <= high_s) ++covered;
  width_sum_s += high_s - low_s;
}

RatioInterval mae_ratio(std::span<const DayErrorSum> a, std::span<const DayErrorSum> b, int resamples,
                        std::uint64_t seed) {
  if (a.size() != b.size() || a.empty()) throw std::invalid_argument("mae_ratio: needs the same, non-empty days");
  auto ratio_of = [&](auto&& day_index, std::size_t count) {
    DayErrorSum x;
    DayErrorSum y;
    for (std::size_t k = 0; k < count; ++k) {
      const std::size_t d = day_index(k);
      x.abs_sum += a[d].abs_sum;
      x.n += a[d].n;
      y.abs_sum += b[d].abs_sum;
      y.n += b[d].n;
    }
    if (x.n == 0 || y.n == 0 || y.abs_sum == 0) return 0.0;
    return (x.abs_sum / static_cast<double>(x.n)) / (y.abs_sum / static_cast<double>(y.n));
  };
  RatioInterval out;
  out.ratio = ratio_of([](std::size_t k) { return k; }, a.size());
  std::mt19937_64 engine(seed);
  std::uniform_int_distribution<std::size_t> pick(0, a.size() - 1);
  std::vector<double> ratios;
  for (int r = 0; r < resamples; ++r) ratios.push_back(ratio_of([&](std::size_t) { return pick(engine); }, a.size()));
  out.low = percentile(ratios, 0.025);
  out.high = percentile(std::move(ratios), 0.975);
  return out;
}

void AccuracyTally::add(const DayResult& day) {
  if (names_.empty()) {
    names_ = day.predictor_names;
    at_issue_.resize(names_.size());
    all_.resize(names_.size());
    at_issue_days_.resize(names_.size());
    all_days_.resize(names_.size());
    by_service_.resize(names_.size());
    range_at_issue_.resize(names_.size());
    range_all_.resize(names_.size());
  } else if (names_ != day.predictor_names) {
    throw std::invalid_argument("AccuracyTally: days with different predictors");
  }
  for (std::size_t p = 0; p < names_.size(); ++p) {
    at_issue_days_[p].emplace_back();
    all_days_[p].emplace_back();
  }
  std::map<domain::TicketId, const TicketOutcome*> outcomes;
  for (const auto& t : day.tickets) outcomes.emplace(t.ticket, &t);
  for (const auto& observation : day.observations) {
    const LegOutcome& leg = outcomes.at(observation.ticket)->legs.at(observation.leg);
    if (!leg.called_at || leg.gave_up_at) continue;
    const double actual = static_cast<double>((*leg.called_at - observation.at).count());
    for (std::size_t p = 0; p < names_.size(); ++p) {
      if (!observation.estimates[p]) continue;
      const Estimate& estimate = *observation.estimates[p];
      const double error = static_cast<double>(estimate.wait.count()) - actual;
      all_[p].push_back(error);
      all_days_[p].back().abs_sum += std::abs(error);
      ++all_days_[p].back().n;
      ErrorSums& service = by_service_[p][leg.service];
      ++service.n;
      service.abs_sum += std::abs(error);
      service.signed_sum += error;
      if (estimate.low && estimate.high) {
        const auto low = static_cast<double>(estimate.low->count());
        const auto high = static_cast<double>(estimate.high->count());
        range_all_[p].add(actual, low, high);
        service.range.add(actual, low, high);
        if (observation.at_issue) range_at_issue_[p].add(actual, low, high);
      }
      if (observation.at_issue) {
        at_issue_[p].push_back(error);
        at_issue_days_[p].back().abs_sum += std::abs(error);
        ++at_issue_days_[p].back().n;
      }
    }
  }
}

void FairnessTally::add(const DayResult& day) {
  for (const auto& ticket : day.tickets) {
    for (const auto& leg : ticket.legs) {
      Waits& service = by_service_[leg.service];
      Waits& kind = by_kind_[ticket.kind];
      if (leg.gave_up_at) {
        ++service.gave_up;
        ++kind.gave_up;
        ++overall_.gave_up;
      } else if (leg.called_at) {
        const double wait = static_cast<double>((*leg.called_at - leg.queued_at).count());
        service.served.push_back(wait);
        kind.served.push_back(wait);
        overall_.served.push_back(wait);
      }
    }
    const LegOutcome& first = ticket.legs.front();
    if (ticket.appointment_time && first.called_at && !first.gave_up_at)
      lateness_.served.push_back(std::max(0.0, static_cast<double>((*first.called_at - *ticket.appointment_time).count())));
  }
}

WaitStats FairnessTally::summarise(const Waits& waits) const {
  WaitStats stats;
  stats.served = waits.served.size();
  stats.gave_up = waits.gave_up;
  if (!waits.served.empty()) {
    double sum = 0;
    std::size_t within = 0;
    for (const double w : waits.served) {
      sum += w;
      stats.max_s = std::max(stats.max_s, w);
      if (w <= static_cast<double>(sla_.count())) ++within;
    }
    stats.mean_s = sum / static_cast<double>(stats.served);
    stats.within_sla = static_cast<double>(within) / static_cast<double>(stats.served + stats.gave_up);
    stats.p90_s = percentile(waits.served, 0.9);
  }
  return stats;
}

std::map<domain::ServiceId, WaitStats> FairnessTally::by_service() const {
  std::map<domain::ServiceId, WaitStats> out;
  for (const auto& [service, waits] : by_service_) out.emplace(service, summarise(waits));
  return out;
}

std::map<VisitKind, WaitStats> FairnessTally::by_kind() const {
  std::map<VisitKind, WaitStats> out;
  for (const auto& [kind, waits] : by_kind_) out.emplace(kind, summarise(waits));
  return out;
}

WaitStats FairnessTally::overall() const { return summarise(overall_); }
WaitStats FairnessTally::appointment_lateness() const { return summarise(lateness_); }

const char* kind_name(VisitKind kind) {
  switch (kind) {
    case VisitKind::WalkIn: return "walk-in";
    case VisitKind::Priority: return "priority";
    case VisitKind::Appointment: return "appointment";
  }
  return "?";
}

}  // namespace civiq::bench
