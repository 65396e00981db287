// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "qr_png.hpp"

#include <zlib.h>

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string_view>

namespace civiq::qr {
namespace {

constexpr int kQuietZone = 4;  // ISO/IEC 18004: four modules of light around the symbol

void put_u32(std::string& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((value >> shift) & 0xffU);
}

// A PNG chunk: length, type, data, and the CRC-32 of type and data (zlib's crc32 is PNG's).
void put_chunk(std::string& out, std::string_view type, std::string_view data) {
  put_u32(out, static_cast<std::uint32_t>(data.size()));
  const std::size_t typed = out.size();
  out += type;
  out += data;
  const auto* bytes = reinterpret_cast<const Bytef*>(out.data() + typed);
  put_u32(out, static_cast<std::uint32_t>(crc32(0L, bytes, static_cast<uInt>(out.size() - typed))));
}

// The image's rows as PNG filters them: each a filter byte (0: none), then 1 bit per pixel, most
// significant first, 1 = white (grey scale of depth 1).
std::string scanlines(const QrCode& code, int scale) {
  const int pixels = (code.side() + 2 * kQuietZone) * scale;
  const std::size_t row_bytes = static_cast<std::size_t>(pixels + 7) / 8;
  std::string rows;
  rows.reserve(static_cast<std::size_t>(pixels) * (row_bytes + 1));
  for (int y = 0; y < pixels; ++y) {
    std::string row(row_bytes, '\0');
    for (int x = 0; x < pixels; ++x) {
      const int module_row = y / scale - kQuietZone, module_column = x / scale - kQuietZone;
      const bool inside = module_row >= 0 && module_column >= 0 && module_row < code.side() && module_column < code.side();
      if (inside && code.dark(module_row, module_column)) continue;
      row[static_cast<std::size_t>(x / 8)] = static_cast<char>(row[static_cast<std::size_t>(x / 8)] | (0x80 >> (x % 8)));
    }
    rows += '\0';
    rows += row;
  }
  return rows;
}

std::string deflated(const std::string& raw) {
  uLongf size = compressBound(static_cast<uLong>(raw.size()));
  std::string out(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(raw.data()),
                static_cast<uLong>(raw.size()), Z_BEST_COMPRESSION) != Z_OK)
    throw std::runtime_error("zlib could not compress the QR code's image");
  out.resize(size);
  return out;
}

}  // namespace

std::string png_of(const QrCode& code, int scale) {
  if (scale < 1 || scale > 64) throw std::invalid_argument("png_of: scale from 1 to 64");
  const auto pixels = static_cast<std::uint32_t>((code.side() + 2 * kQuietZone) * scale);
  std::string header;
  put_u32(header, pixels);  // width
  put_u32(header, pixels);  // height
  header += std::string_view("\x01\x00\x00\x00\x00", 5);  // depth 1, grey scale, deflate, filtering 0, no interlace
  std::string png("\x89PNG\r\n\x1a\n", 8);
  put_chunk(png, "IHDR", header);
  put_chunk(png, "IDAT", deflated(scanlines(code, scale)));
  put_chunk(png, "IEND", {});
  return png;
}

}  // namespace civiq::qr
