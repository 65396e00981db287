// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "office_queue.hpp"

#include <doctest/doctest.h>

#include <array>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "test_support.hpp"

// Every rule of the queue engine, decided by the commands and folded by apply(). A refused command is
// checked for its exact ErrorCode; an accepted one for its events and for the state after applying
// them. Times are Berlin wall-clock times on Monday 2026-11-23 (test_support.hpp).

namespace civiq::domain {
namespace {

using namespace test;
using std::chrono::minutes;
using std::chrono::seconds;

// The numbers `counter` calls, in order, when it serves everybody now (on a copy of the queue).
std::string serve_all(OfficeQueue queue, CounterId counter, const CounterActor& who, TimePoint now) {
  run(queue, queue.open_counter(counter, who, now));
  std::string order;
  for (int guard = 0; guard < 100; ++guard) {
    const Events events = run(queue, queue.call_next(counter, who, now));
    if (events.empty()) break;
    if (!order.empty()) order += ' ';
    order += number_of(queue, std::get<TicketCalled>(events.front().body).ticket);
    run(queue, queue.finish(counter, who, now));
  }
  return order;
}

// A fresh passport ticket (issued 09:00) brought into `status` through the commands at counter 1 (anna).
TicketId ticket_in(OfficeQueue& queue, TicketStatus status) {
  const TicketId id = issue(queue, {kPass}, monday(9, 0));
  if (status == TicketStatus::Waiting) return id;
  if (status == TicketStatus::Cancelled) {
    run(queue, queue.cancel(id, kCitizen, monday(9, 1)));
    return id;
  }
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 1)));
  run(queue, queue.call(kCounter1, id, kAnna, monday(9, 2)));
  switch (status) {
    case TicketStatus::Serving: run(queue, queue.start(kCounter1, kAnna, monday(9, 3))); break;
    case TicketStatus::Done:
      run(queue, queue.start(kCounter1, kAnna, monday(9, 3)));
      run(queue, queue.finish(kCounter1, kAnna, monday(9, 10)));
      break;
    case TicketStatus::NoShow: run(queue, queue.no_show(kCounter1, kAnna, monday(9, 4))); break;
    case TicketStatus::Parked:
      run(queue, queue.start(kCounter1, kAnna, monday(9, 3)));
      run(queue, queue.park(kCounter1, kAnna, monday(9, 5)));
      break;
    default: break;
  }
  REQUIRE(ticket_of(queue, id).status == status);
  return id;
}

constexpr std::array kAllStatuses{TicketStatus::Waiting, TicketStatus::Called,    TicketStatus::Serving,
                                  TicketStatus::Done,    TicketStatus::NoShow,    TicketStatus::Cancelled,
                                  TicketStatus::Parked};

// =====================================================================================================
// issue

TEST_CASE("OfficeQueue issue: numbers run per service prefix, a visit uses its first service's prefix") {
  auto queue = make_queue();
  const auto a1 = issue(queue, {kPass}, monday(9, 0));
  const auto a2 = issue(queue, {kPass}, monday(9, 1));
  const auto b1 = issue(queue, {kRegistration}, monday(9, 2));
  const auto b2 = issue(queue, {kRegistration, kPass}, monday(9, 3));
  const auto a3 = issue(queue, {kPass, kRegistration}, monday(9, 4));
  const auto c1 = issue(queue, {kLicence}, monday(9, 5));

  CHECK(number_of(queue, a1) == "A001");
  CHECK(number_of(queue, a2) == "A002");
  CHECK(number_of(queue, b1) == "B001");
  CHECK(number_of(queue, b2) == "B002");
  CHECK(number_of(queue, a3) == "A003");
  CHECK(number_of(queue, c1) == "C001");
  CHECK(a1 == TicketId{1});
  CHECK(c1 == TicketId{6});
  CHECK(queue.next_ticket_id() == TicketId{7});
}

TEST_CASE("OfficeQueue issue: a new ticket waits with what the kiosk asked for") {
  auto queue = make_queue();
  const IssueTicket command{"Qm9-live", {kRegistration}, true, "pl", nullptr};
  const Result<Events> decided = queue.issue(command, kKiosk, monday(9, 0, 30));
  REQUIRE(decided);
  REQUIRE(decided->size() == 1);
  CHECK(stamp(decided->front().at) == "09:00:30");
  CHECK(decided->front().actor.name == "kiosk-1");
  const auto issued = only<TicketIssued>(decided);
  CHECK(issued.ticket == TicketId{1});
  CHECK(issued.token == "Qm9-live");
  CHECK_FALSE(issued.appointment_code.has_value());
  CHECK_FALSE(issued.appointment_time.has_value());
  run(queue, decided);

  const Ticket t = ticket_of(queue, TicketId{1});
  CHECK(t.status == TicketStatus::Waiting);
  CHECK(t.token == "Qm9-live");
  CHECK(t.services == std::vector<ServiceId>{kRegistration});
  CHECK(t.current_service == 0);
  CHECK(t.priority);
  CHECK(t.language == "pl");
  CHECK(stamp(t.arrived_at) == "09:00:30");
  CHECK(stamp(t.queued_at) == "09:00:30");
  CHECK(stamp(t.rank_time) == "09:00:30");
  CHECK_FALSE(t.counter.has_value());
  CHECK_FALSE(t.target_counter.has_value());
  CHECK_FALSE(t.appointment_code.has_value());
  CHECK(t.recalls == 0);
  CHECK(t.postponements == 0);
  REQUIRE(queue.find_by_token("Qm9-live") != nullptr);
  CHECK(queue.find_by_token("Qm9-live")->id == TicketId{1});
  CHECK(queue.find_by_token("nope") == nullptr);
  CHECK(queue.next_ticket_id() == TicketId{2});
}

TEST_CASE("OfficeQueue issue: a multi-service ticket carries its services in order under one number") {
  auto queue = make_queue();
  const auto id = issue(queue, {kRegistration, kPass, kLicence}, monday(9, 0));
  const Ticket t = ticket_of(queue, id);
  CHECK(queue.number_text(t.number) == "B001");
  CHECK(t.services == std::vector<ServiceId>{kRegistration, kPass, kLicence});
  CHECK(t.service() == kRegistration);
  CHECK(t.has_next_service());
  // It waits for its first service only.
  CHECK(serve_all(queue, kCounter3, kCara, monday(9, 5)) == "B001");
  CHECK(serve_all(queue, kCounter2, kBen, monday(9, 5)).empty());
}

TEST_CASE("OfficeQueue issue: numbering start and width come from NumberingConfig") {
  struct Row {
    std::string name;
    NumberingConfig numbering;
    std::string first;
    std::string second;
  };
  const std::vector<Row> rows{
      {"defaults", NumberingConfig{}, "A001", "A002"},
      {"start 100, width 4", NumberingConfig{100, 4}, "A0100", "A0101"},
      {"a number wider than width simply grows", NumberingConfig{99, 2}, "A99", "A100"},
  };
  for (const auto& row : rows) {
    INFO(row.name);
    QueueConfig config;
    config.numbering = row.numbering;
    auto queue = make_queue(config);
    const auto first = issue(queue, {kPass}, monday(9, 0));
    const auto second = issue(queue, {kPass}, monday(9, 1));
    CHECK(number_of(queue, first) == row.first);
    CHECK(number_of(queue, second) == row.second);
  }
}

TEST_CASE("OfficeQueue issue: the command only decides; the state changes when the event is applied") {
  auto queue = make_queue();
  const IssueTicket command{"t1", {kPass}, false, "de", nullptr};
  const auto first = only<TicketIssued>(queue.issue(command, kKiosk, monday(9, 0)));
  const auto again = only<TicketIssued>(queue.issue(command, kKiosk, monday(9, 1)));
  CHECK(first.ticket == again.ticket);
  CHECK(first.number == again.number);
  CHECK(queue.tickets().empty());
  CHECK(queue.next_ticket_id() == TicketId{1});
  CHECK(queue.find_by_token("t1") == nullptr);
}

TEST_CASE("OfficeQueue issue: refuses a ticket that breaks a rule") {
  struct Row {
    std::string name;
    std::vector<ServiceId> services;
    std::string token;
    TimePoint now;
    ErrorCode expected;
  };
  const TimePoint open = monday(9, 0);
  const std::vector<Row> rows{
      {"no service", {}, "fresh", open, ErrorCode::InvalidArgument},
      {"more services than max_services_per_ticket (5)",
       {kPass, kRegistration, kLicence, kPass, kRegistration, kLicence}, "fresh", open, ErrorCode::InvalidArgument},
      {"unknown service", {kNoSuchService}, "fresh", open, ErrorCode::UnknownService},
      {"an unknown service among known ones", {kPass, kNoSuchService}, "fresh", open, ErrorCode::UnknownService},
      {"inactive service", {kFishing}, "fresh", open, ErrorCode::ServiceUnavailable},
      {"an inactive service among active ones", {kPass, kFishing}, "fresh", open, ErrorCode::ServiceUnavailable},
      {"one second before opening", {kPass}, "fresh", monday(7, 59, 59), ErrorCode::OfficeClosed},
      {"at closing time (closes is exclusive)", {kPass}, "fresh", monday(12, 0), ErrorCode::OfficeClosed},
      {"Monday afternoon (only Thursday reopens)", {kPass}, "fresh", monday(15, 0), ErrorCode::OfficeClosed},
      {"another day, inside that day's hours", {kPass}, "fresh", berlin(kTuesday, 9, 0), ErrorCode::OfficeClosed},
      {"empty token", {kPass}, "", open, ErrorCode::InvalidArgument},
      {"token already used today", {kPass}, "taken", open, ErrorCode::InvalidArgument},
  };
  auto queue = make_queue();
  run(queue, queue.issue(IssueTicket{"taken", {kPass}, false, "de", nullptr}, kKiosk, monday(8, 30)));
  for (const auto& row : rows) {
    INFO(row.name);
    const IssueTicket command{row.token, row.services, false, "de", nullptr};
    CHECK(error_code(queue.issue(command, kKiosk, row.now)) == row.expected);
  }
  CHECK(queue.tickets().size() == 1);
  // Refusals did not consume a number.
  CHECK(number_of(queue, issue(queue, {kPass}, open)) == "A002");
}

TEST_CASE("OfficeQueue issue: max_services_per_ticket is a limit, not a magic number") {
  struct Row {
    std::size_t max;
    std::size_t services;
    bool accepted;
  };
  const std::vector<Row> rows{{5, 5, true}, {5, 6, false}, {2, 2, true}, {2, 3, false}, {1, 1, true}};
  for (const auto& row : rows) {
    CAPTURE(row.max);
    CAPTURE(row.services);
    QueueConfig config;
    config.max_services_per_ticket = row.max;
    const auto queue = make_queue(config);
    const IssueTicket command{"t", std::vector<ServiceId>(row.services, kPass), false, "de", nullptr};
    const auto result = queue.issue(command, kKiosk, monday(9, 0));
    if (row.accepted)
      CHECK(error_code(result) == std::nullopt);
    else
      CHECK(error_code(result) == ErrorCode::InvalidArgument);
  }
}

TEST_CASE("OfficeQueue issue: without enforce_opening_hours any time of the queue's day is fine, no other day") {
  QueueConfig config;
  config.enforce_opening_hours = false;
  const auto queue = make_queue(config);
  const auto at = [&](TimePoint now) {
    return error_code(queue.issue(IssueTicket{"t", {kPass}, false, "de", nullptr}, kKiosk, now));
  };
  CHECK(at(monday(6, 0)) == std::nullopt);
  CHECK(at(monday(15, 0)) == std::nullopt);
  CHECK(at(monday(23, 59, 59)) == std::nullopt);
  CHECK(at(berlin(kTuesday, 0, 0)) == ErrorCode::OfficeClosed);
  CHECK(at(berlin(kTuesday, 9, 0)) == ErrorCode::OfficeClosed);
  CHECK(at(monday(0, 0) - seconds{1}) == ErrorCode::OfficeClosed);  // Sunday 23:59:59
}

// =====================================================================================================
// replay

