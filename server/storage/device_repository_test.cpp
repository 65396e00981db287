// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "device_repository.hpp"

#include <doctest/doctest.h>

#include "test_database.hpp"

namespace civiq::storage {
namespace {

using test::DbKind;
using test::TestDb;

constexpr std::int64_t kNow = 1'795'417'200;

void check_rejected(DeviceRepository& devices, const char* name, const char* kind, const char* hash,
                    bool duplicate) {
  CAPTURE(name);
  try {
    (void)devices.enroll(name, kind, hash, kNow);
    FAIL("expected a ConstraintError");
  } catch (const ConstraintError& e) {
    CHECK(e.is_duplicate() == duplicate);
  }
}

TEST_CASE("an enrolled device is found by its token hash") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    TestDb t{kind};
    DeviceRepository devices{t.db};
    const std::int64_t id = devices.enroll("kiosk-eingang", "kiosk", "hash-k", kNow);
    const DeviceRow expected{.id = id, .name = "kiosk-eingang", .kind = "kiosk", .revoked = false};
    CHECK(devices.find_by_token_hash("hash-k") == expected);
    CHECK(devices.find_by_token_hash("hash-x") == std::nullopt);
  }
}

TEST_CASE("names and token hashes are unique, kinds are the known ones") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    TestDb t{kind};
    DeviceRepository devices{t.db};
    (void)devices.enroll("kiosk-eingang", "kiosk", "hash-k", kNow);
    check_rejected(devices, "kiosk-eingang", "kiosk", "hash-other", true);
    check_rejected(devices, "display-flur", "display", "hash-k", true);
    check_rejected(devices, "printer", "printer", "hash-p", false);
    CHECK(devices.list().size() == 1);
  }
}

TEST_CASE("a revoked device is still found, marked revoked") {
  for (const DbKind kind : test::kAllKinds) {
    CAPTURE(kind);
    TestDb t{kind};
    DeviceRepository devices{t.db};
    (void)devices.enroll("kiosk-eingang", "kiosk", "hash-k", kNow);
    (void)devices.enroll("display-flur", "display", "hash-d", kNow);
    CHECK(devices.revoke("kiosk-eingang", kNow + 60));
    CHECK(devices.revoke("kiosk-eingang", kNow + 120));  // idempotent
    CHECK_FALSE(devices.revoke("kiosk-keller", kNow));
    const std::optional<DeviceRow> found = devices.find_by_token_hash("hash-k");
    REQUIRE(found);
    CHECK(found->revoked);

    const std::vector<DeviceRow> all = devices.list();
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == "display-flur");  // by name
    CHECK_FALSE(all[0].revoked);
    CHECK(all[1].name == "kiosk-eingang");
    CHECK(all[1].revoked);
  }
}

}  // namespace
}  // namespace civiq::storage
