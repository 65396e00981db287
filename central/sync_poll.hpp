// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A branch's pull (GET /api/v1/booking/sync/appointments, docs/sync.md) from request to answer: on a
// database worker it reads the changes after the branch's cursor; when there are none and the
// branch asked to wait (wait_s), the pull is parked in SyncWaiters, holding no thread and no
// connection, and queries again when its office changes. So a booking reaches the branch within
// moments of its commit, with one request per wait_s per branch when nothing happens.
// Thread rule: call from any thread.
#include <string>

#include "db_reply.hpp"
#include "sync_desk.hpp"
#include "sync_waiters.hpp"

namespace civiq::central {

// `token` and `query`: the bearer token and the pull's query, as sent.
void answer_sync_pull(DbWorkers& workers, SyncWaiters& waiters, std::string token, SyncPullQuery query, Reply reply);

}  // namespace civiq::central