TEST_CASE("OfficeQueue numbering: replaying the day's events never hands out a number again") {
  auto live = make_queue();
  Events log;
  const auto record = [&](const Result<Events>& result) {
    for (const auto& event : run(live, result)) log.push_back(event);
  };
  const auto kiosk = [&](ServiceId service, TimePoint now) {
    record(live.issue(IssueTicket{fresh_token(live), {service}, false, "de", nullptr}, kKiosk, now));
  };
  kiosk(kPass, monday(9, 0));          // A001, done
  kiosk(kPass, monday(9, 1));          // A002, cancelled
  kiosk(kRegistration, monday(9, 2));  // B001
  kiosk(kPass, monday(9, 3));          // A003, the highest A, cancelled
  record(live.open_counter(kCounter1, kAnna, monday(9, 4)));
  record(live.call(kCounter1, TicketId{1}, kAnna, monday(9, 5)));
  record(live.finish(kCounter1, kAnna, monday(9, 9)));
  record(live.cancel(TicketId{2}, kCitizen, monday(9, 10)));
  record(live.cancel(TicketId{4}, kCitizen, monday(9, 11)));

  // After a restart the server builds a new queue and applies the stored events.
  auto replayed = make_queue();
  for (const auto& event : log) replayed.apply(event);

  CHECK(replayed.next_ticket_id() == TicketId{5});
  CHECK(number_of(replayed, issue(replayed, {kPass}, monday(9, 20))) == "A004");
  CHECK(number_of(replayed, issue(replayed, {kRegistration}, monday(9, 21))) == "B002");
  CHECK(number_of(replayed, issue(replayed, {kLicence}, monday(9, 22))) == "C001");
  CHECK(replayed.next_ticket_id() == TicketId{8});
  // The numbering comes from the stored events alone: with only A001 and A002 stored, A003 is next,
  // so above a cancelled A003 kept its number and A004 was handed out.
  auto partial = make_queue();
  for (std::size_t i = 0; i < 2; ++i) partial.apply(log[i]);
  CHECK(number_of(partial, issue(partial, {kPass}, monday(9, 20))) == "A003");
}

void check_same_ticket(const Ticket& expected, const Ticket& actual) {
  CAPTURE(expected.id.value);
  CHECK(actual.id == expected.id);
  CHECK(actual.token == expected.token);
  CHECK(actual.number.prefix == expected.number.prefix);
  CHECK(actual.number.value == expected.number.value);
  CHECK((actual.services == expected.services));
  CHECK(actual.current_service == expected.current_service);
  CHECK(actual.status == expected.status);
  CHECK(actual.priority == expected.priority);
  CHECK(actual.language == expected.language);
  CHECK(actual.appointment_code.value_or("-") == expected.appointment_code.value_or("-"));
  CHECK(stamp(actual.appointment_time) == stamp(expected.appointment_time));
  CHECK(stamp(actual.arrived_at) == stamp(expected.arrived_at));
  CHECK(stamp(actual.queued_at) == stamp(expected.queued_at));
  CHECK(stamp(actual.rank_time) == stamp(expected.rank_time));
  CHECK(actual.rank_tiebreak == expected.rank_tiebreak);  // exact: both sides fold the same events
  CHECK(actual.target_counter.value_or(CounterId{-1}) == expected.target_counter.value_or(CounterId{-1}));
  CHECK(actual.transfer_note == expected.transfer_note);
  CHECK(actual.counter.value_or(CounterId{-1}) == expected.counter.value_or(CounterId{-1}));
  CHECK(stamp(actual.called_at) == stamp(expected.called_at));
  CHECK(stamp(actual.last_called_at) == stamp(expected.last_called_at));
  CHECK(stamp(actual.serving_since) == stamp(expected.serving_since));
  CHECK(stamp(actual.finished_at) == stamp(expected.finished_at));
  CHECK(actual.recalls == expected.recalls);
  CHECK(actual.postponements == expected.postponements);
  CHECK(actual.cancel_reason.has_value() == expected.cancel_reason.has_value());
  if (actual.cancel_reason && expected.cancel_reason) CHECK((*actual.cancel_reason == *expected.cancel_reason));
}

void check_same_state(const OfficeQueue& expected, const OfficeQueue& actual, TimePoint now) {
  CHECK(actual.next_ticket_id() == expected.next_ticket_id());
  REQUIRE(actual.tickets().size() == expected.tickets().size());
  for (const auto& [id, ticket] : expected.tickets()) {
    const Ticket* other = actual.find(id);
    REQUIRE(other != nullptr);
    check_same_ticket(ticket, *other);
    CHECK(actual.find_by_token(ticket.token) == other);
  }
  REQUIRE(actual.counters().size() == expected.counters().size());
  for (const auto& [id, state] : expected.counters()) {
    CAPTURE(id.value);
    const CounterState& other = actual.counters().at(id);
    CHECK(other.open == state.open);
    CHECK(other.clerk == state.clerk);
    CHECK(other.current.value_or(TicketId{-1}) == state.current.value_or(TicketId{-1}));
    CHECK(other.alarm_since == state.alarm_since);
    CHECK(other.alarm_raised_by == state.alarm_raised_by);
    CHECK(other.break_since == state.break_since);
    CHECK(other.break_reason == state.break_reason);
  }
  REQUIRE(actual.recent_calls().size() == expected.recent_calls().size());
  for (std::size_t i = 0; i < expected.recent_calls().size(); ++i) {
    CAPTURE(i);
    const CallRecord& a = actual.recent_calls()[i];
    const CallRecord& e = expected.recent_calls()[i];
    CHECK(a.ticket == e.ticket);
    CHECK(a.number == e.number);
    CHECK(a.counter == e.counter);
    CHECK(stamp(a.at) == stamp(e.at));
    CHECK(a.recall == e.recall);
    CHECK(a.service == e.service);
  }
  // The numbering and the appointment index are private: compare what they decide next.
  for (const ServiceId service : {kPass, kRegistration, kLicence}) {
    const IssueTicket command{"next", {service}, false, "de", nullptr};
    const auto e = only<TicketIssued>(expected.issue(command, kKiosk, now));
    const auto a = only<TicketIssued>(actual.issue(command, kKiosk, now));
    CHECK(a.ticket == e.ticket);
    CHECK(a.number == e.number);
  }
}

// Invariants of ticket.hpp and office_queue.hpp that must hold after every event.
void check_invariants(const OfficeQueue& queue) {
  const auto expect = [](bool holds, const std::string& what) {
    if (!holds) FAIL_CHECK(what);
  };
  for (const auto& [id, state] : queue.counters()) {
    const std::string counter = "counter " + std::to_string(id.value);
    expect(state.open || (!state.current && state.clerk.empty()), counter + " is closed but has a clerk or ticket");
    if (!state.current) continue;
    const Ticket* current = queue.find(*state.current);
    expect(current != nullptr, counter + " holds an unknown ticket");
    if (!current) continue;
    expect(current->status == TicketStatus::Called || current->status == TicketStatus::Serving,
           counter + " holds a ticket that is " + status_name(current->status));
    expect(current->counter == id, counter + " holds a ticket that names another counter");
  }
  for (const auto& [id, t] : queue.tickets()) {
    const std::string ticket = "ticket " + std::to_string(id.value) + " (" + status_name(t.status) + ")";
    expect(t.current_service < t.services.size(), ticket + " is past its last service");
    switch (t.status) {
      case TicketStatus::Called:
      case TicketStatus::Serving:
        expect(t.counter.has_value() && queue.counters().at(*t.counter).current == id,
               ticket + " is not its counter's current ticket");
        break;
      case TicketStatus::Waiting:
      case TicketStatus::Done:
      case TicketStatus::Cancelled: expect(!t.counter.has_value(), ticket + " still names a counter"); break;
      case TicketStatus::Parked: expect(t.counter.has_value(), ticket + " forgot who parked it"); break;
      case TicketStatus::NoShow: expect(!t.counter, "a no-show names no counter"); break;
    }
  }
  expect(queue.recent_calls().size() <= queue.config().recent_calls_kept, "recent_calls grew past its bound");
}

TEST_CASE("OfficeQueue replay: a long day's events rebuild exactly the live state, at every checkpoint") {
  QueueConfig config;
  config.enforce_opening_hours = false;
  config.recent_calls_kept = 8;
  config.end_of_day = EndOfDayRule::CancelWaiting;
  OfficeQueue live = make_queue(config);
  Events log;
  std::array<int, std::variant_size_v<EventBody>> seen{};
  const auto step = [&](const Result<Events>& result) {
    if (!result) return;  // a refused command changes nothing
    for (const auto& event : *result) {
      live.apply(event);
      log.push_back(event);
      ++seen[event.body.index()];
    }
    check_invariants(live);
  };

  std::vector<Appointment> appointments;
  for (int i = 0; i < 12; ++i) {
    const auto slot = monday(8, 15) + minutes{20 * i};
    std::vector<ServiceId> services{i % 3 == 0 ? kPass : (i % 3 == 1 ? kRegistration : kLicence)};
    if (i % 4 == 0) services.push_back(kRegistration);
    appointments.push_back(Appointment{"LB-" + std::to_string(i), services, slot, "Erika Mustermann", i == 7});
  }
  const std::array counters{kCounter1, kCounter2, kCounter3};
  const std::array clerks{kAnna, kBen, kCara};
  const std::array services{kPass, kRegistration, kLicence};

  std::mt19937 rng{20261123u};  // fixed seed: the same day every run
  const auto below = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  TimePoint now = monday(7, 30);
  std::vector<std::pair<OfficeQueue, std::size_t>> checkpoints;  // live state and events so far

  for (int i = 0; i < 800; ++i) {
    now += seconds{static_cast<seconds::rep>(1 + below(30))};
    const std::size_t c = below(counters.size());
    const CounterId counter = counters[c];
    const CounterActor& who = below(10) == 0 ? kMia : clerks[c];
    const auto issued_so_far = static_cast<std::size_t>(live.next_ticket_id().value);  // ids 1..n, n unknown
    const TicketId any{static_cast<TicketId::rep_type>(1 + below(issued_so_far))};
    switch (below(19)) {
      case 0:
      case 1:
      case 2: {
        std::vector<ServiceId> wanted{services[below(services.size())]};
        if (below(4) == 0) wanted.push_back(services[below(services.size())]);
        step(live.issue(IssueTicket{fresh_token(live), wanted, below(8) == 0, "de", nullptr}, kKiosk, now));
        break;
      }
      case 3:
        step(live.issue(IssueTicket{fresh_token(live), {}, false, "en", &appointments[below(appointments.size())]},
                        kKiosk, now));
        break;
      case 4:
        if (below(6) == 0)
          step(live.close_counter(counter, who, now));
        else
          step(live.open_counter(counter, clerks[c], now));
        break;
      case 5:
      case 6: step(live.call_next(counter, who, now)); break;
      case 7: step(live.call(counter, any, who, now)); break;
      case 8: step(live.recall(counter, who, now)); break;
      case 9: step(live.start(counter, who, now)); break;
      case 10: step(live.finish(counter, who, now)); break;
      case 11: step(live.finish(counter, who, now, ServiceOutcome::NotServed)); break;
      case 12:
        if (below(2) == 0)
          step(live.no_show(counter, who, now));
        else
          step(live.park(counter, who, now));
        break;
      case 13: {
        TransferTarget target;
        if (below(2) == 0) target.service = services[below(services.size())];
        if (below(2) == 0) target.counter = counters[below(counters.size())];
        if (i % 2 == 0) target.note = "Notiz " + std::to_string(i);  // no draw: keeps the day as it was
        step(live.transfer(counter, target, who, now));
        break;
      }
      case 14: step(live.reactivate(counter, any, who, now)); break;
      case 15: step(live.cancel(any, kCitizen, now)); break;
      case 16: step(live.postpone(any, static_cast<int>(1 + below(3)), kCitizen, now)); break;
      case 17:
        if (below(2) == 0)
          step(live.raise_alarm(counter, who.actor, now));
        else
          step(live.acknowledge_alarm(counter, clerks[below(clerks.size())].actor, now));
        break;
      case 18:
        if (below(2) == 0)
          step(live.start_break(counter, below(2) == 0 ? "lunch" : "meeting", who, now));
        else
          step(live.end_break(counter, who, now));
        break;
    }
    if (i % 200 == 199) checkpoints.emplace_back(live, log.size());
  }
  step(live.close_day(now));
  checkpoints.emplace_back(live, log.size());

  // The scripted day exercised every kind of event.
  for (std::size_t kind = 0; kind < seen.size(); ++kind) {
    INFO("events of kind " << kind << " seen: " << seen[kind]);
    CHECK(seen[kind] > 0);
  }
  CHECK(live.tickets().size() > 50);

  for (const auto& [snapshot, events] : checkpoints) {
    INFO("replaying the first " << events << " events");
    OfficeQueue replayed = make_queue(config);
    for (std::size_t i = 0; i < events; ++i) replayed.apply(log[i]);
    check_same_state(snapshot, replayed, now);
  }
}

// =====================================================================================================
// counters

