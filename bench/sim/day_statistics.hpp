// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Statistics over simulated days.
//  - AccuracyTally: per predictor, the error of each estimate against the ticket's actual call:
//    error = estimate - (called_at - observed_at), in seconds. Counted only where the citizen was
//    still there when called: a service whose citizen gave up (cancelled, or left and became a
//    no-show) has no actual wait to compare with and is left out. "At issue" = the estimate printed at
//    the kiosk; "all" = that plus every `tick` update while the ticket waited (and the entry into a
//    ticket's later service).
//  - FairnessTally: waits per service and per kind of visit (wait = first call - entering the queue),
//    the longest one, and the share served within an SLA, where a citizen who gave up counts as not
//    served within it.
// Thread rule: value types; not synchronised.
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "simulated_office.hpp"

namespace civiq::bench {

struct ErrorStats {
  std::size_t n = 0;
  double mae_s = 0;   // mean absolute error
  double p90_s = 0;   // 90th percentile of the absolute error (nearest rank)
  double bias_s = 0;  // mean signed error: > 0 tells citizens longer waits than they get
};

[[nodiscard]] ErrorStats error_stats(std::vector<double> signed_errors);

// How the ranges of a predictor that gives them did: the share of actual waits inside [low, high]
// (both ends included) and the mean width high - low. n = 0 for a predictor without ranges.
struct RangeStats {
  std::size_t n = 0;
  std::size_t covered = 0;
  std::size_t early = 0;  // called before the range began
  double width_sum_s = 0;
  [[nodiscard]] double coverage() const { return n ? static_cast<double>(covered) / static_cast<double>(n) : 0.0; }
  [[nodiscard]] double early_share() const { return n ? static_cast<double>(early) / static_cast<double>(n) : 0.0; }
  [[nodiscard]] double mean_width_s() const { return n ? width_sum_s / static_cast<double>(n) : 0.0; }
  void add(double actual_s, double low_s, double high_s);
};
// Nearest-rank percentile (p in (0, 1]) of the values; 0 for none.
[[nodiscard]] double percentile(std::vector<double> values, double p);

// One simulated day's absolute errors of one predictor: days are the independent replications.
struct DayErrorSum {
  double abs_sum = 0;
  std::size_t n = 0;
};

// Running sums for a breakdown: MAE = abs_sum / n, bias = signed_sum / n; and the ranges.
struct ErrorSums {
  std::size_t n = 0;
  double abs_sum = 0;
  double signed_sum = 0;
  RangeStats range;
};

struct RatioInterval {
  double ratio = 0;  // MAE(a) / MAE(b) over all days
  double low = 0;    // 95 % interval: percentile bootstrap over whole days
  double high = 0;
};

// MAE(a) / MAE(b), a and b measured on the same days, with a bootstrap interval that resamples days
// (the observations within a day are far from independent). Deterministic for a given seed.
[[nodiscard]] RatioInterval mae_ratio(std::span<const DayErrorSum> a, std::span<const DayErrorSum> b,
                                      int resamples = 2000, std::uint64_t seed = 1);

class AccuracyTally {
 public:
  void add(const DayResult& day);
  [[nodiscard]] const std::vector<std::string>& names() const { return names_; }
  [[nodiscard]] ErrorStats at_issue(std::size_t predictor) const { return error_stats(at_issue_.at(predictor)); }
  [[nodiscard]] ErrorStats all(std::size_t predictor) const { return error_stats(all_.at(predictor)); }
  [[nodiscard]] const std::vector<DayErrorSum>& days_at_issue(std::size_t predictor) const {
    return at_issue_days_.at(predictor);
  }
  [[nodiscard]] const std::vector<DayErrorSum>& days_all(std::size_t predictor) const { return all_days_.at(predictor); }
  [[nodiscard]] const RangeStats& range_at_issue(std::size_t predictor) const { return range_at_issue_.at(predictor); }
  [[nodiscard]] const RangeStats& range_all(std::size_t predictor) const { return range_all_.at(predictor); }
  // All updates, by the service the estimate was for.
  [[nodiscard]] const std::map<domain::ServiceId, ErrorSums>& by_service(std::size_t predictor) const {
    return by_service_.at(predictor);
  }

 private:
  std::vector<std::string> names_;
  std::vector<std::vector<double>> at_issue_;
  std::vector<std::vector<double>> all_;
  std::vector<std::vector<DayErrorSum>> at_issue_days_;
  std::vector<std::vector<DayErrorSum>> all_days_;
  std::vector<std::map<domain::ServiceId, ErrorSums>> by_service_;
  std::vector<RangeStats> range_at_issue_;
  std::vector<RangeStats> range_all_;
};

struct WaitStats {
  std::size_t served = 0;   // called with the citizen present
  std::size_t gave_up = 0;
  double mean_s = 0;        // of the served
  double p90_s = 0;
  double max_s = 0;
  double within_sla = 0;    // served within the SLA / (served + gave up)
};

class FairnessTally {
 public:
  explicit FairnessTally(std::chrono::seconds sla) : sla_(sla) {}
  void add(const DayResult& day);
  [[nodiscard]] std::map<domain::ServiceId, WaitStats> by_service() const;
  [[nodiscard]] std::map<VisitKind, WaitStats> by_kind() const;
  [[nodiscard]] WaitStats overall() const;
  // Appointments: how late after the booked slot they were called (0 when called before the slot).
  [[nodiscard]] WaitStats appointment_lateness() const;
  [[nodiscard]] std::chrono::seconds sla() const { return sla_; }

 private:
  struct Waits {
    std::vector<double> served;
    std::size_t gave_up = 0;
  };
  [[nodiscard]] WaitStats summarise(const Waits& waits) const;

  std::chrono::seconds sla_;
  std::map<domain::ServiceId, Waits> by_service_;
  std::map<VisitKind, Waits> by_kind_;
  Waits overall_;
  Waits lateness_;
};

[[nodiscard]] const char* kind_name(VisitKind kind);

}  // namespace civiq::bench
