// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Test-only fixtures for the queue engine (never linked into civiq_domain):
//  - a small office on Monday 2026-11-23 (Europe/Berlin) with fixed wall-clock times,
//  - run(): apply what a command decided, failing the test with the error when it was refused,
//  - error_code()/toString(): readable doctest output for ErrorCode, TicketStatus and ids.
// Thread rule: plain functions, used from the doctest thread only.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "office_queue.hpp"

namespace civiq::domain {

// doctest stringifies enums through their underlying type unless an overload is found by ADL, so
// these live in civiq::domain (next to the types), not in civiq::domain::test.
inline const char* error_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::InvalidArgument: return "InvalidArgument";
    case ErrorCode::UnknownService: return "UnknownService";
    case ErrorCode::ServiceUnavailable: return "ServiceUnavailable";
    case ErrorCode::UnknownCounter: return "UnknownCounter";
    case ErrorCode::UnknownTicket: return "UnknownTicket";
    case ErrorCode::UnknownAppointment: return "UnknownAppointment";
    case ErrorCode::AppointmentCancelled: return "AppointmentCancelled";
    case ErrorCode::CounterClosed: return "CounterClosed";
    case ErrorCode::CounterOnBreak: return "CounterOnBreak";
    case ErrorCode::ServiceUnstaffed: return "ServiceUnstaffed";
    case ErrorCode::CounterBusy: return "CounterBusy";
    case ErrorCode::CounterOccupied: return "CounterOccupied";
    case ErrorCode::CounterIdle: return "CounterIdle";
    case ErrorCode::CounterDoesNotServe: return "CounterDoesNotServe";
    case ErrorCode::TicketNotWaiting: return "TicketNotWaiting";
    case ErrorCode::TicketAlreadyCalled: return "TicketAlreadyCalled";
    case ErrorCode::TicketNotCalled: return "TicketNotCalled";
    case ErrorCode::TicketNotReactivatable: return "TicketNotReactivatable";
    case ErrorCode::TicketFinished: return "TicketFinished";
    case ErrorCode::RecallTooSoon: return "RecallTooSoon";
    case ErrorCode::PostponeLimitReached: return "PostponeLimitReached";
    case ErrorCode::OfficeClosed: return "OfficeClosed";
    case ErrorCode::AppointmentAlreadyCheckedIn: return "AppointmentAlreadyCheckedIn";
    case ErrorCode::AppointmentNotToday: return "AppointmentNotToday";
    case ErrorCode::CheckInTooEarly: return "CheckInTooEarly";
    case ErrorCode::CheckInTooLate: return "CheckInTooLate";
  }
  return "?";
}

inline const char* status_name(TicketStatus status) {
  switch (status) {
    case TicketStatus::Waiting: return "Waiting";
    case TicketStatus::Called: return "Called";
    case TicketStatus::Serving: return "Serving";
    case TicketStatus::Done: return "Done";
    case TicketStatus::NoShow: return "NoShow";
    case TicketStatus::Cancelled: return "Cancelled";
    case TicketStatus::Parked: return "Parked";
  }
  return "?";
}

inline doctest::String toString(ErrorCode code) { return error_name(code); }
inline doctest::String toString(const std::optional<ErrorCode>& code) {
  return code ? error_name(*code) : "no error (command accepted)";
}
inline doctest::String toString(TicketStatus status) { return status_name(status); }
template <class Tag, class Rep>
doctest::String toString(const StrongId<Tag, Rep>& id) {
  return std::to_string(id.value).c_str();
}