TEST_CASE("OfficeQueue open_counter: signs a clerk in; another clerk is refused; signing in again is a no-op") {
  auto queue = make_queue();
  CHECK(error_code(queue.open_counter(kNoSuchCounter, kAnna, monday(8, 0))) == ErrorCode::UnknownCounter);
  CHECK_FALSE(queue.counters().at(kCounter1).open);

  const auto opened = only<CounterOpened>(queue.open_counter(kCounter1, kAnna, monday(8, 0)));
  CHECK(opened.counter == kCounter1);
  CHECK(opened.clerk == "anna");
  run(queue, queue.open_counter(kCounter1, kAnna, monday(8, 0)));
  CHECK(queue.counters().at(kCounter1).open);
  CHECK(queue.counters().at(kCounter1).clerk == "anna");

  const auto again = queue.open_counter(kCounter1, kAnna, monday(8, 5));
  REQUIRE(again);
  CHECK(again->empty());
  CHECK(error_code(queue.open_counter(kCounter1, kBen, monday(8, 5))) == ErrorCode::CounterOccupied);
  // Even a manager cannot sign in over a clerk (they act at the counter instead, see supervisor test).
  CHECK(error_code(queue.open_counter(kCounter1, kMia, monday(8, 5))) == ErrorCode::CounterOccupied);

  run(queue, queue.close_counter(kCounter1, kAnna, monday(11, 0)));
  run(queue, queue.open_counter(kCounter1, kBen, monday(11, 1)));
  CHECK(queue.counters().at(kCounter1).clerk == "ben");
}

TEST_CASE("OfficeQueue alarm: anybody raises it at any counter, anybody acknowledges it; twice is harmless") {
  auto queue = make_queue();
  CHECK(error_code(queue.raise_alarm(kNoSuchCounter, kAnna.actor, monday(9, 0))) == ErrorCode::UnknownCounter);
  CHECK(error_code(queue.acknowledge_alarm(kNoSuchCounter, kBen.actor, monday(9, 0))) == ErrorCode::UnknownCounter);

  // At a closed counter too: the clerk may not have signed in yet when it happens.
  CHECK(only<CounterAlarmRaised>(queue.raise_alarm(kCounter1, kAnna.actor, monday(9, 0))).counter == kCounter1);
  run(queue, queue.raise_alarm(kCounter1, kAnna.actor, monday(9, 0)));
  CHECK(queue.counters().at(kCounter1).alarm_since == monday(9, 0));
  CHECK(queue.counters().at(kCounter1).alarm_raised_by == "anna");
  const auto again = queue.raise_alarm(kCounter1, kAnna.actor, monday(9, 1));
  REQUIRE(again);
  CHECK(again->empty());  // the first alarm's time stays
  CHECK_FALSE(queue.counters().at(kCounter2).alarm_since);

  run(queue, queue.acknowledge_alarm(kCounter1, kBen.actor, monday(9, 2)));
  CHECK_FALSE(queue.counters().at(kCounter1).alarm_since);
  CHECK(queue.counters().at(kCounter1).alarm_raised_by.empty());
  const auto late = queue.acknowledge_alarm(kCounter1, kCara.actor, monday(9, 2));
  REQUIRE(late);
  CHECK(late->empty());
}

TEST_CASE("OfficeQueue break: an idle clerk steps away with a reason, calls nobody meanwhile, and comes back") {
  auto queue = make_queue();
  CHECK(error_code(queue.start_break(kCounter1, "lunch", kAnna, monday(9, 0))) == ErrorCode::CounterClosed);
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));
  CHECK(error_code(queue.start_break(kCounter1, "lunch", kBen, monday(9, 0))) == ErrorCode::CounterOccupied);
  CHECK(error_code(queue.start_break(kCounter1, "nap", kAnna, monday(9, 0))) == ErrorCode::InvalidArgument);
  issue(queue, {kPass}, monday(9, 0));
  run(queue, queue.call_next(kCounter1, kAnna, monday(9, 1)));
  CHECK(error_code(queue.start_break(kCounter1, "lunch", kAnna, monday(9, 2))) == ErrorCode::CounterBusy);
  run(queue, queue.finish(kCounter1, kAnna, monday(9, 10)));

  CHECK(only<CounterBreakStarted>(queue.start_break(kCounter1, "lunch", kAnna, monday(10, 0))).reason == "lunch");
  run(queue, queue.start_break(kCounter1, "lunch", kAnna, monday(10, 0)));
  const CounterState& state = queue.counters().at(kCounter1);
  CHECK(state.open);  // still anna's desk
  CHECK_FALSE(state.calling());
  CHECK(state.break_since == monday(10, 0));
  CHECK(state.break_reason == "lunch");
  const auto again = queue.start_break(kCounter1, "meeting", kAnna, monday(10, 5));
  REQUIRE(again);
  CHECK(again->empty());  // the first reason and time stay

  const TicketId waiting = issue(queue, {kPass}, monday(10, 10));
  CHECK(error_code(queue.call_next(kCounter1, kAnna, monday(10, 11))) == ErrorCode::CounterOnBreak);
  CHECK(error_code(queue.call(kCounter1, waiting, kAnna, monday(10, 11))) == ErrorCode::CounterOnBreak);

  run(queue, queue.end_break(kCounter1, kAnna, monday(10, 30)));
  CHECK(queue.counters().at(kCounter1).calling());
  CHECK(queue.counters().at(kCounter1).break_reason.empty());
  const auto none = queue.end_break(kCounter1, kAnna, monday(10, 31));
  REQUIRE(none);
  CHECK(none->empty());
  CHECK(only<TicketCalled>(queue.call_next(kCounter1, kAnna, monday(10, 31))).ticket == waiting);
}

TEST_CASE("OfficeQueue break: closing the counter ends the break") {
  auto queue = make_queue();
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));
  run(queue, queue.start_break(kCounter1, "break", kAnna, monday(10, 0)));
  run(queue, queue.close_counter(kCounter1, kAnna, monday(10, 5)));
  CHECK_FALSE(queue.counters().at(kCounter1).break_since);
  run(queue, queue.open_counter(kCounter1, kAnna, monday(10, 30)));
  CHECK(queue.counters().at(kCounter1).calling());
}

TEST_CASE("OfficeQueue staffing: a counter may not leave waiting citizens without any counter, unless confirmed") {
  QueueConfig config;
  auto queue = make_queue(config);
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));  // serves pass and registration
  run(queue, queue.open_counter(kCounter2, kBen, monday(9, 0)));   // serves pass and licence
  CHECK(queue.left_unstaffed_without(kCounter1).empty());          // nobody waits
  issue(queue, {kPass}, monday(9, 1));
  issue(queue, {kRegistration}, monday(9, 1));
  issue(queue, {kRegistration}, monday(9, 2));
  // Counter 2 also calls passes; registrations only counter 1.
  CHECK(queue.left_unstaffed_without(kCounter1) == std::vector<std::pair<ServiceId, int>>{{kRegistration, 2}});
  CHECK(queue.left_unstaffed_without(kCounter2).empty());
  const auto warned = queue.staffing_check(kCounter1, false);
  REQUIRE(warned);
  CHECK(warned->code == ErrorCode::ServiceUnstaffed);
  CHECK(warned->detail.find("(2 waiting)") != std::string::npos);
  CHECK_FALSE(queue.staffing_check(kCounter1, true));  // the clerk confirmed
  // A colleague on a break calls nobody either.
  run(queue, queue.start_break(kCounter2, "break", kBen, monday(9, 3)));
  CHECK(queue.left_unstaffed_without(kCounter1).size() == 2);

  config.when_unstaffed = UnstaffedRule::Refuse;
  auto strict = make_queue(config);
  run(strict, strict.open_counter(kCounter1, kAnna, monday(9, 0)));
  issue(strict, {kRegistration}, monday(9, 1));
  const auto refused = strict.staffing_check(kCounter1, true);
  REQUIRE(refused);
  CHECK(refused->code == ErrorCode::ServiceUnstaffed);
}

TEST_CASE("OfficeQueue close_counter: only an idle counter closes") {
  auto queue = make_queue();
  CHECK(error_code(queue.close_counter(kNoSuchCounter, kAnna, monday(9, 0))) == ErrorCode::UnknownCounter);
  CHECK(error_code(queue.close_counter(kCounter1, kAnna, monday(9, 0))) == ErrorCode::CounterClosed);

  const auto id = issue(queue, {kPass}, monday(9, 0));
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));
  run(queue, queue.call_next(kCounter1, kAnna, monday(9, 1)));
  CHECK(error_code(queue.close_counter(kCounter1, kAnna, monday(9, 2))) == ErrorCode::CounterBusy);
  run(queue, queue.start(kCounter1, kAnna, monday(9, 2)));
  CHECK(error_code(queue.close_counter(kCounter1, kAnna, monday(9, 3))) == ErrorCode::CounterBusy);
  CHECK(error_code(queue.close_counter(kCounter1, kBen, monday(9, 3))) == ErrorCode::CounterOccupied);
  // A parked ticket does not hold the counter.
  run(queue, queue.park(kCounter1, kAnna, monday(9, 4)));

  const auto closed = only<CounterClosed>(queue.close_counter(kCounter1, kAnna, monday(9, 5)));
  CHECK(closed.counter == kCounter1);
  run(queue, queue.close_counter(kCounter1, kAnna, monday(9, 5)));
  CHECK_FALSE(queue.counters().at(kCounter1).open);
  CHECK(queue.counters().at(kCounter1).clerk.empty());
  CHECK(ticket_of(queue, id).status == TicketStatus::Parked);
  CHECK(error_code(queue.close_counter(kCounter1, kAnna, monday(9, 6))) == ErrorCode::CounterClosed);
}

struct CounterCommand {
  std::string name;
  std::function<Result<Events>(const OfficeQueue&, CounterId, const CounterActor&, TimePoint)> run;
  bool needs_current;  // acts on the counter's current ticket
};

std::vector<CounterCommand> counter_commands(TicketId waiting) {
  using Q = const OfficeQueue&;
  using W = const CounterActor&;
  const TransferTarget to_b{kRegistration, std::nullopt, std::nullopt};
  return {
      {"close_counter", [](Q q, CounterId c, W w, TimePoint t) { return q.close_counter(c, w, t); }, false},
      {"call_next", [](Q q, CounterId c, W w, TimePoint t) { return q.call_next(c, w, t); }, false},
      {"call", [waiting](Q q, CounterId c, W w, TimePoint t) { return q.call(c, waiting, w, t); }, false},
      {"reactivate", [waiting](Q q, CounterId c, W w, TimePoint t) { return q.reactivate(c, waiting, w, t); }, false},
      {"recall", [](Q q, CounterId c, W w, TimePoint t) { return q.recall(c, w, t); }, true},
      {"start", [](Q q, CounterId c, W w, TimePoint t) { return q.start(c, w, t); }, true},
      {"finish", [](Q q, CounterId c, W w, TimePoint t) { return q.finish(c, w, t); }, true},
      {"no_show", [](Q q, CounterId c, W w, TimePoint t) { return q.no_show(c, w, t); }, true},
      {"park", [](Q q, CounterId c, W w, TimePoint t) { return q.park(c, w, t); }, true},
      {"transfer", [to_b](Q q, CounterId c, W w, TimePoint t) { return q.transfer(c, to_b, w, t); }, true},
  };
}

TEST_CASE("OfficeQueue counter actions: an unknown, closed or foreign counter is refused by every action") {
  auto queue = make_queue();
  const auto waiting = issue(queue, {kPass}, monday(9, 0));
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));  // counter 3 stays closed
  for (const auto& command : counter_commands(waiting)) {
    INFO(command.name);
    CHECK(error_code(command.run(queue, kNoSuchCounter, kAnna, monday(9, 1))) == ErrorCode::UnknownCounter);
    CHECK(error_code(command.run(queue, kCounter3, kCara, monday(9, 1))) == ErrorCode::CounterClosed);
    CHECK(error_code(command.run(queue, kCounter1, kBen, monday(9, 1))) == ErrorCode::CounterOccupied);
    if (command.needs_current)
      CHECK(error_code(command.run(queue, kCounter1, kAnna, monday(9, 1))) == ErrorCode::CounterIdle);
  }
  CHECK(ticket_of(queue, waiting).status == TicketStatus::Waiting);
}

