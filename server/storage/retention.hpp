// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Retention: what the branch forgets about citizens once the retention period has passed. The
// server runs it daily, `civiq-admin retention apply` on demand. Thread rule: that of the Database.
#include <cstddef>
#include <cstdint>

#include "database.hpp"

namespace civiq::storage {

struct Forgotten {
  std::size_t appointment_names = 0;  // appointments whose citizen's name was deleted
  std::size_t event_personal_data = 0;  // events whose personal data (transfer notes) was deleted
};

// Forgets, in one transaction, the names of appointments whose slot was before `cutoff_unix` and
// the personal data of events up to it.
Forgotten forget_personal_data_before(Database& db, std::int64_t cutoff_unix);

}  // namespace civiq::storage
