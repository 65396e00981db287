// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "staff_pin.hpp"

#include <doctest/doctest.h>

namespace civiq::kiosk {
namespace {

TEST_CASE("a staff PIN is 4 to 12 digits") {
  CHECK(staffPinProblem(QStringLiteral("2468")).isEmpty());
  CHECK(staffPinProblem(QStringLiteral("123456789012")).isEmpty());
  CHECK_FALSE(staffPinProblem(QStringLiteral("123")).isEmpty());
  CHECK_FALSE(staffPinProblem(QStringLiteral("1234567890123")).isEmpty());
  CHECK_FALSE(staffPinProblem(QStringLiteral("12a4")).isEmpty());
  CHECK_FALSE(staffPinProblem(QStringLiteral("١٢٣٤")).isEmpty());  // Arabic-Indic digits are not on the keypad
}

TEST_CASE("only the hashed PIN matches, and the hash is argon2id and salted") {
  const QString hash = hashStaffPin(QStringLiteral("2468"));
  CHECK(isStaffPinHash(hash));
  CHECK(hash.startsWith(QLatin1String("$argon2id$")));
  CHECK(staffPinMatches(hash, QStringLiteral("2468")));
  CHECK_FALSE(staffPinMatches(hash, QStringLiteral("2469")));
  CHECK_FALSE(staffPinMatches(hash, QString()));
  CHECK(hashStaffPin(QStringLiteral("2468")) != hash);  // a new salt every time
  CHECK_FALSE(isStaffPinHash(QStringLiteral("2468")));
  CHECK_FALSE(staffPinMatches(QStringLiteral("$argon2id$garbage"), QStringLiteral("2468")));
}

}  // namespace
}  // namespace civiq::kiosk