TEST_CASE("OfficeQueue supervisor: a manager may act at another clerk's counter, a clerk may not") {
  auto queue = make_queue();
  const auto id = issue(queue, {kPass}, monday(9, 0));
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));

  CHECK(error_code(queue.call_next(kCounter1, kBen, monday(9, 1))) == ErrorCode::CounterOccupied);
  const Events called = run(queue, queue.call_next(kCounter1, kMia, monday(9, 1)));
  REQUIRE(called.size() == 1);
  CHECK(called.front().actor.name == "mia");
  CHECK(ticket_of(queue, id).counter == kCounter1);
  CHECK(queue.counters().at(kCounter1).clerk == "anna");  // still anna's counter

  CHECK(error_code(queue.start(kCounter1, kBen, monday(9, 2))) == ErrorCode::CounterOccupied);
  run(queue, queue.start(kCounter1, kMia, monday(9, 2)));
  CHECK(error_code(queue.finish(kCounter1, kBen, monday(9, 3))) == ErrorCode::CounterOccupied);
  run(queue, queue.finish(kCounter1, kMia, monday(9, 3)));
  CHECK(ticket_of(queue, id).status == TicketStatus::Done);

  CHECK(error_code(queue.close_counter(kCounter1, kBen, monday(9, 4))) == ErrorCode::CounterOccupied);
  run(queue, queue.close_counter(kCounter1, kMia, monday(9, 4)));  // closes it on anna's behalf
  CHECK_FALSE(queue.counters().at(kCounter1).open);
}

// =====================================================================================================
// call_next

TEST_CASE("OfficeQueue call_next: nobody waiting for this counter is not an error and changes nothing") {
  auto queue = make_queue();
  run(queue, queue.open_counter(kCounter3, kCara, monday(9, 0)));
  auto result = queue.call_next(kCounter3, kCara, monday(9, 1));
  REQUIRE(result);
  CHECK(result->empty());

  // Counter 3 serves only B: an A and a C ticket are not for it.
  const auto a = issue(queue, {kPass}, monday(9, 0));
  const auto c = issue(queue, {kLicence}, monday(9, 0));
  result = queue.call_next(kCounter3, kCara, monday(9, 30));
  REQUIRE(result);
  CHECK(result->empty());
  CHECK(ticket_of(queue, a).status == TicketStatus::Waiting);
  CHECK(ticket_of(queue, c).status == TicketStatus::Waiting);
  CHECK(queue.recent_calls().empty());
}

TEST_CASE("OfficeQueue call_next: a counter calls only services it serves") {
  auto queue = make_queue();
  issue(queue, {kLicence}, monday(9, 0));       // C001: counter 2 only
  issue(queue, {kPass}, monday(9, 1));          // A001: counters 1 and 2
  issue(queue, {kRegistration}, monday(9, 2));  // B001: counters 1 and 3
  CHECK(serve_all(queue, kCounter1, kAnna, monday(9, 10)) == "A001 B001");
  CHECK(serve_all(queue, kCounter2, kBen, monday(9, 10)) == "C001 A001");
  CHECK(serve_all(queue, kCounter3, kCara, monday(9, 10)) == "B001");
}

TEST_CASE("OfficeQueue call_next: a counter with a called or serving ticket is busy") {
  auto queue = make_queue();
  issue(queue, {kPass}, monday(9, 0));
  issue(queue, {kPass}, monday(9, 1));
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));
  run(queue, queue.call_next(kCounter1, kAnna, monday(9, 2)));
  CHECK(error_code(queue.call_next(kCounter1, kAnna, monday(9, 3))) == ErrorCode::CounterBusy);
  run(queue, queue.start(kCounter1, kAnna, monday(9, 3)));
  CHECK(error_code(queue.call_next(kCounter1, kAnna, monday(9, 4))) == ErrorCode::CounterBusy);
}

TEST_CASE("OfficeQueue call_next: due appointment first, then priority, then longest wait") {
  // A001 walk-in 09:00, A002 walk-in 09:05, A003 priority 09:10, A004 appointment 09:30 checked in
  // 09:15 (due from 09:25 with the default appointment_lead of 5 min).
  const Appointment appointment{"LB-7F3K", {kPass}, monday(9, 30), "Erika Mustermann", false};
  auto queue = make_queue();
  issue(queue, {kPass}, monday(9, 0));
  issue(queue, {kPass}, monday(9, 5));
  issue(queue, {kPass}, monday(9, 10), true);
  const TicketId checked_in = check_in(queue, appointment, monday(9, 15));
  REQUIRE(queue.find_by_appointment("LB-7F3K") != nullptr);
  CHECK(queue.find_by_appointment("LB-7F3K")->id == checked_in);
  CHECK(queue.find_by_appointment("LB-0000") == nullptr);

  struct Row {
    std::string name;
    TimePoint now;
    std::string order;
  };
  const std::vector<Row> rows{
      {"appointment not yet due: it waits like a walk-in since its check-in", monday(9, 20), "A003 A001 A002 A004"},
      {"appointment lead reached exactly", monday(9, 25), "A004 A003 A001 A002"},
      {"appointment due", monday(9, 40), "A004 A003 A001 A002"},
  };
  for (const auto& row : rows) {
    INFO(row.name);
    CHECK(serve_all(queue, kCounter1, kAnna, row.now) == row.order);
  }
}

TEST_CASE("OfficeQueue call_next: the call is recorded on the ticket, the counter and the recent calls") {
  auto queue = make_queue();
  const auto id = issue(queue, {kRegistration}, monday(9, 0));
  run(queue, queue.open_counter(kCounter3, kCara, monday(9, 0)));
  const Result<Events> decided = queue.call_next(kCounter3, kCara, monday(9, 4));
  const auto called = only<TicketCalled>(decided);
  CHECK(called.ticket == id);
  CHECK(called.counter == kCounter3);
  CHECK(decided->front().actor.name == "cara");
  run(queue, decided);

  const Ticket t = ticket_of(queue, id);
  CHECK(t.status == TicketStatus::Called);
  CHECK(t.counter == kCounter3);
  CHECK(stamp(t.called_at) == "09:04:00");
  CHECK(stamp(t.last_called_at) == "09:04:00");
  CHECK(t.recalls == 0);
  CHECK(queue.counters().at(kCounter3).current == id);
  REQUIRE(queue.recent_calls().size() == 1);
  const CallRecord& record = queue.recent_calls().back();
  CHECK(record.ticket == id);
  CHECK(queue.number_text(record.number) == "B001");
  CHECK(record.counter == kCounter3);
  CHECK(stamp(record.at) == "09:04:00");
  CHECK_FALSE(record.recall);
  CHECK(record.service == queue.find(id)->service());
}

// =====================================================================================================
// call a specific ticket

TEST_CASE("OfficeQueue call: a specific ticket, by its status") {
  struct Row {
    TicketStatus status;
    std::optional<ErrorCode> expected;
  };
  const std::vector<Row> rows{
      {TicketStatus::Waiting, std::nullopt},
      {TicketStatus::Parked, std::nullopt},  // called back
      {TicketStatus::Called, ErrorCode::TicketAlreadyCalled},
      {TicketStatus::Serving, ErrorCode::TicketAlreadyCalled},
      {TicketStatus::NoShow, ErrorCode::TicketNotWaiting},  // reactivate it first
  };
  for (const auto& row : rows) {
    INFO(std::string{status_name(row.status)});
    auto queue = make_queue();
    const auto id = ticket_in(queue, row.status);
    run(queue, queue.open_counter(kCounter2, kBen, monday(9, 20)));
    const auto result = queue.call(kCounter2, id, kBen, monday(9, 21));
    CHECK(error_code(result) == row.expected);
    if (!result) continue;
    const auto called = only<TicketCalled>(result);
    CHECK(called.ticket == id);
    CHECK(called.counter == kCounter2);
    run(queue, result);
    CHECK(ticket_of(queue, id).status == TicketStatus::Called);
    CHECK(ticket_of(queue, id).counter == kCounter2);
    CHECK(stamp(ticket_of(queue, id).called_at) == "09:21:00");
    CHECK(queue.counters().at(kCounter2).current == id);
  }
}

TEST_CASE("OfficeQueue call: a done or cancelled ticket is finished") {
  // One rule, one code: call(), cancel() and postpone() all answer TicketFinished for a finished ticket.
  for (const auto status : {TicketStatus::Done, TicketStatus::Cancelled}) {
    INFO(std::string{status_name(status)});
    auto queue = make_queue();
    const auto id = ticket_in(queue, status);
    run(queue, queue.open_counter(kCounter2, kBen, monday(9, 20)));
    CHECK(error_code(queue.call(kCounter2, id, kBen, monday(9, 21))) == ErrorCode::TicketFinished);
  }
}

TEST_CASE("OfficeQueue call: refuses an unknown ticket, a busy counter and a service the counter does not offer") {
  auto queue = make_queue();
  const auto a = issue(queue, {kPass}, monday(9, 0));
  const auto b = issue(queue, {kRegistration}, monday(9, 1));
  const auto a2 = issue(queue, {kPass}, monday(9, 2));
  run(queue, queue.open_counter(kCounter2, kBen, monday(9, 0)));
  CHECK(error_code(queue.call(kCounter2, TicketId{99}, kBen, monday(9, 3))) == ErrorCode::UnknownTicket);
  CHECK(error_code(queue.call(kCounter2, b, kBen, monday(9, 3))) == ErrorCode::CounterDoesNotServe);
  // A clerk may call out of order.
  CHECK(only<TicketCalled>(queue.call(kCounter2, a2, kBen, monday(9, 3))).ticket == a2);
  run(queue, queue.call(kCounter2, a, kBen, monday(9, 3)));
  CHECK(error_code(queue.call(kCounter2, a2, kBen, monday(9, 4))) == ErrorCode::CounterBusy);
}

TEST_CASE("OfficeQueue call: a ticket transferred to one counter cannot be called at another") {
  auto queue = make_queue();
  const auto id = issue(queue, {kPass}, monday(9, 0));
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));
  run(queue, queue.open_counter(kCounter2, kBen, monday(9, 0)));
  run(queue, queue.call(kCounter2, id, kBen, monday(9, 1)));
  run(queue, queue.transfer(kCounter2, TransferTarget{std::nullopt, kCounter1, std::nullopt}, kBen, monday(9, 2)));
  REQUIRE(ticket_of(queue, id).target_counter == kCounter1);
  // call_next at counter 2 respects the reservation ...
  const auto next = queue.call_next(kCounter2, kBen, monday(9, 3));
  REQUIRE(next);
  CHECK(next->empty());
  // ... and the reserved counter may call it by id.
  CHECK(error_code(queue.call(kCounter1, id, kAnna, monday(9, 3))) == std::nullopt);
  // Counter 2 serves A, but the ticket waits for Schalter 1: only the reserved counter may call it.
  CHECK(error_code(queue.call(kCounter2, id, kBen, monday(9, 3))) == ErrorCode::CounterDoesNotServe);
}

TEST_CASE("OfficeQueue call: a parked ticket is called back by a counter that serves it") {
  auto queue = make_queue();
  const auto id = ticket_in(queue, TicketStatus::Parked);  // A ticket parked at counter 1
  run(queue, queue.open_counter(kCounter2, kBen, monday(9, 20)));
  run(queue, queue.open_counter(kCounter3, kCara, monday(9, 20)));
  CHECK(error_code(queue.call(kCounter1, id, kAnna, monday(9, 21))) == std::nullopt);  // the counter that parked it
  CHECK(error_code(queue.call(kCounter2, id, kBen, monday(9, 21))) == std::nullopt);   // serves A
  // A parked ticket goes back to the counter that parked it or to one that serves its service.
  CHECK(error_code(queue.call(kCounter3, id, kCara, monday(9, 21))) == ErrorCode::CounterDoesNotServe);
}

// =====================================================================================================
// recall

TEST_CASE("OfficeQueue recall: counted, cooled down, and a no-show after max_recalls") {
  auto queue = make_queue();  // max_recalls 2, recall_cooldown 10 s
  const auto id = issue(queue, {kPass}, monday(9, 0));
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));
  run(queue, queue.call_next(kCounter1, kAnna, monday(9, 1, 0)));

  CHECK(error_code(queue.recall(kCounter1, kAnna, monday(9, 1, 9))) == ErrorCode::RecallTooSoon);
  const auto first = only<TicketRecalled>(queue.recall(kCounter1, kAnna, monday(9, 1, 10)));
  CHECK(first.ticket == id);
  CHECK(first.counter == kCounter1);
  CHECK(first.recall_count == 1);
  run(queue, queue.recall(kCounter1, kAnna, monday(9, 1, 10)));
  CHECK(ticket_of(queue, id).recalls == 1);
  CHECK(stamp(ticket_of(queue, id).last_called_at) == "09:01:10");
  CHECK(stamp(ticket_of(queue, id).called_at) == "09:01:00");  // the first call stays
  CHECK(ticket_of(queue, id).status == TicketStatus::Called);

  // The cooldown runs from the latest recall, not from the first call.
  CHECK(error_code(queue.recall(kCounter1, kAnna, monday(9, 1, 19))) == ErrorCode::RecallTooSoon);
  CHECK(only<TicketRecalled>(queue.recall(kCounter1, kAnna, monday(9, 1, 20))).recall_count == 2);
  run(queue, queue.recall(kCounter1, kAnna, monday(9, 1, 20)));

  const auto no_show = only<TicketNoShow>(queue.recall(kCounter1, kAnna, monday(9, 1, 30)));
  CHECK(no_show.ticket == id);
  CHECK(no_show.counter == kCounter1);
  CHECK((no_show.reason == NoShowReason::RecallLimit));
  run(queue, queue.recall(kCounter1, kAnna, monday(9, 1, 30)));
  CHECK(ticket_of(queue, id).status == TicketStatus::NoShow);
  CHECK_FALSE(queue.counters().at(kCounter1).current.has_value());
  CHECK(error_code(queue.recall(kCounter1, kAnna, monday(9, 2))) == ErrorCode::CounterIdle);

  REQUIRE(queue.recent_calls().size() == 3);
  CHECK_FALSE(queue.recent_calls()[0].recall);
  CHECK(queue.recent_calls()[1].recall);
  CHECK(queue.recent_calls()[2].recall);
  CHECK(stamp(queue.recent_calls()[2].at) == "09:01:20");
}

