// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// ServerOffice: the Office of play_day() (bench/sim/office_day.hpp) as a running civiq-server, used
// through its public API only, exactly as kiosks, clerks and phones use it: kiosk token for tickets
// and check-ins, one signed-in clerk per counter, the manager for today's bookings, the live-ticket
// token for cancelling. It is a client, not a back door.
//
// Time: the plan's day (bench::simulated_day()) is mapped onto the server's office day at the same
// Berlin wall-clock times (onto the next day when today's closing time has passed), and advance_to()
// waits until the server's office clock (GET /api/v1/health: now, time_speed) gets there. When the
// server runs `--time-speed` times faster, so does the day. A step that is already late runs at once.
// Bookings get the office date in their code, so that days played one after another never collide.
//
// Errors: a reply the simulator does not expect throws std::runtime_error naming the request, the
// status and the server's error body. Expected refusals are handled: a check-in the server finds
// outside its window turns the citizen away, a recall within the cooldown is retried after it.
// Thread rule: one thread.
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "day_plan.hpp"
#include "domain/berlin_time.hpp"
#include "http_client.hpp"
#include "office_day.hpp"
#include "scenario.hpp"

namespace civiq::bench {

struct ServerAccess {
  std::string base_url;       // http://HOST:PORT
  std::string kiosk_token;    // an enrolled kiosk device
  std::string manager;        // imports the day's appointments
  std::string manager_password;
  std::string clerk_prefix;   // counter N is worked by user <prefix>N
  std::string clerk_password;
};

// What the day did on the server, by the simulator's count.
struct ServerDayCounts {
  int issued = 0;
  int turned_away = 0;  // check-ins the server refused (outside the window after a late step)
  int calls = 0;
  int finished = 0;
  int stayed = 0;  // of the finished: the citizen stayed at the desk for the visit's next service
  int transferred = 0;
  int no_shows = 0;
  int cancelled = 0;
};

class ServerOffice final : public Office {
 public:
  // Connects, reads the office clock, checks that the scenario's counters exist on the server and
  // serve the same services (else std::runtime_error), and prints progress to `log`.
  ServerOffice(ServerAccess access, const Scenario& scenario, std::ostream& log);
  ~ServerOffice() override;

  // Imports the plan's bookings, mapped onto the server's day (manager).
  void book(const DayPlan& plan);
  [[nodiscard]] const ServerDayCounts& counts() const { return counts_; }
  // The office time a moment of the plan is played at.
  [[nodiscard]] domain::TimePoint office_time(domain::TimePoint planned) const;
  [[nodiscard]] domain::LocalDate office_day() const { return office_day_; }

  void advance_to(domain::TimePoint at) override;
  std::optional<domain::TicketId> issue(const Arrival& arrival) override;
  void open_counter(domain::CounterId counter) override;
  void close_counter(domain::CounterId counter) override;
  std::optional<Called> call_next(domain::CounterId counter) override;
  void start(domain::CounterId counter) override;
  bool finish(domain::CounterId counter) override;
  void transfer(domain::CounterId counter, domain::ServiceId to) override;
  bool recall(domain::CounterId counter) override;
  void cancel(domain::TicketId ticket) override;
  void close_day() override;

 private:
  struct Reply;
  Reply request(std::string_view method, const std::string& target, std::string_view bearer, const std::string& body = {},
                std::string_view idempotency_key = {});
  [[nodiscard]] std::string clerk_user(domain::CounterId counter) const;
  [[nodiscard]] std::string booking_code(const domain::Appointment& appointment) const;
  std::string sign_in(const std::string& user, const std::string& password);  // the session token
  Reply counter_action(domain::CounterId counter, std::string_view action, const std::string& body = {});
  [[nodiscard]] domain::TimePoint office_now() const;
  void check_counters(const Scenario& scenario);
  void report_progress(domain::TimePoint now);

  ServerAccess access_;
  std::ostream& log_;
  asio::io_context io_;
  tcp::endpoint endpoint_;
  std::string host_;
  std::unique_ptr<HttpConnection> connection_;
  std::chrono::steady_clock::time_point last_request_;
  // The office clock: `office_origin_` was its time at `real_origin_`, and it runs `speed_` times faster.
  domain::TimePoint office_origin_;
  std::chrono::steady_clock::time_point real_origin_;
  double speed_ = 1.0;
  domain::LocalDate office_day_;
  std::string run_key_;  // makes this run's Idempotency-Keys its own
  std::map<domain::CounterId, std::string> clerk_sessions_;
  std::map<domain::TicketId, std::string> live_tokens_;
  ServerDayCounts counts_;
  std::optional<domain::TimePoint> next_report_;
};

}  // namespace civiq::bench
