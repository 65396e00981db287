// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The mail to a citizen whose appointment a closure of the office's day cancelled: in the booking's
// language, the reason the office gave, the cancellation's words and calendar entry (METHOD:CANCEL,
// mail_texts.hpp) and the link to book again. A booking still awaiting its activation had no
// calendar entry, so its mail carries none. Thread rule: stateless.
#include <string>

#include "booking_store.hpp"
#include "county_config.hpp"

namespace civiq::central {

// `booking` as cancelled (status "cancelled", its calendar_sequence counted up).
[[nodiscard]] OutgoingMail closure_mail(const CountyConfig& county, const StoredBooking& booking,
                                        const std::string& reason, domain::TimePoint now);

}  // namespace civiq::central