TEST_CASE("OfficeQueue recall_wait: what a counter client shows as the recall cooldown") {
  auto queue = make_queue();  // recall_cooldown 10 s
  issue(queue, {kPass}, monday(9, 0));
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));
  CHECK_FALSE(queue.recall_wait(kCounter1, monday(9, 1)).has_value());  // nothing called
  run(queue, queue.call_next(kCounter1, kAnna, monday(9, 1, 0)));
  CHECK(queue.recall_wait(kCounter1, monday(9, 1, 0)) == seconds{10});
  CHECK(queue.recall_wait(kCounter1, monday(9, 1, 9)) == seconds{1});
  CHECK(queue.recall_wait(kCounter1, monday(9, 1, 10)) == seconds{0});
  CHECK(queue.recall_wait(kCounter1, monday(9, 5)) == seconds{0});
  run(queue, queue.recall(kCounter1, kAnna, monday(9, 5)));
  CHECK(queue.recall_wait(kCounter1, monday(9, 5, 3)) == seconds{7});  // from the latest recall
  run(queue, queue.start(kCounter1, kAnna, monday(9, 6)));
  CHECK_FALSE(queue.recall_wait(kCounter1, monday(9, 6)).has_value());  // serving: no recall
  CHECK_FALSE(queue.recall_wait(CounterId{99}, monday(9, 6)).has_value());
}

TEST_CASE("OfficeQueue recall: max_recalls and recall_cooldown come from the config") {
  struct Row {
    int max_recalls;
    int cooldown_s;
  };
  for (const Row row : {Row{0, 10}, Row{1, 10}, Row{3, 10}, Row{2, 30}, Row{2, 0}}) {
    CAPTURE(row.max_recalls);
    CAPTURE(row.cooldown_s);
    QueueConfig config;
    config.max_recalls = row.max_recalls;
    config.recall_cooldown = seconds{row.cooldown_s};
    auto queue = make_queue(config);
    const auto id = issue(queue, {kPass}, monday(9, 0));
    run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));
    TimePoint now = monday(9, 1);
    run(queue, queue.call_next(kCounter1, kAnna, now));
    for (int recall = 1; recall <= row.max_recalls; ++recall) {
      CAPTURE(recall);
      if (row.cooldown_s > 0)
        CHECK(error_code(queue.recall(kCounter1, kAnna, now + seconds{row.cooldown_s - 1})) ==
              ErrorCode::RecallTooSoon);
      now += seconds{row.cooldown_s};
      CHECK(only<TicketRecalled>(queue.recall(kCounter1, kAnna, now)).recall_count == recall);
      run(queue, queue.recall(kCounter1, kAnna, now));
    }
    now += seconds{row.cooldown_s};
    CHECK((only<TicketNoShow>(queue.recall(kCounter1, kAnna, now)).reason == NoShowReason::RecallLimit));
    run(queue, queue.recall(kCounter1, kAnna, now));
    CHECK(ticket_of(queue, id).status == TicketStatus::NoShow);
  }
}

TEST_CASE("OfficeQueue recall: a ticket being served is not recalled") {
  auto queue = make_queue();
  ticket_in(queue, TicketStatus::Serving);
  CHECK(error_code(queue.recall(kCounter1, kAnna, monday(10, 0))) == ErrorCode::TicketNotCalled);
}

// =====================================================================================================
// start, finish

TEST_CASE("OfficeQueue start: only a called ticket starts") {
  auto queue = make_queue();
  const auto id = ticket_in(queue, TicketStatus::Called);  // called 09:02 at counter 1
  const auto started = only<ServiceStarted>(queue.start(kCounter1, kAnna, monday(9, 3)));
  CHECK(started.ticket == id);
  CHECK(started.counter == kCounter1);
  run(queue, queue.start(kCounter1, kAnna, monday(9, 3)));
  CHECK(ticket_of(queue, id).status == TicketStatus::Serving);
  CHECK(stamp(ticket_of(queue, id).serving_since) == "09:03:00");
  CHECK(queue.counters().at(kCounter1).current == id);

  CHECK(error_code(queue.start(kCounter1, kAnna, monday(9, 4))) == ErrorCode::TicketNotCalled);
}

TEST_CASE("OfficeQueue finish: from serving, served_s counts from the start; the ticket is done") {
  auto queue = make_queue();
  const auto id = issue(queue, {kPass}, monday(9, 0));
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));
  run(queue, queue.call_next(kCounter1, kAnna, monday(9, 1)));
  run(queue, queue.start(kCounter1, kAnna, monday(9, 2)));
  const Result<Events> decided = queue.finish(kCounter1, kAnna, monday(9, 9, 30));
  const auto finished = only<ServiceFinished>(decided);
  CHECK(finished.ticket == id);
  CHECK(finished.counter == kCounter1);
  CHECK(finished.service == kPass);
  CHECK(finished.served_s == 450);
  run(queue, decided);

  const Ticket t = ticket_of(queue, id);
  CHECK(t.status == TicketStatus::Done);
  CHECK(stamp(t.finished_at) == "09:09:30");
  CHECK_FALSE(t.counter.has_value());
  CHECK_FALSE(t.called_at.has_value());
  CHECK_FALSE(t.serving_since.has_value());
  CHECK(queue.counters().at(kCounter1).open);
  CHECK_FALSE(queue.counters().at(kCounter1).current.has_value());
  CHECK(error_code(queue.finish(kCounter1, kAnna, monday(9, 10))) == ErrorCode::CounterIdle);
}

TEST_CASE("OfficeQueue finish: straight from called, served_s counts from the first call") {
  auto queue = make_queue();
  const auto id = issue(queue, {kPass}, monday(9, 0));
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));
  run(queue, queue.call_next(kCounter1, kAnna, monday(9, 0, 0)));
  run(queue, queue.recall(kCounter1, kAnna, monday(9, 0, 20)));
  const auto finished = only<ServiceFinished>(queue.finish(kCounter1, kAnna, monday(9, 5)));
  CHECK(finished.ticket == id);
  CHECK(finished.served_s == 300);
  run(queue, queue.finish(kCounter1, kAnna, monday(9, 5)));
  CHECK(ticket_of(queue, id).status == TicketStatus::Done);
}

TEST_CASE("OfficeQueue finish: a multi-service ticket waits for its next service with its number and arrival") {
  auto queue = make_queue();
  const auto id = issue(queue, {kPass, kRegistration}, monday(9, 0));  // A001
  const auto b1 = issue(queue, {kRegistration}, monday(9, 5));         // B001 arrived later
  run(queue, queue.open_counter(kCounter2, kBen, monday(9, 0)));
  run(queue, queue.call_next(kCounter2, kBen, monday(9, 10)));
  run(queue, queue.start(kCounter2, kBen, monday(9, 11)));
  const auto finished = only<ServiceFinished>(queue.finish(kCounter2, kBen, monday(9, 20)));
  CHECK(finished.service == kPass);  // the service that was done, for wait estimation
  CHECK(finished.served_s == 540);
  run(queue, queue.finish(kCounter2, kBen, monday(9, 20)));

  Ticket t = ticket_of(queue, id);
  CHECK(t.status == TicketStatus::Waiting);
  CHECK(t.current_service == 1);
  CHECK(t.service() == kRegistration);
  CHECK(queue.number_text(t.number) == "A001");
  CHECK(stamp(t.arrived_at) == "09:00:00");
  CHECK(stamp(t.queued_at) == "09:20:00");
  CHECK(stamp(t.rank_time) == "09:00:00");  // seniority of arrival
  CHECK_FALSE(t.counter.has_value());
  CHECK_FALSE(t.finished_at.has_value());
  CHECK_FALSE(queue.counters().at(kCounter2).current.has_value());
  // Counter 2 does not serve B; counter 3 calls A001 before B001, who arrived after it.
  CHECK(serve_all(queue, kCounter2, kBen, monday(9, 21)).empty());
  CHECK(serve_all(queue, kCounter3, kCara, monday(9, 21)) == "A001 B001");

  run(queue, queue.open_counter(kCounter3, kCara, monday(9, 21)));
  run(queue, queue.call_next(kCounter3, kCara, monday(9, 21)));
  run(queue, queue.finish(kCounter3, kCara, monday(9, 30)));
  t = ticket_of(queue, id);
  CHECK(t.status == TicketStatus::Done);
  CHECK(stamp(t.finished_at) == "09:30:00");
  CHECK(ticket_of(queue, b1).status == TicketStatus::Waiting);
}

TEST_CASE("OfficeQueue finish: the next service of a visit follows at once at a counter that serves it") {
  auto queue = make_queue();
  const auto id = issue(queue, {kPass, kRegistration}, monday(9, 0));
  issue(queue, {kRegistration}, monday(9, 1));  // waiting longer for B than A001 will have
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));
  run(queue, queue.call_next(kCounter1, kAnna, monday(9, 5)));
  run(queue, queue.start(kCounter1, kAnna, monday(9, 6)));
  const auto first = only<ServiceFinished>(queue.finish(kCounter1, kAnna, monday(9, 12)));
  CHECK(first.service == kPass);
  CHECK(first.served_s == 360);
  CHECK(first.stays_at_counter);
  run(queue, queue.finish(kCounter1, kAnna, monday(9, 12)));

  Ticket t = ticket_of(queue, id);
  CHECK(t.status == TicketStatus::Serving);  // no queue, no second call: the citizen is still there
  CHECK(t.service() == kRegistration);
  CHECK(t.counter == kCounter1);
  CHECK(stamp(t.serving_since) == "09:12:00");
  CHECK(queue.counters().at(kCounter1).current == id);
  CHECK(queue.recent_calls().size() == 1);

  const auto second = only<ServiceFinished>(queue.finish(kCounter1, kAnna, monday(9, 20)));
  CHECK(second.service == kRegistration);
  CHECK(second.served_s == 480);  // from the first service's end, not from the call
  CHECK_FALSE(second.stays_at_counter);
  run(queue, queue.finish(kCounter1, kAnna, monday(9, 20)));
  t = ticket_of(queue, id);
  CHECK(t.status == TicketStatus::Done);
  CHECK_FALSE(queue.counters().at(kCounter1).current.has_value());
}

TEST_CASE("OfficeQueue finish: records whether the citizen could be served") {
  auto queue = make_queue();
  const auto id = issue(queue, {kPass, kRegistration}, monday(9, 0));
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));
  run(queue, queue.call_next(kCounter1, kAnna, monday(9, 1)));
  const auto decided = queue.finish(kCounter1, kAnna, monday(9, 4), ServiceOutcome::NotServed);
  CHECK(only<ServiceFinished>(decided).outcome == ServiceOutcome::NotServed);
  run(queue, decided);
  // Not served is still finished: the visit goes on with its next service.
  CHECK(ticket_of(queue, id).service() == kRegistration);
  CHECK(only<ServiceFinished>(queue.finish(kCounter1, kAnna, monday(9, 8))).outcome == ServiceOutcome::Served);
}

// =====================================================================================================
// no_show, park, reactivate

