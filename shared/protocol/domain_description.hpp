// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Boost.Describe descriptions of the domain's event types, kept out of the domain (which may not
// depend on Boost). They must sit in the domain's namespace for lookup to find them.
#include <boost/describe.hpp>

#include "domain/events.hpp"

namespace civiq::domain {

BOOST_DESCRIBE_ENUM(CancelReason, Citizen, EndOfDay)
BOOST_DESCRIBE_ENUM(NoShowReason, Clerk, RecallLimit)
BOOST_DESCRIBE_ENUM(ServiceOutcome, Served, NotServed)
BOOST_DESCRIBE_STRUCT(TicketNumber, (), (prefix, value))
BOOST_DESCRIBE_STRUCT(TicketIssued, (), (ticket, token, number, services, priority, language, appointment_code,
                                         appointment_time))
BOOST_DESCRIBE_STRUCT(TicketCalled, (), (ticket, counter))
BOOST_DESCRIBE_STRUCT(TicketRecalled, (), (ticket, counter, recall_count))
BOOST_DESCRIBE_STRUCT(ServiceStarted, (), (ticket, counter))
BOOST_DESCRIBE_STRUCT(ServiceFinished, (), (ticket, counter, service, served_s, outcome, stays_at_counter))
BOOST_DESCRIBE_STRUCT(TicketNoShow, (), (ticket, counter, reason))
BOOST_DESCRIBE_STRUCT(TicketParked, (), (ticket, counter))
BOOST_DESCRIBE_STRUCT(TicketTransferred, (), (ticket, to_service, to_counter, from_service, served_s, note))
BOOST_DESCRIBE_STRUCT(TicketReactivated, (), (ticket))
BOOST_DESCRIBE_STRUCT(TicketCancelled, (), (ticket, reason))
BOOST_DESCRIBE_STRUCT(TicketPostponed, (), (ticket, places, new_rank_time, new_rank_tiebreak))
BOOST_DESCRIBE_STRUCT(CounterOpened, (), (counter, clerk))
BOOST_DESCRIBE_STRUCT(CounterClosed, (), (counter))
BOOST_DESCRIBE_STRUCT(CounterAlarmRaised, (), (counter))
BOOST_DESCRIBE_STRUCT(CounterAlarmAcknowledged, (), (counter))
BOOST_DESCRIBE_STRUCT(CounterBreakStarted, (), (counter, reason))
BOOST_DESCRIBE_STRUCT(CounterBreakEnded, (), (counter))

}  // namespace civiq::domain
