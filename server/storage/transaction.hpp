// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Transaction: BEGIN IMMEDIATE on construction, ROLLBACK in the destructor unless commit() succeeded.
// IMMEDIATE takes the write lock up front, so a transaction that reads and then writes can never fail
// halfway with SQLITE_BUSY; waiting for the lock is bounded by Database::kBusyTimeout.
// Invariant: while a Transaction is alive its connection is inside that transaction; transactions do
// not nest (a second BEGIN on the same connection throws StorageError).
// Thread rule: that of its Database. Not movable: it lives in one scope.
#include "database.hpp"

namespace civiq::storage {

class Transaction {
 public:
  explicit Transaction(Database& db);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();  // rolls back unless committed; never throws

  // Makes the work durable (synchronous=FULL). Throws StorageError on failure or a second call; the
  // destructor then rolls back whatever is left open.
  void commit();

 private:
  Database& db_;
  bool committed_ = false;
};

}  // namespace civiq::storage
