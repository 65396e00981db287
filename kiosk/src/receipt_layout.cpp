// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "receipt_layout.hpp"

#include <algorithm>
#include <cmath>

namespace civiq::kiosk {
namespace {

// Common thermal heads: 72 mm of 80 mm paper, 48 mm of 58 mm paper; other rolls keep this margin.
constexpr int kPrintable80 = 72;
constexpr int kPrintable58 = 48;
constexpr int kOtherMarginMm = 4;
constexpr int kMinDpi = 100;  // below this no QR code of a URL fits a receipt
constexpr int kMaxDpi = 1200;
constexpr int kMinWidthMm = 40;

bool isContinuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

std::size_t codePoints(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return !isContinuation(c); }));
}

// Byte offset after `count` code points of `text` (or its size).
std::size_t advanceCodePoints(std::string_view text, std::size_t count) {
  std::size_t i = 0;
  while (i < text.size() && count > 0) {
    ++i;
    while (i < text.size() && isContinuation(text[i])) ++i;
    --count;
  }
  return i;
}

double advanceDots(int pixelSize) {
  return kMonoAdvance * pixelSize;
}
int lineHeightOf(int pixelSize) {
  return static_cast<int>(std::ceil(kMonoLineHeight * pixelSize));
}

// Places a block of text from `y` down; returns its bottom.
class Placer {
 public:
  Placer(const PaperSpec& paper, int y) : paper_(paper), y_(y) {}

  void text(std::vector<TextBlock>& out, std::string role, std::string_view text, int pixelSize, bool bold,
            bool inverted = false) {
    if (text.empty()) return;
    TextBlock block;
    block.role = std::move(role);
    block.pixelSize = pixelSize;
    block.bold = bold;
    block.inverted = inverted;
    block.lineHeight = lineHeightOf(pixelSize);
    const int columns = columnsFor(paper_.printableDots(), pixelSize);
    for (auto& line : wrapText(text, columns)) {
      const int width = textWidth(line, pixelSize);
      const int x = paper_.marginDots() + (paper_.printableDots() - width) / 2;
      block.lines.push_back(TextLine{std::move(line), x, y_});
      y_ += block.lineHeight;
    }
    out.push_back(std::move(block));
  }
  void gap(int dots) { y_ += dots; }
  [[nodiscard]] int y() const { return y_; }

 private:
  const PaperSpec& paper_;
  int y_;
};

}  // namespace

PaperSpec PaperSpec::forWidth(int widthMm, int dpi) {
  PaperSpec spec;
  spec.widthMm = widthMm;
  spec.dpi = dpi;
  if (widthMm == 80)
    spec.printableWidthMm = kPrintable80;
  else if (widthMm == 58)
    spec.printableWidthMm = kPrintable58;
  else
    spec.printableWidthMm = widthMm - 2 * kOtherMarginMm;
  return spec;
}

int PaperSpec::dots(double mm) const {
  return static_cast<int>(std::floor(mm * dpi / kMmPerInch + 1e-9));
}

int PaperSpec::pixels(double points) const {
  return static_cast<int>(std::lround(points * dpi / kPointsPerInch));
}

int columnsFor(int widthDots, int pixelSize) {
  if (pixelSize <= 0) return 0;
  return static_cast<int>(std::floor(widthDots / advanceDots(pixelSize)));
}

int textWidth(std::string_view text, int pixelSize) {
  return static_cast<int>(std::ceil(static_cast<double>(codePoints(text)) * advanceDots(pixelSize)));
}

std::vector<std::string> wrapText(std::string_view text, int columns) {
  std::vector<std::string> lines;
  if (columns <= 0) return lines;
  const auto limit = static_cast<std::size_t>(columns);
  std::string line;
  std::size_t lineLength = 0;
  auto flush = [&] {
    if (!line.empty()) lines.push_back(std::move(line));
    line.clear();
    lineLength = 0;
  };
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t space = text.find(' ', start);
    std::string_view word =
        text.substr(start, space == std::string_view::npos ? std::string_view::npos : space - start);
    start = space == std::string_view::npos ? text.size() : space + 1;
    if (word.empty()) continue;
    std::size_t length = codePoints(word);
    if (lineLength > 0 && lineLength + 1 + length <= limit) {
      line += ' ';
      line += word;
      lineLength += 1 + length;
      continue;
    }
    flush();
    while (length > limit) {  // a word longer than a line: break it at the edge
      const std::size_t cut = advanceCodePoints(word, limit);
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
      length -= limit;
    }
    line = std::string(word);
    lineLength = length;
  }
  flush();
  return lines;
}

