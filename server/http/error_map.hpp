// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The one table from domain error codes (a broken business rule) to protocol error codes; the
// protocol's table (protocol/error_code.hpp) gives each its wire name and HTTP status.
#include "domain/result.hpp"
#include "protocol/error_code.hpp"

namespace civiq::http {

[[nodiscard]] protocol::ErrorCode map_error(domain::ErrorCode code);

}  // namespace civiq::http
