// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A proof of work before every hold, self-hosted and compatible with ALTCHA (altcha.org): the
// server hands out a challenge, SHA-256(salt + number) for a secret number up to max_number,
// signed with an HMAC; the citizen's browser finds the number (a fraction of a second), a bot that
// wants a thousand slots pays a thousand times. The salt carries its expiry; each solution counts
// once (the caller stores the used challenges). No third-party service sees the citizens.
// Thread rule: const members from any thread.
#include <array>
#include <optional>
#include <string>

#include "domain/berlin_time.hpp"
#include "protocol/booking_messages.hpp"

namespace civiq::central {

class ProofOfWork {
 public:
  // `key`: the HMAC key (32 random bytes per start when empty, so challenges end with a restart).
  ProofOfWork(int max_number, std::chrono::seconds lifetime, std::string key = {});

  [[nodiscard]] protocol::Challenge challenge(domain::TimePoint now) const;

  // The challenge a solution (ALTCHA's payload: base64 of the JSON object) solves, when it is
  // well-formed, signed by this server, unexpired and right; else why not.
  struct Verdict {
    std::optional<std::string> challenge;  // to record as used
    std::string problem;
  };
  [[nodiscard]] Verdict verify(const std::string& payload, domain::TimePoint now) const;

 private:
  [[nodiscard]] std::string sign(const std::string& challenge) const;

  int max_number_;
  std::chrono::seconds lifetime_;
  std::string key_;
};

}  // namespace civiq::central
