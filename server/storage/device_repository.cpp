// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "device_repository.hpp"

#include <string>

namespace civiq::storage {
namespace {

// Column order read by read_device().
constexpr std::string_view kSelectDevices = "SELECT id, name, kind, revoked_at IS NOT NULL FROM devices ";

std::string select_devices(std::string_view rest) { return std::string{kSelectDevices} + std::string{rest}; }

DeviceRow read_device(const Statement& row) {
  return DeviceRow{.id = row.int64(0), .name = row.text(1), .kind = row.text(2), .revoked = row.int64(3) != 0};
}

}  // namespace

DeviceRepository::DeviceRepository(Database& db)
    : enroll_(db,
              "INSERT INTO devices (name, kind, token_hash, created_at) "
              "VALUES (:name, :kind, :token_hash, :created_at)"),
      find_by_token_hash_(db, select_devices("WHERE token_hash = :token_hash")),
      revoke_(db, "UPDATE devices SET revoked_at = coalesce(revoked_at, :now) WHERE name = :name"),
      list_(db, select_devices("ORDER BY name")) {}

std::int64_t DeviceRepository::enroll(std::string_view name, std::string_view kind, std::string_view token_hash,
                                      std::int64_t now_unix) {
  const Execution execution{enroll_};
  enroll_.bind(":name", name).bind(":kind", kind).bind(":token_hash", token_hash).bind(":created_at", now_unix);
  enroll_.run();
  return enroll_.last_insert_rowid();
}

std::optional<DeviceRow> DeviceRepository::find_by_token_hash(std::string_view token_hash) {
  const Execution execution{find_by_token_hash_};
  find_by_token_hash_.bind(":token_hash", token_hash);
  if (!find_by_token_hash_.step()) return std::nullopt;
  return read_device(find_by_token_hash_);
}

bool DeviceRepository::revoke(std::string_view name, std::int64_t now_unix) {
  const Execution execution{revoke_};
  revoke_.bind(":name", name).bind(":now", now_unix);
  revoke_.run();
  return revoke_.changes() > 0;  // counts matched rows, also when revoked_at was already set
}

std::vector<DeviceRow> DeviceRepository::list() {
  const Execution execution{list_};
  std::vector<DeviceRow> devices;
  while (list_.step()) devices.push_back(read_device(list_));
  return devices;
}

}  // namespace civiq::storage