TEST_CASE("OfficeQueue no_show: only a called ticket; the counter is freed") {
  auto queue = make_queue();
  const auto id = ticket_in(queue, TicketStatus::Called);
  const auto no_show = only<TicketNoShow>(queue.no_show(kCounter1, kAnna, monday(9, 4)));
  CHECK(no_show.ticket == id);
  CHECK(no_show.counter == kCounter1);
  CHECK((no_show.reason == NoShowReason::Clerk));
  run(queue, queue.no_show(kCounter1, kAnna, monday(9, 4)));
  CHECK(ticket_of(queue, id).status == TicketStatus::NoShow);
  CHECK_FALSE(queue.counters().at(kCounter1).current.has_value());
  CHECK(error_code(queue.no_show(kCounter1, kAnna, monday(9, 5))) == ErrorCode::CounterIdle);

  auto serving = make_queue();
  ticket_in(serving, TicketStatus::Serving);
  CHECK(error_code(serving.no_show(kCounter1, kAnna, monday(9, 5))) == ErrorCode::TicketNotCalled);
}

TEST_CASE("OfficeQueue no_show: the ticket no longer names a counter") {
  // ticket.hpp: counter is set only while called, serving or parked; a no-show is at no counter.
  auto queue = make_queue();
  const auto id = ticket_in(queue, TicketStatus::NoShow);
  CHECK_FALSE(ticket_of(queue, id).counter.has_value());
}

TEST_CASE("OfficeQueue park: from called or serving; the counter is freed, the ticket remembers it") {
  for (const auto status : {TicketStatus::Called, TicketStatus::Serving}) {
    INFO(std::string{status_name(status)});
    auto queue = make_queue();
    const auto id = ticket_in(queue, status);
    const auto parked = only<TicketParked>(queue.park(kCounter1, kAnna, monday(9, 5)));
    CHECK(parked.ticket == id);
    CHECK(parked.counter == kCounter1);
    run(queue, queue.park(kCounter1, kAnna, monday(9, 5)));
    const Ticket t = ticket_of(queue, id);
    CHECK(t.status == TicketStatus::Parked);
    CHECK(t.counter == kCounter1);
    CHECK_FALSE(t.serving_since.has_value());
    CHECK_FALSE(queue.counters().at(kCounter1).current.has_value());
    // Parked tickets are not called by call_next.
    CHECK(serve_all(queue, kCounter1, kAnna, monday(9, 6)).empty());
    CHECK(error_code(queue.park(kCounter1, kAnna, monday(9, 6))) == ErrorCode::CounterIdle);
  }
}

TEST_CASE("OfficeQueue reactivate: a no-show or parked ticket waits again at its old place") {
  for (const auto status : {TicketStatus::NoShow, TicketStatus::Parked}) {
    INFO(std::string{status_name(status)});
    auto queue = make_queue();
    const auto id = ticket_in(queue, status);     // A001, arrived 09:00
    issue(queue, {kPass}, monday(9, 6));          // A002 arrived later
    const auto reactivated = only<TicketReactivated>(queue.reactivate(kCounter1, id, kAnna, monday(9, 20)));
    CHECK(reactivated.ticket == id);
    run(queue, queue.reactivate(kCounter1, id, kAnna, monday(9, 20)));
    const Ticket t = ticket_of(queue, id);
    CHECK(t.status == TicketStatus::Waiting);
    CHECK(stamp(t.rank_time) == "09:00:00");
    CHECK_FALSE(t.counter.has_value());
    CHECK_FALSE(t.called_at.has_value());
    CHECK(t.recalls == 0);
    CHECK(serve_all(queue, kCounter2, kBen, monday(9, 21)) == "A001 A002");
  }
}

TEST_CASE("OfficeQueue reactivate: any other ticket is not reactivatable") {
  for (const auto status : kAllStatuses) {
    if (status == TicketStatus::NoShow || status == TicketStatus::Parked) continue;
    INFO(std::string{status_name(status)});
    auto queue = make_queue();
    const auto id = ticket_in(queue, status);
    run(queue, queue.open_counter(kCounter2, kBen, monday(9, 20)));
    CHECK(error_code(queue.reactivate(kCounter2, id, kBen, monday(9, 21))) == ErrorCode::TicketNotReactivatable);
  }
  auto queue = make_queue();
  run(queue, queue.open_counter(kCounter2, kBen, monday(9, 20)));
  CHECK(error_code(queue.reactivate(kCounter2, TicketId{42}, kBen, monday(9, 21))) == ErrorCode::UnknownTicket);
}

// =====================================================================================================
// transfer

TEST_CASE("OfficeQueue transfer: to another service keeps the number and the arrival") {
  auto queue = make_queue();
  const auto id = issue(queue, {kPass, kLicence}, monday(9, 0));  // A001
  const auto b1 = issue(queue, {kRegistration}, monday(9, 2));
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));
  run(queue, queue.call(kCounter1, id, kAnna, monday(9, 5)));
  run(queue, queue.start(kCounter1, kAnna, monday(9, 6)));
  const Result<Events> decided =
      queue.transfer(kCounter1, TransferTarget{kRegistration, std::nullopt, std::nullopt}, kAnna, monday(9, 10));
  const auto transferred = only<TicketTransferred>(decided);
  CHECK(transferred.ticket == id);
  CHECK(transferred.to_service == kRegistration);
  CHECK_FALSE(transferred.to_counter.has_value());
  run(queue, decided);

  const Ticket t = ticket_of(queue, id);
  CHECK(t.status == TicketStatus::Waiting);
  CHECK(t.services == std::vector<ServiceId>{kRegistration, kLicence});  // only the current one changes
  CHECK(t.current_service == 0);
  CHECK(queue.number_text(t.number) == "A001");
  CHECK(stamp(t.arrived_at) == "09:00:00");
  CHECK(stamp(t.queued_at) == "09:10:00");
  CHECK(stamp(t.rank_time) == "09:00:00");
  CHECK_FALSE(t.counter.has_value());
  CHECK_FALSE(t.target_counter.has_value());
  CHECK_FALSE(t.called_at.has_value());
  CHECK_FALSE(t.serving_since.has_value());
  CHECK_FALSE(queue.counters().at(kCounter1).current.has_value());
  // Counter 3 (B) calls it, ahead of B001 who arrived after it.
  CHECK(serve_all(queue, kCounter3, kCara, monday(9, 11)) == "A001 B001");
  CHECK(ticket_of(queue, b1).status == TicketStatus::Waiting);
}

TEST_CASE("OfficeQueue transfer: a note travels to the next counter and ends with the service there") {
  auto queue = make_queue();
  const auto id = issue(queue, {kPass}, monday(9, 0));
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));
  run(queue, queue.call_next(kCounter1, kAnna, monday(9, 1)));
  run(queue, queue.start(kCounter1, kAnna, monday(9, 2)));
  const auto decided = queue.transfer(
      kCounter1, TransferTarget{kRegistration, std::nullopt, "Ausweis geprüft, Meldebescheinigung fehlt"}, kAnna,
      monday(9, 9));
  const auto transferred = only<TicketTransferred>(decided);
  CHECK(transferred.from_service == kPass);
  CHECK(transferred.served_s == 420);  // counts for the service that was served, not the next one
  CHECK(transferred.note == "Ausweis geprüft, Meldebescheinigung fehlt");
  run(queue, decided);
  CHECK(ticket_of(queue, id).transfer_note == "Ausweis geprüft, Meldebescheinigung fehlt");

  run(queue, queue.open_counter(kCounter3, kCara, monday(9, 10)));
  run(queue, queue.call_next(kCounter3, kCara, monday(9, 10)));
  CHECK(ticket_of(queue, id).transfer_note == "Ausweis geprüft, Meldebescheinigung fehlt");  // Cara reads it
  run(queue, queue.finish(kCounter3, kCara, monday(9, 15)));
  CHECK_FALSE(ticket_of(queue, id).transfer_note.has_value());
}

TEST_CASE("OfficeQueue transfer: a blank note is none, a long one is refused, a closing counter keeps it") {
  auto queue = make_queue();
  const auto id = ticket_in(queue, TicketStatus::Called);
  CHECK(error_code(queue.transfer(kCounter1, TransferTarget{std::nullopt, kCounter2, std::string(501, 'x')}, kAnna,
                                  monday(9, 3))) == ErrorCode::InvalidArgument);
  CHECK_FALSE(only<TicketTransferred>(queue.transfer(kCounter1, TransferTarget{std::nullopt, kCounter2, " \n "},
                                                     kAnna, monday(9, 3)))
                  .note.has_value());
  // Characters, not bytes: 500 umlauts fit.
  std::string umlauts;
  for (int i = 0; i < 500; ++i) umlauts += "ü";
  CHECK(queue.transfer(kCounter1, TransferTarget{std::nullopt, kCounter2, umlauts}, kAnna, monday(9, 3)).has_value());
  CHECK(error_code(queue.transfer(kCounter1, TransferTarget{std::nullopt, kCounter2, umlauts + "x"}, kAnna,
                                  monday(9, 3))) == ErrorCode::InvalidArgument);
  run(queue, queue.transfer(kCounter1, TransferTarget{std::nullopt, kCounter2, std::string(500, 'x')}, kAnna,
                            monday(9, 3)));
  // Counter 2 closes before calling it: the ticket goes back to its service's queue, note and all.
  run(queue, queue.open_counter(kCounter2, kBen, monday(9, 4)));
  const auto closing = queue.close_counter(kCounter2, kBen, monday(9, 5));
  REQUIRE(closing.has_value());
  REQUIRE(closing->size() == 2);  // the ticket back to its queue, then the counter closed
  const auto back = std::get<TicketTransferred>(closing->front().body);
  CHECK(back.note == std::string(500, 'x'));
  CHECK_FALSE(back.served_s.has_value());  // nobody served it
  run(queue, queue.close_counter(kCounter2, kBen, monday(9, 5)));
  CHECK(ticket_of(queue, id).transfer_note == std::string(500, 'x'));
  CHECK_FALSE(ticket_of(queue, id).target_counter.has_value());
}

TEST_CASE("OfficeQueue transfer: to a counter reserves the ticket for that counter only") {
  auto queue = make_queue();
  const auto id = issue(queue, {kPass}, monday(9, 0));  // A001
  issue(queue, {kPass}, monday(9, 1));                  // A002
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));
  run(queue, queue.call_next(kCounter1, kAnna, monday(9, 2)));  // A001
  const auto transferred =
      only<TicketTransferred>(queue.transfer(kCounter1, TransferTarget{std::nullopt, kCounter2, std::nullopt}, kAnna, monday(9, 3)));
  CHECK(transferred.to_service == kPass);  // service unchanged
  CHECK(transferred.to_counter == kCounter2);
  run(queue, queue.transfer(kCounter1, TransferTarget{std::nullopt, kCounter2, std::nullopt}, kAnna, monday(9, 3)));
  issue(queue, {kPass}, monday(9, 4), true);  // A003, priority
  CHECK(ticket_of(queue, id).target_counter == kCounter2);
  CHECK(ticket_of(queue, id).status == TicketStatus::Waiting);

  // Counter 1 would call A001 (oldest) if it were not reserved; counter 2 calls it before a priority.
  CHECK(serve_all(queue, kCounter1, kAnna, monday(9, 5)) == "A003 A002");
  CHECK(serve_all(queue, kCounter2, kBen, monday(9, 5)) == "A001 A003 A002");

  run(queue, queue.open_counter(kCounter2, kBen, monday(9, 5)));
  run(queue, queue.call_next(kCounter2, kBen, monday(9, 5)));
  CHECK(ticket_of(queue, id).counter == kCounter2);
  CHECK_FALSE(ticket_of(queue, id).target_counter.has_value());  // the reservation is used up
}

TEST_CASE("OfficeQueue transfer: to a service at a given counter") {
  auto queue = make_queue();
  const auto id = ticket_in(queue, TicketStatus::Serving);
  run(queue, queue.transfer(kCounter1, TransferTarget{kRegistration, kCounter3, std::nullopt}, kAnna, monday(9, 10)));
  CHECK(ticket_of(queue, id).service() == kRegistration);
  CHECK(ticket_of(queue, id).target_counter == kCounter3);
  CHECK(serve_all(queue, kCounter3, kCara, monday(9, 11)) == "A001");
}

