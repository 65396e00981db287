// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Answering an HTTP request from a database worker (DbWorkers): the network thread never waits for
// the database, a full queue is a clear 503, a database error a 500 that says what did not happen.
#include <functional>
#include <string_view>

#include "db_workers.hpp"
#include "net/http_types.hpp"

namespace civiq::central {

using Reply = std::function<void(net::HttpResponse)>;

// 503 busy with Retry-After: the workers' queue is full.
[[nodiscard]] net::HttpResponse busy_response();

// Runs `work` on one of `workers` and replies its answer. An exception is answered 500 with
// `failure` before its text ("nothing was booked: …").
void reply_from_database(DbWorkers& workers, const Reply& reply, std::function<net::HttpResponse(BookingStore&)> work,
                         std::string_view failure);

}  // namespace civiq::central
