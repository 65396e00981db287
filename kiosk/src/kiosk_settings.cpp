// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "kiosk_settings.hpp"

#include <QStandardPaths>
#include <limits>

#include "qtclient/device_command_line.hpp"
#include "staff_pin.hpp"

namespace civiq::kiosk {
namespace {

using qtclient::DeviceCommandLine;

constexpr qtclient::DeviceSettings::Keys kDeviceKeys{.offlineAfter = "kiosk", .language = "kiosk"};
constexpr int kMinDpi = 150;  // below this a URL's QR code does not decode from a receipt
constexpr int kMaxDpi = 600;
constexpr int kMaxRollMetres = 500;
constexpr int kMmPerMetre = 1000;
constexpr int kRollWidths[] = {80, 58};
constexpr int kMinIdleSeconds = 10;  // shorter, and a citizen reading the screen is thrown out
constexpr int kMaxIdleSeconds = 600;
constexpr int kMinConfirmationSeconds = 3;
constexpr int kMaxConfirmationSeconds = 120;
constexpr int kMinReportSeconds = 5;
constexpr int kMaxReportSeconds = 600;  // staff learn of a silent kiosk after two intervals

QString widthProblem() {
  return QStringLiteral("must be 80 or 58");
}

bool knownWidth(int width) {
  for (const int known : kRollWidths)
    if (width == known) return true;
  return false;
}

// The printer flags both command lines share (the touch screen and print-test), and what they set.
struct PrinterFlags {
  QCommandLineOption printer{QStringLiteral("printer"), QStringLiteral("CUPS queue of the receipt printer"),
                             QStringLiteral("queue")};
  QCommandLineOption cupsServer{QStringLiteral("cups-server"),
                                QStringLiteral("CUPS scheduler (host:port or socket; default CUPS_SERVER)"),
                                QStringLiteral("server")};
  QCommandLineOption stateDir{QStringLiteral("state-dir"),
                              QStringLiteral("where printed tickets and the paper count are kept"),
                              QStringLiteral("dir")};

  [[nodiscard]] QList<QCommandLineOption> options() const { return {printer, cupsServer, stateDir}; }

