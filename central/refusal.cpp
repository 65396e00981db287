// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "refusal.hpp"

namespace civiq::central {

Refusal refused(protocol::ErrorCode code, std::string message) {
  return {std::string(protocol::error_name(code)), protocol::http_status(code), std::move(message)};
}

Refusal refused(protocol::BookingError code, std::string message) {
  for (const auto& info : protocol::kBookingErrors)
    if (info.code == code) return {std::string(info.name), info.http_status, std::move(message)};
  return refused(protocol::ErrorCode::Internal, std::move(message));
}

Refusal invalid(std::string message) { return refused(protocol::ErrorCode::InvalidArgument, std::move(message)); }

}  // namespace civiq::central
