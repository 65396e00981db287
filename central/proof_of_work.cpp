// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "proof_of_work.hpp"

#include <sodium.h>

#include <charconv>
#include <stdexcept>

#include "base64.hpp"
#include "protocol/json_codec.hpp"

namespace civiq::central {
namespace {

constexpr std::string_view kAlgorithm = "SHA-256";
constexpr std::string_view kExpires = "?expires=";
constexpr std::size_t kSaltBytes = 12;

std::string hex(const unsigned char* bytes, std::size_t size) {
  std::string out(2 * size + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, size);
  out.pop_back();  // the terminating NUL
  return out;
}

std::string sha256_hex(const std::string& text) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  return hex(digest, sizeof digest);
}

std::string random_bytes(std::size_t count) {
  std::string bytes(count, '\0');
  randombytes_buf(bytes.data(), bytes.size());
  return bytes;
}

// The expiry a salt carries ("…?expires=1796634600").
std::optional<std::int64_t> expiry_of(std::string_view salt) {
  const auto at = salt.find(kExpires);
  if (at == std::string_view::npos) return std::nullopt;
  const auto digits = salt.substr(at + kExpires.size());
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

}  // namespace

ProofOfWork::ProofOfWork(int max_number, std::chrono::seconds lifetime, std::string key)
    : max_number_(max_number), lifetime_(lifetime), key_(std::move(key)) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
  if (key_.empty()) key_ = random_bytes(crypto_auth_hmacsha256_KEYBYTES);
}

std::string ProofOfWork::sign(const std::string& challenge) const {
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key_.data()), key_.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(challenge.data()), challenge.size());
  crypto_auth_hmacsha256_final(&state, mac);
  return hex(mac, sizeof mac);
}

protocol::Challenge ProofOfWork::challenge(domain::TimePoint now) const {
  const std::string random = random_bytes(kSaltBytes);
  const std::string salt = hex(reinterpret_cast<const unsigned char*>(random.data()), random.size()) +
                           std::string(kExpires) + std::to_string((now + lifetime_).time_since_epoch().count());
  const auto number = randombytes_uniform(static_cast<std::uint32_t>(max_number_) + 1);
  const std::string challenge = sha256_hex(salt + std::to_string(number));
  return {std::string(kAlgorithm), challenge, max_number_, salt, sign(challenge)};
}

ProofOfWork::Verdict ProofOfWork::verify(const std::string& payload, domain::TimePoint now) const {
  const auto json = from_base64(payload);
  if (!json) return {std::nullopt, "altcha: not base64"};
  // ALTCHA's widget adds fields of its own (e.g. "took"): read tolerantly.
  const auto solution = protocol::read_reply<protocol::ChallengeSolution>(*json);
  if (!solution) return {std::nullopt, "altcha: " + solution.error};
  const auto& s = *solution.value;
  if (s.algorithm != kAlgorithm) return {std::nullopt, "altcha: algorithm must be SHA-256"};
  if (s.number < 0 || s.number > max_number_) return {std::nullopt, "altcha: number out of range"};
  const std::string expected = sign(s.challenge);
  if (s.signature.size() != expected.size() ||
      sodium_memcmp(expected.data(), s.signature.data(), expected.size()) != 0)  // in constant time
    return {std::nullopt, "altcha: not a challenge of this server"};
  const auto expires = expiry_of(s.salt);
  if (!expires || *expires < now.time_since_epoch().count()) return {std::nullopt, "altcha: the challenge has expired"};
  if (sha256_hex(s.salt + std::to_string(s.number)) != s.challenge) return {std::nullopt, "altcha: wrong number"};
  return {s.challenge, {}};
}

}  // namespace civiq::central
