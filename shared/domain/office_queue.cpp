// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "office_queue.hpp"

#include <algorithm>
#include <stdexcept>

#include "overloaded.hpp"
#include "utf8.hpp"

namespace civiq::domain {
namespace {

std::string counter_label(CounterId id) { return "counter " + std::to_string(id.value); }
std::string ticket_label(TicketId id) { return "ticket " + std::to_string(id.value); }

CounterState closed_counter(CounterId id) {
  CounterState state;
  state.id = id;
  return state;
}

}  // namespace

OfficeQueue::OfficeQueue(std::shared_ptr<const Catalog> catalog, QueueConfig config, LocalDate day,
                         TicketId next_ticket_id)
    : catalog_(std::move(catalog)),
      config_(config),
      policy_(config.calling),
      day_(day),
      next_ticket_id_(next_ticket_id),
      numbering_(config.numbering) {
  for (const auto& counter : catalog_->counters) counters_.emplace(counter.id, closed_counter(counter.id));
}

// ---------------------------------------------------------------------------------------------
// helpers

Event OfficeQueue::event(TimePoint now, const Actor& actor, EventBody body) const {
  return Event{now, actor, std::move(body)};
}

Result<const Ticket*> OfficeQueue::ticket(TicketId id) const {
  const Ticket* found = find(id);
  if (!found) return {ErrorCode::UnknownTicket, ticket_label(id) + " does not exist today"};
  return found;
}

Result<const CounterState*> OfficeQueue::acting_counter(CounterId counter, const CounterActor& who) const {
  const auto it = counters_.find(counter);
  if (it == counters_.end()) return {ErrorCode::UnknownCounter, counter_label(counter) + " does not exist"};
  const CounterState& state = it->second;
  if (!state.open) return {ErrorCode::CounterClosed, counter_label(counter) + " is closed"};
  if (state.clerk != who.actor.name && !who.supervisor)
    return {ErrorCode::CounterOccupied, counter_label(counter) + " is open for " + state.clerk};
  return &state;
}

Result<const Ticket*> OfficeQueue::current_ticket(CounterId counter, const CounterActor& who) const {
  auto state = acting_counter(counter, who);
  if (!state) return state.error();
  if (!(*state)->current) return {ErrorCode::CounterIdle, counter_label(counter) + " has no current ticket"};
  return find(*(*state)->current);
}

const Ticket* OfficeQueue::find(TicketId id) const {
  const auto it = tickets_.find(id);
  return it == tickets_.end() ? nullptr : &it->second;
}

const Ticket* OfficeQueue::find_by_token(const std::string& token) const {
  const auto it = by_token_.find(token);
  return it == by_token_.end() ? nullptr : find(it->second);
}

const Ticket* OfficeQueue::find_by_appointment(const std::string& code) const {
  const auto it = by_appointment_.find(code);
  return it == by_appointment_.end() ? nullptr : find(it->second);
}

std::vector<CallCandidate> OfficeQueue::waiting_candidates() const {
  std::vector<CallCandidate> candidates;
  for (const auto& [id, t] : tickets_) {
    if (t.status != TicketStatus::Waiting) continue;
    candidates.push_back({id, t.service(), t.rank_time, t.priority,
                          t.current_service == 0 ? t.appointment_time : std::nullopt, t.target_counter,
                          t.rank_tiebreak});
  }
  return candidates;
}

// ---------------------------------------------------------------------------------------------
// commands

Result<Events> OfficeQueue::issue(const IssueTicket& command, const Actor& actor, TimePoint now) const {
  const auto services = command.appointment ? command.appointment->services : command.services;
  if (services.empty()) return {ErrorCode::InvalidArgument, "a ticket needs at least one service"};
  if (services.size() > config_.max_services_per_ticket)
    return {ErrorCode::InvalidArgument,
            "a ticket can carry at most " + std::to_string(config_.max_services_per_ticket) + " services"};
  for (const auto id : services) {
    const Service* service = catalog_->find_service(id);
    if (!service) return {ErrorCode::UnknownService, "service " + std::to_string(id.value) + " does not exist"};
    if (!service->active) return {ErrorCode::ServiceUnavailable, service->name("de") + " is not offered today"};
  }
  if (config_.enforce_opening_hours && !catalog_->hours.is_open(to_berlin(now)))
    return {ErrorCode::OfficeClosed, "the office is closed now"};
  if (berlin_date(now) != day_) return {ErrorCode::OfficeClosed, "the office day " + iso_date(day_) + " is over"};
  if (command.token.empty() || by_token_.contains(command.token))
    return {ErrorCode::InvalidArgument, "a ticket needs a fresh token"};

  TicketIssued issued{next_ticket_id_,
                      command.token,
                      numbering_.peek_next(catalog_->find_service(services.front())->prefix),
                      services,
                      command.priority,
                      command.language,
                      std::nullopt,
                      std::nullopt};
  if (command.appointment) {
    const Appointment& appointment = *command.appointment;
    if (by_appointment_.contains(appointment.code))
      return {ErrorCode::AppointmentAlreadyCheckedIn, "appointment " + appointment.code + " is already checked in"};
    if (auto allowed = check_in_allowed(appointment, now, config_.check_in); !allowed) return allowed.error();
    issued.appointment_code = appointment.code;
    issued.appointment_time = appointment.time;
  }
  return Events{event(now, actor, std::move(issued))};
}

Result<Events> OfficeQueue::open_counter(CounterId counter, const CounterActor& who, TimePoint now) const {
  const auto it = counters_.find(counter);
  if (it == counters_.end()) return {ErrorCode::UnknownCounter, counter_label(counter) + " does not exist"};
  if (it->second.open) {
    if (it->second.clerk == who.actor.name) return Events{};  // signing in again at one's own counter
    return {ErrorCode::CounterOccupied, counter_label(counter) + " is open for " + it->second.clerk};
  }
  return Events{event(now, who.actor, CounterOpened{counter, who.actor.name})};
}

Result<Events> OfficeQueue::close_counter(CounterId counter, const CounterActor& who, TimePoint now) const {
  auto state = acting_counter(counter, who);
  if (!state) return state.error();
  if ((*state)->current)
    return {ErrorCode::CounterBusy, counter_label(counter) + " still has a ticket; finish, park or transfer it first"};
  // Tickets transferred to this counter would wait for it forever: they go back to their service's queue.
  Events events;
  for (const auto& [id, t] : tickets_)
    if (t.status == TicketStatus::Waiting && t.target_counter == counter)
      events.push_back(event(now, who.actor,
                             TicketTransferred{id, t.service(), std::nullopt, t.service(), std::nullopt, t.transfer_note}));
  events.push_back(event(now, who.actor, CounterClosed{counter}));
  return events;
}

Result<Events> OfficeQueue::start_break(CounterId counter, const std::string& reason, const CounterActor& who,
                                        TimePoint now) const {
  auto state = acting_counter(counter, who);
  if (!state) return state.error();
  if ((*state)->break_since) return Events{};
  if ((*state)->current)
    return {ErrorCode::CounterBusy, counter_label(counter) + " still has a ticket; finish, park or transfer it first"};
  const auto& reasons = config_.break_reasons;
  if (std::find(reasons.begin(), reasons.end(), reason) == reasons.end()) {
    std::string known;
    for (const auto& id : reasons) known += (known.empty() ? "" : ", ") + id;
    return {ErrorCode::InvalidArgument, "unknown break reason \"" + reason + "\"; this office has: " + known};
  }
  return Events{event(now, who.actor, CounterBreakStarted{counter, reason})};
}

Result<Events> OfficeQueue::end_break(CounterId counter, const CounterActor& who, TimePoint now) const {
  auto state = acting_counter(counter, who);
  if (!state) return state.error();
  if (!(*state)->break_since) return Events{};
  return Events{event(now, who.actor, CounterBreakEnded{counter})};
}

std::vector<std::pair<ServiceId, int>> OfficeQueue::left_unstaffed_without(CounterId leaving) const {
  const auto callable_by_another = [&](const Ticket& t) {
    return std::any_of(counters_.begin(), counters_.end(), [&](const auto& entry) {
      const auto& [id, state] = entry;
      const Counter* counter = catalog_->find_counter(id);
      return id != leaving && state.calling() && counter != nullptr && counter->serves(t.service()) &&
             (!t.target_counter || *t.target_counter == id);
    });
  };
  std::map<ServiceId, int> waiting;
  for (const auto& [id, t] : tickets_)
    if (t.status == TicketStatus::Waiting && !callable_by_another(t)) ++waiting[t.service()];
  std::vector<std::pair<ServiceId, int>> left;
  for (const Service& service : catalog_->services)  // in the office's order
    if (const auto it = waiting.find(service.id); it != waiting.end()) left.emplace_back(service.id, it->second);
  return left;
}

std::optional<DomainError> OfficeQueue::staffing_check(CounterId leaving, bool confirmed) const {
  const auto left = left_unstaffed_without(leaving);
  if (left.empty() || (confirmed && config_.when_unstaffed == UnstaffedRule::Warn)) return std::nullopt;
  std::string services;
  for (const auto& [service, count] : left)
    services += (services.empty() ? "" : ", ") + catalog_->find_service(service)->names.at("de") + " (" +
                std::to_string(count) + " waiting)";
  const std::string what = "no other counter would call " + services;
  if (config_.when_unstaffed == UnstaffedRule::Refuse)
    return DomainError{ErrorCode::ServiceUnstaffed, what + "; this office does not allow that"};
  return DomainError{ErrorCode::ServiceUnstaffed, what + "; confirm to go ahead anyway"};
}

Result<Events> OfficeQueue::raise_alarm(CounterId counter, const Actor& who, TimePoint now) const {
  const auto it = counters_.find(counter);
  if (it == counters_.end()) return {ErrorCode::UnknownCounter, counter_label(counter) + " does not exist"};
  if (it->second.alarm_since) return Events{};
  return Events{event(now, who, CounterAlarmRaised{counter})};
}

Result<Events> OfficeQueue::acknowledge_alarm(CounterId counter, const Actor& who, TimePoint now) const {
  const auto it = counters_.find(counter);
  if (it == counters_.end()) return {ErrorCode::UnknownCounter, counter_label(counter) + " does not exist"};
  if (!it->second.alarm_since) return Events{};
  return Events{event(now, who, CounterAlarmAcknowledged{counter})};
}

Result<Events> OfficeQueue::call_next(CounterId counter, const CounterActor& who, TimePoint now) const {
  auto state = acting_counter(counter, who);
  if (!state) return state.error();
  if ((*state)->current) return {ErrorCode::CounterBusy, counter_label(counter) + " still has a current ticket"};
  if ((*state)->break_since) return {ErrorCode::CounterOnBreak, counter_label(counter) + " is on a break"};
  const auto candidates = waiting_candidates();
  const auto picked = policy_.pick(*catalog_->find_counter(counter), candidates, now);
  if (!picked) return Events{};
  return Events{event(now, who.actor, TicketCalled{candidates[*picked].ticket, counter})};
}

Result<Events> OfficeQueue::call(CounterId counter, TicketId ticket_id, const CounterActor& who,
                                 TimePoint now) const {
  auto state = acting_counter(counter, who);
  if (!state) return state.error();
  if ((*state)->current) return {ErrorCode::CounterBusy, counter_label(counter) + " still has a current ticket"};
  if ((*state)->break_since) return {ErrorCode::CounterOnBreak, counter_label(counter) + " is on a break"};
  auto t = ticket(ticket_id);
  if (!t) return t.error();
  const Ticket& target = **t;
  if (target.status == TicketStatus::Called || target.status == TicketStatus::Serving)
    return {ErrorCode::TicketAlreadyCalled, ticket_label(ticket_id) + " is already at a counter"};
  if (is_final(target.status)) return {ErrorCode::TicketFinished, ticket_label(ticket_id) + " is already finished"};
  if (target.status != TicketStatus::Waiting && target.status != TicketStatus::Parked)
    return {ErrorCode::TicketNotWaiting, ticket_label(ticket_id) + " is not waiting; reactivate it first"};
  if (target.status == TicketStatus::Waiting && target.target_counter && *target.target_counter != counter)
    return {ErrorCode::CounterDoesNotServe, ticket_label(ticket_id) + " was transferred to " +
                                                catalog_->find_counter(*target.target_counter)->name};
  // A parked ticket can be called back by the counter that parked it; otherwise the counter must
  // serve the ticket's service.
  const bool own_parked = target.status == TicketStatus::Parked && target.counter == counter;
  if (!own_parked && !catalog_->find_counter(counter)->serves(target.service()))
    return {ErrorCode::CounterDoesNotServe, counter_label(counter) + " does not serve this ticket's service"};
  return Events{event(now, who.actor, TicketCalled{ticket_id, counter})};
}

Result<Events> OfficeQueue::recall(CounterId counter, const CounterActor& who, TimePoint now) const {
  auto t = current_ticket(counter, who);
  if (!t) return t.error();
  const Ticket& current = **t;
  if (current.status != TicketStatus::Called)
    return {ErrorCode::TicketNotCalled, "only a called ticket can be recalled; this one is being served"};
  const TimePoint last_call = *current.last_called_at;
  if (recall_wait(counter, now) > std::chrono::seconds{0})
    return {ErrorCode::RecallTooSoon, "the ticket was called " + std::to_string((now - last_call).count()) +
                                          " s ago; wait a moment before recalling"};
  if (current.recalls >= config_.max_recalls)
    return Events{event(now, who.actor, TicketNoShow{current.id, counter, NoShowReason::RecallLimit})};
  return Events{event(now, who.actor, TicketRecalled{current.id, counter, current.recalls + 1})};
}

std::optional<std::chrono::seconds> OfficeQueue::recall_wait(CounterId counter, TimePoint now) const {
  const auto state = counters_.find(counter);
  if (state == counters_.end() || !state->second.current) return std::nullopt;
  const Ticket& current = tickets_.at(*state->second.current);
  if (current.status != TicketStatus::Called) return std::nullopt;
  const auto since_call = std::chrono::duration_cast<std::chrono::seconds>(now - *current.last_called_at);
  return std::max(std::chrono::seconds{0}, config_.recall_cooldown - since_call);
}

Result<Events> OfficeQueue::start(CounterId counter, const CounterActor& who, TimePoint now) const {
  auto t = current_ticket(counter, who);
  if (!t) return t.error();
  if ((*t)->status != TicketStatus::Called) return {ErrorCode::TicketNotCalled, "service has already started"};
  return Events{event(now, who.actor, ServiceStarted{(*t)->id, counter})};
}

namespace {

// Finishing or transferring straight from "called" is allowed: many clerks never press start; the
// service then counts from the call.
std::int64_t served_seconds(const Ticket& t, TimePoint now) {
  return (now - t.serving_since.value_or(*t.called_at)).count();
}

}  // namespace

Result<Events> OfficeQueue::finish(CounterId counter, const CounterActor& who, TimePoint now,
                                   ServiceOutcome outcome) const {
  auto t = current_ticket(counter, who);
  if (!t) return t.error();
  const Ticket& current = **t;
  const bool stays = current.has_next_service() &&
                     catalog_->find_counter(counter)->serves(current.services[current.current_service + 1]);
  return Events{event(now, who.actor,
                      ServiceFinished{current.id, counter, current.service(), served_seconds(current, now), outcome,
                                      stays})};
}

Result<Events> OfficeQueue::no_show(CounterId counter, const CounterActor& who, TimePoint now) const {
  auto t = current_ticket(counter, who);
  if (!t) return t.error();
  if ((*t)->status != TicketStatus::Called)
    return {ErrorCode::TicketNotCalled, "the citizen is already being served; finish or park instead"};
  return Events{event(now, who.actor, TicketNoShow{(*t)->id, counter, NoShowReason::Clerk})};
}

Result<Events> OfficeQueue::park(CounterId counter, const CounterActor& who, TimePoint now) const {
  auto t = current_ticket(counter, who);
  if (!t) return t.error();
  return Events{event(now, who.actor, TicketParked{(*t)->id, counter})};
}

Result<Events> OfficeQueue::transfer(CounterId counter, const TransferTarget& target, const CounterActor& who,
                                     TimePoint now) const {
  auto t = current_ticket(counter, who);
  if (!t) return t.error();
  if (!target.service && !target.counter)
    return {ErrorCode::InvalidArgument, "a transfer needs a service_id or a counter_id"};
  const ServiceId service = target.service.value_or((*t)->service());
  const Service* to_service = catalog_->find_service(service);
  if (!to_service) return {ErrorCode::UnknownService, "service " + std::to_string(service.value) + " does not exist"};
  if (!to_service->active) return {ErrorCode::ServiceUnavailable, to_service->name("de") + " is not offered today"};
  if (target.counter) {
    const Counter* to_counter = catalog_->find_counter(*target.counter);
    if (!to_counter) return {ErrorCode::UnknownCounter, counter_label(*target.counter) + " does not exist"};
    if (!to_counter->serves(service))
      return {ErrorCode::CounterDoesNotServe, to_counter->name + " does not serve " + to_service->name("de")};
    if (*target.counter == counter)
      return {ErrorCode::InvalidArgument, "a ticket cannot be transferred to the counter it is at"};
  }
  if (target.note && utf8_characters(*target.note) > kTransferNoteMaxChars)
    return {ErrorCode::InvalidArgument,
            "a transfer note holds at most " + std::to_string(kTransferNoteMaxChars) + " characters"};
  const Ticket& current = **t;
  auto note = target.note;
  if (note && note->find_first_not_of(" \t\r\n") == std::string::npos) note.reset();
  return Events{event(now, who.actor,
                      TicketTransferred{current.id, service, target.counter, current.service(),
                                        served_seconds(current, now), std::move(note)})};
}

Result<Events> OfficeQueue::reactivate(CounterId counter, TicketId ticket_id, const CounterActor& who,
                                       TimePoint now) const {
  if (auto state = acting_counter(counter, who); !state) return state.error();
  auto t = ticket(ticket_id);
  if (!t) return t.error();
  if ((*t)->status != TicketStatus::NoShow && (*t)->status != TicketStatus::Parked)
    return {ErrorCode::TicketNotReactivatable, "only a no-show or parked ticket can be reactivated"};
  return Events{event(now, who.actor, TicketReactivated{ticket_id})};
}

Result<Events> OfficeQueue::cancel(TicketId ticket_id, const Actor& actor, TimePoint now) const {
  auto t = ticket(ticket_id);
  if (!t) return t.error();
  switch ((*t)->status) {
    case TicketStatus::Waiting:
    case TicketStatus::Called:
    case TicketStatus::Parked:
    case TicketStatus::NoShow:
      return Events{event(now, actor, TicketCancelled{ticket_id, CancelReason::Citizen})};
    case TicketStatus::Serving:
      return {ErrorCode::TicketAlreadyCalled, "the citizen is being served"};
    case TicketStatus::Done:
    case TicketStatus::Cancelled:
      break;
  }
  return {ErrorCode::TicketFinished, ticket_label(ticket_id) + " is already finished"};
}

Result<const Ticket*> OfficeQueue::postponable(TicketId ticket_id) const {
  auto t = ticket(ticket_id);
  if (!t) return t.error();
  const Ticket& target = **t;
  if (is_final(target.status)) return {ErrorCode::TicketFinished, ticket_label(ticket_id) + " is already finished"};
  if (target.status != TicketStatus::Waiting)
    return {ErrorCode::TicketNotWaiting, "only a waiting ticket can be postponed"};
  if (target.postponements >= config_.max_postponements)
    return {ErrorCode::PostponeLimitReached,
            "a ticket can be postponed at most " + std::to_string(config_.max_postponements) + " times"};
  if (target.appointment_time && target.current_service == 0)
    return {ErrorCode::InvalidArgument, "an appointment keeps its time and cannot be postponed"};
  // The calling policy takes these first whatever their rank: letting others pass would change
  // nothing (and use up a postponement).
  if (target.priority) return {ErrorCode::InvalidArgument, "a priority ticket is called first and cannot be postponed"};
  if (target.target_counter)
    return {ErrorCode::InvalidArgument, "a ticket transferred to a counter is called there first and cannot be postponed"};
  return &target;
}

bool OfficeQueue::lets_pass(const Ticket& target, const Ticket& other) {
  // Priority tickets and due appointments are called first anyway: they are not places to let pass.
  const bool walk_in = !other.priority && !(other.appointment_time && other.current_service == 0);
  return other.id != target.id && other.status == TicketStatus::Waiting && other.service() == target.service() &&
         walk_in && RankPlace{other.rank_time, other.rank_tiebreak} > RankPlace{target.rank_time, target.rank_tiebreak};
}

bool OfficeQueue::can_postpone(TicketId ticket_id) const {
  const auto target = postponable(ticket_id);
  if (!target) return false;
  // Newer tickets mostly stand behind: looking from the newest finds one soonest.
  return std::any_of(tickets_.rbegin(), tickets_.rend(),
                     [&](const auto& entry) { return lets_pass(**target, entry.second); });
}

Result<Events> OfficeQueue::postpone(TicketId ticket_id, int places, const Actor& actor, TimePoint now) const {
  if (auto t = ticket(ticket_id);
      t && (*t)->status == TicketStatus::Waiting && (places < 1 || places > config_.max_postpone_places))
    return {ErrorCode::InvalidArgument,
            "places must be between 1 and " + std::to_string(config_.max_postpone_places)};
  const auto target = postponable(ticket_id);
  if (!target) return target.error();
  // The walk-ins of the same service that now stand behind this ticket, in rank order.
  std::vector<RankPlace> behind;
  for (const auto& [id, other] : tickets_)
    if (lets_pass(**target, other)) behind.emplace_back(other.rank_time, other.rank_tiebreak);
  if (behind.empty()) return {ErrorCode::InvalidArgument, "nobody is waiting behind this ticket"};
  std::sort(behind.begin(), behind.end());
  const auto moved = std::min<std::size_t>(static_cast<std::size_t>(places), behind.size());
  // Right behind the last ticket it lets pass: same time, a tiebreak between that ticket and the next.
  const RankPlace passed = behind[moved - 1];
  const bool next_same_time = moved < behind.size() && behind[moved].first == passed.first;
  const double tiebreak = next_same_time ? (passed.second + behind[moved].second) / 2 : passed.second + 0.5;
  return Events{event(now, actor, TicketPostponed{ticket_id, static_cast<int>(moved), passed.first, tiebreak})};
}

Events OfficeQueue::close_day(TimePoint now) const {
  Events events;
  if (config_.end_of_day != EndOfDayRule::CancelWaiting) return events;
  for (const auto& [id, t] : tickets_)
    if (t.status == TicketStatus::Waiting || t.status == TicketStatus::Parked)
      events.push_back(event(now, Actor{Actor::Kind::System, {}}, TicketCancelled{id, CancelReason::EndOfDay}));
  return events;
}

// ---------------------------------------------------------------------------------------------
// apply

Ticket& OfficeQueue::mutable_ticket(TicketId id) {
  const auto it = tickets_.find(id);
  // Events come from this queue's own commands or from the store of this day: a miss is a bug.
  if (it == tickets_.end()) throw std::logic_error("event for unknown " + ticket_label(id));
  return it->second;
}

// Applying never fails on a counter the catalog no longer has: the stored day may be older than
// today's configuration. The state is kept so that references_outside_catalog() can name it.
CounterState& OfficeQueue::counter_state(CounterId id) {
  return counters_.try_emplace(id, closed_counter(id)).first->second;
}

void OfficeQueue::release_counter(const Ticket& t) {
  if (!t.counter) return;
  auto& state = counter_state(*t.counter);
  if (state.current == t.id) state.current.reset();
}

void OfficeQueue::remember_call(const Ticket& t, CounterId counter, TimePoint at, bool recall) {
  recent_calls_.push_back({t.id, t.number, counter, at, recall, t.service()});
  while (recent_calls_.size() > config_.recent_calls_kept) recent_calls_.pop_front();
}

void OfficeQueue::apply(const Event& e) {
  std::visit(
      Overloaded{
          [&](const TicketIssued& issued) {
            Ticket t;
            t.id = issued.ticket;
            t.token = issued.token;
            t.number = issued.number;
            t.services = issued.services;
            t.priority = issued.priority;
            t.language = issued.language;
            t.appointment_code = issued.appointment_code;
            t.appointment_time = issued.appointment_time;
            t.arrived_at = t.queued_at = t.rank_time = e.at;
            t.rank_tiebreak = static_cast<double>(t.id.value);
            numbering_.observe(issued.number);
            next_ticket_id_ = TicketId{std::max(next_ticket_id_.value, issued.ticket.value + 1)};
            by_token_[t.token] = t.id;
            if (t.appointment_code) by_appointment_[*t.appointment_code] = t.id;
            tickets_.insert_or_assign(t.id, std::move(t));
          },
          [&](const TicketCalled& called) {
            Ticket& t = mutable_ticket(called.ticket);
            t.status = TicketStatus::Called;
            t.counter = called.counter;
            t.called_at = t.last_called_at = e.at;
            t.serving_since.reset();
            t.target_counter.reset();
            t.recalls = 0;
            counter_state(called.counter).current = t.id;
            remember_call(t, called.counter, e.at, false);
          },
          [&](const TicketRecalled& recalled) {
            Ticket& t = mutable_ticket(recalled.ticket);
            t.recalls = recalled.recall_count;
            t.last_called_at = e.at;
            remember_call(t, recalled.counter, e.at, true);
          },
          [&](const ServiceStarted& started) {
            Ticket& t = mutable_ticket(started.ticket);
            t.status = TicketStatus::Serving;
            t.serving_since = e.at;
          },
          [&](const ServiceFinished& finished) {
            Ticket& t = mutable_ticket(finished.ticket);
            t.transfer_note.reset();  // it was for the clerk who has now served it
            if (finished.stays_at_counter && t.has_next_service()) {
              // The same clerk goes on with the next service: no queue, no call, no wait.
              ++t.current_service;
              t.status = TicketStatus::Serving;
              t.serving_since = e.at;
              return;
            }
            release_counter(t);
            t.counter.reset();
            t.called_at.reset();
            t.serving_since.reset();
            if (t.has_next_service()) {
              // On to the next service's queue, keeping the number and the seniority of arrival.
              ++t.current_service;
              t.status = TicketStatus::Waiting;
              t.queued_at = e.at;
              t.rank_time = t.arrived_at;
              t.rank_tiebreak = static_cast<double>(t.id.value);
            } else {
              t.status = TicketStatus::Done;
              t.finished_at = e.at;
            }
          },
          [&](const TicketNoShow& no_show) {
            Ticket& t = mutable_ticket(no_show.ticket);
            release_counter(t);
            t.status = TicketStatus::NoShow;
            t.counter.reset();
          },
          [&](const TicketParked& parked) {
            Ticket& t = mutable_ticket(parked.ticket);
            release_counter(t);
            t.status = TicketStatus::Parked;
            t.serving_since.reset();
          },
          [&](const TicketTransferred& transferred) {
            Ticket& t = mutable_ticket(transferred.ticket);
            release_counter(t);
            t.services[t.current_service] = transferred.to_service;
            t.status = TicketStatus::Waiting;
            t.counter.reset();
            t.called_at.reset();
            t.serving_since.reset();
            t.target_counter = transferred.to_counter;
            t.transfer_note = transferred.note;
            t.queued_at = e.at;
            t.rank_time = t.arrived_at;
            t.rank_tiebreak = static_cast<double>(t.id.value);
          },
          [&](const TicketReactivated& reactivated) {
            Ticket& t = mutable_ticket(reactivated.ticket);
            t.status = TicketStatus::Waiting;
            t.counter.reset();
            t.called_at.reset();
            t.recalls = 0;
          },
          [&](const TicketCancelled& cancelled) {
            Ticket& t = mutable_ticket(cancelled.ticket);
            release_counter(t);
            t.status = TicketStatus::Cancelled;
            t.cancel_reason = cancelled.reason;
            t.counter.reset();
            t.finished_at = e.at;
          },
          [&](const TicketPostponed& postponed) {
            Ticket& t = mutable_ticket(postponed.ticket);
            t.rank_time = postponed.new_rank_time;
            t.rank_tiebreak = postponed.new_rank_tiebreak;
            ++t.postponements;
          },
          [&](const CounterOpened& opened) {
            auto& state = counter_state(opened.counter);
            state.open = true;
            state.clerk = opened.clerk;
          },
          [&](const CounterClosed& closed) {
            auto& state = counter_state(closed.counter);
            state.open = false;
            state.clerk.clear();
            state.break_since.reset();  // closing ends a break
            state.break_reason.clear();
          },
          [&](const CounterBreakStarted& started) {
            auto& state = counter_state(started.counter);
            state.break_since = e.at;
            state.break_reason = started.reason;
          },
          [&](const CounterBreakEnded& ended) {
            auto& state = counter_state(ended.counter);
            state.break_since.reset();
            state.break_reason.clear();
          },
          [&](const CounterAlarmRaised& raised) {
            auto& state = counter_state(raised.counter);
            state.alarm_since = e.at;
            state.alarm_raised_by = e.actor.name;
          },
          [&](const CounterAlarmAcknowledged& acknowledged) {
            auto& state = counter_state(acknowledged.counter);
            state.alarm_since.reset();
            state.alarm_raised_by.clear();
          },
      },
      e.body);
}

}  // namespace civiq::domain