TEST_CASE("OfficeQueue transfer: refuses a target that breaks a rule, and changes nothing") {
  struct Row {
    std::string name;
    TransferTarget target;
    ErrorCode expected;
  };
  const std::vector<Row> rows{
      {"neither service nor counter", TransferTarget{}, ErrorCode::InvalidArgument},
      {"unknown service", TransferTarget{kNoSuchService, std::nullopt, std::nullopt}, ErrorCode::UnknownService},
      {"inactive service", TransferTarget{kFishing, std::nullopt, std::nullopt}, ErrorCode::ServiceUnavailable},
      {"unknown counter", TransferTarget{std::nullopt, kNoSuchCounter, std::nullopt}, ErrorCode::UnknownCounter},
      {"counter does not serve the ticket's service", TransferTarget{std::nullopt, kCounter3, std::nullopt},
       ErrorCode::CounterDoesNotServe},
      {"counter does not serve the new service", TransferTarget{kLicence, kCounter3, std::nullopt}, ErrorCode::CounterDoesNotServe},
      {"the counter it is at", TransferTarget{std::nullopt, kCounter1, std::nullopt}, ErrorCode::InvalidArgument},
      {"another service at the counter it is at", TransferTarget{kRegistration, kCounter1, std::nullopt}, ErrorCode::InvalidArgument},
  };
  auto queue = make_queue();
  const auto id = ticket_in(queue, TicketStatus::Called);
  for (const auto& row : rows) {
    INFO(row.name);
    CHECK(error_code(queue.transfer(kCounter1, row.target, kAnna, monday(9, 10))) == row.expected);
  }
  CHECK(ticket_of(queue, id).status == TicketStatus::Called);
  CHECK(queue.counters().at(kCounter1).current == id);
}

// =====================================================================================================
// cancel

TEST_CASE("OfficeQueue cancel: by ticket status") {
  struct Row {
    TicketStatus status;
    std::optional<ErrorCode> expected;
  };
  const std::vector<Row> rows{
      {TicketStatus::Waiting, std::nullopt},
      {TicketStatus::Called, std::nullopt},
      {TicketStatus::Parked, std::nullopt},
      {TicketStatus::NoShow, std::nullopt},
      {TicketStatus::Serving, ErrorCode::TicketAlreadyCalled},
      {TicketStatus::Done, ErrorCode::TicketFinished},
      {TicketStatus::Cancelled, ErrorCode::TicketFinished},
  };
  for (const auto& row : rows) {
    INFO(std::string{status_name(row.status)});
    auto queue = make_queue();
    const auto id = ticket_in(queue, row.status);
    const Result<Events> decided = queue.cancel(id, kCitizen, monday(9, 30));
    CHECK(error_code(decided) == row.expected);
    if (!decided) continue;
    const auto cancelled = only<TicketCancelled>(decided);
    CHECK(cancelled.ticket == id);
    CHECK((cancelled.reason == CancelReason::Citizen));
    CHECK((decided->front().actor.kind == Actor::Kind::Citizen));
    run(queue, decided);
    const Ticket t = ticket_of(queue, id);
    CHECK(t.status == TicketStatus::Cancelled);
    CHECK((t.cancel_reason == CancelReason::Citizen));
    CHECK(stamp(t.finished_at) == "09:30:00");
    CHECK_FALSE(t.counter.has_value());
    CHECK_FALSE(queue.counters().at(kCounter1).current.has_value());  // a called ticket frees its counter
  }
  const auto queue = make_queue();
  CHECK(error_code(queue.cancel(TicketId{7}, kCitizen, monday(9, 30))) == ErrorCode::UnknownTicket);
}

// =====================================================================================================
// postpone

// A001 09:00, B001 09:00:30, A002 09:01, A003 09:02, A004 priority 09:02:30, A005 09:03, A006 09:04.
OfficeQueue postpone_fixture(const QueueConfig& config = {}) {
  auto queue = make_queue(config);
  issue(queue, {kPass}, monday(9, 0));
  issue(queue, {kRegistration}, monday(9, 0, 30));
  issue(queue, {kPass}, monday(9, 1));
  issue(queue, {kPass}, monday(9, 2));
  issue(queue, {kPass}, monday(9, 2, 30), true);
  issue(queue, {kPass}, monday(9, 3));
  issue(queue, {kPass}, monday(9, 4));
  REQUIRE(serve_all(queue, kCounter2, kBen, monday(9, 10)) == "A004 A001 A002 A003 A005 A006");
  return queue;
}
TicketId id_of(const OfficeQueue& queue, const std::string& number) {
  for (const auto& [id, t] : queue.tickets())
    if (queue.number_text(t.number) == number) return id;
  FAIL("no ticket " << number);
  return {};
}

TEST_CASE("OfficeQueue postpone: exactly N walk-ins of the same service go first") {
  struct Row {
    std::string number;
    int places;
    int moved;
    std::string order;  // at counter 2 (A and C)
  };
  const std::vector<Row> rows{
      {"A001", 1, 1, "A004 A002 A001 A003 A005 A006"},
      {"A001", 2, 2, "A004 A002 A003 A001 A005 A006"},  // B001 and the priority A004 are no places
      {"A001", 4, 4, "A004 A002 A003 A005 A006 A001"},
      {"A001", 10, 4, "A004 A002 A003 A005 A006 A001"},  // max_postpone_places, only 4 behind: to the end
      {"A003", 1, 1, "A004 A001 A002 A005 A003 A006"},
      {"A005", 1, 1, "A004 A001 A002 A003 A006 A005"},
  };
  for (const auto& row : rows) {
    INFO(row.number << " by " << row.places);
    auto queue = postpone_fixture();
    const TicketId id = id_of(queue, row.number);
    const Ticket before = ticket_of(queue, id);
    const Result<Events> decided = queue.postpone(id, row.places, kCitizen, monday(9, 5));
    const auto postponed = only<TicketPostponed>(decided);
    CHECK(postponed.ticket == id);
    CHECK(postponed.places == row.moved);
    run(queue, decided);
    const Ticket after = ticket_of(queue, id);
    CHECK(after.postponements == 1);
    CHECK(after.status == TicketStatus::Waiting);
    CHECK(stamp(after.rank_time) == stamp(postponed.new_rank_time));
    CHECK(stamp(after.arrived_at) == stamp(before.arrived_at));
    CHECK(stamp(after.queued_at) == stamp(before.queued_at));
    CHECK(serve_all(queue, kCounter2, kBen, monday(9, 10)) == row.order);
    CHECK(serve_all(queue, kCounter3, kCara, monday(9, 10)) == "B001");
  }
}

TEST_CASE("OfficeQueue postpone: refuses what breaks a rule") {
  const Appointment appointment{"LB-1", {kPass}, monday(9, 30), "", false};
  struct Row {
    std::string name;
    std::function<TicketId(OfficeQueue&)> setup;  // returns the ticket to postpone
    int places;
    ErrorCode expected;
  };
  const auto first = [](OfficeQueue& q) { return id_of(q, "A001"); };
  const auto in_status = [](TicketStatus status) {
    return [status](OfficeQueue& q) {
      const auto id = ticket_in(q, status);
      issue(q, {kPass}, monday(9, 15));  // somebody behind
      return id;
    };
  };
  const std::vector<Row> rows{
      {"0 places", first, 0, ErrorCode::InvalidArgument},
      {"negative places", first, -1, ErrorCode::InvalidArgument},
      {"more than max_postpone_places", first, 11, ErrorCode::InvalidArgument},
      {"nobody behind", [](OfficeQueue& q) { return id_of(q, "A006"); }, 1, ErrorCode::InvalidArgument},
      {"only another service behind",
       [](OfficeQueue& q) {
         const auto id = issue(q, {kLicence}, monday(9, 5));
         issue(q, {kPass}, monday(9, 6));
         return id;
       },
       1, ErrorCode::InvalidArgument},
      {"appointments keep their slot",
       [&appointment](OfficeQueue& q) {
         const auto id = check_in(q, appointment, monday(9, 5));
         issue(q, {kPass}, monday(9, 6));
         return id;
       },
       1, ErrorCode::InvalidArgument},
      // The calling policy takes these first whatever their rank: a postponement would change
      // nothing and use up one of the citizen's postponements.
      {"a priority ticket is called first anyway", [](OfficeQueue& q) { return id_of(q, "A004"); }, 1,
       ErrorCode::InvalidArgument},
      {"a ticket transferred to a counter is called there first",
       [](OfficeQueue& q) {
         run(q, q.open_counter(kCounter1, kAnna, monday(9, 5)));
         run(q, q.call(kCounter1, id_of(q, "A002"), kAnna, monday(9, 6)));
         run(q, q.transfer(kCounter1, TransferTarget{std::nullopt, kCounter2, std::nullopt}, kAnna, monday(9, 7)));
         return id_of(q, "A002");
       },
       1, ErrorCode::InvalidArgument},
      {"called", in_status(TicketStatus::Called), 1, ErrorCode::TicketNotWaiting},
      {"serving", in_status(TicketStatus::Serving), 1, ErrorCode::TicketNotWaiting},
      {"parked", in_status(TicketStatus::Parked), 1, ErrorCode::TicketNotWaiting},
      {"no-show", in_status(TicketStatus::NoShow), 1, ErrorCode::TicketNotWaiting},
      {"done", in_status(TicketStatus::Done), 1, ErrorCode::TicketFinished},
      {"cancelled", in_status(TicketStatus::Cancelled), 1, ErrorCode::TicketFinished},
      {"unknown ticket", [](OfficeQueue&) { return TicketId{404}; }, 1, ErrorCode::UnknownTicket},
  };
  for (const auto& row : rows) {
    INFO(row.name);
    auto queue = postpone_fixture();
    const TicketId id = row.setup(queue);
    CHECK(error_code(queue.postpone(id, row.places, kCitizen, monday(9, 20))) == row.expected);
    // A bad count is the request's fault; every other refusal is the ticket's: not offered at all.
    if (row.places >= 1 && row.places <= QueueConfig{}.max_postpone_places) CHECK_FALSE(queue.can_postpone(id));
  }
  auto queue = postpone_fixture();
  CHECK(queue.can_postpone(id_of(queue, "A001")));  // walk-ins of its service behind it
}

TEST_CASE("OfficeQueue postpone: max_postpone_places and max_postponements come from the config") {
  struct Row {
    int max_places;
    int max_postponements;
  };
  for (const Row row : {Row{10, 2}, Row{2, 1}, Row{1, 3}, Row{3, 0}}) {
    CAPTURE(row.max_places);
    CAPTURE(row.max_postponements);
    QueueConfig config;
    config.max_postpone_places = row.max_places;
    config.max_postponements = row.max_postponements;
    auto queue = postpone_fixture(config);
    const TicketId id = id_of(queue, "A001");
    CHECK(error_code(queue.postpone(id, row.max_places + 1, kCitizen, monday(9, 5))) == ErrorCode::InvalidArgument);
    for (int i = 0; i < row.max_postponements; ++i)
      run(queue, queue.postpone(id, 1, kCitizen, monday(9, 5) + seconds{i}));
    CHECK(ticket_of(queue, id).postponements == row.max_postponements);
    CHECK(error_code(queue.postpone(id, 1, kCitizen, monday(9, 6))) == ErrorCode::PostponeLimitReached);
  }
}

TEST_CASE("OfficeQueue postpone: an appointment ticket may be postponed on its later services") {
  const Appointment appointment{"LB-2", {kPass, kRegistration}, monday(9, 30), "", false};
  auto queue = make_queue();
  const auto id = check_in(queue, appointment, monday(9, 0));
  issue(queue, {kRegistration}, monday(9, 10));
  run(queue, queue.open_counter(kCounter2, kBen, monday(9, 25)));
  run(queue, queue.call_next(kCounter2, kBen, monday(9, 25)));
  run(queue, queue.finish(kCounter2, kBen, monday(9, 35)));
  REQUIRE(ticket_of(queue, id).service() == kRegistration);
  run(queue, queue.postpone(id, 1, kCitizen, monday(9, 36)));
  CHECK(serve_all(queue, kCounter3, kCara, monday(9, 40)) == "B001 A001");
}

TEST_CASE("OfficeQueue postpone: tickets issued in the same second are still passed exactly N times") {
  // Kiosks often issue in the same second: postpone must respect the id tiebreak among equal times.
  struct Row {
    std::string name;
    std::vector<int> issued_s;  // A001, A002, ... issued at 09:00:00 + s
    std::string number;
    std::string order;
  };
  const std::vector<Row> rows{
      {"same second as the ticket ahead: A002 must pass A003", {0, 0, 5}, "A002", "A001 A003 A002"},
      {"the passed ticket shares its second with the next: pass only A002", {0, 5, 5, 9}, "A001",
       "A002 A001 A003 A004"},
  };
  for (const auto& row : rows) {
    INFO(row.name);
    auto queue = make_queue();
    for (const int s : row.issued_s) issue(queue, {kPass}, monday(9, 0, s));
    const auto decided = queue.postpone(id_of(queue, row.number), 1, kCitizen, monday(9, 1));
    CHECK(only<TicketPostponed>(decided).places == 1);
    run(queue, decided);
    CHECK(serve_all(queue, kCounter2, kBen, monday(9, 2)) == row.order);
  }
}

