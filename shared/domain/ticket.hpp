// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A ticket is one visit: a number, the services the citizen needs in order, and where it stands.
// Invariants: current_service < services.size(); counter is set exactly when status is Called or
// Serving (and for Parked, the counter that parked it); arrived_at never changes after issue.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "berlin_time.hpp"
#include "ids.hpp"
#include "ticket_numbering.hpp"

namespace civiq::domain {

enum class TicketStatus { Waiting, Called, Serving, Done, NoShow, Cancelled, Parked };

[[nodiscard]] constexpr bool is_final(TicketStatus status) {
  return status == TicketStatus::Done || status == TicketStatus::Cancelled;
}

enum class CancelReason { Citizen, EndOfDay };

struct Ticket {
  TicketId id;
  std::string token;  // unguessable live-ticket key, made by the caller (domain has no randomness)
  TicketNumber number;
  std::vector<ServiceId> services;  // in the order they will be served
  std::size_t current_service = 0;
  TicketStatus status = TicketStatus::Waiting;
  bool priority = false;
  std::string language = "de";
  std::optional<std::string> appointment_code;
  std::optional<TimePoint> appointment_time;

  TimePoint arrived_at;   // kept through transfers and next services: what the citizen has waited
  TimePoint queued_at;    // entered the current service's queue (issue, transfer, next service)
  TimePoint rank_time;    // ordering key among walk-ins; later than queued_at after a postpone
  double rank_tiebreak = 0.0;  // orders equal rank_times: the id at issue, fractional after a postpone
  std::optional<CounterId> target_counter;  // transferred to one specific counter
  std::optional<std::string> transfer_note;  // from the clerk who transferred it, until its service ends
  std::optional<CounterId> counter;         // called to / served at / parked by
  std::optional<TimePoint> called_at;       // first call to the current counter
  std::optional<TimePoint> last_called_at;  // latest call or recall
  std::optional<TimePoint> serving_since;
  std::optional<TimePoint> finished_at;
  int recalls = 0;
  int postponements = 0;
  std::optional<CancelReason> cancel_reason;

  [[nodiscard]] ServiceId service() const { return services.at(current_service); }
  [[nodiscard]] bool has_next_service() const { return current_service + 1 < services.size(); }
};

}  // namespace civiq::domain
