// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// DeviceBoard: the last status report of every kiosk and display, and what staff should know of it
// ("Kiosk Eingang: Papier fast leer", "Kiosk Eingang: seit 5 min nicht erreichbar").
// Reports live in memory only: a heartbeat says nothing after a restart, and every device reports
// again within the interval it promised. A device that stays silent for twice that interval is
// unreachable. Silence is measured on the steady clock (real seconds, also in a demo whose office
// clock runs fast); what staff read (last_report_at) is office time. Both are passed in.
// Thread rule: office worker only.
#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "protocol/messages.hpp"

namespace civiq::app {

struct EnrolledDevice {
  std::string name;
  std::string kind;  // kiosk, display
};

class DeviceBoard {
 public:
  using Steady = std::chrono::steady_clock::time_point;

  void report(const std::string& device, protocol::DeviceStatusReport report, domain::TimePoint at, Steady received);
  // The enrolled devices as staff see them at `now`, in the order given (by name). Reports of
  // devices no longer enrolled (revoked) are forgotten.
  [[nodiscard]] protocol::DeviceHealthList health(const std::vector<EnrolledDevice>& enrolled, Steady now);
  // Whether `list` differs from the one taken last in what staff act on (status, problems, printer,
  // version, error; not the ever-growing silence): the devices topic sends an update only then.
  [[nodiscard]] bool take_if_changed(const protocol::DeviceHealthList& list);

 private:
  struct Last {
    protocol::DeviceStatusReport report;
    domain::TimePoint at;
    Steady received;
  };
  std::map<std::string, Last> last_;
  std::string taken_;  // the signature of the list taken last
};

// Why a report is refused (400), or empty: bounded text, a known printer state, a sane interval.
[[nodiscard]] std::string check_report(const protocol::DeviceStatusReport& report);

// The problem codes of one device's last report (without "unreachable"), pure.
[[nodiscard]] std::vector<std::string> problems_of(const protocol::DeviceStatusReport& report);

}  // namespace civiq::app