TEST_CASE("OfficeQueue postpone: a due appointment is not a walk-in place") {
  // A due appointment is called first anyway (tier 1): only walk-ins count as places to let pass.
  const Appointment appointment{"LB-3", {kPass}, monday(9, 5), "", false};
  auto queue = make_queue();
  issue(queue, {kPass}, monday(9, 0));                  // A001
  check_in(queue, appointment, monday(9, 1));           // A002, due from 09:00
  issue(queue, {kPass}, monday(9, 2));                  // A003
  REQUIRE(serve_all(queue, kCounter2, kBen, monday(9, 3)) == "A002 A001 A003");
  run(queue, queue.postpone(id_of(queue, "A001"), 1, kCitizen, monday(9, 3)));
  CHECK(serve_all(queue, kCounter2, kBen, monday(9, 3)) == "A002 A003 A001");
}

// =====================================================================================================
// close_day

struct EndOfDayFixture {
  OfficeQueue queue;
  TicketId done, no_show, parked, serving, called, waiting, waiting_other, cancelled;
};

// One ticket in every status at 12:00.
EndOfDayFixture end_of_day_fixture(EndOfDayRule rule) {
  QueueConfig config;
  config.end_of_day = rule;
  EndOfDayFixture f{make_queue(config), {}, {}, {}, {}, {}, {}, {}, {}};
  auto& q = f.queue;
  f.done = issue(q, {kPass}, monday(8, 10));
  f.no_show = issue(q, {kPass}, monday(8, 12));
  f.parked = issue(q, {kPass}, monday(8, 14));
  f.serving = issue(q, {kRegistration}, monday(8, 16));
  f.called = issue(q, {kPass}, monday(8, 18));
  f.waiting = issue(q, {kPass}, monday(8, 20));
  f.waiting_other = issue(q, {kLicence, kPass}, monday(8, 22));
  f.cancelled = issue(q, {kPass}, monday(8, 24));
  run(q, q.open_counter(kCounter1, kAnna, monday(8, 0)));
  run(q, q.open_counter(kCounter2, kBen, monday(8, 0)));
  run(q, q.open_counter(kCounter3, kCara, monday(8, 0)));
  run(q, q.call(kCounter1, f.done, kAnna, monday(8, 30)));
  run(q, q.finish(kCounter1, kAnna, monday(8, 35)));
  run(q, q.call(kCounter1, f.no_show, kAnna, monday(8, 36)));
  run(q, q.no_show(kCounter1, kAnna, monday(8, 37)));
  run(q, q.call(kCounter1, f.parked, kAnna, monday(8, 38)));
  run(q, q.park(kCounter1, kAnna, monday(8, 39)));
  run(q, q.call(kCounter3, f.serving, kCara, monday(8, 40)));
  run(q, q.start(kCounter3, kCara, monday(8, 41)));
  run(q, q.call(kCounter2, f.called, kBen, monday(8, 42)));
  run(q, q.cancel(f.cancelled, kCitizen, monday(8, 43)));
  return f;
}

TEST_CASE("OfficeQueue close_day: ServeToEnd leaves every ticket alone") {
  const auto f = end_of_day_fixture(EndOfDayRule::ServeToEnd);
  CHECK(f.queue.close_day(monday(12, 0)).empty());
}

TEST_CASE("OfficeQueue close_day: CancelWaiting cancels waiting and parked tickets, not those at a counter") {
  auto f = end_of_day_fixture(EndOfDayRule::CancelWaiting);
  auto& q = f.queue;
  const Events events = q.close_day(monday(12, 0));
  REQUIRE(events.size() == 3);
  const std::vector<TicketId> expected{f.parked, f.waiting, f.waiting_other};
  for (std::size_t i = 0; i < events.size(); ++i) {
    CAPTURE(i);
    const auto* cancelled = std::get_if<TicketCancelled>(&events[i].body);
    REQUIRE(cancelled != nullptr);
    CHECK(cancelled->ticket == expected[i]);
    CHECK((cancelled->reason == CancelReason::EndOfDay));
    CHECK((events[i].actor.kind == Actor::Kind::System));
    CHECK(stamp(events[i].at) == "12:00:00");
  }
  for (const auto& event : events) q.apply(event);

  for (const TicketId id : expected) {
    CAPTURE(id.value);
    CHECK(ticket_of(q, id).status == TicketStatus::Cancelled);
    CHECK((ticket_of(q, id).cancel_reason == CancelReason::EndOfDay));
    CHECK(stamp(ticket_of(q, id).finished_at) == "12:00:00");
    CHECK_FALSE(ticket_of(q, id).counter.has_value());
  }
  CHECK(ticket_of(q, f.done).status == TicketStatus::Done);
  CHECK(ticket_of(q, f.no_show).status == TicketStatus::NoShow);
  CHECK(ticket_of(q, f.serving).status == TicketStatus::Serving);
  CHECK(ticket_of(q, f.called).status == TicketStatus::Called);
  CHECK((ticket_of(q, f.cancelled).cancel_reason == CancelReason::Citizen));
  CHECK(q.counters().at(kCounter2).current == f.called);
  CHECK(q.counters().at(kCounter3).current == f.serving);
  // Nothing is left to cancel.
  CHECK(q.close_day(monday(12, 1)).empty());
}

// =====================================================================================================
// check-in

TEST_CASE("OfficeQueue check-in: the ticket carries the appointment and its services") {
  const Appointment appointment{"LB-7F3K", {kRegistration, kPass}, monday(9, 30), "Erika Mustermann", false};
  auto queue = make_queue();
  issue(queue, {kRegistration}, monday(9, 0));  // B001
  // The kiosk's services are ignored for a check-in: the appointment's services count.
  const IssueTicket command{"tok", {kLicence}, false, "uk", &appointment};
  const auto issued = only<TicketIssued>(queue.issue(command, kKiosk, monday(9, 10)));
  CHECK(issued.appointment_code == std::optional<std::string>{"LB-7F3K"});
  REQUIRE(issued.appointment_time.has_value());
  CHECK(stamp(*issued.appointment_time) == "09:30:00");
  run(queue, queue.issue(command, kKiosk, monday(9, 10)));

  const Ticket t = ticket_of(queue, issued.ticket);
  CHECK(queue.number_text(t.number) == "B002");
  CHECK(t.services == std::vector<ServiceId>{kRegistration, kPass});
  CHECK(t.appointment_code == std::optional<std::string>{"LB-7F3K"});
  CHECK(stamp(t.appointment_time) == "09:30:00");
  CHECK(t.language == "uk");
  CHECK(stamp(t.arrived_at) == "09:10:00");
  CHECK(t.status == TicketStatus::Waiting);
}

TEST_CASE("OfficeQueue check-in: window, day, cancellation and opening hours") {
  struct Row {
    std::string name;
    TimePoint slot;
    TimePoint now;
    bool cancelled;
    std::optional<ErrorCode> expected;
    CheckInWindow window{};
  };
  const TimePoint slot = monday(9, 30);
  const std::vector<Row> rows{
      {"61 minutes early", slot, monday(8, 29, 59), false, ErrorCode::CheckInTooEarly},
      {"exactly 60 minutes early", slot, monday(8, 30), false, std::nullopt},
      {"on time", slot, slot, false, std::nullopt},
      {"exactly 15 minutes late", slot, monday(9, 45), false, std::nullopt},
      {"15 minutes and 1 s late", slot, monday(9, 45, 1), false, ErrorCode::CheckInTooLate},
      {"appointment on another day", berlin(kTuesday, 9, 30), monday(9, 0), false, ErrorCode::AppointmentNotToday},
      {"cancelled appointment", slot, monday(9, 0), true, ErrorCode::AppointmentCancelled},
      {"inside the window but before opening", monday(8, 15), monday(7, 50), false, ErrorCode::OfficeClosed},
      {"custom window: 10 min before", slot, monday(9, 19, 59), false, ErrorCode::CheckInTooEarly,
       CheckInWindow{minutes{10}, minutes{1}}},
      {"custom window: 1 min after", slot, monday(9, 31, 1), false, ErrorCode::CheckInTooLate,
       CheckInWindow{minutes{10}, minutes{1}}},
      {"custom window: inside", slot, monday(9, 31), false, std::nullopt, CheckInWindow{minutes{10}, minutes{1}}},
  };
  for (const auto& row : rows) {
    INFO(row.name);
    QueueConfig config;
    config.check_in = row.window;
    const auto queue = make_queue(config);
    const Appointment appointment{"LB-9", {kPass}, row.slot, "", row.cancelled};
    const auto result = queue.issue(IssueTicket{"tok", {}, false, "de", &appointment}, kKiosk, row.now);
    CHECK(error_code(result) == row.expected);
  }
}

TEST_CASE("OfficeQueue check-in: an appointment is checked in only once") {
  const Appointment appointment{"LB-7F3K", {kPass}, monday(9, 30), "", false};
  auto queue = make_queue();
  check_in(queue, appointment, monday(9, 0));
  const IssueTicket again{"another-token", {}, false, "de", &appointment};
  CHECK(error_code(queue.issue(again, kKiosk, monday(9, 5))) == ErrorCode::AppointmentAlreadyCheckedIn);
  // A different appointment is fine.
  const Appointment other{"LB-8G4L", {kPass}, monday(9, 30), "", false};
  CHECK(error_code(queue.issue(IssueTicket{"third", {}, false, "de", &other}, kKiosk, monday(9, 5))) == std::nullopt);
}

// =====================================================================================================
// recent calls

TEST_CASE("OfficeQueue recent_calls: the last recent_calls_kept calls and recalls, oldest first") {
  struct Row {
    std::size_t kept;
    std::vector<std::string> expected;  // number@time, "+" for a recall
  };
  const std::vector<Row> rows{
      {20, {"A001@09:10:00", "A002@09:11:00", "A003@09:12:00", "A003@09:12:30+", "A004@09:13:00"}},
      {3, {"A003@09:12:00", "A003@09:12:30+", "A004@09:13:00"}},
      {1, {"A004@09:13:00"}},
      {0, {}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.kept);
    QueueConfig config;
    config.recent_calls_kept = row.kept;
    auto queue = make_queue(config);
    for (int i = 0; i < 4; ++i) issue(queue, {kPass}, monday(9, i));
    run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));
    run(queue, queue.call_next(kCounter1, kAnna, monday(9, 10)));
    run(queue, queue.finish(kCounter1, kAnna, monday(9, 10, 50)));
    run(queue, queue.call_next(kCounter1, kAnna, monday(9, 11)));
    run(queue, queue.finish(kCounter1, kAnna, monday(9, 11, 50)));
    run(queue, queue.call_next(kCounter1, kAnna, monday(9, 12)));
    run(queue, queue.recall(kCounter1, kAnna, monday(9, 12, 30)));
    run(queue, queue.finish(kCounter1, kAnna, monday(9, 12, 50)));
    run(queue, queue.call_next(kCounter1, kAnna, monday(9, 13)));
    std::vector<std::string> actual;
    for (const auto& call : queue.recent_calls()) {
      CHECK(call.counter == kCounter1);
      actual.push_back(queue.number_text(call.number) + "@" + stamp(call.at) + (call.recall ? "+" : ""));
    }
    std::string joined;
    for (const auto& s : actual) joined += s + " ";
    std::string expected;
    for (const auto& s : row.expected) expected += s + " ";
    CHECK(joined == expected);
  }
}

}  // namespace
}  // namespace civiq::domain

namespace civiq::domain {
namespace {

TEST_CASE("OfficeQueue close_counter: tickets transferred to the closing counter go back to their service") {
  auto queue = make_queue();
  const auto id = issue(queue, {kPass}, monday(9, 0));
  run(queue, queue.open_counter(kCounter1, kAnna, monday(9, 0)));
  run(queue, queue.open_counter(kCounter2, kBen, monday(9, 0)));
  run(queue, queue.call_next(kCounter1, kAnna, monday(9, 1)));
  run(queue, queue.transfer(kCounter1, TransferTarget{std::nullopt, kCounter2, std::nullopt}, kAnna, monday(9, 2)));
  REQUIRE(ticket_of(queue, id).target_counter == kCounter2);

  const auto closed = queue.close_counter(kCounter2, kBen, monday(9, 3));
  REQUIRE(closed);
  REQUIRE(closed->size() == 2);
  CHECK(std::holds_alternative<TicketTransferred>(closed->front().body));
  CHECK(std::holds_alternative<CounterClosed>(closed->back().body));
  run(queue, closed);
  CHECK_FALSE(ticket_of(queue, id).target_counter.has_value());
  CHECK(ticket_of(queue, id).status == TicketStatus::Waiting);
  CHECK(only<TicketCalled>(queue.call_next(kCounter1, kAnna, monday(9, 4))).ticket == id);
}

}  // namespace
}  // namespace civiq::domain
