// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Typed values from a device app's TOML settings file (toml++), with errors people can act on:
// every problem names the file, the line and the key ("/etc/civiq/display.toml:7: screen.layout:
// must be auto, landscape or portrait"). A key or section that no getter asked for is refused
// (refuseUnknown), so a misspelt setting ("mute" for "muted") stops the app instead of silently
// doing nothing. Invariant: the file parsed (the constructor throws otherwise). Thread rule: one owner.
#include <QSet>
#include <QString>
#include <memory>
#include <stdexcept>
#include <string_view>

namespace civiq::qtclient {

// A device app cannot start: a bad settings file, flag or token file. The message is for people.
struct StartupError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class TomlReader {
 public:
  // `source` names the text in messages (the file's path). Throws StartupError on a syntax error.
  TomlReader(const QString& text, QString source);
  TomlReader(TomlReader&&) noexcept;
  TomlReader& operator=(TomlReader&&) noexcept;
  ~TomlReader();

  // [section] key = value. Each getter leaves `out` alone when the key is absent (defaults and
  // values set before stay) and throws StartupError for a value of the wrong type or range.
  void string(std::string_view section, std::string_view key, QString& out);
  void boolean(std::string_view section, std::string_view key, bool& out);
  void integer(std::string_view section, std::string_view key, int& out, int min, int max);
  void ids(std::string_view section, std::string_view key, QSet<int>& out);  // [1, 2]: positive ids

  // A value the caller judged wrong (not one of a list): throws StartupError naming its line.
  [[noreturn]] void fail(std::string_view section, std::string_view key, const QString& problem) const;
  // Call once everything is read: throws StartupError for the first section or key that no getter
  // asked for.
  void refuseUnknown() const;

 private:
  struct Parsed;
  std::unique_ptr<Parsed> parsed_;
};

}  // namespace civiq::qtclient
