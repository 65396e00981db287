// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// DeviceRepository: enrolled kiosks and displays (table devices). Invariants: names and token hashes
// are unique; kind is "kiosk" or "display" (CHECK, else ConstraintError); only a hash of the device
// token is stored; revocation is permanent and keeps the row, so a revoked device is still found and
// can be told "revoked" instead of "unknown". A revoked name stays taken: enrol under a new name.
// Thread rule: that of its Database (one thread at a time); must not outlive it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "database.hpp"
#include "statement.hpp"

namespace civiq::storage {

struct DeviceRow {
  std::int64_t id = 0;
  std::string name;
  std::string kind;  // "kiosk" or "display"
  bool revoked = false;
  friend bool operator==(const DeviceRow&, const DeviceRow&) = default;
};

class DeviceRepository {
 public:
  explicit DeviceRepository(Database& db);

  // Returns the new device's id. ConstraintError (is_duplicate()) when the name or the hash is taken.
  std::int64_t enroll(std::string_view name, std::string_view kind, std::string_view token_hash,
                      std::int64_t now_unix);
  // Revoked devices are returned too, with revoked = true.
  [[nodiscard]] std::optional<DeviceRow> find_by_token_hash(std::string_view token_hash);
  // True when the device exists (revoking twice keeps the first revocation time); false if unknown.
  bool revoke(std::string_view name, std::int64_t now_unix);
  // All devices, by name.
  [[nodiscard]] std::vector<DeviceRow> list();

 private:
  Statement enroll_;
  Statement find_by_token_hash_;
  Statement revoke_;
  Statement list_;
};

}  // namespace civiq::storage
