#pragma once
// How one wall screen is set up: which server, its device token, layout, which counters or
// services it shows, and how calls are announced. Read from a TOML file (/etc/civiq/display.toml
// when installed) and overridden by command-line flags; a bad value is a startup error naming the
// key (and line). Thread rule: plain value.
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <stdexcept>

namespace civiq::display {

enum class DisplayLayout { Auto, Landscape, Portrait };

struct DisplaySettingsError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct DisplaySettings {
  QUrl server{QStringLiteral("http://127.0.0.1:8080")};
  QString tokenFile;  // where the token is read from (--token-file, else [server] token_file)
  QString token;      // the display's device token (civiq-admin device enroll NAME --kind display)
  DisplayLayout layout = DisplayLayout::Auto;
  QSet<int> counters;  // empty: all counters
  QSet<int> services;  // empty: all services
  int recentCalls = 8;
  int highlightSeconds = 10;
  int offlineAfterSeconds = 5;  // unreachable for longer: the screen says so
  bool fullScreen = true;
  // Announcements
  QString language = QStringLiteral("de");
  QString announcementTemplate;  // empty: the language's default ("Nummer {number}, bitte zu {counter}")
  bool muted = false;
  QString voice;  // a voice name of the speech engine; empty: the engine's default for the language
};

// Reads the file given by --config (if any), then applies the other flags. Throws DisplaySettingsError.
// `arguments` is the whole command line including the program name.
[[nodiscard]] DisplaySettings parseDisplaySettings(const QStringList& arguments);
// The TOML text of a config file; `source` names it in error messages.
[[nodiscard]] DisplaySettings parseDisplayConfig(const QString& tomlText, const QString& source, DisplaySettings base = {});

}  // namespace civiq::display
