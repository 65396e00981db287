// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// civiq-sync-bench's outage measurement (issue #16; bench/sync-latency, docs/performance.md, "Branch
// sync"): the booking changes the centre makes while the branch cannot reach it, and the wait, after
// the link is back, until both sides have everything: the branch every change of its office (its
// cursor at the centre's last change number), the centre every event of the branch as a fact.
// Thread rule: one thread; each function opens its own connections.
#include <cstdint>
#include <functional>
#include <string>

namespace civiq::bench {

// `count` (at most 1,000) confirmed bookings for Löbau, one committed transaction each, as citizens
// book over a day (the trigger numbers each one); codes `prefix` + five hex digits, so that a prefix
// like "LOE-0A1" makes codes as the centre mints them ("LOE-" and eight hex digits).
void book_at_centre(const std::string& pg_uri, const std::string& prefix, int count);

// Milliseconds from the moment the line came back until each side saw its first and its last item.
struct Convergence {
  double first_change_ms = 0;  // the branch applied its first change: its pull noticed the link
  double all_changes_ms = 0;
  double first_fact_ms = 0;  // the centre stored the first fact: the upload noticed the link
  double all_facts_ms = 0;
  std::int64_t cursor_before = 0;  // the branch's cursor when the probe began
  std::int64_t changes = 0;        // what was pending each way when the probe began
  std::int64_t facts = 0;
};

// Reads what is pending each way, then calls `link_back` (which brings the line back and returns
// that moment, in steady_clock nanoseconds), then waits (reading both databases every millisecond,
// 120 s at most) until the branch's cursor reaches the centre's last change number for Löbau and
// the centre holds a fact for each event in the branch's log. Reads, never writes, both databases.
[[nodiscard]] Convergence until_converged(const std::string& pg_uri, const std::string& branch_db,
                                          const std::function<std::int64_t()>& link_back);

}  // namespace civiq::bench
