// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "receipt_layout.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

namespace civiq::kiosk {
namespace {

const std::string kShortUrl = "http://127.0.0.1:9/t/Qm9vb2ZmZmZmZmZmZmZmZmZmZmZm";
const std::string kLongUrl =
    "https://termine.landkreis-goerlitz.example/buergerbuero/loebau/t/Qm9vb2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZm";
const std::string kLongService =
    "Abgabe Führerschein und Umtausch in einen EU-Kartenführerschein mit Eintragung der Schlüsselzahlen";

ReceiptContent content(std::vector<std::string> services, std::string url, std::string mark = {}) {
  ReceiptContent c;
  c.office = "Bürgerbüro Löbau";
  c.number = "A017";
  c.appointmentMark = std::move(mark);
  c.services = std::move(services);
  c.issuedAt = "06.12.2026 09:41";
  c.peopleAhead = "Vor Ihnen: 3";
  c.estimatedWait = "Wartezeit ca. 9 Min.";
  c.url = std::move(url);
  c.scanHint = "QR-Code scannen: Ihre Nummer live auf dem Handy";
  c.helpLine = "Bitte achten Sie auf die Anzeige im Wartebereich.";
  return c;
}

int lineCount(const ReceiptLayout& layout, std::string_view role) {
  int lines = 0;
  for (const auto& block : layout.texts)
    if (block.role == role) lines += static_cast<int>(block.lines.size());
  return lines;
}

// The layout's invariants, for any input.
void checkInvariants(const ReceiptLayout& layout) {
  const PaperSpec& paper = layout.paper;
  const int left = paper.marginDots();
  const int right = left + paper.printableDots();
  int previousBottom = 0;
  std::vector<std::pair<int, int>> spans;  // [top, bottom) of every element
  for (const auto& block : layout.texts) {
    CAPTURE(block.role);
    REQUIRE_FALSE(block.lines.empty());
    for (const auto& line : block.lines) {
      CAPTURE(line.text);
      CHECK(line.x >= left);
      CHECK(line.x + textWidth(line.text, block.pixelSize) <= right);
    }
    spans.emplace_back(block.top(), block.bottom());
  }
  const QrBlock& qr = layout.qr;
  CHECK(qr.moduleDots >= kMinModuleDots);
  CHECK(qr.x >= left);
  CHECK(qr.x + qr.sizeDots() <= right);
  CHECK(qr.dark.size() == static_cast<std::size_t>(qr.modules * qr.modules));
  spans.emplace_back(qr.y, qr.y + qr.sizeDots());
  std::sort(spans.begin(), spans.end());
  for (const auto& [top, bottom] : spans) {
    CHECK(top >= previousBottom);  // no overlap, top to bottom
    previousBottom = bottom;
  }
  CHECK(layout.lengthDots > previousBottom);
}

TEST_CASE("paper specs: printable width and dots at 203 dpi") {
  CHECK(PaperSpec::forWidth(80).printableDots() == 575);  // 72 mm
  CHECK(PaperSpec::forWidth(80).widthDots() == 639);
  CHECK(PaperSpec::forWidth(58).printableDots() == 383);  // 48 mm
  CHECK(PaperSpec::forWidth(58).marginDots() == 40);
  CHECK(PaperSpec::forWidth(80, 300).printableDots() == 850);
  CHECK(PaperSpec::forWidth(80).pixels(10) == 28);
}

TEST_CASE("wrapping: words stay whole, overlong words break at the edge, UTF-8 counts characters") {
  struct Case {
    std::string text;
    int columns;
    std::vector<std::string> lines;
  };
  const Case cases[] = {
      {"Kfz-Zulassung", 20, {"Kfz-Zulassung"}},
      {"Abgabe Führerschein × 1", 12, {"Abgabe", "Führerschein", "× 1"}},
      {"äöü äöü äöü", 7, {"äöü äöü", "äöü"}},
      {"http://x/t/abcdefghij", 8, {"http://x", "/t/abcde", "fghij"}},
      {"  zwei  Leerzeichen ", 40, {"zwei Leerzeichen"}},
      {"", 10, {}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(wrapText(c.text, c.columns) == c.lines);
  }
}

TEST_CASE("receipt layouts on 80 and 58 mm paper") {
  struct Case {
    const char* name;
    PaperSpec paper;
    std::vector<std::string> services;
    std::string url;
    std::string mark;
    int minServiceLines;
    int minModuleDots;
  };
  const Case cases[] = {
      {"80 mm, one short service", PaperSpec::forWidth(80), {"Kfz-Zulassung"}, kShortUrl, "", 1, 5},
      {"58 mm, one short service", PaperSpec::forWidth(58), {"Kfz-Zulassung"}, kShortUrl, "", 1, 3},
      {"80 mm, long service wraps", PaperSpec::forWidth(80), {kLongService}, kShortUrl, "", 3, 5},
      {"58 mm, long service wraps more", PaperSpec::forWidth(58), {kLongService}, kShortUrl, "", 5, 3},
      {"80 mm, two services and a long URL",
       PaperSpec::forWidth(80),
       {"Kfz-Zulassung", "Abgabe Führerschein × 1"},
       kLongUrl,
       "TERMIN",
       2,
       4},
      {"58 mm, long URL, appointment", PaperSpec::forWidth(58), {"Fahrerlaubnis"}, kLongUrl, "WIZYTA UMÓWIONA", 1, 3},
      {"80 mm at 300 dpi", PaperSpec::forWidth(80, 300), {kLongService}, kLongUrl, "", 3, 5},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const auto qr = qr::QrCode::encode(c.url);
    REQUIRE(qr.has_value());
    const auto layout = layoutReceipt(content(c.services, c.url, c.mark), *qr, c.paper);
    REQUIRE(layout.has_value());
    checkInvariants(*layout);
    CHECK(lineCount(*layout, "service") >= c.minServiceLines);
    CHECK(layout->qr.moduleDots >= c.minModuleDots);
    CHECK(lineCount(*layout, "number") == 1);  // the number is never broken
    CHECK((layout->find("mark") != nullptr) == !c.mark.empty());
    if (const auto* mark = layout->find("mark")) CHECK(mark->inverted);
    // Body text stays readable: 10 pt.
    CHECK(layout->find("help")->pixelSize == c.paper.pixels(10));
  }
}

TEST_CASE("the number shrinks to fit narrow paper, the QR code gets smaller modules, not smaller than 3 dots") {
  const auto qr = qr::QrCode::encode(kShortUrl);
  REQUIRE(qr.has_value());
  auto wide = content({"Kfz-Zulassung"}, kShortUrl);
  wide.number = "KFZ-A-0017";
  const auto at80 = layoutReceipt(wide, *qr, PaperSpec::forWidth(80));
  const auto at58 = layoutReceipt(wide, *qr, PaperSpec::forWidth(58));
  REQUIRE(at80.has_value());
  REQUIRE(at58.has_value());
  CHECK(at58->find("number")->pixelSize < at80->find("number")->pixelSize);
  CHECK(at58->qr.moduleDots < at80->qr.moduleDots);
  checkInvariants(*at58);
}

TEST_CASE("a QR code that cannot get 3-dot modules is refused, as is a nonsense paper") {
  const std::string huge(1500, 'x');  // version 31-M: 141 modules + quiet zone > 383 dots / 3
  const auto qr = qr::QrCode::encode(huge);
  REQUIRE(qr.has_value());
  const auto refused = layoutReceipt(content({"Kfz"}, huge), *qr, PaperSpec::forWidth(58));
  REQUIRE_FALSE(refused.has_value());
  CHECK(refused.error().code == domain::ErrorCode::InvalidArgument);
  CHECK(refused.error().detail.find("dots") != std::string::npos);

  const auto small = qr::QrCode::encode(kShortUrl);
  REQUIRE(small.has_value());
  PaperSpec nonsense = PaperSpec::forWidth(80);
  nonsense.dpi = 20;
  CHECK_FALSE(layoutReceipt(content({"Kfz"}, kShortUrl), *small, nonsense).has_value());
}

}  // namespace
}  // namespace civiq::kiosk
