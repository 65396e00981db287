// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "device_board.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "protocol/json_codec.hpp"

namespace civiq::app {
namespace {

constexpr std::size_t kMaxVersion = 64;
constexpr std::size_t kMaxReasons = 32;
constexpr std::size_t kMaxReason = 64;
constexpr std::size_t kMaxError = 300;
constexpr std::int64_t kMaxIntervalS = 3600;

bool printable_ascii(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
}

// IPP printer-state-reasons carry a severity suffix (RFC 8011 §5.4.12): "media-low-warning".
std::string without_severity(std::string reason) {
  for (const std::string_view suffix : {"-error", "-warning", "-report"})
    if (reason.ends_with(suffix)) return reason.substr(0, reason.size() - suffix.size());
  return reason;
}

}  // namespace

std::string check_report(const protocol::DeviceStatusReport& report) {
  if (report.app_version.empty() || report.app_version.size() > kMaxVersion || !printable_ascii(report.app_version))
    return "app_version must be 1 to 64 printable ASCII characters";
  if (report.next_report_s < 1 || report.next_report_s > kMaxIntervalS)
    return "next_report_s must be between 1 and 3600";
  if (report.last_error && report.last_error->size() > kMaxError)
    return "last_error must be at most 300 bytes";
  if (const auto& printer = report.printer) {
    static const std::set<std::string> kStates{"idle", "processing", "stopped", "unknown"};
    if (!kStates.contains(printer->state)) return "printer.state must be idle, processing, stopped or unknown";
    if (printer->reasons.size() > kMaxReasons) return "printer.reasons may hold at most 32 reasons";
    for (const auto& reason : printer->reasons)
      if (reason.empty() || reason.size() > kMaxReason || !printable_ascii(reason))
        return "each of printer.reasons must be 1 to 64 printable ASCII characters";
    if (printer->paper_left_tickets && (*printer->paper_left_tickets < 0 || *printer->paper_left_tickets > 1'000'000))
      return "printer.paper_left_tickets must be between 0 and 1000000";
  }
  return {};
}

std::vector<std::string> problems_of(const protocol::DeviceStatusReport& report) {
  std::vector<std::string> problems;
  if (!report.printer) return problems;
  const auto& printer = *report.printer;
  std::set<std::string> reasons;
  for (const auto& reason : printer.reasons) reasons.insert(without_severity(reason));
  const bool empty = reasons.contains("media-empty") || reasons.contains("media-needed");
  if (empty) problems.emplace_back("paper_empty");
  if (!empty && (printer.paper_low || reasons.contains("media-low"))) problems.emplace_back("paper_low");
  if (printer.state == "stopped") problems.emplace_back("printer_stopped");
  if (!printer.accepting_jobs) problems.emplace_back("printer_not_accepting");
  if (reasons.contains("offline")) problems.emplace_back("printer_offline");
  if (reasons.contains("media-jam")) problems.emplace_back("media_jam");
  if (reasons.contains("door-open") || reasons.contains("cover-open")) problems.emplace_back("door_open");
  return problems;
}

void DeviceBoard::report(const std::string& device, protocol::DeviceStatusReport report, domain::TimePoint at,
                         Steady received) {
  last_[device] = Last{std::move(report), at, received};
}

protocol::DeviceHealthList DeviceBoard::health(const std::vector<EnrolledDevice>& enrolled, Steady now) {
  std::erase_if(last_, [&](const auto& entry) {
    return std::none_of(enrolled.begin(), enrolled.end(), [&](const auto& d) { return d.name == entry.first; });
  });
  protocol::DeviceHealthList list;
  for (const auto& device : enrolled) {
    protocol::DeviceHealth health;
    health.name = device.name;
    health.kind = device.kind;
    health.status = "never_reported";
    if (const auto found = last_.find(device.name); found != last_.end()) {
      const auto& [report, at, received] = found->second;
      const auto silent = std::chrono::duration_cast<std::chrono::seconds>(now - received);
      health.problems = problems_of(report);
      // Twice the promised interval: one lost report is no alarm, two are.
      if (silent > 2 * std::chrono::seconds{report.next_report_s})
        health.problems.insert(health.problems.begin(), "unreachable");
      health.status = health.problems.empty()                  ? "ok"
                      : health.problems.front() == "unreachable" ? "unreachable"
                                                                 : "attention";
      health.last_report_at = at;
      health.silent_s = std::max<std::int64_t>(0, silent.count());
      health.app_version = report.app_version;
      if (report.printer) {
        health.printer_state = report.printer->state;
        health.printer_reasons = report.printer->reasons;
        health.paper_left_tickets = report.printer->paper_left_tickets;
      }
      health.last_error = report.last_error;
    }
    list.devices.push_back(std::move(health));
  }
  return list;
}

bool DeviceBoard::take_if_changed(const protocol::DeviceHealthList& list) {
  auto steady = list;
  for (auto& device : steady.devices) {
    device.silent_s.reset();
    device.last_report_at.reset();
  }
  auto signature = protocol::to_json(steady);
  if (signature == taken_) return false;
  taken_ = std::move(signature);
  return true;
}

}  // namespace civiq::app
