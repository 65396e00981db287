// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// OfficeQueue: the queue of one office for one day, as a decide/apply pair.
//  - Commands (issue, call_next, finish, ...) validate against the current state and return the
//    events that would happen, or a DomainError for a broken rule. They never mutate.
//  - apply(event) folds one event into the state. The server stores events first and applies them
//    after the commit, so the in-memory state is always what was acknowledged, and replaying the
//    stored events of the day rebuilds exactly that state.
// A command that legitimately changes nothing (call_next with nobody waiting) returns no events;
// an illegal transition is always an error, never a silent no-op.
// Thread rule: not synchronised; the server owns one instance on one thread (the office worker).
#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "appointment.hpp"
#include "calling_policy.hpp"
#include "catalog.hpp"
#include "events.hpp"
#include "result.hpp"
#include "ticket.hpp"
#include "ticket_numbering.hpp"

namespace civiq::domain {

enum class EndOfDayRule {
  ServeToEnd,     // tickets still waiting at closing time are served; the day ends at midnight
  CancelWaiting,  // waiting and parked tickets are cancelled; their live ticket says why
};

// When a counter stops calling (a break, closing) and waiting citizens would have no counter left.
enum class UnstaffedRule {
  Warn,    // refused until the clerk confirms
  Refuse,  // refused
};

struct QueueConfig {
  NumberingConfig numbering;
  CallingPolicyConfig calling;
  CheckInWindow check_in;
  int max_recalls = 2;                     // a further recall turns the call into a no-show
  std::chrono::seconds recall_cooldown{10};  // guards against a double click on "recall"
  int max_postpone_places = 10;            // per postpone request
  int max_postponements = 2;               // per ticket
  std::size_t max_services_per_ticket = 5;
  std::size_t recent_calls_kept = 20;
  EndOfDayRule end_of_day = EndOfDayRule::ServeToEnd;
  bool enforce_opening_hours = true;
  std::vector<std::string> break_reasons{"break", "lunch", "back_office", "meeting"};  // their ids
  UnstaffedRule when_unstaffed = UnstaffedRule::Warn;
};

struct IssueTicket {
  std::string token;
  std::vector<ServiceId> services;
  bool priority = false;
  std::string language = "de";
  const Appointment* appointment = nullptr;  // set for a check-in
};

// Who acts at a counter. A supervisor (manager, admin) may act at a counter another clerk opened.
struct CounterActor {
  Actor actor;
  bool supervisor = false;
};

// A note for the next counter is short: a hint, not a file. Counted in characters (code points).
inline constexpr std::size_t kTransferNoteMaxChars = 500;

struct TransferTarget {
  std::optional<ServiceId> service;
  std::optional<CounterId> counter;
  std::optional<std::string> note;  // for the clerk who calls it next; empty means none
};

struct CounterState {
  CounterId id;
  bool open = false;
  std::string clerk;
  std::optional<TicketId> current;  // called or serving here
  std::optional<TimePoint> alarm_since;  // an emergency alarm is raised here, not yet acknowledged
  std::string alarm_raised_by;
  std::optional<TimePoint> break_since;  // the clerk is on a break (the counter stays open for them)
  std::string break_reason;

  // Whether the counter may call now: open, and its clerk not on a break.
  [[nodiscard]] bool calling() const { return open && !break_since; }
};

struct CallRecord {
  TicketId ticket;
  TicketNumber number;
  CounterId counter;
  TimePoint at;
  bool recall = false;
  ServiceId service;  // the service the citizen is called for (displays filter on it)
};

class OfficeQueue {
 public:
  OfficeQueue(std::shared_ptr<const Catalog> catalog, QueueConfig config, LocalDate day, TicketId next_ticket_id);

