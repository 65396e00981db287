// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "qr_code.hpp"

#include <doctest/doctest.h>

#include <string>

namespace civiq::qr {
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

TEST_CASE("the SVG has the quiet zone and one dark square per dark module") {
  const auto code = QrCode::encode("LOE-3F9A0C2B");
  REQUIRE(code.has_value());
  const std::string svg = svg_of(*code);
  const std::string side = std::to_string(code->side() + 8);
  CHECK(svg.starts_with(R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 )" + side + " " + side + "\""));
  CHECK(svg.ends_with("\"/></svg>"));
  // The runs of the path cover exactly the dark modules: sum their widths.
  int dark = 0;
  for (bool module : code->modules()) dark += module ? 1 : 0;
  int covered = 0;
  const auto path = svg.substr(svg.find(" d=\""));
  for (auto at = path.find('h'); at != std::string::npos; at = path.find('h', path.find('z', at))) {
    covered += std::stoi(path.substr(at + 1));
  }
  CHECK(covered == dark);
  CHECK(svg.find("M4 4h7v1h-7z") != std::string::npos);  // the top left finder's first row
}

}  // namespace
}  // namespace civiq::qr
