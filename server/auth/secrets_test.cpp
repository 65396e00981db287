// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "auth/secrets.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

namespace civiq::auth {
namespace {

constexpr std::string_view kBase64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

bool is_base64url(const std::string& text) { return text.find_first_not_of(kBase64Url) == std::string::npos; }

bool is_lower_hex(const std::string& text) { return text.find_first_not_of("0123456789abcdef") == std::string::npos; }

struct Sodium {
  Sodium() { init_secrets(); }
};

TEST_CASE("init_secrets may be called more than once") {
  CHECK_NOTHROW(init_secrets());
  CHECK_NOTHROW(init_secrets());
}

TEST_CASE_FIXTURE(Sodium, "tokens are unpadded base64url of the requested size") {
  const struct {
    std::size_t bytes;
    std::size_t length;
  } cases[] = {
      {kTicketTokenBytes, 24},   // 144 bits in live-ticket links
      {kSessionTokenBytes, 43},  // 256 bits, unpadded
      {1, 2},
      {16, 22},
  };
  CHECK(kTicketTokenBytes == 18);
  CHECK(kSessionTokenBytes == 32);
  for (const auto& c : cases) {
    CAPTURE(c.bytes);
    for (int i = 0; i < 20; ++i) {
      const std::string token = random_token(c.bytes);
      CAPTURE(token);
      CHECK(token.size() == c.length);
      CHECK(is_base64url(token));
      CHECK(token.find('=') == std::string::npos);
      CHECK(token.find('\0') == std::string::npos);
    }
  }
}

TEST_CASE_FIXTURE(Sodium, "a thousand tokens are all different") {
  for (const std::size_t bytes : {kTicketTokenBytes, kSessionTokenBytes}) {
    CAPTURE(bytes);
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) seen.insert(random_token(bytes));
    CHECK(seen.size() == 1000);
  }
}

TEST_CASE_FIXTURE(Sodium, "tokens use the whole alphabet") {
  // 1000 tokens of 24 characters: every one of the 64 symbols shows up (a stuck bit would not).
  std::set<char> symbols;
  for (int i = 0; i < 1000; ++i)
    for (const char c : random_token(kTicketTokenBytes)) symbols.insert(c);
  CHECK(symbols.size() == kBase64Url.size());
}

TEST_CASE_FIXTURE(Sodium, "the digest is hex BLAKE2b-256, stable and distinct") {
  // Known answers (RFC 7693 BLAKE2b with a 32-byte output): the database stores these, so the
  // function must never change.
  CHECK(token_digest("") == "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
  CHECK(token_digest("abc") == "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319");

  const std::string token = random_token(kSessionTokenBytes);
  const std::string digest = token_digest(token);
  CHECK(digest.size() == 64);
  CHECK(is_lower_hex(digest));
  CHECK(token_digest(token) == digest);
  CHECK(digest.find(token) == std::string::npos);
  CHECK(token_digest(token + "x") != digest);
  CHECK(token_digest(random_token(kSessionTokenBytes)) != digest);
}

TEST_CASE_FIXTURE(Sodium, "argon2id password hashes verify the right password only") {
  const std::string hash = hash_password("korrekt Pferd Batterie Heftklammer");
  CAPTURE(hash);
  CHECK(hash.starts_with("$argon2id$"));
  CHECK(hash.find("korrekt") == std::string::npos);
  CHECK(verify_password(hash, "korrekt Pferd Batterie Heftklammer"));
  CHECK_FALSE(verify_password(hash, "korrekt Pferd Batterie Heftklammer "));
  CHECK_FALSE(verify_password(hash, "Korrekt Pferd Batterie Heftklammer"));
  CHECK_FALSE(verify_password(hash, ""));

  // Salted: the same password hashes differently each time, and each hash verifies it.
  const std::string again = hash_password("korrekt Pferd Batterie Heftklammer");
  CHECK(again != hash);
  CHECK(verify_password(again, "korrekt Pferd Batterie Heftklammer"));
}

TEST_CASE_FIXTURE(Sodium, "passwords are compared in full, including non-ASCII and NUL bytes") {
  const std::string umlauts = "Grüße aus Löbau";
  const std::string hash = hash_password(umlauts);
  CHECK(verify_password(hash, umlauts));
  CHECK_FALSE(verify_password(hash, "Grusse aus Lobau"));

  const std::string with_nul("ab\0cd", 5);
  const std::string nul_hash = hash_password(with_nul);
  CHECK(verify_password(nul_hash, with_nul));
  CHECK_FALSE(verify_password(nul_hash, "ab"));
}

TEST_CASE_FIXTURE(Sodium, "an empty password still gets a real hash") {
  const std::string hash = hash_password("");
  CHECK(hash.starts_with("$argon2id$"));
  CHECK(verify_password(hash, ""));
  CHECK_FALSE(verify_password(hash, " "));
}

TEST_CASE_FIXTURE(Sodium, "a malformed stored hash verifies nothing") {
  for (const std::string bad : {"", "$argon2id$", "not a hash", "$2b$12$abcdefghijklmnopqrstuv"}) {
    CAPTURE(bad);
    CHECK_FALSE(verify_password(bad, ""));
    CHECK_FALSE(verify_password(bad, "secret"));
  }
}

}  // namespace
}  // namespace civiq::auth
