// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "transaction.hpp"

#include <sqlite3.h>

namespace civiq::storage {

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (committed_ || !db_.is_open()) return;
  sqlite3* connection = db_.handle();
  // Some errors (SQLITE_FULL, SQLITE_IOERR, ...) already rolled back; a second ROLLBACK would fail.
  if (sqlite3_get_autocommit(connection) != 0) return;
  // The result is ignored on purpose: a destructor must not throw, and if ROLLBACK fails SQLite has
  // already given up the transaction (the connection is back in autocommit mode).
  sqlite3_exec(connection, "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  if (committed_) throw StorageError("Transaction committed twice on " + db_.path());
  db_.exec("COMMIT");
  committed_ = true;
}

}  // namespace civiq::storage
