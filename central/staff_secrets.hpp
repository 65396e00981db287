// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The staff's secrets on central booking (libsodium): argon2id password hashes, and the random
// bearer tokens of their sessions. The database keeps a token only as its SHA-256, like every other
// token of central booking, so a copy of the database signs nobody in.
// (The branch server has the same idea in server/auth/secrets.cpp; central depends on shared/ only,
// and keeps SHA-256 digests where the branch keeps BLAKE2b ones, so it has this small file of its own.)
// Thread rule: stateless; thread-safe.
#include <cstddef>
#include <string>
#include <string_view>

namespace civiq::central {

// argon2id with libsodium's interactive limits: about 64 MiB and 0.1 s per hash or check, slow on
// purpose (a stolen hash costs a guesser as much per guess), fast enough for a sign-in.
inline constexpr unsigned long long kPasswordOpsLimit = 2;                 // crypto_pwhash_OPSLIMIT_INTERACTIVE
inline constexpr std::size_t kPasswordMemLimit = 64ULL * 1024 * 1024;      // crypto_pwhash_MEMLIMIT_INTERACTIVE
inline constexpr std::size_t kMinPasswordCharacters = 10;
inline constexpr std::size_t kStaffTokenBytes = 32;  // 256 random bits

// "$argon2id$v=19$m=65536,t=2,p=1$…" (salted: two hashes of one password differ).
[[nodiscard]] std::string hash_password(std::string_view password);
// Whether `password` is the one `hash` was made of; false for anything that is no such hash.
[[nodiscard]] bool verify_password(std::string_view hash, std::string_view password);
// kStaffTokenBytes random bytes as lower-case hex (64 characters).
[[nodiscard]] std::string random_staff_token();
// What a password must be: at least kMinPasswordCharacters characters, no line break. Empty when
// fine, else why not.
[[nodiscard]] std::string password_problem(std::string_view password);

}  // namespace civiq::central
