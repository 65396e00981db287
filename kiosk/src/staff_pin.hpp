// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The staff PIN that opens the kiosk's staff menu: only its argon2id hash (libsodium, the limits
// the branch uses for passwords) is kept in kiosk.toml, made by `civiq-kiosk hash-pin`, so a copy
// of the file does not give the PIN away. Thread rule: any thread (pure functions).
#include <QString>

namespace civiq::kiosk {

inline constexpr int kMinPinDigits = 4;
inline constexpr int kMaxPinDigits = 12;

// "" when `pin` is 4 to 12 digits, else why not.
[[nodiscard]] QString staffPinProblem(const QString& pin);
// The "$argon2id$…" string for kiosk.toml. Slow on purpose (~0.1 s, 64 MiB). `pin` must pass
// staffPinProblem(); throws std::runtime_error when libsodium fails.
[[nodiscard]] QString hashStaffPin(const QString& pin);
// Whether the text is such a hash (what kiosk.toml accepts).
[[nodiscard]] bool isStaffPinHash(const QString& hash);
// Whether `pin` is the one hashed. Slow on purpose, like hashStaffPin.
[[nodiscard]] bool staffPinMatches(const QString& hash, const QString& pin);

}  // namespace civiq::kiosk
