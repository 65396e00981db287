// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "views.hpp"

#include "domain/opening_state.hpp"

#include <algorithm>

#include "ticket_state_json.hpp"

namespace civiq::app {
namespace {

using domain::TicketStatus;

std::optional<domain::WaitEstimate> estimate_of(OfficeService& office, const domain::Ticket& t, TimePoint now) {
  if (t.status != TicketStatus::Waiting) return std::nullopt;
  const auto& estimates = office.estimates(now);
  const auto it = estimates.find(t.id);
  return it == estimates.end() ? std::nullopt : std::optional(it->second);
}

// Whether a calling counter (open, clerk not on a break) offers the service now: without one, nobody
// can promise a wait for it.
bool service_open(const domain::OfficeQueue& queue, domain::ServiceId service) {
  return std::any_of(queue.counters().begin(), queue.counters().end(), [&](const auto& entry) {
    const domain::Counter* counter = queue.catalog().find_counter(entry.first);
    return entry.second.calling() && counter != nullptr && counter->serves(service);
  });
}

// The wait as clients get it: a point and a range while an open counter can call the ticket, and
// nothing but "closed" while none can (a time would be a promise nobody is there to keep).
struct WaitFields {
  std::optional<std::int64_t> estimated_s, low_s, high_s;
  bool open = false;
};

WaitFields wait_fields(const std::optional<domain::WaitEstimate>& estimate) {
  if (!estimate || estimate->no_open_counter) return {};
  return {estimate->estimated_wait.count(), estimate->wait_low.count(), estimate->wait_high.count(), true};
}

// Waiting ends when the ticket is called (or finished or cancelled without a call); a ticket that
// goes back to waiting (transfer, next service) waits again from its arrival. One rule for the live
// ticket and the clerks' lists.
std::int64_t waited_s(const domain::Ticket& t, TimePoint now) {
  const TimePoint waited_until = t.called_at.value_or(t.finished_at.value_or(now));
  return std::max<std::int64_t>(0, (waited_until - t.arrived_at).count());
}

std::string end_of_day_message(const std::string& language) {
  if (language == "en") return "The office has closed for today. Please come again on another day.";
  if (language == "pl") return "Urząd jest dziś już zamknięty. Prosimy przyjść innego dnia.";
  if (language == "cs") return "Úřad je dnes již zavřený. Přijďte prosím jiný den.";
  return "Das Bürgerbüro hat für heute geschlossen. Bitte kommen Sie an einem anderen Tag wieder.";
}

}  // namespace

protocol::TicketView ticket_view(OfficeService& office, const domain::Ticket& t, TimePoint now) {
  const auto& catalog = office.queue().catalog();
  protocol::TicketView view;
  view.number = office.queue().number_text(t.number);
  view.service_id = t.service();
  view.service = catalog.find_service(t.service())->name(t.language);
  view.status = ticket_status_name(t.status);
  const auto estimate = estimate_of(office, t, now);
  if (estimate) {
    view.position = estimate->position;
    view.waiting_total = estimate->waiting_total;
  }
  if (t.status == TicketStatus::Waiting) {
    const WaitFields wait = wait_fields(estimate);
    view.estimated_wait_s = wait.estimated_s;
    view.wait_low_s = wait.low_s;
    view.wait_high_s = wait.high_s;
    view.service_open = wait.open;
    if (const auto opening = opening_status(office, now); !opening.open) view.opens_at = opening.opens_next;
  }
  view.waited_s = waited_s(t, now);
  if (t.counter && (t.status == TicketStatus::Called || t.status == TicketStatus::Serving)) {
    view.counter_id = t.counter;
    view.counter = catalog.find_counter(*t.counter)->name;
  }
  if (t.cancel_reason == domain::CancelReason::EndOfDay) view.message = end_of_day_message(t.language);
  view.language = t.language;
  view.office = catalog.office_name;
  view.updated_at = now;
  view.can_postpone = t.status == TicketStatus::Waiting && office.queue().can_postpone(t.id);
  view.time_speed = office.time_speed();
  return view;
}

protocol::IssuedTicket issued_ticket(OfficeService& office, const domain::Ticket& t, TimePoint now) {
  const auto estimate = estimate_of(office, t, now);
  const WaitFields wait = wait_fields(estimate);
  return {t.id,
          office.queue().number_text(t.number),
          t.token,
          t.service(),
          estimate ? std::optional(estimate->position) : std::nullopt,
          wait.estimated_s,
          office.config().public_base_url + "/t/" + t.token,
          wait.low_s,
          wait.high_s,
          wait.open};
}

protocol::QueueEntry queue_entry(OfficeService& office, const domain::Ticket& t, TimePoint now) {
  const auto estimate = estimate_of(office, t, now);
  const bool visit = t.services.size() > 1;
  return {t.id,
          office.queue().number_text(t.number),
          t.service(),
          ticket_status_name(t.status),
          estimate ? std::optional(estimate->position) : std::nullopt,
          estimate ? std::optional(estimate->estimated_wait.count()) : std::nullopt,
          waited_s(t, now),
          t.priority,
          t.appointment_code.has_value(),
          t.appointment_code,
          t.counter,
          t.transfer_note,
          visit ? std::optional(t.services) : std::nullopt,
          visit ? std::optional(static_cast<int>(t.current_service)) : std::nullopt,
          t.recalls > 0 ? std::optional(t.recalls) : std::nullopt};
}

protocol::QueueView queue_view(OfficeService& office, TimePoint now) {
  protocol::QueueView view;
  for (const auto& [id, t] : office.queue().tickets())
    if (t.status == TicketStatus::Waiting || t.status == TicketStatus::Parked || t.status == TicketStatus::NoShow)
      view.tickets.push_back(queue_entry(office, t, now));
  // Calling order within each service: by position; parked and no-show after the waiting ones.
  std::stable_sort(view.tickets.begin(), view.tickets.end(), [](const auto& a, const auto& b) {
    return std::tuple(a.service_id, !a.position.has_value(), a.position.value_or(0)) <
           std::tuple(b.service_id, !b.position.has_value(), b.position.value_or(0));
  });
  return view;
}

protocol::CounterView counter_view(OfficeService& office, domain::CounterId id, TimePoint now) {
  const auto& queue = office.queue();
  const domain::Counter& counter = *queue.catalog().find_counter(id);
  const domain::CounterState& state = queue.counters().at(id);
  protocol::CounterView view{id, counter.name, {}, state.open, std::nullopt, std::nullopt, std::nullopt,
                             state.alarm_since, std::nullopt, std::nullopt, std::nullopt};
  if (state.alarm_since) view.alarm_raised_by = state.alarm_raised_by;
  if (state.break_since) {
    view.break_since = state.break_since;
    view.break_reason = state.break_reason;
  }
  for (const auto& [service, weight] : counter.services) view.service_ids.push_back(service);
  if (state.open) view.clerk = state.clerk;
  if (state.current) view.current = queue_entry(office, *queue.find(*state.current), now);
  if (const auto wait = queue.recall_wait(id, now)) view.recall_in_s = wait->count();
  return view;
}

protocol::CounterList counter_list(OfficeService& office, TimePoint now) {
  protocol::CounterList list;
  for (const auto& counter : office.queue().catalog().counters) list.counters.push_back(counter_view(office, counter.id, now));
  return list;
}

protocol::OpeningStatus opening_status(const OfficeService& office, TimePoint now) {
  // An office that does not enforce its hours takes citizens at any time, so it says "open".
  if (!office.queue().config().enforce_opening_hours) return {true, std::nullopt, std::nullopt};
  const auto state = domain::opening_state(office.queue().catalog().hours, now);
  return {state.open, state.closes_at, state.opens_next};
}

protocol::DisplayInfo display_info(OfficeService& office, const BranchConfig& config, TimePoint now) {
  protocol::DisplayInfo info{office.queue().catalog().office_name, std::nullopt, config.languages, {},
                             opening_status(office, now)};
  if (!config.display_info_line.empty()) info.info_line = config.display_info_line;
  for (auto counter : counter_list(office, now).counters) {
    counter.clerk.reset();  // a wall screen in the waiting room does not name the clerks
    counter.current.reset();
    counter.alarm_since.reset();  // nor show the person at the counter that help was called
    counter.alarm_raised_by.reset();
    info.counters.push_back(std::move(counter));
  }
  return info;
}

protocol::KioskInfo kiosk_info(const OfficeService& office, const BranchConfig& config, TimePoint now) {
  protocol::KioskInfo info{office.queue().catalog().office_name, config.languages, std::nullopt,
                           opening_status(office, now)};
  if (!config.kiosk_printer.empty()) info.printer = config.kiosk_printer;
  return info;
}

protocol::ServiceLoadList service_loads(OfficeService& office, TimePoint now) {
  protocol::ServiceLoadList loads;
  const auto& estimates = office.estimates(now);
  const auto& queue = office.queue();
  for (const auto& service : queue.catalog().services) {
    protocol::ServiceLoad load{service.id, 0, std::nullopt, std::nullopt, std::nullopt, service_open(queue, service.id)};
    // A citizen drawing a ticket now would wait about as long as the last one in line.
    const domain::WaitEstimate* last = nullptr;
    for (const auto& [id, estimate] : estimates) {
      if (queue.find(id)->service() != service.id) continue;
      ++load.waiting;
      if (!estimate.no_open_counter && (last == nullptr || estimate.estimated_wait > last->estimated_wait))
        last = &estimate;
    }
    if (*load.service_open) {
      const WaitFields wait = wait_fields(last ? std::optional(*last) : domain::WaitEstimate{});
      load.estimated_wait_s = wait.estimated_s;
      load.wait_low_s = wait.low_s;
      load.wait_high_s = wait.high_s;
    }
    loads.services.push_back(load);
  }
  return loads;
}

protocol::ServiceList service_list(OfficeService& office, const std::string& language, TimePoint now) {
  const auto loads = service_loads(office, now);
  protocol::ServiceList list;
  const auto& services = office.queue().catalog().services;
  for (std::size_t i = 0; i < services.size(); ++i) {
    const auto& s = services[i];
    const auto& load = loads.services[i];
    list.services.push_back({s.id, s.leika_id, s.prefix, s.name(language), s.names, s.active, load.waiting,
                             load.estimated_wait_s, load.wait_low_s, load.wait_high_s, load.service_open,
                             s.group(language), s.group_names});
  }
  return list;
}

protocol::CallNotice call_notice(const OfficeService& office, const domain::CallRecord& call) {
  const auto& queue = office.queue();
  return {queue.number_text(call.number), call.counter, queue.catalog().find_counter(call.counter)->name, call.at,
          call.recall, call.service};
}

protocol::CallsSnapshot calls_snapshot(OfficeService& office, TimePoint now) {
  protocol::CallsSnapshot snapshot;
  const auto& calls = office.queue().recent_calls();
  for (auto it = calls.rbegin(); it != calls.rend(); ++it) snapshot.recent_calls.push_back(call_notice(office, *it));
  snapshot.services = service_loads(office, now).services;
  return snapshot;
}

protocol::AppointmentList appointment_list(const OfficeService& office) {
  protocol::AppointmentList list;
  for (const auto& [code, a] : office.appointments()) {
    const domain::Ticket* ticket = office.queue().find_by_appointment(code);
    // A citizen who checked in keeps the ticket when the appointment is cancelled centrally later
    // (docs/sync.md): the list shows them checked in, not cancelled.
    list.appointments.push_back(
        {code, a.time, a.services, a.citizen_name, ticket ? "checked_in" : (a.cancelled ? "cancelled" : "booked"),
         ticket ? std::optional(office.queue().number_text(ticket->number)) : std::nullopt});
  }
  std::sort(list.appointments.begin(), list.appointments.end(),
            [](const auto& a, const auto& b) { return a.time < b.time; });
  return list;
}

protocol::Health health(const OfficeService& office, TimePoint now) {
  return {"ok", office.queue().catalog().office_name, office.config().office_id,
          domain::iso_date(office.queue().day()), protocol::kApiVersion, now, office.time_speed()};
}

}  // namespace civiq::app
