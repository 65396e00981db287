// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "json_responses.hpp"

namespace civiq::net {

HttpResponse error_response(protocol::ErrorCode code, std::string message, std::optional<domain::TimePoint> at) {
  return json_response(protocol::http_status(code),
                       protocol::ErrorBody{std::string(protocol::error_name(code)), std::move(message), at});
}

}  // namespace civiq::net
