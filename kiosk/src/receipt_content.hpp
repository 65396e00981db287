// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// What goes on one printed ticket, as final text in the citizen's chosen language: the layout
// (receipt_layout.hpp) only places it. composeReceipt() turns the facts of an issued ticket into
// those lines; the wording for each language lives here, once. Pure: no Qt, no clock, no I/O.
// Invariant: `number` and `url` are not empty in a composed receipt. Thread rule: plain values.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "domain/berlin_time.hpp"

namespace civiq::kiosk {

// The facts of a ticket the server issued, before wording.
struct ReceiptFacts {
  std::string office;                 // the office's name (GET /api/v1/kiosk)
  std::string number;                 // "A017"
  std::vector<std::string> services;  // names in the chosen language, first the main service
  std::string issuedAt;               // date and time as the office writes them, "06.12.2026 09:41"
  std::optional<int> position;        // 1 = next of its service; absent: not waiting (appointment due)
  std::optional<std::chrono::seconds> estimatedWait;
  std::string url;              // the live-ticket page (the QR code's text)
  bool appointment = false;     // checked in with a booking
  std::string language = "de";  // de, en, pl, cs; anything else falls back to German
};

// The lines of the receipt, top to bottom.
struct ReceiptContent {
  std::string office;
  std::string number;
  std::string appointmentMark;  // empty: a walk-in ticket
  std::vector<std::string> services;
  std::string issuedAt;
  std::string peopleAhead;    // "Vor Ihnen: 3"; empty when unknown
  std::string estimatedWait;  // "Wartezeit ca. 15 Min."; empty when unknown
  std::string url;            // encoded as QR; also printed small for typing it in
  std::string scanHint;       // "Scannen: Ihre Nummer live auf dem Handy"
  std::string helpLine;       // "Bitte achten Sie auf die Anzeige."
};

// The date and time as printed: "06.12.2026 09:41", in Berlin time whatever the kiosk's clock
// zone (every office is in Europe/Berlin; the server counts its day there too).
[[nodiscard]] std::string receiptTime(domain::TimePoint issuedAt);

// Rounds the wait up to whole minutes (a citizen told "0 min" who then waits is misled); waits
// of an hour and more read "1 h 05 min"; no wait at all gives no wait line.
[[nodiscard]] ReceiptContent composeReceipt(const ReceiptFacts& facts);

}  // namespace civiq::kiosk
