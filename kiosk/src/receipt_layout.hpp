// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// The receipt's layout: a pure function from the ticket's lines (receipt_content.hpp), its QR code
// and the paper to positioned elements in printer dots, so that what the renderer paints is known
// and tested before any painting. Text is set in a monospaced face (DejaVu Sans Mono: every glyph
// advances kMonoAdvance em), so wrapping is exact arithmetic, the same here and on paper.
// Invariants of a layout: every line of text and the QR code with its quiet zone lie inside the
// printable width; QR modules are whole dots (≥ kMinModuleDots); elements do not overlap and
// lengthDots ends below the last one. Thread rule: plain values; layoutReceipt() is pure.
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "qr/qr_code.hpp"
#include "receipt_content.hpp"

namespace civiq::kiosk {

// Glyph advance and line height of DejaVu Sans Mono, in em (units per em 2048: advance 1233,
// ascent 1901, descent 483).
inline constexpr double kMonoAdvance = 1233.0 / 2048.0;
inline constexpr double kMonoLineHeight = (1901.0 + 483.0) / 2048.0;
inline constexpr double kMonoAscent = 1901.0 / 2048.0;
inline constexpr double kMmPerInch = 25.4;
inline constexpr double kPointsPerInch = 72.0;
// Below three dots per module a 203 dpi thermal head's dot gain merges modules (ISO/IEC 18004
// readers want ≥ 0.25 mm; 3 dots are 0.375 mm). The quiet zone of four modules is the standard's.
inline constexpr int kMinModuleDots = 3;
inline constexpr int kQuietZoneModules = 4;

// The paper roll and the print head.
struct PaperSpec {
  int widthMm = 80;           // 80 or 58 mm rolls
  int printableWidthMm = 72;  // what the head reaches: 72 mm on 80 mm paper, 48 mm on 58 mm
  int dpi = 203;              // 8 dots/mm, the common thermal head

  // The usual printable width for a roll width (80 → 72, 58 → 48, else 4 mm margins each side).
  [[nodiscard]] static PaperSpec forWidth(int widthMm, int dpi = 203);
  [[nodiscard]] int dots(double mm) const;  // mm → dots, rounded down
  [[nodiscard]] int widthDots() const { return dots(widthMm); }
  [[nodiscard]] int printableDots() const { return dots(printableWidthMm); }
  [[nodiscard]] int marginDots() const { return (widthDots() - printableDots()) / 2; }
  [[nodiscard]] int pixels(double points) const;  // font points → dots
};

// Sizes and spacing of the receipt. Point sizes read as on paper at any dpi.
struct ReceiptStyle {
  double officePt = 12;
  double numberPt = 48;  // shrunk to fit the width if needed, never below numberMinPt
  double numberMinPt = 24;
  double markPt = 14;  // the appointment mark, printed inverted
  double servicePt = 12;
  double bodyPt = 10;  // date, people ahead, wait, help
  double urlPt = 8;
  double topMm = 3;         // above the office name
  double gapMm = 2.5;       // between groups
  double bottomMm = 8;      // below the help line: room for the tear-off or the cutter
  double qrMaxShare = 0.7;  // of the printable width, so the code does not dominate the ticket
  int qrMaxModuleDots = 8;  // 1 mm at 203 dpi: larger modules only lengthen the ticket
};

enum class Align { Left, Center };

struct TextLine {
  std::string text;  // UTF-8
  int x = 0;         // left edge, dots from the paper's left edge
  int y = 0;         // top of the line box, dots from the top
};

// One block of text in one font size (the renderer uses DejaVu Sans Mono at pixelSize).
struct TextBlock {
  std::string role;  // office, number, mark, service, issued, ahead, wait, scan, url, help (tests, debugging)
  int pixelSize = 0;
  bool bold = false;
  bool inverted = false;  // white on a black bar (the appointment mark)
  Align align = Align::Center;
  int lineHeight = 0;
  std::vector<TextLine> lines;
  [[nodiscard]] int top() const { return lines.empty() ? 0 : lines.front().y; }
  [[nodiscard]] int bottom() const { return lines.empty() ? 0 : lines.back().y + lineHeight; }
};

struct QrBlock {
  int x = 0;  // outer edge of the quiet zone
  int y = 0;
  int moduleDots = 0;
  int modules = 0;         // side of the symbol without the quiet zone
  std::vector<bool> dark;  // modules × modules, row by row (qr::QrCode::modules())
  [[nodiscard]] int sizeDots() const { return (modules + 2 * kQuietZoneModules) * moduleDots; }
  // Left/top edge of the symbol itself (inside the quiet zone).
  [[nodiscard]] int symbolX() const { return x + kQuietZoneModules * moduleDots; }
  [[nodiscard]] int symbolY() const { return y + kQuietZoneModules * moduleDots; }
};

struct ReceiptLayout {
  PaperSpec paper;
  int lengthDots = 0;  // the page length; width is paper.widthDots()
  std::vector<TextBlock> texts;
  QrBlock qr;
  [[nodiscard]] const TextBlock* find(std::string_view role) const;
};

// Characters of a monospaced line that fit `widthDots` at `pixelSize`.
[[nodiscard]] int columnsFor(int widthDots, int pixelSize);
// Width in dots of a line at `pixelSize` (UTF-8 code points × advance).
[[nodiscard]] int textWidth(std::string_view text, int pixelSize);
// Wraps at spaces; words longer than a line (URLs) are broken where they reach the edge.
[[nodiscard]] std::vector<std::string> wrapText(std::string_view text, int columns);

// InvalidArgument when the QR code cannot be printed with modules of kMinModuleDots within the
// printable width (paper too narrow for the URL) or the paper spec is nonsense.
[[nodiscard]] domain::Result<ReceiptLayout> layoutReceipt(const ReceiptContent& content, const qr::QrCode& qr,
                                                          const PaperSpec& paper, const ReceiptStyle& style = {});

}  // namespace civiq::kiosk
