// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#pragma once
// Reading civiq's TOML configuration files (branch.toml, county.toml) with errors an IT admin can
// act on: "branch.toml:12: services[0].leika_id: a LeiKa id has 14 digits". Typed values, opening
// hours, names per language, arrays of tables, "host:port" and whole files. Thread rule: stateless.
#include <toml++/toml.h>

#include <cstdint>
#include <filesystem>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "config_error.hpp"
#include "domain/catalog.hpp"

namespace civiq::config {

// Parses TOML text; a syntax error becomes "source:line: what".
[[nodiscard]] toml::table parse_toml(std::string_view text, const std::string& source);
// The whole file as text; "path: cannot be read" otherwise.
[[nodiscard]] std::string read_text_file(const std::filesystem::path& path);

// Reads typed values and reports problems as "source:line: key: message".
class TomlReader {
 public:
  explicit TomlReader(std::string source) : source_(std::move(source)) {}

  [[noreturn]] void fail(const toml::node* node, const std::string& key, const std::string& message) const;

  // `fallback` nullopt: the key is required.
  template <class T>
  T get(const toml::table& table, const std::string& prefix, const char* key, std::optional<T> fallback) const {
    const toml::node* node = table.get(key);
    const std::string name = prefix.empty() ? key : prefix + "." + key;
    if (!node) {
      if (fallback) return *fallback;
      fail(&table, name, "is required");
    }
    if constexpr (std::is_same_v<T, std::string>) {
      if (const auto v = node->value<std::string>()) return *v;
      fail(node, name, "must be a string");
    } else if constexpr (std::is_same_v<T, bool>) {
      if (const auto v = node->value<bool>()) return *v;
      fail(node, name, "must be true or false");
    } else if constexpr (std::is_floating_point_v<T>) {
      if (const auto v = node->value<double>()) return static_cast<T>(*v);
      fail(node, name, "must be a number");
    } else {
      // value_exact: toml++'s value<int64_t>() of a float casts before it checks the range (UB for
      // 1e300, found by tests/fuzz/branch_config); a count or an id is written as an integer anyway.
      const auto v = node->value_exact<std::int64_t>();
      if (!v) fail(node, name, "must be an integer");
      if (*v < 0 || static_cast<std::uint64_t>(*v) > static_cast<std::uint64_t>(std::numeric_limits<T>::max()))
        fail(node, name, "is out of range");
      return static_cast<T>(*v);
    }
  }

  // The sub-table `key` of `root`, or an empty one when it is absent.
  [[nodiscard]] const toml::table& table(const toml::table& root, const char* key) const;
  [[nodiscard]] const std::string& source() const { return source_; }

 private:
  std::string source_;
};

// "08:30" -> 8 h 30 min; the whole text must be a time, so a typo like "12:3O" is an error.
[[nodiscard]] std::chrono::seconds parse_clock(const TomlReader& r, const toml::node* node, const std::string& key,
                                               std::string_view text);

// The weekdays' keys, Monday first (as OpeningHours::by_weekday).
inline constexpr std::array<const char*, 7> kWeekdayKeys{"monday", "tuesday",  "wednesday", "thursday",
                                                         "friday", "saturday", "sunday"};

// `monday = ["08:00-12:00", "13:00-18:00"]` … `sunday`; `always_open = true` for every hour.
// `prefix` names the table in errors ("hours", "offices[1].hours").
[[nodiscard]] domain::OpeningHours read_opening_hours(const TomlReader& r, const toml::table& hours_table,
                                                      const std::string& prefix);

// A text per language: `field = { de = "…", en = "…" }`.
[[nodiscard]] std::map<std::string, std::string> read_language_names(const TomlReader& r, const toml::table& t,
                                                                     const std::string& key, const std::string& field,
                                                                     const char* example);

// Every `[[key]]` table of `root`, read by `read_one(reader, table, "key[i]")`; at least one.
template <class Item, class ReadOne>
std::vector<Item> read_array_of_tables(const TomlReader& r, const toml::table& root, const char* key,
                                       ReadOne read_one) {
  std::vector<Item> items;
  const toml::node* node = root.get(key);
  if (!node || !node->is_array_of_tables()) r.fail(&root, key, "needs at least one [[" + std::string(key) + "]] entry");
  std::size_t index = 0;
  for (const auto& item : *node->as_array())
    items.push_back(read_one(r, *item.as_table(), std::string(key) + "[" + std::to_string(index++) + "]"));
  return items;
}

struct ListenAddress {
  std::string address;  // an IP literal, without brackets
  std::uint16_t port = 0;
};
// "127.0.0.1:8080", "[::1]:8080" -> address and port; throws ConfigError.
[[nodiscard]] ListenAddress parse_listen(const std::string& host_port);

}  // namespace civiq::config
