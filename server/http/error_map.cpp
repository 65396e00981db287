// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "error_map.hpp"

namespace civiq::http {

protocol::ErrorCode map_error(domain::ErrorCode code) {
  using P = protocol::ErrorCode;
  using E = domain::ErrorCode;
  switch (code) {
    case E::InvalidArgument: return P::InvalidArgument;
    case E::UnknownService: return P::UnknownService;
    case E::UnknownCounter: return P::UnknownCounter;
    case E::UnknownTicket: return P::UnknownTicket;
    case E::UnknownAppointment: return P::UnknownAppointment;
    case E::AppointmentCancelled: return P::AppointmentCancelled;
    case E::ServiceUnavailable: return P::ServiceUnavailable;
    case E::CounterClosed: return P::CounterClosed;
    case E::CounterOnBreak: return P::CounterOnBreak;
    case E::ServiceUnstaffed: return P::ServiceUnstaffed;
    case E::CounterBusy: return P::CounterBusy;
    case E::CounterOccupied: return P::CounterOccupied;
    case E::CounterIdle: return P::CounterIdle;
    case E::CounterDoesNotServe: return P::CounterDoesNotServe;
    case E::TicketNotWaiting: return P::TicketNotWaiting;
    case E::TicketAlreadyCalled: return P::TicketAlreadyCalled;
    case E::TicketNotCalled: return P::TicketNotCalled;
    case E::TicketNotReactivatable: return P::TicketNotReactivatable;
    case E::TicketFinished: return P::TicketFinished;
    case E::RecallTooSoon: return P::RecallTooSoon;
    case E::PostponeLimitReached: return P::PostponeLimitReached;
    case E::OfficeClosed: return P::OfficeClosed;
    case E::AppointmentAlreadyCheckedIn: return P::AppointmentAlreadyCheckedIn;
    case E::AppointmentNotToday: return P::AppointmentNotToday;
    case E::CheckInTooEarly: return P::CheckInTooEarly;
    case E::CheckInTooLate: return P::CheckInTooLate;
  }
  return P::Internal;
}

}  // namespace civiq::http
