// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The waitlist's mail, in German, English, Polish and Czech (German for any other language): an
// earlier slot is held for the citizen until a deadline; the link opens the page that claims it.
// Thread rule: stateless.
#include <string>

#include "booking_store.hpp"
#include "mail_texts.hpp"

namespace civiq::central {

// `booked`: the appointment they have; `offered`: the earlier one ("15.12.2026, 09:15"); `claim_by`:
// the local time the offer ends; `link`: the offer's page.
[[nodiscard]] OutgoingMail waitlist_offer_mail(const StoredBooking& booking, const AppointmentWords& booked,
                                               const std::string& offered, const std::string& claim_by,
                                               const std::string& link);

}  // namespace civiq::central
