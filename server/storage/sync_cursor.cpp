// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "sync_cursor.hpp"

#include <optional>

#include "domain/local_time_text.hpp"
#include "instance.hpp"
#include "statement.hpp"

namespace civiq::storage {

PullCursor pull_cursor(Database& db, const std::string& central_url) {
  Statement select{db, "SELECT applied_seq, window_end FROM sync_cursor WHERE singleton = 1 AND central_url = :url"};
  const Execution execution{select};
  select.bind(":url", central_url);
  if (!select.step()) return {};
  const auto window_end = select.optional_text(1);
  return {select.int64(0), window_end ? domain::parse_local_date(*window_end) : std::nullopt};
}

void set_pull_cursor(Database& db, const std::string& central_url, const PullCursor& cursor) {
  Statement upsert{db,
                   "INSERT INTO sync_cursor (singleton, central_url, applied_seq, window_end) "
                   "VALUES (1, :url, :seq, :window_end) "
                   "ON CONFLICT (singleton) DO UPDATE SET central_url = excluded.central_url, "
                   "applied_seq = excluded.applied_seq, window_end = excluded.window_end"};
  const Execution execution{upsert};
  upsert.bind(":url", central_url).bind(":seq", cursor.applied_seq);
  upsert.bind(":window_end", cursor.window_end ? std::optional(domain::iso_date(*cursor.window_end)) : std::nullopt);
  (void)upsert.step();
}

FactOutbox fact_outbox(Database& db, const std::string& central_url) {
  const std::string own = instance_id(db);
  std::optional<std::string> written_by;
  {
    Statement select{db, "SELECT instance FROM sync_outbox WHERE singleton = 1"};
    const Execution execution{select};
    if (select.step()) written_by = select.text(0);
  }
  if (written_by && *written_by != own) {
    Statement inherit{db,
                      "INSERT OR IGNORE INTO sync_lineage (instance, up_to) "
                      "SELECT :instance, coalesce(max(seq), 0) FROM ticket_events"};
    const Execution inheriting{inherit};
    inherit.bind(":instance", *written_by);
    inherit.run();
    Statement adopt{db, "UPDATE sync_outbox SET instance = :own"};
    const Execution adopting{adopt};
    adopt.bind(":own", own);
    adopt.run();
  }
  FactOutbox outbox;
  outbox.own = own;
  Statement sent{db, "SELECT sent_seq FROM sync_outbox WHERE singleton = 1 AND central_url = :url"};
  const Execution reading{sent};
  sent.bind(":url", central_url);
  if (sent.step()) outbox.sent_seq = sent.int64(0);
  Statement lineage{db, "SELECT up_to, instance FROM sync_lineage ORDER BY up_to"};
  const Execution listing{lineage};
  while (lineage.step()) outbox.lineage.emplace_back(lineage.int64(0), lineage.text(1));
  return outbox;
}

void set_sent_fact_seq(Database& db, const std::string& central_url, std::int64_t seq) {
  Statement upsert{db,
                   "INSERT INTO sync_outbox (singleton, central_url, sent_seq, instance) "
                   "VALUES (1, :url, :seq, (SELECT id FROM instance)) "
                   "ON CONFLICT (singleton) DO UPDATE SET central_url = excluded.central_url, "
                   "sent_seq = excluded.sent_seq, instance = excluded.instance"};
  const Execution execution{upsert};
  upsert.bind(":url", central_url).bind(":seq", seq);
  (void)upsert.step();
}

const std::string& instance_of_event(const FactOutbox& outbox, std::int64_t seq) {
  for (const auto& [up_to, instance] : outbox.lineage)
    if (seq <= up_to) return instance;
  return outbox.own;
}

}  // namespace civiq::storage
