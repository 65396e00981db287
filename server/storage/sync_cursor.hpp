// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// How far the branch has pulled its office's appointments from central booking (table
// sync_cursor, issue #16): the number of the last change applied and the last day of its window,
// for the centre at that URL; and how far the centre has acknowledged the office's events (table
// sync_outbox). Thread rule: that of its Database (one thread at a time).
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "database.hpp"
#include "domain/berlin_time.hpp"

namespace civiq::storage {

struct PullCursor {
  std::int64_t applied_seq = 0;                 // the last change applied; 0: none
  std::optional<domain::LocalDate> window_end;  // the window's last day fetched; none: not yet windowed
};
// Nothing pulled yet, or from another centre: a PullCursor{} (start again from 0).
[[nodiscard]] PullCursor pull_cursor(Database& db, const std::string& central_url);
void set_pull_cursor(Database& db, const std::string& central_url, const PullCursor& cursor);

// The way back (tables sync_outbox and sync_lineage, migration 0007).
struct FactOutbox {
  std::int64_t sent_seq = 0;  // the last event `central_url` acknowledged; 0: none, or another centre
  // The identity of each event up to a seq: (up_to, instance), ascending; after the last, `own`.
  std::vector<std::pair<std::int64_t, std::string>> lineage;
  std::string own;  // this database's identity (instance_id())
};
// Reads the outbox for `central_url`. When the outbox row was written by another database (this one
// is a restored copy of it), that database's identity is kept for every event so far first.
[[nodiscard]] FactOutbox fact_outbox(Database& db, const std::string& central_url);
void set_sent_fact_seq(Database& db, const std::string& central_url, std::int64_t seq);
// The identity of event `seq`: by the outbox's lineage, or else its own.
[[nodiscard]] const std::string& instance_of_event(const FactOutbox& outbox, std::int64_t seq);

}  // namespace civiq::storage
