// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "branch_facts.hpp"

namespace civiq::protocol {
namespace {

using namespace domain;

// The fields of one event body; the rest of a fact stays empty.
struct FactFields {
  BranchFact& fact;

  void operator()(const TicketIssued& e) const {
    fact.ticket = e.ticket.value;
    fact.service_ids = e.services;
    fact.appointment_code = e.appointment_code;
    fact.priority = e.priority;
  }
  void operator()(const TicketCalled& e) const { at_counter(e.ticket, e.counter); }
  void operator()(const TicketRecalled& e) const { at_counter(e.ticket, e.counter); }
  void operator()(const ServiceStarted& e) const { at_counter(e.ticket, e.counter); }
  void operator()(const ServiceFinished& e) const {
    at_counter(e.ticket, e.counter);
    fact.service_ids = {e.service};
    fact.served_s = e.served_s;
    fact.outcome = e.outcome == ServiceOutcome::Served ? "served" : "not_served";
  }
  void operator()(const TicketNoShow& e) const {
    at_counter(e.ticket, e.counter);
    fact.outcome = e.reason == NoShowReason::Clerk ? "clerk" : "recall_limit";
  }
  void operator()(const TicketParked& e) const { at_counter(e.ticket, e.counter); }
  void operator()(const TicketTransferred& e) const {  // never its note
    fact.ticket = e.ticket.value;
    if (e.to_counter) fact.counter = e.to_counter->value;
    fact.service_ids = {e.to_service};
    fact.served_s = e.served_s;
  }
  void operator()(const TicketReactivated& e) const { fact.ticket = e.ticket.value; }
  void operator()(const TicketCancelled& e) const {
    fact.ticket = e.ticket.value;
    fact.outcome = e.reason == CancelReason::Citizen ? "citizen" : "end_of_day";
  }
  void operator()(const TicketPostponed& e) const { fact.ticket = e.ticket.value; }
  void operator()(const CounterOpened& e) const { fact.counter = e.counter.value; }  // never the clerk's name
  void operator()(const CounterClosed& e) const { fact.counter = e.counter.value; }
  void operator()(const CounterAlarmRaised& e) const { fact.counter = e.counter.value; }
  void operator()(const CounterAlarmAcknowledged& e) const { fact.counter = e.counter.value; }
  void operator()(const CounterBreakStarted& e) const { fact.counter = e.counter.value; }  // never the reason
  void operator()(const CounterBreakEnded& e) const { fact.counter = e.counter.value; }

  void at_counter(TicketId ticket, CounterId counter) const {
    fact.ticket = ticket.value;
    fact.counter = counter.value;
  }
};

}  // namespace

BranchFact fact_of(const std::string& instance, std::int64_t seq, const std::string& office_day,
                   const domain::Event& event) {
  BranchFact fact;
  fact.instance = instance;
  fact.seq = seq;
  fact.type = event_type_name(event.body);
  fact.at = event.at;
  fact.office_day = office_day;
  std::visit(FactFields{fact}, event.body);
  return fact;
}

}  // namespace civiq::protocol
