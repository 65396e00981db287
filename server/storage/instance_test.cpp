// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "instance.hpp"

#include <doctest/doctest.h>

#include "device_repository.hpp"
#include "migrations.hpp"
#include "storage_error.hpp"
#include "ticket_event_store.hpp"

namespace civiq::storage {
namespace {

Database migrated() {
  Database db = Database::open(std::string{Database::kInMemory});
  migrate(db);
  return db;
}

bool is_hex_id(const std::string& id) {
  return id.size() == 32 && id.find_first_not_of("0123456789abcdef") == std::string::npos;
}

StoredEvent event_of_type(std::string type) {
  return {0, "loebau", "2026-11-23", 1, std::move(type), "system", "{}", 0, std::nullopt, std::nullopt};
}

}  // namespace

TEST_CASE("every database gets its own instance id; renewing gives a new one") {
  Database a = migrated();
  Database b = migrated();
  const auto id = instance_id(a);
  CHECK(is_hex_id(id));
  CHECK(instance_id(b) != id);
  const auto renewed = renew_instance_id(a);
  CHECK(is_hex_id(renewed));
  CHECK(renewed != id);
  CHECK(instance_id(a) == renewed);
}

TEST_CASE("a database before migration 0002 has no instance id: a clear error") {
  Database db = Database::open(std::string{Database::kInMemory});
  migrate(db, embedded_migrations(), 1);
  CHECK_THROWS_AS((void)instance_id(db), StorageError);
}

TEST_CASE("the schema refuses events of a type no civiq can replay") {
  Database db = migrated();
  TicketEventStore store(db);
  CHECK(store.append(event_of_type("ticket_issued")) > 0);
  CHECK_THROWS_AS(store.append(event_of_type("ticket_teleported")), StorageError);
}

TEST_CASE("device kinds are rows: the counter and sync kinds exist, made-up kinds are refused") {
  Database db = migrated();
  DeviceRepository devices(db);
  CHECK(devices.enroll("schalter-3-pc", "counter", "hash-1", 0) > 0);
  CHECK(devices.enroll("zentrale", "sync", "hash-2", 0) > 0);
  CHECK_THROWS_AS(devices.enroll("toaster", "toaster", "hash-3", 0), StorageError);
}

}  // namespace civiq::storage