  // The flags over the file's values, the default state folder, and the token every kiosk needs.
  void applyTo(const DeviceCommandLine& commandLine, KioskSettings& settings) const;
};

// A combination a barcode scanner never types (it sends plain characters and Enter).
void readStaffMenu(qtclient::TomlReader& config, KioskSettings& settings) {
  QString keys = settings.staffKeys.toString(QKeySequence::PortableText);
  config.string("kiosk", "staff_keys", keys);
  const QKeySequence sequence = QKeySequence::fromString(keys, QKeySequence::PortableText);
  const auto modifiers = sequence.isEmpty() ? Qt::KeyboardModifiers{} : sequence[0].keyboardModifiers();
  if (sequence.count() != 1 || sequence[0].key() == Qt::Key_unknown || !(modifiers & (Qt::ControlModifier | Qt::AltModifier)))
    config.fail("kiosk", "staff_keys", QStringLiteral("must be one key with Ctrl or Alt, like \"Ctrl+Alt+S\""));
  settings.staffKeys = sequence;
  config.string("kiosk", "staff_pin_hash", settings.staffPinHash);
  if (!settings.staffPinHash.isEmpty() && !isStaffPinHash(settings.staffPinHash))
    config.fail("kiosk", "staff_pin_hash", QStringLiteral("must be the line `civiq-kiosk hash-pin` prints ($argon2id$…)"));
}

}  // namespace

QString defaultStateDir() {
  return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

void PrinterFlags::applyTo(const DeviceCommandLine& commandLine, KioskSettings& settings) const {
  if (commandLine.isSet(printer)) settings.printer.queue = commandLine.value(printer);
  if (commandLine.isSet(cupsServer)) settings.printer.cupsServer = commandLine.value(cupsServer);
  if (commandLine.isSet(stateDir)) settings.printer.stateDir = commandLine.value(stateDir);
  if (settings.printer.stateDir.isEmpty()) settings.printer.stateDir = defaultStateDir();
  if (settings.device.token.isEmpty())
    throw qtclient::StartupError("no device token: pass --token-file (civiq-admin device enroll NAME --kind kiosk)");
}

KioskSettings readKioskConfig(qtclient::TomlReader& config) {
  KioskSettings settings;
  settings.device.read(config, kDeviceKeys);
  config.string("kiosk", "state_dir", settings.printer.stateDir);
  int idle = static_cast<int>(settings.idleTimeout.count());
  config.integer("kiosk", "idle_timeout_s", idle, kMinIdleSeconds, kMaxIdleSeconds);
  settings.idleTimeout = std::chrono::seconds(idle);
  int confirmation = static_cast<int>(settings.confirmationTime.count());
  config.integer("kiosk", "confirmation_s", confirmation, kMinConfirmationSeconds, kMaxConfirmationSeconds);
  settings.confirmationTime = std::chrono::seconds(confirmation);
  int report = static_cast<int>(settings.reportInterval.count());
  config.integer("kiosk", "report_every_s", report, kMinReportSeconds, kMaxReportSeconds);
  settings.reportInterval = std::chrono::seconds(report);
  readStaffMenu(config, settings);
  config.string("printer", "queue", settings.printer.queue);
  config.string("printer", "cups_server", settings.printer.cupsServer);
  int width = settings.paper.widthMm;
  config.integer("printer", "paper_width_mm", width, 1, 1000);
  if (!knownWidth(width)) config.fail("printer", "paper_width_mm", widthProblem());
  int dpi = settings.paper.dpi;
  config.integer("printer", "dpi", dpi, kMinDpi, kMaxDpi);
  settings.paper = PaperSpec::forWidth(width, dpi);
  int rollMetres = static_cast<int>(settings.printer.roll.rollLengthMm / kMmPerMetre);
  int lowMetres = static_cast<int>(settings.printer.roll.lowAtMm / kMmPerMetre);
  config.integer("printer", "roll_length_m", rollMetres, 0, kMaxRollMetres);
  config.integer("printer", "paper_low_m", lowMetres, 0, kMaxRollMetres);
  settings.printer.roll.rollLengthMm = rollMetres * kMmPerMetre;
  settings.printer.roll.lowAtMm = lowMetres * kMmPerMetre;
  config.refuseUnknown();
  return settings;
}

PrintTestSettings parsePrintTestSettings(const QStringList& arguments) {
  DeviceCommandLine commandLine(QStringLiteral("kiosk"),
                                QStringLiteral("civiq-kiosk print-test: issues one real ticket and prints it as the "
                                               "touch screen would; prints the ticket's live URL"));
  const PrinterFlags printerFlags;
  const QCommandLineOption service(QStringLiteral("service"), QStringLiteral("service id (default: the first)"),
                                   QStringLiteral("id"));
  const QCommandLineOption paperWidth(QStringLiteral("paper-width"), QStringLiteral("roll width in mm: 80 or 58"),
                                      QStringLiteral("mm"));
  const QCommandLineOption dpi(QStringLiteral("dpi"), QStringLiteral("printer resolution (default 203)"),
                               QStringLiteral("dpi"));
  commandLine.addOptions(printerFlags.options() + QList<QCommandLineOption>{service, paperWidth, dpi});
  commandLine.parse(arguments);

  auto config = commandLine.config();
  PrintTestSettings settings;
  settings.kiosk = config ? readKioskConfig(*config) : KioskSettings{};
  commandLine.applyTo(settings.kiosk.device);
  auto& kiosk = settings.kiosk;
  auto number = [&](const QCommandLineOption& flag, int min, int max) {
    bool ok = false;
    const int value = commandLine.value(flag).toInt(&ok);
    if (!ok || value < min || value > max)
      DeviceCommandLine::fail(flag, QStringLiteral("expected a number from %1 to %2").arg(min).arg(max));
    return value;
  };
  if (commandLine.isSet(service)) settings.service = number(service, 1, std::numeric_limits<int>::max());
  int width = kiosk.paper.widthMm;
  int resolution = kiosk.paper.dpi;
  if (commandLine.isSet(paperWidth)) {
    width = number(paperWidth, 1, 1000);
    if (!knownWidth(width)) DeviceCommandLine::fail(paperWidth, widthProblem());
  }
  if (commandLine.isSet(dpi)) resolution = number(dpi, kMinDpi, kMaxDpi);
  kiosk.paper = PaperSpec::forWidth(width, resolution);
  printerFlags.applyTo(commandLine, kiosk);
  return settings;
}

KioskSettings parseKioskSettings(const QStringList& arguments) {
  DeviceCommandLine commandLine(QStringLiteral("kiosk"),
                                QStringLiteral("civiq-kiosk: the ticket kiosk's touch screen (full screen; "
                                               "civiq-kiosk print-test --help for the printer check)"));
  const QCommandLineOption windowed(QStringLiteral("windowed"), QStringLiteral("a window instead of full screen"));
  const PrinterFlags printerFlags;
  commandLine.addOptions(QList<QCommandLineOption>{windowed} + printerFlags.options());
  commandLine.parse(arguments);
  auto config = commandLine.config();
  KioskSettings settings = config ? readKioskConfig(*config) : KioskSettings{};
  commandLine.applyTo(settings.device);
  settings.fullScreen = !commandLine.isSet(windowed);
  printerFlags.applyTo(commandLine, settings);
  return settings;
}

}  // namespace civiq::kiosk