namespace test {

// --- time: Monday 2026-11-23, a normal working day in winter time (UTC+1) -------------------------
inline constexpr LocalDate kMonday{std::chrono::year{2026}, std::chrono::November, std::chrono::day{23}};
inline constexpr LocalDate kTuesday{std::chrono::year{2026}, std::chrono::November, std::chrono::day{24}};

inline TimePoint berlin(LocalDate date, int hour, int minute, int second = 0) {
  return from_berlin(date, std::chrono::hours{hour} + std::chrono::minutes{minute} + std::chrono::seconds{second});
}
inline TimePoint monday(int hour, int minute, int second = 0) { return berlin(kMonday, hour, minute, second); }

// "09:05:00" (Berlin) for a time on kMonday, "2026-11-24 09:05:00" otherwise, "-" for nothing:
// comparable and readable in a failed CHECK.
inline std::string stamp(TimePoint t) {
  const LocalDateTime local = to_berlin(t);
  const auto s = static_cast<int>(local.time_of_day.count());  // 0..86399
  char text[32];
  std::snprintf(text, sizeof text, "%02d:%02d:%02d", s / 3600 % 24, s / 60 % 60, s % 60);
  return local.date == kMonday ? std::string{text} : iso_date(local.date) + " " + text;
}
inline std::string stamp(const std::optional<TimePoint>& t) { return t ? stamp(*t) : "-"; }

// --- the office -------------------------------------------------------------------------------------
inline constexpr ServiceId kPass{1};          // prefix A, counters 1 and 2
inline constexpr ServiceId kRegistration{2};  // prefix B, counters 1 and 3
inline constexpr ServiceId kLicence{3};       // prefix C, counter 2
inline constexpr ServiceId kFishing{4};       // prefix F, inactive
inline constexpr ServiceId kNoSuchService{99};
inline constexpr CounterId kCounter1{1};  // A, B
inline constexpr CounterId kCounter2{2};  // A, C
inline constexpr CounterId kCounter3{3};  // B
inline constexpr CounterId kNoSuchCounter{99};

inline Service fixture_service(ServiceId id, std::string prefix, std::string name, bool active = true) {
  Service service;
  service.id = id;
  service.names = {{"de", std::move(name)}};
  service.prefix = std::move(prefix);
  service.active = active;
  return service;
}

// Mon-Fri 08:00-12:00, Thursday also 14:00-18:00. All calling weights are neutral, so the order
// at a counter is: reserved for it, due appointments, priority, then longest wait.
inline std::shared_ptr<const Catalog> fixture_catalog() {
  using std::chrono::hours;
  auto catalog = std::make_shared<Catalog>();
  catalog->office_name = "Bürgerbüro Löbau";
  catalog->services = {fixture_service(kPass, "A", "Personalausweis"),
                       fixture_service(kRegistration, "B", "Anmeldung"),
                       fixture_service(kLicence, "C", "Führerschein"),
                       fixture_service(kFishing, "F", "Fischereischein", false)};
  catalog->counters = {Counter{kCounter1, "Schalter 1", {{kPass, 1.0}, {kRegistration, 1.0}}},
                       Counter{kCounter2, "Schalter 2", {{kPass, 1.0}, {kLicence, 1.0}}},
                       Counter{kCounter3, "Schalter 3", {{kRegistration, 1.0}}}};
  for (std::size_t weekday = 0; weekday < 5; ++weekday) catalog->hours.by_weekday[weekday] = {{hours{8}, hours{12}}};
  catalog->hours.by_weekday[3].push_back({hours{14}, hours{18}});
  return catalog;
}

inline OfficeQueue make_queue(const QueueConfig& config = {}) {
  return OfficeQueue{fixture_catalog(), config, kMonday, TicketId{1}};
}

// --- who acts -------------------------------------------------------------------------------------
inline const Actor kKiosk{Actor::Kind::Device, "kiosk-1"};
inline const Actor kCitizen{Actor::Kind::Citizen, {}};
inline const CounterActor kAnna{Actor{Actor::Kind::Staff, "anna"}, false};  // clerk, usually counter 1
inline const CounterActor kBen{Actor{Actor::Kind::Staff, "ben"}, false};    // clerk, usually counter 2
inline const CounterActor kCara{Actor{Actor::Kind::Staff, "cara"}, false};  // clerk, usually counter 3
inline const CounterActor kMia{Actor{Actor::Kind::Staff, "mia"}, true};     // manager (supervisor)

// --- running commands -----------------------------------------------------------------------------
inline std::string describe(const Result<Events>& result) {
  if (result) return std::to_string(result->size()) + " event(s)";
  return std::string{error_name(result.error().code)} + ": " + result.error().detail;
}

inline std::optional<ErrorCode> error_code(const Result<Events>& result) {
  if (result) return std::nullopt;
  return result.error().code;
}

// Applies the events of an accepted command (as the server does after storing them) and returns
// them; a refused command fails the test.
inline Events run(OfficeQueue& queue, const Result<Events>& result) {
  const std::string why = describe(result);
  REQUIRE_MESSAGE(result.has_value(), "command refused: " << why);
  for (const auto& event : *result) queue.apply(event);
  return *result;
}

// The single event of an accepted command, which must be a T.
template <class T>
T only(const Result<Events>& result) {
  const std::string why = describe(result);
  REQUIRE_MESSAGE(result.has_value(), "command refused: " << why);
  REQUIRE(result->size() == 1);
  const T* body = std::get_if<T>(&result->front().body);
  REQUIRE_MESSAGE(body != nullptr, "unexpected event " << event_type_name(result->front().body));
  return *body;
}

inline std::string fresh_token(const OfficeQueue& queue) {
  return "token-" + std::to_string(queue.next_ticket_id().value);
}

// Issues a walk-in ticket at the kiosk and returns its id.
inline TicketId issue(OfficeQueue& queue, std::vector<ServiceId> services, TimePoint now, bool priority = false) {
  IssueTicket command{fresh_token(queue), std::move(services), priority, "de", nullptr};
  return only<TicketIssued>(run(queue, queue.issue(command, kKiosk, now))).ticket;
}

// Checks an appointment in at the kiosk and returns the ticket id.
inline TicketId check_in(OfficeQueue& queue, const Appointment& appointment, TimePoint now) {
  IssueTicket command{fresh_token(queue), {}, false, "de", &appointment};
  return only<TicketIssued>(run(queue, queue.issue(command, kKiosk, now))).ticket;
}

// A copy of the ticket (a copy cannot dangle when the test applies more events).
inline Ticket ticket_of(const OfficeQueue& queue, TicketId id) {
  const Ticket* found = queue.find(id);
  REQUIRE_MESSAGE(found != nullptr, "no ticket " << id.value);
  return *found;
}

inline std::string number_of(const OfficeQueue& queue, TicketId id) {
  return queue.number_text(ticket_of(queue, id).number);
}

}  // namespace test
}  // namespace civiq::domain
