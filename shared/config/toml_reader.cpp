// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
#include "toml_reader.hpp"

#include <charconv>
#include <fstream>
#include <sstream>

namespace civiq::config {

using namespace std::chrono;

toml::table parse_toml(std::string_view text, const std::string& source) {
  try {
    return toml::parse(text, source);
  } catch (const toml::parse_error& error) {
    throw ConfigError(source + ":" + std::to_string(error.source().begin.line) + ": " +
                      std::string(error.description()));
  }
}

std::string read_text_file(const std::filesystem::path& path) {
  std::ifstream file(path);
  if (!file) throw ConfigError(path.string() + ": cannot be read");
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

void TomlReader::fail(const toml::node* node, const std::string& key, const std::string& message) const {
  std::ostringstream out;
  out << source_;
  if (node && node->source().begin.line > 0) out << ':' << node->source().begin.line;
  out << ": " << key << ": " << message;
  throw ConfigError(out.str());
}

const toml::table& TomlReader::table(const toml::table& root, const char* key) const {
  static const toml::table kEmpty;
  const toml::node* node = root.get(key);
  if (!node) return kEmpty;
  if (!node->is_table()) fail(node, key, "must be a table");
  return *node->as_table();
}

seconds parse_clock(const TomlReader& r, const toml::node* node, const std::string& key, std::string_view text) {
  int h = -1, m = -1;
  const auto colon = text.find(':');
  const auto read = [](std::string_view digits, int& out) {
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    return ec == std::errc{} && end == digits.data() + digits.size() && !digits.empty() && digits.size() <= 2;
  };
  if (colon == std::string_view::npos || !read(text.substr(0, colon), h) || !read(text.substr(colon + 1), m) ||
      h > 24 || m > 59 || (h == 24 && m != 0))
    r.fail(node, key, "times look like \"08:00-12:30\"");
  return hours{h} + minutes{m};
}

domain::OpeningHours read_opening_hours(const TomlReader& r, const toml::table& hours_table, const std::string& prefix) {
  if (r.get<bool>(hours_table, prefix, "always_open", false)) return domain::OpeningHours::always_open();
  domain::OpeningHours hours;
  for (std::size_t day = 0; day < kWeekdayKeys.size(); ++day) {
    const toml::node* node = hours_table.get(kWeekdayKeys[day]);
    if (!node) continue;
    const std::string key = prefix + "." + kWeekdayKeys[day];
    const auto* intervals = node->as_array();
    if (!intervals) r.fail(node, key, "must be a list like [\"08:00-12:00\", \"13:00-18:00\"]");
    for (const auto& item : *intervals) {
      const auto text = item.value<std::string>();
      const auto dash = text ? text->find('-') : std::string::npos;
      if (dash == std::string::npos) r.fail(&item, key, "times look like \"08:00-12:30\"");
      const domain::OpeningInterval interval{parse_clock(r, &item, key, std::string_view(*text).substr(0, dash)),
                                             parse_clock(r, &item, key, std::string_view(*text).substr(dash + 1))};
      if (interval.opens >= interval.closes) r.fail(&item, key, "an interval must close after it opens");
      hours.by_weekday[day].push_back(interval);
    }
  }
  return hours;
}

std::map<std::string, std::string> read_language_names(const TomlReader& r, const toml::table& t, const std::string& key,
                                                       const std::string& field, const char* example) {
  const toml::node* node = t.get(field);
  if (!node || !node->is_table()) r.fail(node ? node : &t, key + "." + field, std::string("must be a table like ") + example);
  std::map<std::string, std::string> names;
  for (const auto& [language, value] : *node->as_table()) {
    const auto text = value.value<std::string>();
    if (!text || text->empty())
      r.fail(&value, key + "." + field + "." + std::string(language.str()), "must be a non-empty string");
    names.emplace(std::string(language.str()), *text);
  }
  return names;
}

ListenAddress parse_listen(const std::string& host_port) {
  const auto colon = host_port.rfind(':');
  unsigned port = 0;
  const char* port_end = host_port.data() + host_port.size();
  const auto [end, ec] = colon == std::string::npos ? std::from_chars_result{nullptr, std::errc::invalid_argument}
                                                    : std::from_chars(host_port.data() + colon + 1, port_end, port);
  const bool parsed = colon != std::string::npos && colon > 0 && colon + 1 < host_port.size() && ec == std::errc{} &&
                      end == port_end && port <= 65535;
  if (!parsed) throw ConfigError("listen address must look like 127.0.0.1:8080, got \"" + host_port + "\"");
  std::string address = host_port.substr(0, colon);
  if (address.size() > 2 && address.front() == '[' && address.back() == ']') address = address.substr(1, address.size() - 2);
  return {address, static_cast<std::uint16_t>(port)};
}

}  // namespace civiq::config
