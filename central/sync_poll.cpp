// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "sync_poll.hpp"

#include <exception>
#include <memory>
#include <optional>

#include "net/json_responses.hpp"
#include "sync_desk.hpp"

namespace civiq::central {
namespace {

// One pull between its request and its answer; shared by the callbacks that may answer it.
struct PendingPull {
  DbWorkers& workers;
  SyncWaiters& waiters;
  std::string token;
  SyncPullQuery query;
  Reply reply;
  std::optional<SyncPull> pull;  // once the credential and the query were read
  SyncWaiters::Clock::time_point deadline;
};

void attempt(const std::shared_ptr<PendingPull>& pending);

// Answers the pull, or parks it when there is nothing yet and time is left.
void query(const std::shared_ptr<PendingPull>& pending, BookingStore& store) {
  auto& p = *pending;
  if (!p.pull) {
    auto read = sync_pull(store, p.token, p.query);
    if (const auto* refusal = std::get_if<Refusal>(&read))
      return p.reply(refusal_response(*refusal));
    p.pull = std::get<SyncPull>(std::move(read));
    p.deadline = SyncWaiters::Clock::now() + p.pull->wait;
  }
  for (;;) {
    const auto seen = p.waiters.generation(p.pull->office);  // before the query: see sync_waiters.hpp
    auto batch = sync_batch(store, *p.pull);
    if (!batch.appointments.empty() || SyncWaiters::Clock::now() >= p.deadline)
      return p.reply(net::json_response(200, batch));
    const auto wake = [pending] { attempt(pending); };
    const auto time_out = [pending] {
      pending->reply(net::json_response(200, protocol::SyncBatch{pending->pull->office, pending->pull->after, {}, false}));
    };
    if (p.waiters.park(p.pull->office, seen, {p.deadline, wake, time_out})) return;
  }
}

void attempt(const std::shared_ptr<PendingPull>& pending) {
  const bool queued = pending->workers.post([pending](BookingStore& store) {
    try {
      query(pending, store);
    } catch (const std::exception& error) {
      pending->reply(net::error_response(protocol::ErrorCode::Internal, std::string("sync: ") + error.what()));
    }
  });
  if (!queued) pending->reply(busy_response());
}

}  // namespace

void answer_sync_pull(DbWorkers& workers, SyncWaiters& waiters, std::string token, SyncPullQuery query, Reply reply) {
  attempt(std::make_shared<PendingPull>(
      PendingPull{workers, waiters, std::move(token), std::move(query), std::move(reply), std::nullopt, {}}));
}

}  // namespace civiq::central
