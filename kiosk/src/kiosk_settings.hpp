// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// How a kiosk is set up: its server and device token (the kit's DeviceSettings), its receipt
// printer and paper, and where it keeps what must survive a restart. From /etc/civiq/kiosk.toml
// (or --config) and flags; a bad value is a startup error naming file, line and key.
//   [server]  url, token_file
//   [kiosk]   language, offline_after_s, state_dir, idle_timeout_s, confirmation_s, report_every_s,
//             staff_keys, staff_pin_hash
//   [printer] queue, cups_server, paper_width_mm (80 or 58), dpi, roll_length_m, paper_low_m
// Thread rule: plain value.
#include <QKeySequence>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

#include "cups_printer.hpp"
#include "qtclient/device_settings.hpp"
#include "qtclient/toml_reader.hpp"
#include "receipt_layout.hpp"

namespace civiq::kiosk {

struct KioskSettings {
  qtclient::DeviceSettings device;
  PrinterConfig printer;  // queue "" = the one the server names for this kiosk (GET /api/v1/kiosk)
  PaperSpec paper;
  std::chrono::seconds idleTimeout{60};       // untouched this long: back to the start screen
  std::chrono::seconds confirmationTime{15};  // the number stays on screen this long after a ticket
  std::chrono::seconds reportInterval{60};    // health reports to the branch (kiosk_health.hpp)
  // The staff menu (kiosk_staff_menu.hpp): its key combination, and the PIN's argon2id hash from
  // `civiq-kiosk hash-pin` ("" = no staff menu).
  QKeySequence staffKeys{Qt::CTRL | Qt::ALT | Qt::Key_S};
  QString staffPinHash;
  bool fullScreen = true;                     // --windowed for development
};

// The print-test subcommand: the settings plus which service to draw a ticket for.
struct PrintTestSettings {
  KioskSettings kiosk;
  std::optional<int> service;  // nullopt: the first active service
};

[[nodiscard]] KioskSettings readKioskConfig(qtclient::TomlReader& config);
// `arguments`: the command line without the subcommand (program name first). Throws StartupError
// (with the help text for --help).
[[nodiscard]] PrintTestSettings parsePrintTestSettings(const QStringList& arguments);
// The touch screen (civiq-kiosk without a subcommand): the settings plus --windowed, --printer,
// --cups-server, --state-dir. Throws StartupError (with the help text for --help).
[[nodiscard]] KioskSettings parseKioskSettings(const QStringList& arguments);
// Where the kiosk keeps its state when [kiosk] state_dir is not set (~/.local/share/civiq-kiosk).
[[nodiscard]] QString defaultStateDir();

}  // namespace civiq::kiosk
