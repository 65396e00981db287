// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "predictors.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace civiq::bench {
namespace {

using domain::ServiceId;
using domain::TicketId;
using std::chrono::seconds;

constexpr std::size_t kServiceTimeWindow = 20;  // as ServiceTimeEstimator's default window
constexpr std::size_t kCompletionWindow = 10;

struct Waiting {
  TicketId ticket;
  seconds elapsed;  // in the current service's queue
};

// The waiting tickets of each service in first-come-first-served order (ticket order, ignoring
// appointments, priority and weights): the line a naive system shows.
std::map<ServiceId, std::vector<Waiting>> fcfs_lines(const domain::OfficeQueue& queue, domain::TimePoint now) {
  auto candidates = queue.waiting_candidates();
  std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
    return std::tie(a.rank_time, a.tiebreak, a.ticket) < std::tie(b.rank_time, b.tiebreak, b.ticket);
  });
  std::map<ServiceId, std::vector<Waiting>> lines;
  for (const auto& c : candidates)
    lines[c.service].push_back({c.ticket, std::max(now - queue.find(c.ticket)->queued_at, seconds{0})});
  return lines;
}

seconds rounded(double value) { return seconds{static_cast<seconds::rep>(std::llround(std::max(value, 0.0)))}; }

// Counters that can call the service: open ones, or (like civiq's fallback) all that offer it.
int servers_for(const domain::OfficeQueue& queue, ServiceId service) {
  int open = 0;
  int offered = 0;
  for (const auto& counter : queue.catalog().counters) {
    if (!counter.serves(service)) continue;
    ++offered;
    if (queue.counters().at(counter.id).open) ++open;
  }
  return open > 0 ? open : offered;
}

double mean_service_time(const EstimateContext& context, ServiceId service) {
  double sum = 0;
  std::size_t n = 0;
  const auto& done = context.history.completions();
  for (auto it = done.rbegin(); it != done.rend() && n < kServiceTimeWindow; ++it) {
    if (it->service != service) continue;
    sum += static_cast<double>(it->served.count());
    ++n;
  }
  if (n > 0) return sum / static_cast<double>(n);
  const domain::Service* known = context.queue.catalog().find_service(service);
  return static_cast<double>((known ? known->default_service_time : domain::Service{}.default_service_time).count());
}

class CiviqPredictor final : public Predictor {
 public:
  std::string name() const override { return "civiq"; }
  Estimates predict(const EstimateContext& context) const override {
    Estimates out;
    for (const auto& [id, estimate] : domain::estimate_waits(context.queue, context.service_times, context.now))
      out.emplace(id, Estimate{estimate.estimated_wait, estimate.wait_low, estimate.wait_high});
    return out;
  }
};

class QueueLengthPredictor final : public Predictor {
 public:
  explicit QueueLengthPredictor(bool observed) : observed_(observed) {}
  std::string name() const override { return observed_ ? "QL-obs" : "QL"; }

  Estimates predict(const EstimateContext& context) const override {
    Estimates out;
    for (const auto& [service, line] : fcfs_lines(context.queue, context.now)) {
      const int servers = servers_for(context.queue, service);
      if (servers == 0) continue;
      double interval = mean_service_time(context, service) / servers;
      if (observed_) interval = observed_interval(context, service).value_or(interval);
      for (std::size_t k = 0; k < line.size(); ++k)
        out.emplace(line[k].ticket, rounded(static_cast<double>(k + 1) * interval));
    }
    return out;
  }

 private:
  // Mean interval between consecutive completions of the service while its queue was not empty
  // (an interval that began with nobody waiting measures idleness, not speed), last 10 intervals.
  static std::optional<double> observed_interval(const EstimateContext& context, ServiceId service) {
    const auto& done = context.history.completions();
    std::optional<domain::TimePoint> later;
    double sum = 0;
    std::size_t n = 0;
    for (auto it = done.rbegin(); it != done.rend() && n < kCompletionWindow; ++it) {
      if (it->service != service) continue;
      if (later && it->waiting_after > 0) {
        sum += static_cast<double>((*later - it->at).count());
        ++n;
      }
      later = it->at;
    }
    if (n == 0) return std::nullopt;
    return sum / static_cast<double>(n);
  }