const TextBlock* ReceiptLayout::find(std::string_view role) const {
  const auto it = std::find_if(texts.begin(), texts.end(), [&](const TextBlock& b) { return b.role == role; });
  return it == texts.end() ? nullptr : &*it;
}

domain::Result<ReceiptLayout> layoutReceipt(const ReceiptContent& content, const qr::QrCode& qr, const PaperSpec& paper,
                                            const ReceiptStyle& style) {
  using domain::ErrorCode;
  if (paper.dpi < kMinDpi || paper.dpi > kMaxDpi)
    return {ErrorCode::InvalidArgument, "printer resolution must be between 100 and 1200 dpi"};
  if (paper.widthMm < kMinWidthMm || paper.printableWidthMm <= 0 || paper.printableWidthMm > paper.widthMm)
    return {ErrorCode::InvalidArgument, "paper width must be at least 40 mm with a printable width inside it"};

  ReceiptLayout layout;
  layout.paper = paper;
  Placer place(paper, paper.dots(style.topMm));
  const int gap = paper.dots(style.gapMm);

  place.text(layout.texts, "office", content.office, paper.pixels(style.officePt), true);
  place.gap(gap);
  // The number is what the citizen looks for on the display: as large as fits on one line.
  int numberPx = paper.pixels(style.numberPt);
  const int numberMinPx = paper.pixels(style.numberMinPt);
  while (numberPx > numberMinPx && textWidth(content.number, numberPx) > paper.printableDots()) --numberPx;
  place.text(layout.texts, "number", content.number, numberPx, true);
  if (!content.appointmentMark.empty()) {
    place.text(layout.texts, "mark", content.appointmentMark, paper.pixels(style.markPt), true, true);
  }
  place.gap(gap);
  for (const auto& service : content.services)
    place.text(layout.texts, "service", service, paper.pixels(style.servicePt), true);
  place.gap(gap);
  const int bodyPx = paper.pixels(style.bodyPt);
  place.text(layout.texts, "issued", content.issuedAt, bodyPx, false);
  place.text(layout.texts, "ahead", content.peopleAhead, bodyPx, false);
  place.text(layout.texts, "wait", content.estimatedWait, bodyPx, false);
  place.gap(gap);

  // The QR code: whole dots per module, as large as allowed up to qrMaxModuleDots.
  const int totalModules = qr.side() + 2 * kQuietZoneModules;
  const int preferredWidth = static_cast<int>(std::floor(paper.printableDots() * style.qrMaxShare));
  int moduleDots = std::min(style.qrMaxModuleDots, preferredWidth / totalModules);
  if (moduleDots < kMinModuleDots) moduleDots = paper.printableDots() / totalModules;  // use the whole width
  if (moduleDots < kMinModuleDots)
    return {ErrorCode::InvalidArgument, "the QR code of \"" + content.url + "\" needs " +
                                            std::to_string(totalModules * kMinModuleDots) + " dots, the paper has " +
                                            std::to_string(paper.printableDots())};
  layout.qr.moduleDots = moduleDots;
  layout.qr.modules = qr.side();
  layout.qr.dark = qr.modules();
  layout.qr.x = paper.marginDots() + (paper.printableDots() - layout.qr.sizeDots()) / 2;
  layout.qr.y = place.y();
  place.gap(layout.qr.sizeDots());

  place.text(layout.texts, "scan", content.scanHint, bodyPx, false);
  place.text(layout.texts, "url", content.url, paper.pixels(style.urlPt), false);
  place.gap(gap);
  place.text(layout.texts, "help", content.helpLine, bodyPx, false);
  layout.lengthDots = place.y() + paper.dots(style.bottomMm);
  return layout;
}

}  // namespace civiq::kiosk
