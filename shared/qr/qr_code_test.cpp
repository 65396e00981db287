// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "qr_code.hpp"

#include <doctest/doctest.h>

#include <string>

namespace civiq::kiosk {
namespace {

// The three finder patterns: 7×7, dark ring, light ring, dark 3×3 core.
bool finderAt(const QrCode& code, int top, int left) {
  for (int r = 0; r < 7; ++r) {
    for (int c = 0; c < 7; ++c) {
      const bool ring = r == 0 || r == 6 || c == 0 || c == 6;
      const bool core = r >= 2 && r <= 4 && c >= 2 && c <= 4;
      if (code.dark(top + r, left + c) != (ring || core)) return false;
    }
  }
  return true;
}

TEST_CASE("a live-ticket URL becomes a QR code with its finder patterns") {
  struct Case {
    std::string text;
    int minSide;
    int maxSide;
  };
  const Case cases[] = {
      {"http://127.0.0.1:9/t/abc", 21, 25},
      {"https://termine.example-landkreis.de/t/Qm9vb2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZm", 33, 41},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto code = QrCode::encode(c.text);
    REQUIRE(code.has_value());
    CHECK(code->side() >= c.minSide);
    CHECK(code->side() <= c.maxSide);
    CHECK((code->side() - 21) % 4 == 0);
    CHECK(code->modules().size() == static_cast<std::size_t>(code->side() * code->side()));
    const int far = code->side() - 7;
    CHECK(finderAt(*code, 0, 0));
    CHECK(finderAt(*code, 0, far));
    CHECK(finderAt(*code, far, 0));
  }
}

TEST_CASE("higher error correction needs more modules, and too much text gives no code") {
  const std::string url = "https://termine.example/t/Qm9vb2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZm";
  const auto medium = QrCode::encode(url, QrErrorCorrection::Medium);
  const auto high = QrCode::encode(url, QrErrorCorrection::High);
  REQUIRE(medium.has_value());
  REQUIRE(high.has_value());
  CHECK(high->side() > medium->side());
  CHECK_FALSE(QrCode::encode(std::string(4000, 'x')).has_value());  // version 40-M holds 2331 bytes
}

}  // namespace
}  // namespace civiq::kiosk
