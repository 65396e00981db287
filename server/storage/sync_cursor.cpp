// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "sync_cursor.hpp"

#include "statement.hpp"

namespace civiq::storage {

std::int64_t applied_sync_seq(Database& db, const std::string& central_url) {
  Statement select{db, "SELECT applied_seq FROM sync_cursor WHERE singleton = 1 AND central_url = :url"};
  const Execution execution{select};
  select.bind(":url", central_url);
  return select.step() ? select.int64(0) : 0;
}

void set_applied_sync_seq(Database& db, const std::string& central_url, std::int64_t seq) {
  Statement upsert{db,
                   "INSERT INTO sync_cursor (singleton, central_url, applied_seq) VALUES (1, :url, :seq) "
                   "ON CONFLICT (singleton) DO UPDATE SET central_url = excluded.central_url, "
                   "applied_seq = excluded.applied_seq"};
  const Execution execution{upsert};
  upsert.bind(":url", central_url).bind(":seq", seq);
  (void)upsert.step();
}

}  // namespace civiq::storage
