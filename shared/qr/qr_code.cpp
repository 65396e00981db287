// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "qr_code.hpp"

#include <qrencode.h>

#include <memory>
#include <string>

namespace civiq::qr {
namespace {

QRecLevel levelOf(QrErrorCorrection level) {
  switch (level) {
    case QrErrorCorrection::Medium:
      return QR_ECLEVEL_M;
    case QrErrorCorrection::Quartile:
      return QR_ECLEVEL_Q;
    case QrErrorCorrection::High:
      return QR_ECLEVEL_H;
  }
  return QR_ECLEVEL_M;  // unreachable: every enumerator is handled above
}

struct FreeQrCode {
  void operator()(QRcode* code) const { QRcode_free(code); }
};

}  // namespace

std::optional<QrCode> QrCode::encode(std::string_view text, QrErrorCorrection level) {
  // Byte mode (8-bit) keeps URLs exactly as given; version 0 lets libqrencode pick the smallest.
  const std::string copy(text);
  const std::unique_ptr<QRcode, FreeQrCode> code(QRcode_encodeData(
      static_cast<int>(copy.size()), reinterpret_cast<const unsigned char*>(copy.data()), 0, levelOf(level)));
  if (!code || code->width <= 0) return std::nullopt;
  const auto side = static_cast<std::size_t>(code->width);
  std::vector<bool> modules(side * side);
  // libqrencode: one byte per module, bit 0 = dark; the other bits describe the module's role.
  for (std::size_t i = 0; i < modules.size(); ++i) modules[i] = (code->data[i] & 1U) != 0;
  return QrCode(code->width, std::move(modules));
}

std::string svg_of(const QrCode& code) {
  constexpr int kQuietZone = 4;  // ISO/IEC 18004: four modules of light around the symbol
  const std::string size = std::to_string(code.side() + 2 * kQuietZone);
  std::string path;
  for (int row = 0; row < code.side(); ++row) {
    for (int column = 0; column < code.side(); ++column) {
      if (!code.dark(row, column)) continue;
      // A run of dark modules in a row is one rectangle: h (width) v1 h-(width).
      int end = column;
      while (end + 1 < code.side() && code.dark(row, end + 1)) ++end;
      const std::string width = std::to_string(end - column + 1);
      path += 'M' + std::to_string(column + kQuietZone) + ' ' + std::to_string(row + kQuietZone) + 'h' + width +
              "v1h-" + width + 'z';
      column = end;
    }
  }
  return R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 )" + size + ' ' + size +
         R"(" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path fill="#000" d=")" +
         path + R"("/></svg>)";
}

}  // namespace civiq::qr