  // --- commands (const: they decide, apply() changes) ---
  [[nodiscard]] Result<Events> issue(const IssueTicket& command, const Actor& actor, TimePoint now) const;
  [[nodiscard]] Result<Events> open_counter(CounterId counter, const CounterActor& who, TimePoint now) const;
  [[nodiscard]] Result<Events> close_counter(CounterId counter, const CounterActor& who, TimePoint now) const;
  // Any staff member, at any counter, open or not: in an emergency nothing is checked but that the
  // counter exists. Raising a raised alarm, or acknowledging none, changes nothing (two colleagues
  // pressing at once both succeed).
  // A break: the clerk's open counter, with no ticket at it, stops calling. `reason` is one of
  // config().break_reasons. Taking a break while on one, or ending none, changes nothing.
  [[nodiscard]] Result<Events> start_break(CounterId counter, const std::string& reason, const CounterActor& who,
                                           TimePoint now) const;
  [[nodiscard]] Result<Events> end_break(CounterId counter, const CounterActor& who, TimePoint now) const;
  // The services whose waiting citizens no counter but `leaving` could call now (one that is calling,
  // serves the service, and is the ticket's target counter if it has one), with how many wait each.
  [[nodiscard]] std::vector<std::pair<ServiceId, int>> left_unstaffed_without(CounterId leaving) const;
  // The staffing rule for a counter about to stop calling: nothing when nobody would be left
  // without a counter; else ServiceUnstaffed, always under UnstaffedRule::Refuse and under Warn
  // unless the clerk has `confirmed`.
  [[nodiscard]] std::optional<DomainError> staffing_check(CounterId leaving, bool confirmed) const;
  [[nodiscard]] Result<Events> raise_alarm(CounterId counter, const Actor& who, TimePoint now) const;
  [[nodiscard]] Result<Events> acknowledge_alarm(CounterId counter, const Actor& who, TimePoint now) const;
  [[nodiscard]] Result<Events> call_next(CounterId counter, const CounterActor& who, TimePoint now) const;
  [[nodiscard]] Result<Events> call(CounterId counter, TicketId ticket, const CounterActor& who, TimePoint now) const;
  [[nodiscard]] Result<Events> recall(CounterId counter, const CounterActor& who, TimePoint now) const;
  [[nodiscard]] Result<Events> start(CounterId counter, const CounterActor& who, TimePoint now) const;
  // Ends the current service of the visit at `counter`. The visit's next service follows at once
  // here when this counter serves it (the citizen stays), else in that service's queue.
  [[nodiscard]] Result<Events> finish(CounterId counter, const CounterActor& who, TimePoint now,
                                      ServiceOutcome outcome = ServiceOutcome::Served) const;
  [[nodiscard]] Result<Events> no_show(CounterId counter, const CounterActor& who, TimePoint now) const;
  [[nodiscard]] Result<Events> park(CounterId counter, const CounterActor& who, TimePoint now) const;
  [[nodiscard]] Result<Events> transfer(CounterId counter, const TransferTarget& target, const CounterActor& who,
                                        TimePoint now) const;
  [[nodiscard]] Result<Events> reactivate(CounterId counter, TicketId ticket, const CounterActor& who,
                                          TimePoint now) const;
  [[nodiscard]] Result<Events> cancel(TicketId ticket, const Actor& actor, TimePoint now) const;
  [[nodiscard]] Result<Events> postpone(TicketId ticket, int places, const Actor& actor, TimePoint now) const;
  // Whether postponing would let anybody pass now (the live page offers it only then): waiting,
  // postponements left, not kept first by the calling policy (priority, appointment, transferred to
  // a counter), and a walk-in of its service behind it.
  [[nodiscard]] bool can_postpone(TicketId ticket) const;
  // At closing time: what the end-of-day rule does to the tickets still waiting.
  [[nodiscard]] Events close_day(TimePoint now) const;

  void apply(const Event& event);

  // --- queries ---
  [[nodiscard]] LocalDate day() const { return day_; }
  [[nodiscard]] const Catalog& catalog() const { return *catalog_; }
  [[nodiscard]] const QueueConfig& config() const { return config_; }
  [[nodiscard]] const CallingPolicy& policy() const { return policy_; }
  [[nodiscard]] const Ticket* find(TicketId id) const;
  [[nodiscard]] const Ticket* find_by_token(const std::string& token) const;
  // The ticket an appointment was checked in with today, if it was.
  [[nodiscard]] const Ticket* find_by_appointment(const std::string& code) const;
  [[nodiscard]] const std::map<TicketId, Ticket>& tickets() const { return tickets_; }
  [[nodiscard]] const std::map<CounterId, CounterState>& counters() const { return counters_; }
  [[nodiscard]] const std::deque<CallRecord>& recent_calls() const { return recent_calls_; }
  [[nodiscard]] std::vector<CallCandidate> waiting_candidates() const;
  [[nodiscard]] std::string number_text(const TicketNumber& number) const { return numbering_.format(number); }
  [[nodiscard]] TicketId next_ticket_id() const { return next_ticket_id_; }
  // How long until the ticket called at `counter` may be recalled (zero: now); nullopt when nothing
  // is called there. Lets a counter client grey out "recall" instead of provoking recall_too_soon.
  [[nodiscard]] std::optional<std::chrono::seconds> recall_wait(CounterId counter, TimePoint now) const;

 private:
  using RankPlace = std::pair<TimePoint, double>;  // rank_time, rank_tiebreak
  // The ticket if the rules let it be postponed (not yet whether anybody stands behind it), else why not.
  [[nodiscard]] Result<const Ticket*> postponable(TicketId ticket) const;
  // Whether `other` stands behind `target` as a walk-in of its service that postponing lets pass.
  [[nodiscard]] static bool lets_pass(const Ticket& target, const Ticket& other);

  [[nodiscard]] Result<const CounterState*> acting_counter(CounterId counter, const CounterActor& who) const;
  [[nodiscard]] Result<const Ticket*> current_ticket(CounterId counter, const CounterActor& who) const;
  [[nodiscard]] Result<const Ticket*> ticket(TicketId id) const;
  [[nodiscard]] Event event(TimePoint now, const Actor& actor, EventBody body) const;
  Ticket& mutable_ticket(TicketId id);
  CounterState& counter_state(CounterId id);
  void release_counter(const Ticket& ticket);
  void remember_call(const Ticket& ticket, CounterId counter, TimePoint at, bool recall);

  std::shared_ptr<const Catalog> catalog_;
  QueueConfig config_;
  CallingPolicy policy_;
  LocalDate day_;
  TicketId next_ticket_id_;
  TicketNumbering numbering_;
  std::map<TicketId, Ticket> tickets_;
  std::map<std::string, TicketId> by_token_;
  std::map<std::string, TicketId> by_appointment_;
  std::map<CounterId, CounterState> counters_;
  std::deque<CallRecord> recent_calls_;
};

}  // namespace civiq::domain
