// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// What branches pull from central booking (issue #16, docs/sync.md), in PostgreSQL (migration 0012):
// the machine credential of each branch (only its SHA-256 is kept) and its office's booking changes
// by their number (bookings.change_seq, given per office in commit order). No SQL of these tables
// leaves this file pair. It works on the connection of the BookingStore that owns it
// (BookingStore::sync()). Thread rule: as its BookingStore: one thread at a time.
#include <cstdint>
#include <functional>
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
  std::optional<std::string> name;  // none once retention forgot it, and outside the window
  bool cancelled = false;
  bool outside_window = false;  // after the window's last day: only code, time, services and status
};

// The days a pull asks about (docs/sync.md, the window). `until`: the window's last day; changes of
// later appointments come without the citizen's name, as outside_window, so a branch drops what
// moved out of its window. `from` (with until): only the appointments from..until, nothing else; a
// branch fetches the days its window gains this way. Neither: every day, as before the window.
struct SyncWindow {
  std::optional<domain::LocalDate> from;
  std::optional<domain::LocalDate> until;
};

// A branch that stopped pulling for longer than the county's alert time (`silent`), or pulls again
// after it was reported silent; `last_pull`: its last pull.
struct BranchAlert {
  std::string office_id;
  bool silent = true;
  domain::TimePoint last_pull;
};
// A mail the county's alert sends (to its sync.alert_to).
struct AlertMail {
  std::string recipient;
  std::string subject;
  std::string body;
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
  // What the facts tell of the bookings (migration 0016): each ticket_issued fact with a booking's
  // code marks it checked in when it is stored (store_facts). A confirmed booking without a check-in
  // becomes a no-show once its branch has reported its day completely: an upload after the day's end
  // (Europe/Berlin) with nothing left in the outbox, and the day has facts (the office worked and its
  // branch was connected). How many were settled now.
  std::size_t settle_no_shows();
  // Marks the branches that have not pulled for `after` as reported silent, and those reported that
  // pull again as back, and queues `mails(alert)` for each, in one transaction (so each alert is
  // mailed once, also with two centres on one database). The alerts taken.
  std::vector<BranchAlert> take_alerts(std::chrono::seconds after,
                                       const std::function<std::vector<AlertMail>(const BranchAlert&)>& mails);

  [[nodiscard]] std::vector<BookingChange> changes(const std::string& office_id, std::int64_t after,
                                                   const SyncWindow& window, std::size_t limit);

 private:
  pqxx::connection_base& pq_;
};

}  // namespace civiq::central
