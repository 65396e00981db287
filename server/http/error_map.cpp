#include "error_map.hpp"

namespace civiq::http {

HttpError map_error(domain::ErrorCode code) {
  using E = domain::ErrorCode;
  switch (code) {
    case E::InvalidArgument: return {400, "invalid_argument"};
    case E::UnknownService: return {404, "unknown_service"};
    case E::UnknownCounter: return {404, "unknown_counter"};
    case E::UnknownTicket: return {404, "unknown_ticket"};
    case E::UnknownAppointment: return {404, "unknown_appointment"};
    case E::ServiceUnavailable: return {409, "service_unavailable"};
    case E::CounterClosed: return {409, "counter_closed"};
    case E::CounterBusy: return {409, "counter_busy"};
    case E::CounterOccupied: return {409, "counter_occupied"};
    case E::CounterIdle: return {409, "counter_idle"};
    case E::CounterDoesNotServe: return {409, "counter_does_not_serve"};
    case E::TicketNotWaiting: return {409, "ticket_not_waiting"};
    case E::TicketAlreadyCalled: return {409, "ticket_already_called"};
    case E::TicketNotCalled: return {409, "ticket_not_called"};
    case E::TicketNotServing: return {409, "ticket_not_serving"};
    case E::TicketNotReactivatable: return {409, "ticket_not_reactivatable"};
    case E::TicketFinished: return {409, "ticket_finished"};
    case E::RecallTooSoon: return {409, "recall_too_soon"};
    case E::PostponeLimitReached: return {409, "postpone_limit_reached"};
    case E::OfficeClosed: return {409, "office_closed"};
    case E::AppointmentAlreadyCheckedIn: return {409, "appointment_already_checked_in"};
    case E::AppointmentNotToday: return {409, "appointment_not_today"};
    case E::CheckInTooEarly: return {409, "check_in_too_early"};
    case E::CheckInTooLate: return {409, "check_in_too_late"};
    case E::DuplicateTicketNumber: return {409, "duplicate_ticket_number"};
  }
  return {500, "internal"};
}

}  // namespace civiq::http
