// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "toml_reader.hpp"

#include <toml++/toml.h>
#include <QStringList>
#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace civiq::qtclient {
namespace {

QString utf8(std::string_view text) {
  return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString keyPath(std::string_view section, std::string_view key) {
  return utf8(section) + '.' + utf8(key);
}

}  // namespace

struct TomlReader::Parsed {
  QString source;
  toml::table root;
  std::vector<std::string> sections;                   // asked for, in the order of asking
  std::set<std::pair<std::string, std::string>> keys;  // (section, key) asked for

  [[noreturn]] void fail(const toml::node* node, const QString& key, const QString& problem) const {
    QString where = source;
    if (node && node->source().begin) where += QStringLiteral(":%1").arg(node->source().begin.line);
    throw StartupError((where + QStringLiteral(": ") + key + QStringLiteral(": ") + problem).toStdString());
  }

  // Without recording anything: for messages and for refuseUnknown().
  [[nodiscard]] const toml::table* table(std::string_view section) const {
    const toml::node* node = root.get(section);
    if (node && !node->is_table()) fail(node, utf8(section), QStringLiteral("must be a table"));
    return node ? node->as_table() : nullptr;
  }

  // The value of a key, nullptr when absent; from now on the key and its section are known.
  const toml::node* get(std::string_view section, std::string_view key) {
    if (std::find(sections.begin(), sections.end(), section) == sections.end()) sections.emplace_back(section);
    keys.emplace(section, key);
    const toml::table* values = table(section);
    return values ? values->get(key) : nullptr;
  }
};

TomlReader::TomlReader(const QString& text, QString source) : parsed_(std::make_unique<Parsed>()) {
  parsed_->source = std::move(source);
  try {
    parsed_->root = toml::parse(text.toStdString(), parsed_->source.toStdString());
  } catch (const toml::parse_error& error) {
    throw StartupError(
        (parsed_->source + QStringLiteral(":%1: ").arg(error.source().begin.line) + utf8(error.description()))
            .toStdString());
  }
}

TomlReader::TomlReader(TomlReader&&) noexcept = default;
TomlReader& TomlReader::operator=(TomlReader&&) noexcept = default;
TomlReader::~TomlReader() = default;

void TomlReader::string(std::string_view section, std::string_view key, QString& out) {
  if (const auto* node = parsed_->get(section, key)) {
    const auto value = node->value<std::string>();
    if (!node->is_string() || !value) parsed_->fail(node, keyPath(section, key), QStringLiteral("must be a string"));
    out = QString::fromStdString(*value);
  }
}

void TomlReader::boolean(std::string_view section, std::string_view key, bool& out) {
  if (const auto* node = parsed_->get(section, key)) {
    if (!node->is_boolean()) parsed_->fail(node, keyPath(section, key), QStringLiteral("must be true or false"));
    out = node->as_boolean()->get();
  }
}

void TomlReader::integer(std::string_view section, std::string_view key, int& out, int min, int max) {
  if (const auto* node = parsed_->get(section, key)) {
    const auto value = node->value<std::int64_t>();
    if (!node->is_integer() || !value || *value < min || *value > max)
      parsed_->fail(node, keyPath(section, key),
                    QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
    out = static_cast<int>(*value);
  }
}

void TomlReader::ids(std::string_view section, std::string_view key, QSet<int>& out) {
  constexpr std::int64_t kMaxId = 1'000'000;  // far above any office's counters or services
  if (const auto* node = parsed_->get(section, key)) {
    const QString problem = QStringLiteral("must be a list of ids like [1, 2]");
    const auto* list = node->as_array();
    if (!list) parsed_->fail(node, keyPath(section, key), problem);
    QSet<int> read;
    for (const auto& item : *list) {
      const auto value = item.value<std::int64_t>();
      if (!item.is_integer() || !value || *value < 1 || *value > kMaxId)
        parsed_->fail(&item, keyPath(section, key), problem);
      read.insert(static_cast<int>(*value));
    }
    out = read;
  }
}

void TomlReader::fail(std::string_view section, std::string_view key, const QString& problem) const {
  const toml::table* values = parsed_->table(section);
  parsed_->fail(values ? values->get(key) : nullptr, keyPath(section, key), problem);
}

void TomlReader::refuseUnknown() const {
  const auto& known = parsed_->sections;
  for (const auto& [name, node] : parsed_->root) {
    if (std::find(known.begin(), known.end(), name.str()) == known.end()) {
      QStringList names;
      for (const auto& section : known) names << QString::fromStdString(section);
      parsed_->fail(&node, utf8(name.str()),
                    QStringLiteral("not a known section (%1)").arg(names.join(QStringLiteral(", "))));
    }
    for (const auto& [key, value] : *parsed_->table(name.str()))
      if (!parsed_->keys.contains({std::string(name.str()), std::string(key.str())}))
        parsed_->fail(&value, keyPath(name.str(), key.str()), QStringLiteral("not a known setting"));
  }
}

}  // namespace civiq::qtclient
