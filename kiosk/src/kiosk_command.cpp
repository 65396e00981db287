// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "kiosk_command.hpp"

#include <termios.h>
#include <unistd.h>

#include <QEventLoop>
#include <QTextStream>
#include <QTimer>
#include <cstring>
#include <iostream>
#include <string>

#include "print_test.hpp"
#include "staff_pin.hpp"

namespace civiq::kiosk {
namespace {

constexpr int kUsageExit = 2;
const char* const kPrintTest = "print-test";

QString usage() {
  return QStringLiteral(
      "usage: civiq-kiosk print-test --server URL --token-file FILE [--printer QUEUE] [--service ID]\n"
      "                              [--cups-server SERVER] [--state-dir DIR] [--paper-width 80|58] [--dpi N]\n"
      "                              [--config FILE] [--language CODE]\n"
      "       civiq-kiosk hash-pin < PIN\n"
      "  print-test  issue one real ticket, print it as the touch screen would, print its live URL\n"
      "  hash-pin    read a staff PIN (4-12 digits), print the staff_pin_hash line for kiosk.toml\n"
      "Without a subcommand civiq-kiosk starts the touch screen (civiq-kiosk --help lists its flags);\n"
      "civiq-kiosk print-test --help lists print-test's flags.\n");
}

// A line from standard input; on a terminal without echo, so the PIN is not left on screen.
std::string readSecretLine() {
  const bool terminal = isatty(STDIN_FILENO) != 0;
  termios saved{};
  if (terminal) {
    std::cerr << "Staff PIN: " << std::flush;
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (terminal) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << '\n';
  }
  return line;
}

}  // namespace

int runHashPin() {
  const QString pin = QString::fromStdString(readSecretLine()).trimmed();
  if (const QString problem = staffPinProblem(pin); !problem.isEmpty()) {
    std::cerr << "civiq-kiosk hash-pin: " << problem.toStdString() << '\n';
    return kUsageExit;
  }
  std::cout << "staff_pin_hash = \"" << hashStaffPin(pin).toStdString() << "\"\n";
  return 0;
}

void prepareGuiPlatform(int argc, char** argv) {
  // print-test works without a screen; the touch screen (no subcommand) does not come here.
  const bool headless = argc >= 2 && std::strcmp(argv[1], kPrintTest) == 0;
  if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
}

int runKioskCommand(const QStringList& arguments) {
  QTextStream out(stdout);
  QTextStream err(stderr);
  if (arguments.size() < 2 || arguments.at(1) != QLatin1String(kPrintTest)) {
    err << usage();
    return kUsageExit;
  }
  QStringList rest = arguments;
  rest.removeAt(1);
  PrintTestSettings settings;
  try {
    settings = parsePrintTestSettings(rest);
  } catch (const qtclient::StartupError& error) {
    const QString message = QString::fromUtf8(error.what());
    if (message.startsWith(QLatin1String("Usage:")))
      err << message;  // --help
    else
      err << "civiq-kiosk print-test: " << message << '\n';
    return kUsageExit;
  }
  PrintTest test(std::move(settings));
  QEventLoop loop;
  QObject::connect(&test, &PrintTest::progress, &test, [&err](const QString& line) {
    err << "civiq-kiosk print-test: " << line << '\n';
    err.flush();
  });
  QObject::connect(&test, &PrintTest::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
  QTimer::singleShot(0, &test, &PrintTest::start);
  loop.exec();
  if (test.exitCode() == 0) {
    out << test.url() << '\n';
  } else {
    err << "civiq-kiosk print-test: " << test.error() << '\n';
  }
  return test.exitCode();
}

}  // namespace civiq::kiosk
