// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "qr_png.hpp"

#include <doctest/doctest.h>
#include <unistd.h>
#include <zlib.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

namespace civiq::qr {
namespace {

std::uint32_t u32_at(const std::string& bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

// What zbarimg (Debian's zbar-tools, the decoder scanners use) reads in the PNG.
std::string decoded(const std::string& png) {
  const auto file = std::filesystem::temp_directory_path() / ("civiq-qr-" + std::to_string(getpid()) + ".png");
  std::ofstream(file, std::ios::binary) << png;
  std::string text;
  const std::unique_ptr<FILE, int (*)(FILE*)> zbar(popen(("zbarimg --quiet --raw " + file.string()).c_str(), "r"),
                                                   pclose);
  REQUIRE(zbar);
  std::array<char, 256> buffer{};
  while (fgets(buffer.data(), buffer.size(), zbar.get())) text += buffer.data();
  std::filesystem::remove(file);
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

TEST_CASE("a booking code as a PNG: well-formed chunks, the quiet zone, and a scanner reads it back") {
  const auto code = QrCode::encode("K7M-4QX9");
  REQUIRE(code);
  const std::string png = png_of(*code, 8);
  REQUIRE(png.starts_with(std::string("\x89PNG\r\n\x1a\n", 8)));
  CHECK(png.substr(12, 4) == "IHDR");
  const auto pixels = static_cast<std::uint32_t>((code->side() + 8) * 8);
  CHECK(u32_at(png, 16) == pixels);
  CHECK(u32_at(png, 20) == pixels);
  // Every chunk's CRC covers its type and data.
  for (std::size_t at = 8; at < png.size();) {
    const std::uint32_t length = u32_at(png, at);
    const auto* typed = reinterpret_cast<const Bytef*>(png.data() + at + 4);
    CHECK(u32_at(png, at + 8 + length) == crc32(0L, typed, length + 4));
    at += 12 + length;
    if (at == png.size()) CHECK(png.substr(at - 8, 4) == "IEND");
  }
  CHECK(png.size() < 2048);  // small enough for every mail
  CHECK(decoded(png) == "K7M-4QX9");
}

TEST_CASE("a PNG of a long address still decodes, and a silly scale is refused") {
  const std::string url = "https://termine.example.org/booking/manage/" + std::string(64, 'f');
  const auto code = QrCode::encode(url);
  REQUIRE(code);
  CHECK(decoded(png_of(*code, 4)) == url);
  CHECK_THROWS_AS((void)png_of(*code, 0), std::invalid_argument);
}

}  // namespace
}  // namespace civiq::qr
