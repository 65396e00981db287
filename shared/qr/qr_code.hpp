// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// A QR code as a square matrix of modules (true = dark), made by libqrencode in byte mode with
// error correction M or better: a creased or partly faded thermal print, or a phone screen in a
// bright office, still decodes. Used by the kiosk's tickets (the live ticket's address) and by
// central booking's pages (the booking code the kiosk checks in). Invariant: side() is 21 + 4k
// (versions 1..40) and modules() holds side()² values, row by row; the quiet zone is not included
// (the layout adds it). Thread rule: plain value; encode() and svg_of() are reentrant.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace civiq::qr {

enum class QrErrorCorrection { Medium, Quartile, High };  // L (7 %) is too weak for paper

class QrCode {
 public:
  // nullopt when the text does not fit the largest QR code (or libqrencode fails).
  [[nodiscard]] static std::optional<QrCode> encode(std::string_view text,
                                                    QrErrorCorrection level = QrErrorCorrection::Medium);

  [[nodiscard]] int side() const { return side_; }
  [[nodiscard]] bool dark(int row, int column) const {
    return modules_[static_cast<std::size_t>(row) * static_cast<std::size_t>(side_) + static_cast<std::size_t>(column)];
  }
  [[nodiscard]] const std::vector<bool>& modules() const { return modules_; }

 private:
  QrCode(int side, std::vector<bool> modules) : side_(side), modules_(std::move(modules)) {}
  int side_ = 0;
  std::vector<bool> modules_;
};

// The code as an SVG image, one unit per module with the standard quiet zone of four modules around
// it, dark modules as one path (crisp at any size, a few hundred bytes for a booking code).
[[nodiscard]] std::string svg_of(const QrCode& code);

}  // namespace civiq::qr
