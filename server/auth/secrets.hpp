// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Secrets: random tokens, their stored digests, and argon2id password hashes (libsodium).
// Tokens are never stored in clear: the database keeps only a BLAKE2b digest, so a leaked database
// copy does not let anyone act as a kiosk or clerk. Thread rule: all functions are thread-safe.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace civiq::auth {

// Call once at startup; throws std::runtime_error if libsodium cannot initialise.
void init_secrets();

// `bytes` random bytes as unpadded base64url (e.g. 18 bytes = 144 bits -> 24 characters).
[[nodiscard]] std::string random_token(std::size_t bytes);
// Hex BLAKE2b-256 digest of a token, what the database stores.
[[nodiscard]] std::string token_digest(std::string_view token);

// argon2id with libsodium's interactive limits (~64 MiB, ~0.1 s): slow on purpose.
[[nodiscard]] std::string hash_password(std::string_view password);
[[nodiscard]] bool verify_password(std::string_view hash, std::string_view password);

inline constexpr std::size_t kTicketTokenBytes = 18;   // 144 bits in live-ticket links
inline constexpr std::size_t kSessionTokenBytes = 32;  // staff sessions and device tokens

}  // namespace civiq::auth
