// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "db_reply.hpp"

#include <exception>
#include <string>


namespace civiq::central {

net::HttpResponse refusal_response(const Refusal& refusal) {
  return net::json_response(refusal.status, protocol::ErrorBody{refusal.error, refusal.message, std::nullopt});
}

net::HttpResponse busy_response() {
  auto busy = net::error_response(protocol::ErrorCode::Busy, "too many requests at once; try again in a moment");
  busy.headers.emplace_back("Retry-After", "1");
  return busy;
}

void reply_from_database(DbWorkers& workers, const Reply& reply, std::function<net::HttpResponse(BookingStore&)> work,
                         std::string_view failure) {
  const bool queued = workers.post([reply, work = std::move(work), failure = std::string(failure)](BookingStore& store) {
    try {
      reply(work(store));
    } catch (const std::exception& error) {
      reply(net::error_response(protocol::ErrorCode::Internal, failure + ": " + error.what()));
    }
  });
  if (!queued) reply(busy_response());
}

}  // namespace civiq::central
