// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "proof_of_work.hpp"

#include <doctest/doctest.h>
#include <sodium.h>

#include "base64.hpp"
#include "protocol/json_codec.hpp"

namespace civiq::central {
namespace {

const domain::TimePoint kNow{std::chrono::seconds{1'796'634'000}};

std::string sha256_hex(const std::string& text) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  char out[2 * crypto_hash_sha256_BYTES + 1];
  return sodium_bin2hex(out, sizeof out, digest, sizeof digest);
}

// What a citizen's browser does: try every number up to maxnumber.
protocol::ChallengeSolution solve(const protocol::Challenge& c) {
  for (std::int64_t n = 0; n <= c.maxnumber; ++n)
    if (sha256_hex(c.salt + std::to_string(n)) == c.challenge) return {c.algorithm, c.challenge, n, c.salt, c.signature};
  FAIL("no number solves the challenge");
  return {};
}

std::string payload(const protocol::ChallengeSolution& s) { return base64(protocol::to_json(s)); }

}  // namespace

TEST_CASE("a solved challenge of this server passes; anything else is refused with the reason") {
  const ProofOfWork proof(500, std::chrono::minutes{20});
  const auto challenge = proof.challenge(kNow);
  CHECK(challenge.algorithm == "SHA-256");
  CHECK(challenge.maxnumber == 500);
  CHECK(challenge.salt.find("?expires=1796635200") != std::string::npos);
  const auto solution = solve(challenge);
  CHECK(proof.verify(payload(solution), kNow).challenge == challenge.challenge);
  // ALTCHA's widget adds "took": read tolerantly.
  CHECK(proof.verify(base64(protocol::to_json(solution).insert(1, "\"took\":12,")), kNow).challenge);

  auto wrong = solution;
  wrong.number = (solution.number + 1) % 501;
  CHECK(proof.verify(payload(wrong), kNow).problem == "altcha: wrong number");
  auto forged = solution;
  forged.signature[0] = forged.signature[0] == 'a' ? 'b' : 'a';
  CHECK(proof.verify(payload(forged), kNow).problem == "altcha: not a challenge of this server");
  CHECK(ProofOfWork(500, std::chrono::minutes{20}).verify(payload(solution), kNow).problem ==
        "altcha: not a challenge of this server");  // another server's key
  CHECK(proof.verify(payload(solution), kNow + std::chrono::minutes{21}).problem == "altcha: the challenge has expired");
  CHECK(proof.verify("not base64!", kNow).problem == "altcha: not base64");
  CHECK(proof.verify(base64("[]"), kNow).problem.starts_with("altcha: "));
  auto md5 = solution;
  md5.algorithm = "MD5";
  CHECK(proof.verify(payload(md5), kNow).problem == "altcha: algorithm must be SHA-256");
}

}  // namespace civiq::central
