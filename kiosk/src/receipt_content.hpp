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

// What the server said about the wait (IssuedTicket, protocol v1.3): a point, the range the wait
// should fall in, and whether any counter that serves the service is open at all.
struct WaitFacts {
  std::optional<std::chrono::seconds> estimate;
  std::optional<std::chrono::seconds> low, high;  // absent from servers before v1.3: the point alone
  bool serviceOpen = true;
};

// The facts of a ticket the server issued, before wording.
struct ReceiptFacts {
  std::string office;                 // the office's name (GET /api/v1/kiosk)
  std::string number;                 // "A017"
  std::vector<std::string> services;  // names in the chosen language, first the main service
  std::string issuedAt;               // date and time as the office writes them, "06.12.2026 09:41"
  std::optional<int> position;        // 1 = next of its service; absent: not waiting (appointment due)
  WaitFacts wait;
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
  std::string estimatedWait;  // "Wartezeit 15–25 Min." (see waitLine); empty when unknown
  std::string url;            // encoded as QR; also printed small for typing it in
  std::string scanHint;       // "Scannen: Ihre Nummer live auf dem Handy"
  std::string helpLine;       // "Bitte achten Sie auf die Anzeige."
};

// The date and time as printed: "06.12.2026 09:41", in Berlin time whatever the kiosk's clock
// zone (every office is in Europe/Berlin; the server counts its day there too).
[[nodiscard]] std::string receiptTime(domain::TimePoint issuedAt);

// The wait in the ticket's language, for the paper and the screen alike: the range ("Wartezeit
// 15–25 Min.", the lower end rounded down but at least 1, the upper one up), or the point rounded
// up ("Wartezeit ca. 9 Min.") when the range is a single minute or the server sent none; waits of an
// hour and more read "1 h 05 Min."; no wait at all gives no line (a citizen told "0 min" who then
// waits is misled). When no open counter serves the service, it says so instead of any time.
[[nodiscard]] std::string waitLine(const WaitFacts& wait, std::string_view language);

[[nodiscard]] ReceiptContent composeReceipt(const ReceiptFacts& facts);

}  // namespace civiq::kiosk
