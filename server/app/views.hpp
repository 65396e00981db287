// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Builds the protocol's response and event bodies from the office's state. Pure reads of the state;
// run on the office worker thread like everything that touches OfficeService.
#include <string>

#include "branch_config.hpp"
#include "office_service.hpp"
#include "protocol/messages.hpp"

namespace civiq::app {

[[nodiscard]] protocol::TicketView ticket_view(OfficeService& office, const domain::Ticket& ticket, TimePoint now);
[[nodiscard]] protocol::IssuedTicket issued_ticket(OfficeService& office, const domain::Ticket& ticket, TimePoint now);
[[nodiscard]] protocol::QueueEntry queue_entry(OfficeService& office, const domain::Ticket& ticket, TimePoint now);
[[nodiscard]] protocol::QueueView queue_view(OfficeService& office, TimePoint now);
[[nodiscard]] protocol::CounterView counter_view(OfficeService& office, domain::CounterId id, TimePoint now);
[[nodiscard]] protocol::CounterList counter_list(OfficeService& office, TimePoint now);
[[nodiscard]] protocol::ServiceList service_list(OfficeService& office, const std::string& language, TimePoint now);
[[nodiscard]] protocol::ServiceLoadList service_loads(OfficeService& office, TimePoint now);
[[nodiscard]] protocol::CallNotice call_notice(const OfficeService& office, const domain::CallRecord& call);
[[nodiscard]] protocol::CallsSnapshot calls_snapshot(OfficeService& office, TimePoint now);
[[nodiscard]] protocol::AppointmentList appointment_list(const OfficeService& office);
[[nodiscard]] protocol::DisplayInfo display_info(OfficeService& office, const BranchConfig& config, TimePoint now);
[[nodiscard]] protocol::KioskInfo kiosk_info(const OfficeService& office, const BranchConfig& config, TimePoint now);
[[nodiscard]] protocol::OpeningStatus opening_status(const OfficeService& office, TimePoint now);
[[nodiscard]] protocol::Health health(const OfficeService& office, TimePoint now);

}  // namespace civiq::app
