// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "metrics.hpp"

#include <fmt/format.h>

namespace civiq::app {

void Metrics::record_request(const std::string& route, int status, std::chrono::microseconds duration) {
  const double seconds = static_cast<double>(duration.count()) / 1e6;
  const std::lock_guard lock(mutex_);
  ++requests_[{route, status / 100}];
  ++request_count_;
  request_seconds_ += seconds;
  for (std::size_t i = 0; i < kLatencyBucketsSeconds.size(); ++i)
    if (seconds <= kLatencyBucketsSeconds[i]) ++buckets_[i];
}

void Metrics::record_calls(std::uint64_t calls) {
  const std::lock_guard lock(mutex_);
  calls_ += calls;
}

void Metrics::record_streams_ended(std::uint64_t streams) {
  const std::lock_guard lock(mutex_);
  streams_ended_ += streams;
}

void Metrics::render(std::string& out) const {
  const std::lock_guard lock(mutex_);
  out += "# HELP civiq_http_requests_total HTTP requests by route and status class.\n"
         "# TYPE civiq_http_requests_total counter\n";
  for (const auto& [key, count] : requests_)
    out += fmt::format("civiq_http_requests_total{{route=\"{}\",status=\"{}xx\"}} {}\n", key.first, key.second, count);
  out += "# HELP civiq_http_request_duration_seconds Time from request to reply.\n"
         "# TYPE civiq_http_request_duration_seconds histogram\n";
  for (std::size_t i = 0; i < kLatencyBucketsSeconds.size(); ++i)
    out += fmt::format("civiq_http_request_duration_seconds_bucket{{le=\"{}\"}} {}\n", kLatencyBucketsSeconds[i],
                       buckets_[i]);
  out += fmt::format("civiq_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {}\n", request_count_);
  out += fmt::format("civiq_http_request_duration_seconds_sum {}\n", request_seconds_);
  out += fmt::format("civiq_http_request_duration_seconds_count {}\n", request_count_);
  out += "# HELP civiq_calls_total Calls and recalls made at counters since the server started.\n"
         "# TYPE civiq_calls_total counter\n";
  out += fmt::format("civiq_calls_total {}\n", calls_);
  out += "# HELP civiq_websocket_streams_ended_total Event streams closed because the sign-in or device token they "
         "were opened with ended (logout, user disabled, device revoked, session expired).\n"
         "# TYPE civiq_websocket_streams_ended_total counter\n";
  out += fmt::format("civiq_websocket_streams_ended_total {}\n", streams_ended_);
}

}  // namespace civiq::app
