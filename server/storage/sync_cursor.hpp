// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// How far the branch has pulled its office's appointments from central booking (table
// sync_cursor, issue #16): the number of the last change applied, for the centre at that URL.
// Thread rule: that of its Database (one thread at a time).
#include <cstdint>
#include <string>

#include "database.hpp"

namespace civiq::storage {

// The last change number applied from `central_url`; 0 when none was, or from another centre.
[[nodiscard]] std::int64_t applied_sync_seq(Database& db, const std::string& central_url);
void set_applied_sync_seq(Database& db, const std::string& central_url, std::int64_t seq);

}  // namespace civiq::storage
