// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "app/device_board.hpp"

#include <doctest/doctest.h>

namespace civiq::app {
namespace {

using namespace std::chrono_literals;

const domain::TimePoint kOfficeTime{std::chrono::sys_days{std::chrono::year{2026} / 12 / 7} + 9h};
const DeviceBoard::Steady kStart{};
const std::vector<EnrolledDevice> kEnrolled{{"Anzeige Wartezone", "display"}, {"Kiosk Eingang", "kiosk"}};

protocol::DeviceStatusReport kiosk_report(std::vector<std::string> reasons = {}, bool paper_low = false) {
  return {"1.4.0", 60, protocol::PrinterStatus{"idle", true, std::move(reasons), paper_low, 300}, std::nullopt};
}

const protocol::DeviceHealth& named(const protocol::DeviceHealthList& list, const std::string& name) {
  for (const auto& device : list.devices)
    if (device.name == name) return device;
  FAIL("no device " << name);
  return list.devices.front();
}

}  // namespace

TEST_CASE("a device that never reported is listed as such, without problems") {
  DeviceBoard board;
  const auto list = board.health(kEnrolled, kStart);
  REQUIRE(list.devices.size() == 2);
  CHECK(list.devices[0].name == "Anzeige Wartezone");
  CHECK(list.devices[0].status == "never_reported");
  CHECK(list.devices[0].problems.empty());
  CHECK_FALSE(list.devices[0].silent_s.has_value());
}

TEST_CASE("a device is unreachable once silent for more than twice the interval it promised") {
  DeviceBoard board;
  board.report("Kiosk Eingang", kiosk_report(), kOfficeTime, kStart);
  const auto at = [&](auto later) { return named(board.health(kEnrolled, kStart + later), "Kiosk Eingang"); };
  CHECK(at(0s).status == "ok");
  CHECK(at(0s).last_report_at == kOfficeTime);
  CHECK(at(120s).status == "ok");  // one report lost: no alarm yet
  CHECK(*at(120s).silent_s == 120);
  const auto silent = at(121s);
  CHECK(silent.status == "unreachable");
  CHECK(silent.problems == std::vector<std::string>{"unreachable"});
  CHECK(silent.printer_state == "idle");  // what it said last stays visible
  CHECK(silent.paper_left_tickets == 300);
  // It comes back with its next report.
  board.report("Kiosk Eingang", kiosk_report(), kOfficeTime + 10min, kStart + 600s);
  CHECK(at(600s).status == "ok");
}

TEST_CASE("printer reasons and the counted roll become problem codes") {
  CHECK(problems_of(kiosk_report()).empty());
  CHECK(problems_of(kiosk_report({"media-low-warning"})) == std::vector<std::string>{"paper_low"});
  CHECK(problems_of(kiosk_report({}, true)) == std::vector<std::string>{"paper_low"});
  // Empty is not also low.
  CHECK(problems_of(kiosk_report({"media-empty-error", "media-low"})) == std::vector<std::string>{"paper_empty"});
  CHECK(problems_of(kiosk_report({"media-jam-error", "door-open", "offline-report"})) ==
        std::vector<std::string>{"printer_offline", "media_jam", "door_open"});
  auto stopped = kiosk_report({"paused"});
  stopped.printer->state = "stopped";
  stopped.printer->accepting_jobs = false;
  CHECK(problems_of(stopped) == std::vector<std::string>{"printer_stopped", "printer_not_accepting"});
  CHECK(problems_of({"1.4.0", 60, std::nullopt, "no network"}).empty());  // a display has no printer

  DeviceBoard board;
  board.report("Kiosk Eingang", kiosk_report({"media-low"}), kOfficeTime, kStart);
  CHECK(named(board.health(kEnrolled, kStart), "Kiosk Eingang").status == "attention");
}

TEST_CASE("a revoked device disappears with its report") {
  DeviceBoard board;
  board.report("Kiosk Eingang", kiosk_report(), kOfficeTime, kStart);
  const auto list = board.health({kEnrolled.front()}, kStart);
  REQUIRE(list.devices.size() == 1);
  CHECK(list.devices.front().name == "Anzeige Wartezone");
}

TEST_CASE("an update is due only when what staff act on changed, not as silence grows") {
  DeviceBoard board;
  board.report("Kiosk Eingang", kiosk_report(), kOfficeTime, kStart);
  CHECK(board.take_if_changed(board.health(kEnrolled, kStart)));
  CHECK_FALSE(board.take_if_changed(board.health(kEnrolled, kStart + 30s)));
  board.report("Kiosk Eingang", kiosk_report(), kOfficeTime + 1min, kStart + 60s);  // a plain heartbeat
  CHECK_FALSE(board.take_if_changed(board.health(kEnrolled, kStart + 60s)));
  board.report("Kiosk Eingang", kiosk_report({"media-low"}), kOfficeTime + 2min, kStart + 120s);
  CHECK(board.take_if_changed(board.health(kEnrolled, kStart + 120s)));
  CHECK(board.take_if_changed(board.health(kEnrolled, kStart + 300s)));  // fell silent
}

TEST_CASE("reports are bounded: every field is checked before it is kept") {
  CHECK(check_report(kiosk_report()).empty());
  auto report = kiosk_report();
  report.app_version = "";
  CHECK(check_report(report) == "app_version must be 1 to 64 printable ASCII characters");
  report = kiosk_report();
  report.app_version = std::string(65, 'v');
  CHECK_FALSE(check_report(report).empty());
  report = kiosk_report();
  report.next_report_s = 0;
  CHECK(check_report(report) == "next_report_s must be between 1 and 3600");
  report.next_report_s = 3601;
  CHECK_FALSE(check_report(report).empty());
  report = kiosk_report();
  report.last_error = std::string(301, 'e');
  CHECK(check_report(report) == "last_error must be at most 300 bytes");
  report = kiosk_report();
  report.printer->state = "on fire";
  CHECK(check_report(report) == "printer.state must be idle, processing, stopped or unknown");
  report = kiosk_report(std::vector<std::string>(33, "media-low"));
  CHECK(check_report(report) == "printer.reasons may hold at most 32 reasons");
  report = kiosk_report({"media\nlow"});
  CHECK(check_report(report) == "each of printer.reasons must be 1 to 64 printable ASCII characters");
  report = kiosk_report();
  report.printer->paper_left_tickets = -1;
  CHECK(check_report(report) == "printer.paper_left_tickets must be between 0 and 1000000");
}

}  // namespace civiq::app
