// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// What branches pull from central booking (issue #16, docs/sync.md), in PostgreSQL (migration 0012):
// the machine credential of each branch (only its SHA-256 is kept) and its office's booking changes
// by their number (bookings.change_seq, given per office in commit order). No SQL of these tables
// leaves this file pair. It works on the connection of the BookingStore that owns it
// (BookingStore::sync()). Thread rule: as its BookingStore: one thread at a time.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "branch_state.hpp"
#include "domain/berlin_time.hpp"
#include "domain/ids.hpp"
#include "protocol/booking_messages.hpp"

namespace pqxx {
class connection_base;
}

namespace civiq::central {

// A booking as a branch needs it, after its change number `seq`.
struct BookingChange {
  std::int64_t seq = 0;
  std::string code;
  domain::LocalDate day;
  std::chrono::seconds start;
  std::vector<domain::ServiceId> services;
  std::optional<std::string> name;  // none once retention forgot it
  bool cancelled = false;
};

// A branch as the centre knows it, and its office's newest change number.
struct BranchCredential {
  std::string office_id;
  BranchRecord record;
  std::int64_t latest_seq = 0;
  std::optional<domain::TimePoint> last_upload_at;  // the way back: its last batch of facts
  std::int64_t pending_facts = 0;                   // what it said then still waited in its outbox
};

class SyncStore {
 public:
  // Declares its statements (libpqxx prepares them at first use, after the migrations).
  explicit SyncStore(pqxx::connection_base& connection);

  // The branch of `office_id` gets `token` as its credential, replacing an earlier one.
  void set_branch(const std::string& office_id, const std::string& token);
  [[nodiscard]] std::vector<BranchCredential> branches();
  // Revokes the branch's credential; false when it had none.
  [[nodiscard]] bool remove_branch(const std::string& office_id);
  // The office whose branch holds `token`, if any; records that branch's pull after change `after`
  // (branch_state.hpp).
  [[nodiscard]] std::optional<std::string> record_pull(const std::string& token, std::int64_t after);

  // Stores the facts the branch holding `token` sent (those it sent before are kept as they are) and
  // what it said still waits in its outbox, in one transaction. Its office and how many were new;
  // none when no branch holds `token`.
  struct StoredFacts {
    std::string office;
    std::int64_t stored = 0;
  };
  [[nodiscard]] std::optional<StoredFacts> store_facts(const std::string& token,
                                                       const std::vector<protocol::BranchFact>& facts,
                                                       std::int64_t pending);

  // The office's booked (or cancelled) appointments changed after `after`, by number, at most
  // `limit`; only those with a code (a booking that never was confirmed is none of a branch's).
  [[nodiscard]] std::vector<BookingChange> changes(const std::string& office_id, std::int64_t after, std::size_t limit);

 private:
  pqxx::connection_base& pq_;
};

}  // namespace civiq::central
