// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The physical limit beside the outage measurement (convergence.hpp): the bare cost of moving what
// piled up through both databases, without HTTP, JSON or the sync's batching. The changes: one query
// reading them all at the centre (the sync's own SELECT) and one durable SQLite transaction storing
// them (an upsert by code, as the import). The facts: one query reading the events from the
// branch's log and one committed PostgreSQL transaction storing them by COPY, the fastest way in.
// Scratch tables only (bench_limit_facts at the centre, a scratch SQLite file): the branch's and the
// centre's own tables are only read. Thread rule: one thread.
#include <cstdint>
#include <string>
#include <vector>

namespace civiq::bench {

struct BulkLimit {
  std::vector<double> read_changes_ms;   // PostgreSQL: the office's changes after the cursor, one query
  std::vector<double> store_changes_ms;  // SQLite: one transaction upserting them, committed (synchronous=FULL)
  std::vector<double> read_events_ms;    // SQLite: the branch's last `facts` events, one query
  std::vector<double> store_facts_ms;    // PostgreSQL: one transaction COPYing them, committed
};

// Each step `repetitions` times: the changes of Löbau after `cursor`, the branch's last `facts` events.
[[nodiscard]] BulkLimit bulk_limit(const std::string& pg_uri, const std::string& branch_db,
                                   const std::string& scratch_db, std::int64_t cursor, std::int64_t facts,
                                   int repetitions);

}  // namespace civiq::bench
