// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "instance.hpp"

#include "statement.hpp"
#include "storage_error.hpp"

namespace civiq::storage {

std::string instance_id(Database& db) {
  Statement select{db, "SELECT id FROM instance WHERE singleton = 1"};
  const Execution execution{select};
  if (!select.step()) throw StorageError("the database has no instance id: " + db.path());
  return select.text(0);
}

std::string renew_instance_id(Database& db) {
  db.exec("UPDATE instance SET id = lower(hex(randomblob(16))) WHERE singleton = 1");
  return instance_id(db);
}

}  // namespace civiq::storage
