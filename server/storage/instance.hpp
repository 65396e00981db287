// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// This database's identity (table `instance`, one row since migration 0002). An event is named
// globally by (instance id, seq): a copy of the database (a backup that may be restored) gets an id
// of its own, so nobody can mistake a restored branch, whose seq starts again from the backup's, for
// its earlier self. Thread rule: that of its Database.
#include <string>

#include "database.hpp"

namespace civiq::storage {

// 32 lower-case hex digits. StorageError when the database is older than migration 0002.
[[nodiscard]] std::string instance_id(Database& db);
// Gives the database a new random id and returns it.
std::string renew_instance_id(Database& db);

}  // namespace civiq::storage
