// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "staff_secrets.hpp"

#include <sodium.h>

#include <stdexcept>
#include <vector>

#include "domain/utf8.hpp"

namespace civiq::central {
namespace {

void init_sodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

static_assert(kPasswordOpsLimit == crypto_pwhash_OPSLIMIT_INTERACTIVE);
static_assert(kPasswordMemLimit == crypto_pwhash_MEMLIMIT_INTERACTIVE);

}  // namespace

std::string hash_password(std::string_view password) {
  init_sodium();
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(hash, password.data(), password.size(), kPasswordOpsLimit, kPasswordMemLimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("out of memory while hashing a password");
  return hash;
}

bool verify_password(std::string_view hash, std::string_view password) {
  init_sodium();
  if (hash.size() >= crypto_pwhash_STRBYTES) return false;
  const std::string terminated(hash);  // libsodium wants a C string
  return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

std::string random_staff_token() {
  init_sodium();
  std::vector<unsigned char> raw(kStaffTokenBytes);
  randombytes_buf(raw.data(), raw.size());
  std::string hex(2 * raw.size() + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), raw.data(), raw.size());
  hex.pop_back();  // the terminating NUL
  return hex;
}

std::string password_problem(std::string_view password) {
  if (password.find_first_of("\r\n") != std::string_view::npos) return "a password is one line";
  if (domain::utf8_characters(password) < kMinPasswordCharacters)
    return "a password needs at least " + std::to_string(kMinPasswordCharacters) + " characters";
  return {};
}

}  // namespace civiq::central