  bool observed_;
};

// LES, HOL and DAY: one delay for the whole service (or office), minus what each ticket has waited.
class DelayHistoryPredictor final : public Predictor {
 public:
  enum class Kind { LastToEnterService, HeadOfLine, DayAverage };
  DelayHistoryPredictor(Kind kind, bool other_reading) : kind_(kind), other_reading_(other_reading) {}

  std::string name() const override {
    switch (kind_) {
      case Kind::LastToEnterService: return other_reading_ ? "LES-raw" : "LES";
      case Kind::HeadOfLine: return other_reading_ ? "HOL-raw" : "HOL";
      case Kind::DayAverage: return other_reading_ ? "DAY-rest" : "DAY";
    }
    return "?";
  }

  Estimates predict(const EstimateContext& context) const override {
    Estimates out;
    for (const auto& [service, line] : fcfs_lines(context.queue, context.now)) {
      const seconds delay = delay_for(context, service, line);
      const bool subtract = (kind_ != Kind::DayAverage) != other_reading_;
      for (const auto& w : line) out.emplace(w.ticket, subtract ? std::max(delay - w.elapsed, seconds{0}) : delay);
    }
    return out;
  }

 private:
  seconds delay_for(const EstimateContext& context, ServiceId service, const std::vector<Waiting>& line) const {
    const auto& calls = context.history.calls();
    switch (kind_) {
      case Kind::LastToEnterService:
        for (auto it = calls.rbegin(); it != calls.rend(); ++it)
          if (it->service == service) return it->waited;
        return seconds{0};  // nobody of this service called yet today
      case Kind::HeadOfLine:
        return line.front().elapsed;
      case Kind::DayAverage: {
        if (calls.empty()) return seconds{0};
        double sum = 0;
        for (const auto& call : calls) sum += static_cast<double>(call.waited.count());
        return rounded(sum / static_cast<double>(calls.size()));
      }
    }
    return seconds{0};
  }

  Kind kind_;
  bool other_reading_;
};

}  // namespace

std::unique_ptr<Predictor> make_civiq_predictor() { return std::make_unique<CiviqPredictor>(); }
std::unique_ptr<Predictor> make_queue_length_predictor() { return std::make_unique<QueueLengthPredictor>(false); }
std::unique_ptr<Predictor> make_observed_queue_length_predictor() {
  return std::make_unique<QueueLengthPredictor>(true);
}
std::unique_ptr<Predictor> make_last_to_enter_service_predictor(bool other_reading) {
  return std::make_unique<DelayHistoryPredictor>(DelayHistoryPredictor::Kind::LastToEnterService, other_reading);
}
std::unique_ptr<Predictor> make_head_of_line_predictor(bool other_reading) {
  return std::make_unique<DelayHistoryPredictor>(DelayHistoryPredictor::Kind::HeadOfLine, other_reading);
}
std::unique_ptr<Predictor> make_day_average_predictor(bool other_reading) {
  return std::make_unique<DelayHistoryPredictor>(DelayHistoryPredictor::Kind::DayAverage, other_reading);
}

Predictors standard_predictors() {
  Predictors all;
  all.push_back(make_civiq_predictor());
  all.push_back(make_queue_length_predictor());
  all.push_back(make_observed_queue_length_predictor());
  all.push_back(make_last_to_enter_service_predictor());
  all.push_back(make_head_of_line_predictor());
  all.push_back(make_day_average_predictor());
  return all;
}

Predictors other_readings() {
  Predictors all;
  all.push_back(make_last_to_enter_service_predictor(true));
  all.push_back(make_head_of_line_predictor(true));
  all.push_back(make_day_average_predictor(true));
  return all;
}

}  // namespace civiq::bench
