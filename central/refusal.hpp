// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A refusal: what central booking answers instead of doing what was asked. The codes are those of
// the wire protocol (shared/protocol/error_code.hpp for the general ones, booking_messages.hpp for
// booking's own), so the name and HTTP status of each are spelled in one place.
#include <string>

#include "protocol/booking_messages.hpp"
#include "protocol/error_code.hpp"

namespace civiq::central {

// An error code's wire name with its HTTP status, and words for people.
struct Refusal {
  std::string error;
  int status = 400;
  std::string message;
};

[[nodiscard]] Refusal refused(protocol::ErrorCode code, std::string message);
[[nodiscard]] Refusal refused(protocol::BookingError code, std::string message);
// A request field that is malformed or out of range (400 invalid_argument).
[[nodiscard]] Refusal invalid(std::string message);

}  // namespace civiq::central
