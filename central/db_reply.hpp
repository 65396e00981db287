// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Answering an HTTP request with what a desk decided, from a database worker (DbWorkers): the
// network thread never waits for the database, a full queue is a clear 503, a database error a 500
// that says what did not happen, a desk's refusal its own status and error code.
#include <functional>
#include <string_view>
#include <variant>

#include "db_workers.hpp"
#include "net/http_types.hpp"
#include "net/json_responses.hpp"
#include "refusal.hpp"

namespace civiq::central {

using Reply = std::function<void(net::HttpResponse)>;

// A desk's refusal: its status, and {"error", "message"} (booking's own codes carry theirs).
[[nodiscard]] net::HttpResponse refusal_response(const Refusal& refusal);

// A desk's result: the message with `status`, or its refusal.
template <class Message>
net::HttpResponse answer(int status, const std::variant<Message, Refusal>& result) {
  if (const auto* refusal = std::get_if<Refusal>(&result)) return refusal_response(*refusal);
  return net::json_response(status, std::get<Message>(result));
}

// 503 busy with Retry-After: the workers' queue is full.
[[nodiscard]] net::HttpResponse busy_response();

// Runs `work` on one of `workers` and replies its answer. An exception is answered 500 with
// `failure` before its text ("nothing was booked: …").
void reply_from_database(DbWorkers& workers, const Reply& reply, std::function<net::HttpResponse(BookingStore&)> work,
                         std::string_view failure);

}  // namespace civiq::central
